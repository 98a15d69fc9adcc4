#include "enumkeys.h"

#include <QCoreApplication>

#include <array>
#include <span>

namespace uw {
namespace {

template<class E>
struct EnumEntry
{
    E value;
    const char *key;
    const char *displayName;
};

#define UW_NAME(text) QT_TRANSLATE_NOOP("uw::Enums", text)

constexpr std::array reasonEntries{
    EnumEntry<ReasonCategory>{ReasonCategory::SecurityFix, "security_fix", UW_NAME("Security fix")},
    EnumEntry<ReasonCategory>{ReasonCategory::BugFix, "bug_fix", UW_NAME("Bug fix")},
    EnumEntry<ReasonCategory>{ReasonCategory::Compliance, "compliance", UW_NAME("Compliance")},
    EnumEntry<ReasonCategory>{ReasonCategory::EndOfSupport, "end_of_support",
                              UW_NAME("End of support")},
    EnumEntry<ReasonCategory>{ReasonCategory::Performance, "performance", UW_NAME("Performance")},
    EnumEntry<ReasonCategory>{ReasonCategory::Feature, "feature", UW_NAME("Feature")},
    EnumEntry<ReasonCategory>{ReasonCategory::Capacity, "capacity", UW_NAME("Capacity")},
};

constexpr std::array levelEntries{
    EnumEntry<Level>{Level::Low, "low", UW_NAME("Low")},
    EnumEntry<Level>{Level::Medium, "medium", UW_NAME("Medium")},
    EnumEntry<Level>{Level::High, "high", UW_NAME("High")},
    EnumEntry<Level>{Level::Critical, "critical", UW_NAME("Critical")},
};

constexpr std::array rolloutEntries{
    EnumEntry<RolloutStrategy>{RolloutStrategy::BigBang, "big_bang", UW_NAME("Big bang")},
    EnumEntry<RolloutStrategy>{RolloutStrategy::Phased, "phased", UW_NAME("Phased")},
    EnumEntry<RolloutStrategy>{RolloutStrategy::ParallelRun, "parallel_run",
                               UW_NAME("Parallel run")},
    EnumEntry<RolloutStrategy>{RolloutStrategy::BlueGreen, "blue_green", UW_NAME("Blue-green")},
};

constexpr std::array systemKindEntries{
    EnumEntry<SystemKind>{SystemKind::Server, "server", UW_NAME("Server")},
    EnumEntry<SystemKind>{SystemKind::OperatingSystem, "os", UW_NAME("Operating system")},
    EnumEntry<SystemKind>{SystemKind::Database, "database", UW_NAME("Database")},
    EnumEntry<SystemKind>{SystemKind::Middleware, "middleware", UW_NAME("Middleware")},
    EnumEntry<SystemKind>{SystemKind::Application, "application", UW_NAME("Application")},
    EnumEntry<SystemKind>{SystemKind::Endpoint, "endpoint", UW_NAME("Endpoint")},
    EnumEntry<SystemKind>{SystemKind::NetworkDevice, "network_device", UW_NAME("Network device")},
    EnumEntry<SystemKind>{SystemKind::Storage, "storage", UW_NAME("Storage")},
    EnumEntry<SystemKind>{SystemKind::License, "license", UW_NAME("License")},
    EnumEntry<SystemKind>{SystemKind::Certificate, "certificate", UW_NAME("Certificate")},
    EnumEntry<SystemKind>{SystemKind::Api, "api", UW_NAME("API")},
    EnumEntry<SystemKind>{SystemKind::Integration, "integration", UW_NAME("Integration")},
    EnumEntry<SystemKind>{SystemKind::Backup, "backup", UW_NAME("Backup")},
    EnumEntry<SystemKind>{SystemKind::Monitoring, "monitoring", UW_NAME("Monitoring")},
    EnumEntry<SystemKind>{SystemKind::Other, "other", UW_NAME("Other")},
};

constexpr std::array stepCriticalityEntries{
    EnumEntry<StepCriticality>{StepCriticality::ByPhase, "by_phase",
                               UW_NAME("By phase and systems")},
    EnumEntry<StepCriticality>{StepCriticality::Critical, "critical", UW_NAME("Always critical")},
    EnumEntry<StepCriticality>{StepCriticality::NotCritical, "not_critical",
                               UW_NAME("Never critical")},
};

constexpr std::array configValueSourceEntries{
    EnumEntry<ConfigValueSource>{ConfigValueSource::Plain, "plain", UW_NAME("Value")},
    EnumEntry<ConfigValueSource>{ConfigValueSource::EnvironmentVariable, "environment",
                                 UW_NAME("Secret in an environment variable")},
    EnumEntry<ConfigValueSource>{ConfigValueSource::Keychain, "keychain",
                                 UW_NAME("Secret in the keychain")},
};

constexpr std::array dependencyKindEntries{
    EnumEntry<DependencyKind>{DependencyKind::Runtime, "runtime", UW_NAME("Runtime")},
    EnumEntry<DependencyKind>{DependencyKind::Data, "data", UW_NAME("Data")},
    EnumEntry<DependencyKind>{DependencyKind::Auth, "auth", UW_NAME("Authentication")},
    EnumEntry<DependencyKind>{DependencyKind::Network, "network", UW_NAME("Network")},
    EnumEntry<DependencyKind>{DependencyKind::Other, "other", UW_NAME("Other")},
};

constexpr std::array windowKindEntries{
    EnumEntry<WindowKind>{WindowKind::Maintenance, "maintenance", UW_NAME("Maintenance window")},
    EnumEntry<WindowKind>{WindowKind::ChangeFreeze, "freeze", UW_NAME("Change freeze")},
    EnumEntry<WindowKind>{WindowKind::Blackout, "blackout", UW_NAME("Blackout")},
    EnumEntry<WindowKind>{WindowKind::PeakUsage, "peak", UW_NAME("Peak usage")},
};

constexpr std::array phaseEntries{
    EnumEntry<Phase>{Phase::Prepare, "prepare", UW_NAME("Prepare")},
    EnumEntry<Phase>{Phase::Backup, "backup", UW_NAME("Backup")},
    EnumEntry<Phase>{Phase::Execute, "execute", UW_NAME("Execute")},
    EnumEntry<Phase>{Phase::Verify, "verify", UW_NAME("Verify")},
    EnumEntry<Phase>{Phase::Rollback, "rollback", UW_NAME("Rollback")},
    EnumEntry<Phase>{Phase::Communicate, "communicate", UW_NAME("Communicate")},
    EnumEntry<Phase>{Phase::Monitor, "monitor", UW_NAME("Monitor")},
};

constexpr std::array stepKindEntries{
    EnumEntry<StepKind>{StepKind::Manual, "manual", UW_NAME("Manual")},
    EnumEntry<StepKind>{StepKind::Command, "command", UW_NAME("Command")},
    EnumEntry<StepKind>{StepKind::HttpCheck, "http_check", UW_NAME("HTTP check")},
    EnumEntry<StepKind>{StepKind::MetricCheck, "metric_check", UW_NAME("Metric check")},
    EnumEntry<StepKind>{StepKind::Gate, "gate", UW_NAME("Go/no-go gate")},
};

constexpr std::array linkTypeEntries{
    EnumEntry<LinkType>{LinkType::FinishToStart, "fs", UW_NAME("Finish to start")},
    EnumEntry<LinkType>{LinkType::StartToStart, "ss", UW_NAME("Start to start")},
    EnumEntry<LinkType>{LinkType::FinishToFinish, "ff", UW_NAME("Finish to finish")},
};

constexpr std::array approvalEntries{
    EnumEntry<ApprovalDecision>{ApprovalDecision::Pending, "pending", UW_NAME("Pending")},
    EnumEntry<ApprovalDecision>{ApprovalDecision::Approved, "approved", UW_NAME("Approved")},
    EnumEntry<ApprovalDecision>{ApprovalDecision::Rejected, "rejected", UW_NAME("Rejected")},
};

constexpr std::array recordKindEntries{
    EnumEntry<RecordKind>{RecordKind::KnownIssue, "known_issue", UW_NAME("Known issue")},
    EnumEntry<RecordKind>{RecordKind::Lesson, "lesson", UW_NAME("Lesson learned")},
    EnumEntry<RecordKind>{RecordKind::FollowUp, "follow_up", UW_NAME("Follow-up")},
    EnumEntry<RecordKind>{RecordKind::FinalVersion, "final_version", UW_NAME("Final version")},
};

constexpr std::array metricSourceEntries{
    EnumEntry<MetricSource>{MetricSource::Prometheus, "prometheus", UW_NAME("Prometheus")},
    EnumEntry<MetricSource>{MetricSource::Command, "command", UW_NAME("Command")},
    EnumEntry<MetricSource>{MetricSource::LocalMachine, "local", UW_NAME("This machine")},
};

constexpr std::array runKindEntries{
    EnumEntry<RunKind>{RunKind::Rehearsal, "rehearsal", UW_NAME("Rehearsal")},
    EnumEntry<RunKind>{RunKind::Production, "production", UW_NAME("Production run")},
};

constexpr std::array runEventEntries{
    EnumEntry<RunEventType>{RunEventType::RunStarted, "run_started", UW_NAME("Run started")},
    EnumEntry<RunEventType>{RunEventType::RunEnded, "run_ended", UW_NAME("Run ended")},
    EnumEntry<RunEventType>{RunEventType::StepStarted, "step_started", UW_NAME("Step started")},
    EnumEntry<RunEventType>{RunEventType::StepFinished, "step_finished", UW_NAME("Step finished")},
    EnumEntry<RunEventType>{RunEventType::StepFailed, "step_failed", UW_NAME("Step failed")},
    EnumEntry<RunEventType>{RunEventType::StepSkipped, "step_skipped", UW_NAME("Step skipped")},
    EnumEntry<RunEventType>{RunEventType::Note, "note", UW_NAME("Note")},
    EnumEntry<RunEventType>{RunEventType::Decision, "decision", UW_NAME("Decision")},
};

constexpr std::array roleEntries{
    EnumEntry<Role>{RoleApprover, "approver", UW_NAME("Approver")},
    EnumEntry<Role>{RoleExecutor, "executor", UW_NAME("Executor")},
    EnumEntry<Role>{RoleVerifier, "verifier", UW_NAME("Verifier")},
    EnumEntry<Role>{RoleLead, "lead", UW_NAME("Upgrade lead")},
};

#undef UW_NAME

template<class E>
constexpr auto entriesOf()
{
    if constexpr (std::is_same_v<E, ReasonCategory>)
        return std::span{reasonEntries};
    else if constexpr (std::is_same_v<E, Level>)
        return std::span{levelEntries};
    else if constexpr (std::is_same_v<E, RolloutStrategy>)
        return std::span{rolloutEntries};
    else if constexpr (std::is_same_v<E, SystemKind>)
        return std::span{systemKindEntries};
    else if constexpr (std::is_same_v<E, StepCriticality>)
        return std::span{stepCriticalityEntries};
    else if constexpr (std::is_same_v<E, ConfigValueSource>)
        return std::span{configValueSourceEntries};
    else if constexpr (std::is_same_v<E, DependencyKind>)
        return std::span{dependencyKindEntries};
    else if constexpr (std::is_same_v<E, WindowKind>)
        return std::span{windowKindEntries};
    else if constexpr (std::is_same_v<E, Phase>)
        return std::span{phaseEntries};
    else if constexpr (std::is_same_v<E, StepKind>)
        return std::span{stepKindEntries};
    else if constexpr (std::is_same_v<E, LinkType>)
        return std::span{linkTypeEntries};
    else if constexpr (std::is_same_v<E, ApprovalDecision>)
        return std::span{approvalEntries};
    else if constexpr (std::is_same_v<E, RecordKind>)
        return std::span{recordKindEntries};
    else if constexpr (std::is_same_v<E, MetricSource>)
        return std::span{metricSourceEntries};
    else if constexpr (std::is_same_v<E, RunKind>)
        return std::span{runKindEntries};
    else if constexpr (std::is_same_v<E, RunEventType>)
        return std::span{runEventEntries};
    else {
        static_assert(std::is_same_v<E, Role>, "enum without keys");
        return std::span{roleEntries};
    }
}

} // namespace

template<class E>
QString enumKey(E value)
{
    for (const auto &entry : entriesOf<E>()) {
        if (entry.value == value)
            return QLatin1String(entry.key);
    }
    Q_UNREACHABLE();
    return QString();
}

template<class E>
std::optional<E> enumFromKey(QStringView key)
{
    const QStringView trimmed = key.trimmed();
    for (const auto &entry : entriesOf<E>()) {
        if (trimmed.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

template<class E>
QStringList enumKeys()
{
    QStringList keys;
    for (const auto &entry : entriesOf<E>())
        keys.append(QLatin1String(entry.key));
    return keys;
}

template<class E>
QString enumDisplayName(E value)
{
    for (const auto &entry : entriesOf<E>()) {
        if (entry.value == value)
            return QCoreApplication::translate("uw::Enums", entry.displayName);
    }
    Q_UNREACHABLE();
    return QString();
}

#define UW_INSTANTIATE(E) \
    template QString enumKey<E>(E); \
    template std::optional<E> enumFromKey<E>(QStringView); \
    template QStringList enumKeys<E>(); \
    template QString enumDisplayName<E>(E);

UW_INSTANTIATE(ReasonCategory)
UW_INSTANTIATE(Level)
UW_INSTANTIATE(RolloutStrategy)
UW_INSTANTIATE(SystemKind)
UW_INSTANTIATE(StepCriticality)
UW_INSTANTIATE(ConfigValueSource)
UW_INSTANTIATE(DependencyKind)
UW_INSTANTIATE(WindowKind)
UW_INSTANTIATE(Phase)
UW_INSTANTIATE(StepKind)
UW_INSTANTIATE(LinkType)
UW_INSTANTIATE(ApprovalDecision)
UW_INSTANTIATE(RecordKind)
UW_INSTANTIATE(MetricSource)
UW_INSTANTIATE(RunKind)
UW_INSTANTIATE(RunEventType)
UW_INSTANTIATE(Role)

#undef UW_INSTANTIATE

QString rolesToKeys(int roles)
{
    QStringList keys;
    for (const auto &entry : roleEntries) {
        if (roles & entry.value)
            keys.append(QLatin1String(entry.key));
    }
    return keys.join(QLatin1Char(','));
}

std::optional<int> rolesFromKeys(QStringView keys, QString *error)
{
    int roles = NoRole;
    for (QStringView part : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = enumFromKey<Role>(part);
        if (!role) {
            if (error) {
                *error = QCoreApplication::translate("uw::Enums",
                                                     "unknown role '%1' (expected one of %2)")
                             .arg(part.trimmed().toString(), enumKeys<Role>().join(u", "));
            }
            return std::nullopt;
        }
        roles |= *role;
    }
    return roles;
}

namespace {

constexpr std::array<std::pair<NoticeKind, const char *>, 5> kindKeys{{
    {NoticeKind::Before, "before"},
    {NoticeKind::Start, "start"},
    {NoticeKind::Done, "done"},
    {NoticeKind::Delayed, "delayed"},
    {NoticeKind::RolledBack, "rolled_back"},
}};

} // namespace

QString noticeKindKey(NoticeKind kind)
{
    for (const auto &[value, key] : kindKeys) {
        if (value == kind)
            return QLatin1String(key);
    }
    return {};
}

std::optional<NoticeKind> noticeKindFromKey(QStringView key)
{
    for (const auto &[value, name] : kindKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QList<NoticeKind> allNoticeKinds()
{
    QList<NoticeKind> kinds;
    for (const auto &[value, key] : kindKeys)
        kinds.append(value);
    return kinds;
}

} // namespace uw
