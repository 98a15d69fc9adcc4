#include "entityfields.h"

#include <tuple>

namespace uw {
namespace {

/** Each entity's fields in the order of its mask bits (see entityfields.h). */
constexpr auto fieldsOf(const Change *)
{
    return std::tuple(&Change::title, &Change::purpose, &Change::reason, &Change::urgency,
                      &Change::risk, &Change::rollout, &Change::fromSummary, &Change::toSummary,
                      &Change::timeZone, &Change::planWindowId, &Change::rollbackReserveMinutes,
                      &Change::noticeTemplates);
}

constexpr auto fieldsOf(const System *)
{
    return std::tuple(&System::name, &System::systemKind, &System::environment, &System::site,
                      &System::currentVersion, &System::targetVersion, &System::criticality,
                      &System::owner, &System::businessProcesses, &System::peakUsage,
                      &System::attributes, &System::configurationItems, &System::notes);
}

constexpr auto fieldsOf(const Dependency *)
{
    return std::tuple(&Dependency::dependentId, &Dependency::dependencyId,
                      &Dependency::dependencyKind, &Dependency::constraint,
                      &Dependency::mixedVersionsTolerated, &Dependency::note);
}

constexpr auto fieldsOf(const CompatibilityRule *)
{
    return std::tuple(&CompatibilityRule::systemId, &CompatibilityRule::whenVersion,
                      &CompatibilityRule::requiredSystemId, &CompatibilityRule::requiredRange,
                      &CompatibilityRule::source);
}

constexpr auto fieldsOf(const Person *)
{
    return std::tuple(&Person::name, &Person::roles, &Person::contact, &Person::availability);
}

constexpr auto fieldsOf(const Approval *)
{
    return std::tuple(&Approval::personId, &Approval::decision, &Approval::decidedAtUtc,
                      &Approval::comment);
}

constexpr auto fieldsOf(const Window *)
{
    return std::tuple(&Window::name, &Window::windowKind, &Window::startUtc, &Window::endUtc,
                      &Window::timeZone, &Window::systemIds, &Window::notes);
}

constexpr auto fieldsOf(const Step *)
{
    return std::tuple(&Step::title, &Step::instructions, &Step::phase, &Step::stepKind,
                      &Step::systemIds, &Step::ownerId, &Step::verifierId, &Step::estimate,
                      &Step::enabled, &Step::position, &Step::command, &Step::http,
                      &Step::metricCheck, &Step::approverId, &Step::undoesStepIds,
                      &Step::criticality, &Step::reversible, &Step::rollbackLoss);
}

constexpr auto fieldsOf(const StepLink *)
{
    return std::tuple(&StepLink::predecessorId, &StepLink::successorId, &StepLink::type,
                      &StepLink::lagMinutes);
}

constexpr auto fieldsOf(const Metric *)
{
    return std::tuple(&Metric::name, &Metric::source, &Metric::query, &Metric::serverUrl,
                      &Metric::tokenVariable, &Metric::tokenKeychainKey, &Metric::unit,
                      &Metric::intervalSeconds, &Metric::retentionDays, &Metric::key,
                      &Metric::baseline, &Metric::thresholds);
}

constexpr auto fieldsOf(const RecordItem *)
{
    return std::tuple(&RecordItem::recordKind, &RecordItem::title, &RecordItem::text,
                      &RecordItem::systemId, &RecordItem::createdAtUtc);
}

template<class T>
FieldMask differingFields(const T &before, const T &after)
{
    FieldMask mask = 0;
    std::apply(
        [&](auto... members) {
            FieldMask bit = 1;
            ((mask |= before.*members == after.*members ? 0 : bit, bit <<= 1), ...);
        },
        fieldsOf(static_cast<const T *>(nullptr)));
    return mask;
}

} // namespace

FieldMask changedFields(const std::optional<AnyEntity> &before,
                        const std::optional<AnyEntity> &after)
{
    if (!before || !after || before->index() != after->index())
        return allFields;
    return std::visit(
        [&after](const auto &old) {
            using T = std::decay_t<decltype(old)>;
            return differingFields(old, std::get<T>(*after));
        },
        *before);
}

} // namespace uw
