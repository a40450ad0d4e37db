#pragma once

#include <cstdint>
#include <limits>

namespace blindspot {

// Strong ids. An id is the element's index in its Dataset vector (checked by validateDataset),
// so lookups are O(1) and graphs can use them directly as CSR node numbers.
//
// Cameras are the exception: mappers add and delete them one by one, and a pack shared between
// mappers, a selection on the map and a conflict awaiting review must go on naming the same
// camera after another one was deleted. So a camera has a stable CameraId that the pack keeps
// and that is never given to another camera of the same dataset, and a CameraIndex, its place
// in Dataset::cameras, which everything computed from one state of the dataset (routes, the
// exposure field, the map's layers) uses for O(1) lookups.
enum class LineId : std::uint32_t {};
enum class StationId : std::uint32_t {};
enum class ComplexId : std::uint32_t {};
enum class EntranceId : std::uint32_t {};
enum class ZoneId : std::uint32_t {};
enum class CameraId : std::uint32_t {};    ///< Stable: survives other cameras' deletion.
enum class CameraIndex : std::uint32_t {}; ///< A place in Dataset::cameras.
enum class SurveyAreaId : std::uint32_t {};
enum class SourceId : std::uint32_t {};

/// The index an id stands for.
template <class Id> constexpr std::uint32_t indexOf(Id id)
{
    return static_cast<std::uint32_t>(id);
}

/// "No such element", for optional references inside the model.
template <class Id> constexpr Id kNoId = static_cast<Id>(std::numeric_limits<std::uint32_t>::max());

template <class Id> constexpr bool isSet(Id id)
{
    return id != kNoId<Id>;
}

} // namespace blindspot
