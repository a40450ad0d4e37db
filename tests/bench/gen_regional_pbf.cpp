// Writes a synthetic regional OSM extract for the import's memory and time measurement
// (issue 16, item 5): buildings everywhere (four nodes and a closed way per 100 m block, most of
// the nodes), a dense walking grid in the city in the middle (streets every 100 m, a node every
// 20 m) and a sparse one outside (every 2 km, or as given; 0: none), cameras in the city. Written
// in type then id order and flagged so, as Geofabrik's extracts are. Nodes are moved up to 2 m at
// random: a perfectly regular grid delta-codes to almost nothing, and real data does not.
//
//   gen_regional_pbf OUT.osm.pbf REGION_KM CITY_KM [OUTSIDE_STREETS_KM]
// prints the node count and the city's box as S,W,N,E for `import --clip`.
// REGION_KM 470, CITY_KM 40: about 100 million nodes, 88 million of them buildings'.
// 224 45 0: a city of 22 million nodes, 5 million buildings and 1.8 million street nodes.
#include <osmium/builder/attr.hpp>
#include <osmium/io/any_output.hpp>
#include <osmium/io/header.hpp>
#include <osmium/memory/buffer.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace osmium::builder::attr;

constexpr double kLat0 = 55.75, kLon0 = 37.62; // the region's centre
constexpr double kMetresPerDegLat = 111'195.0;
constexpr int kStepsPerBlock = 5; // grid nodes every 20 m along a street

