#pragma once

// Merging an imported dataset into an existing one, in two steps: planMerge works out what
// would change and applies nothing; a person (the GUI's review dialog) or a default policy (the
// command line) picks which changes to accept; applyMerge builds the merged dataset from that
// choice, all or nothing.
#include "core/model/dataset.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <vector>

namespace blindspot {

struct MergeOptions {
    /// Cameras closer than this are taken for one camera (when their attributes allow). A few
    /// metres: what a phone's GPS in a street, or a mapper's click on a map, is off by.
    double cameraThresholdMetres = 5.0;
    /// Same-named stations closer than this are one station: the platforms of a big station
    /// and its mapped point can lie a few hundred metres apart.
    double stationThresholdMetres = 300.0;
    /// Entrances of one station closer than this are one entrance.
    double entranceThresholdMetres = 20.0;
    /// Headings further apart than this disagree (a camera's view is usually 60-90 degrees
    /// wide, so two reports within half of that see the same scene).
    double headingToleranceDegrees = 45.0;
    /// Whether the user trusts the incoming data's sources. An untrusted source may add
    /// cameras and raise FR status, never lower it (DESIGN.md, Merging).
    bool sourceTrusted = false;
};

enum class ChangeKind : std::uint8_t {
    AddLine,      ///< A line the base lacks.
    MatchLine,    ///< The same line as a base one (by source reference or name).
    AddStation,   ///< A station the base lacks.
    MatchStation, ///< The same station as a base one: not duplicated.
    AddEntrance,
    MatchEntrance,
    AddZone,
    MatchZone,
    AddCamera,      ///< No base camera within the threshold.
    MergeCamera,    ///< The same camera as a base one, attributes compatible: one camera, all
                    ///< sightings.
    ConflictCamera, ///< The same camera, but an attribute disagrees: the base value stays and
                    ///< an AttributeConflict is recorded for review.
    RejectCamera,   ///< The same camera, but an untrusted source would lower its FR status.
                    ///< Not applied unless a person accepts it (and then only as a conflict).
    AddSurveyArea,
    MatchSurveyArea, ///< An identical survey area is already there.
};

/// Why two elements were taken for one.
enum class MatchBasis : std::uint8_t {
    None,
    SourceRef, ///< The same OSM or GTFS id.
    Name,      ///< The same name (case-folded, ё as е) nearby.
    Position,  ///< Close enough (cameras, entrances).
    Ref,       ///< The same entrance number.
    Anchor,    ///< Cameras placed only by station and zone: the same station and zone.
    Kind,      ///< Zones: the same kind of zone at the same station.
    Identical, ///< Survey areas: the same polygon and date.
};

enum class RejectReason : std::uint8_t {
    None,
    LowersFrStatus, ///< An untrusted source says less face recognition than the base.
};

/// What happens to one camera attribute in a merge.
enum class AttributeOutcome : std::uint8_t {
    Filled,   ///< The base did not know it; the incoming value is taken.
    Appended, ///< Notes: the incoming text is added below the base's.
    Raised,   ///< FR status goes up: the cautious direction, taken from any source.
    Conflict, ///< Both know it and disagree: the base keeps its value, a conflict is recorded.
    Lowered,  ///< FR status would go down on an untrusted source's word: rejected.
};

/// One attribute of a matched camera that differs, as text for the review dialog.
struct AttributeChange {
    QString attribute;     ///< "kind", "heading", "fr_status", "fov", "height", "mount", "notes".
    QString baseValue;     ///< Empty when the base does not know it.
    QString incomingValue;
    AttributeOutcome outcome = AttributeOutcome::Filled;
    friend bool operator==(const AttributeChange &, const AttributeChange &) = default;
};

constexpr std::uint32_t kNoIndex = std::numeric_limits<std::uint32_t>::max();

/// One proposed change. `incoming` and `base` index the vectors the kind is about
/// (Network::lines for AddLine/MatchLine, Dataset::cameras for the camera kinds, ...).
struct Change {
    ChangeKind kind = ChangeKind::AddCamera;
    std::uint32_t incoming = 0;
    /// The matched base element; for AddStation, a same-named station of another line nearby
    /// that the new station joins in a transfer complex; kNoIndex when there is none.
    std::uint32_t base = kNoIndex;
    double distanceMetres = std::numeric_limits<double>::quiet_NaN(); ///< To `base`.
    MatchBasis basis = MatchBasis::None;
    RejectReason reason = RejectReason::None;
    std::vector<AttributeChange> attributes; ///< Cameras only: what differs and what happens to it.
    friend bool operator==(const Change &, const Change &) = default;
};

/// Everything a merge would do, in a fixed order: lines, stations, entrances, zones, cameras,
/// survey areas (each in the incoming dataset's order).
struct ChangeSet {
    std::vector<Change> changes;
    /// For each incoming source, the base source it is (same dataset id and name, e.g. the same
    /// file imported twice), or kNoIndex when it is new.
    std::vector<std::uint32_t> sourceMatches;
    bool sourceTrusted = false; ///< From MergeOptions; new sources are marked so.
    /// One side is training data and the other is not. The merged dataset is then marked
    /// fictional as a whole; a caller should ask before mixing the two.
    bool mixesFictional = false;

    int count(ChangeKind kind) const;
    /// The command line's policy: every change but rejections.
    std::vector<bool> defaultSelection() const;
};

/// Works out how `incoming` would merge into `base`. Pure: applies nothing.
///
/// Cameras pair up one to one, closest compatible pairs first, within
/// options.cameraThresholdMetres (cameras placed only by an anchor pair up by station and
/// zone). Attributes of a pair compare as follows: a value the base lacks is filled in;
/// kind, or headings further apart than the tolerance, disagree (conflict); FR status in the
/// order none < unknown < suspected < confirmed may always rise, and may fall only on a
/// trusted source's word, and then as a conflict for review (unknown to none, where the base
/// claims nothing, is filled in). Stations match by source reference, or by name within
/// options.stationThresholdMetres on the corresponding line; lines by source reference or name.
[[nodiscard]] ChangeSet planMerge(const Dataset &base, const Dataset &incoming,
                                  const MergeOptions &options);

/// Builds the merged dataset from the accepted changes (`accepted[i]` for changes.changes[i];
/// missing entries count as not accepted). `base` is taken by value: a caller that no longer
/// needs it moves it in, and a city's street network and base map are not copied. An accepted
/// rejection is applied as a conflict. Incoming sources are added (or mapped onto the base source
/// they match) as far as accepted changes refer to them; ids are remapped; links follow the
/// stations they join. A change whose parent was not accepted (a station of a refused line, say) is
/// left out, so the result always passes validateDataset when base and incoming do.
[[nodiscard]] Dataset applyMerge(Dataset base, const Dataset &incoming,
                                 const ChangeSet &changes, const std::vector<bool> &accepted);
/// The same, from an `incoming` the caller gives up: into an empty base, its street network,
/// places and base map are moved, not copied (a city's take hundreds of megabytes).
[[nodiscard]] Dataset applyMerge(Dataset base, Dataset &&incoming, const ChangeSet &changes,
                                 const std::vector<bool> &accepted);

} // namespace blindspot
