#pragma once

#include <QString>

#include <array>
#include <optional>

// What the MSPDI reader and writer must agree on.
namespace uw::mspdi {

inline constexpr auto projectNamespace = "http://schemas.microsoft.com/project";

/** PredecessorLink Type values; start-to-finish (2) has no counterpart in a runbook. */
enum LinkTypeCode { FinishToFinish = 0, FinishToStart = 1, StartToFinish = 2, StartToStart = 3 };

/** The PERT custom fields MS Project keeps three-point estimates in. */
struct PertField
{
    int fieldId;
    const char *fieldName;
    const char *alias;
};
inline constexpr PertField optimisticField{188743783, "Duration1", "Optimistic Duration"};
inline constexpr PertField likelyField{188743784, "Duration2", "Expected Duration"};
inline constexpr PertField pessimisticField{188743785, "Duration3", "Pessimistic Duration"};

/** LinkLag is always in tenths of a minute, whatever LagFormat shows it as. */
inline constexpr double linkLagUnitsPerMinute = 10;

/** LagFormat / DurationFormat values that mean "percent of the predecessor": not a time. */
inline bool isPercentFormat(int format)
{
    return format == 19 || format == 20 || format == 51 || format == 52;
}

/** "PT1H30M0S" for 90 minutes; negative durations are not written (MSPDI has none). */
QString isoDuration(double minutes);

/**
 * Minutes of an xsd:duration as MSPDI files hold it ("PT8H0M0S", "PT0.5H", "P1DT2H"), with
 * days and weeks in working minutes (minutesPerDay, minutesPerWeek). nullopt when it is not a
 * duration or uses years or months, which have no fixed length.
 */
std::optional<double> minutesOfIsoDuration(const QString &text, double minutesPerDay,
                                           double minutesPerWeek);

} // namespace uw::mspdi