class Writer {
public:
    explicit Writer(const std::string &path)
        : m_writer(path, header(), osmium::io::overwrite::allow)
    {
    }
    osmium::memory::Buffer &buffer() { return m_buffer; }
    void flushIfFull()
    {
        if (m_buffer.committed() > (std::size_t(7) << 20)) {
            m_writer(std::move(m_buffer));
            m_buffer = osmium::memory::Buffer(std::size_t(8) << 20,
                                              osmium::memory::Buffer::auto_grow::yes);
        }
    }
    void close()
    {
        m_writer(std::move(m_buffer));
        m_writer.close();
    }

private:
    static osmium::io::Header header()
    {
        osmium::io::Header h;
        h.set("generator", "gen_regional_pbf");
        h.set("sorting", "Type_then_ID");
        return h;
    }
    osmium::io::Writer m_writer;
    osmium::memory::Buffer m_buffer{std::size_t(8) << 20, osmium::memory::Buffer::auto_grow::yes};
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4 && argc != 5) {
        std::fprintf(
            stderr, "usage: gen_regional_pbf OUT.osm.pbf REGION_KM CITY_KM [OUTSIDE_STREETS_KM]\n");
        return 2;
    }
    const int blocks = int(std::atof(argv[2]) * 10);     // 100 m blocks per side
    const int cityBlocks = int(std::atof(argv[3]) * 10); // the city's blocks per side
    const int outsideEvery = argc == 5 ? int(std::atof(argv[4]) * 10) : 20; // blocks; 0: none
    const int cityFirst = (blocks - cityBlocks) / 2, cityLast = cityFirst + cityBlocks;
    const double metresPerDegLon = kMetresPerDegLat * std::cos(kLat0 * M_PI / 180.0);
    const double half = blocks * 100.0 / 2;
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> jitter(-2.0, 2.0);
    const auto location = [&](double east, double north) {
        return osmium::Location(kLon0 + (east - half + jitter(random)) / metresPerDegLon,
                                kLat0 + (north - half + jitter(random)) / kMetresPerDegLat);
    };
    const auto inCity = [&](int b) { return b >= cityFirst && b < cityLast; };
    // A street line every block in the city, every outsideEvery blocks outside.
    const auto streetLine = [&](int line, int along) {
        if (inCity(along) && line >= cityFirst && line <= cityLast)
            return true;
        return outsideEvery > 0 && line % outsideEvery == 0;
    };
    const int steps = blocks * kStepsPerBlock;

    Writer out(argv[1]);
    osmium::object_id_type id = 1;
    // Grid nodes: (i, j) in 20 m steps, where a street line runs through.
    std::vector<osmium::object_id_type> rowStart(std::size_t(steps) + 2, 0);
    std::vector<std::vector<int>> rowColumns(std::size_t(steps) + 1);
    long long nodes = 0;
    const auto isGridNode = [&](int i, int j) {
        const bool onVertical =
            i % kStepsPerBlock == 0 &&
            streetLine(i / kStepsPerBlock, std::min(j / kStepsPerBlock, blocks - 1));
        const bool onHorizontal =
            j % kStepsPerBlock == 0 &&
            streetLine(j / kStepsPerBlock, std::min(i / kStepsPerBlock, blocks - 1));
        return onVertical || onHorizontal;
    };
    // Grid node ids by row: the rows' columns are kept to find ids when writing ways.
    std::vector<osmium::object_id_type> firstIdOfRow(std::size_t(steps) + 1);
    for (int j = 0; j <= steps; ++j) {
        firstIdOfRow[std::size_t(j)] = id;
        std::vector<int> &columns = rowColumns[std::size_t(j)];
        for (int i = 0; i <= steps; ++i)
            if (isGridNode(i, j)) {
                columns.push_back(i);
                osmium::builder::add_node(out.buffer(), _id(id++), _version(1),
                                          _location(location(i * 20.0, j * 20.0)));
                out.flushIfFull();
                ++nodes;
            }
    }
    const auto gridId = [&](int i, int j) {
        const std::vector<int> &columns = rowColumns[std::size_t(j)];
        const auto it = std::lower_bound(columns.begin(), columns.end(), i);
        return firstIdOfRow[std::size_t(j)] + osmium::object_id_type(it - columns.begin());
    };
    // Cameras: one per city block on a diagonal pattern (1 in 10 blocks).
    long long cameras = 0;
    for (int bj = cityFirst; bj < cityLast; ++bj)
        for (int bi = cityFirst; bi < cityLast; ++bi)
            if ((bi * 7 + bj * 3) % 10 == 0) {
                osmium::builder::add_node(
                    out.buffer(), _id(id++), _version(1),
                    _location(location(bi * 100.0 + 50, bj * 100.0 + 10)),
                    _tag("man_made", "surveillance"), _tag("surveillance", "public"),
                    _tag("camera:direction", std::to_string((bi * 37) % 360)));
                out.flushIfFull();
                ++cameras;
                ++nodes;
            }
    const osmium::object_id_type buildingBase = id;
    for (int bj = 0; bj < blocks; ++bj)
        for (int bi = 0; bi < blocks; ++bi)
            for (const auto &[dx, dy] : {std::pair(20.0, 20.0), std::pair(80.0, 20.0),
                                         std::pair(80.0, 80.0), std::pair(20.0, 80.0)}) {
                osmium::builder::add_node(out.buffer(), _id(id++), _version(1),
                                          _location(location(bi * 100.0 + dx, bj * 100.0 + dy)));
                out.flushIfFull();
                ++nodes;
            }

    // Streets: each street line cut into ways of 1 km (10 blocks).
    osmium::object_id_type way = 1;
    const char *kinds[] = {"residential", "secondary", "footway", "service", "primary"};
    for (int line = 0; line <= blocks; ++line)
        for (bool northwards : {false, true})
            for (int first = 0; first < blocks; first += 10) {
                std::vector<osmium::object_id_type> refs;
                const auto flush = [&] {
                    if (refs.size() >= 2) {
                        const std::string name = "Street " + std::to_string(line);
                        osmium::builder::add_way(
                            out.buffer(), _id(way++), _version(1), _nodes(refs),
                            _tag("highway", kinds[(line + first) % 5]), _tag("name", name));
                        out.flushIfFull();
                    }
                    refs.clear();
                };
                for (int b = first; b < std::min(blocks, first + 10); ++b) {
                    if (!streetLine(line, b)) {
                        flush();
                        continue;
                    }
                    for (int k = (refs.empty() ? 0 : 1); k <= kStepsPerBlock; ++k) {
                        const int along = b * kStepsPerBlock + k, across = line * kStepsPerBlock;
                        refs.push_back(northwards ? gridId(across, along) : gridId(along, across));
                    }
                }
                flush();
            }
    for (long long b = 0; b < (long long)blocks * blocks; ++b) {
        const osmium::object_id_type c = buildingBase + 4 * osmium::object_id_type(b);
        osmium::builder::add_way(out.buffer(), _id(way++), _version(1),
                                 _nodes({c, c + 1, c + 2, c + 3, c}), _tag("building", "yes"),
                                 _tag("addr:housenumber", std::to_string(b % 97 + 1)));
        out.flushIfFull();
    }
    out.close();
    const auto corner = [&](int block) { return block * 100.0 - half; };
    std::printf("nodes %lld (buildings %lld, cameras %lld), ways %lld\n", nodes,
                (long long)blocks * blocks * 4, cameras, (long long)way - 1);
    std::printf("city box %.6f,%.6f,%.6f,%.6f\n", kLat0 + corner(cityFirst) / kMetresPerDegLat,
                kLon0 + corner(cityFirst) / metresPerDegLon,
                kLat0 + corner(cityLast) / kMetresPerDegLat,
                kLon0 + corner(cityLast) / metresPerDegLon);
    return 0;
}
