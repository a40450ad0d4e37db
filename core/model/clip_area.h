#pragma once

#include "core/geo/lat_lon.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace blindspot {

struct Dataset;

/// One ring of a clip polygon, as in an osmium `.poly` file: an outer boundary or a hole.
struct ClipRing {
    std::vector<LatLon> points; ///< Not closed: the last point joins the first.
    bool hole = false;
    friend bool operator==(const ClipRing &, const ClipRing &) = default;
};

/// The part of the world an import keeps (`import --clip`): a box or the rings of a `.poly`
/// file. A point is inside when it is inside an outer ring and no hole (the osmium rule, with
/// rings that do not overlap). Points on an edge may fall either way.
class ClipArea {
public:
    ClipArea() = default;
    ClipArea(QString name, std::vector<ClipRing> rings);
    /// The box south..north x west..east as one outer ring; name says how it was given.
    static ClipArea fromBox(const GeoBox &box, const QString &name);

    const QString &name() const { return m_name; }
    const std::vector<ClipRing> &rings() const { return m_rings; }
    bool isEmpty() const { return m_rings.empty(); }
    GeoBox bounds() const { return m_bounds; }
    bool contains(LatLon p) const;

    friend bool operator==(const ClipArea &a, const ClipArea &b)
    {
        return a.m_name == b.m_name && a.m_rings == b.m_rings;
    }

private:
    struct Edge {
        double lat0, lon0, lat1, lon1;
        bool hole;
    };
    void index();

    QString m_name; ///< The file name or box as the mapper gave it, e.g. "monaco.poly".
    std::vector<ClipRing> m_rings;
    GeoBox m_bounds;
    // Edges by latitude band, so that a point meets only the few edges of its band: a regional
    // boundary has thousands of points and a city millions of street nodes.
    std::vector<std::vector<Edge>> m_bands;
    double m_bandHeight = 0.0;
};

/// What clipDataset() removed, for the import's report.
struct ClipCounts {
    std::size_t stations = 0;
    std::size_t entrances = 0;
    std::size_t cameras = 0;
    std::size_t streetNodes = 0;
    std::size_t surveyAreas = 0;
};

/// Keeps only what is inside `area`: stations, entrances and cameras (by position; a camera with
/// an anchor only stays with its station), street nodes and the edges between two kept nodes
/// (a street crossing the boundary ends at its last node inside), survey areas wholly inside.
/// Lines keep their stations inside, in order; zones and links follow their stations. Ids are
/// renumbered; the header's clip is set to `area`.
ClipCounts clipDataset(Dataset &dataset, const ClipArea &area);

} // namespace blindspot
