#pragma once

#include <cstdint>
#include <limits>

namespace blindspot {

// Strong ids. An id is the element's index in its Dataset vector (checked by validateDataset),
// so lookups are O(1) and graphs can use them directly as CSR node numbers.
enum class LineId : std::uint32_t {};
enum class StationId : std::uint32_t {};
enum class ComplexId : std::uint32_t {};
enum class EntranceId : std::uint32_t {};
enum class ZoneId : std::uint32_t {};
enum class CameraId : std::uint32_t {};
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
