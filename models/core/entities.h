#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <variant>

namespace uw {

/** Stable identity of an entity: never reused, never a row number. 0 means "none". */
using Id = qint64;

enum class EntityKind {
    Change,
    System,
    Dependency,
    CompatibilityRule,
    Person,
    Approval,
    Window,
    Step,
    StepLink,
    Metric,
    RecordItem,
};

enum class ReasonCategory {
    SecurityFix,
    BugFix,
    Compliance,
    EndOfSupport,
    Performance,
    Feature,
    Capacity,
};
/** Shared scale for urgency, risk and criticality so that they can be compared. */
enum class Level { Low, Medium, High, Critical };
enum class RolloutStrategy { BigBang, Phased, ParallelRun, BlueGreen };
enum class SystemKind {
    Server,
    OperatingSystem,
    Database,
    Middleware,
    Application,
    Endpoint,
    NetworkDevice,
    Storage,
    License,
    Certificate,
    Api,
    Integration,
    Backup,
    Monitoring,
    /** A kind the project has no name for (an imported CMDB class nobody mapped yet). */
    Other,
};
enum class DependencyKind { Runtime, Data, Auth, Network, Other };
enum class WindowKind { Maintenance, ChangeFreeze, Blackout, PeakUsage };
enum class Phase { Prepare, Backup, Execute, Verify, Rollback, Communicate, Monitor };
enum class StepKind { Manual, Command, HttpCheck, MetricCheck, Gate };
/** Whether a failure of the step asks the run to consider rolling back. */
enum class StepCriticality {
    /** Execute and verify steps, and steps touching a critical system (isCriticalStep). */
    ByPhase,
    Critical,
    NotCritical,
};
/** Where a configuration item's value lives; a secret's value never enters the file. */
enum class ConfigValueSource { Plain, EnvironmentVariable, Keychain };
enum class LinkType { FinishToStart, StartToStart, FinishToFinish };
enum class ApprovalDecision { Pending, Approved, Rejected };
enum class RecordKind { KnownIssue, Lesson, FollowUp, FinalVersion };
enum class MetricSource { Prometheus, Command, LocalMachine };
enum class RunKind { Rehearsal, Production };
enum class RunEventType {
    RunStarted,
    RunEnded,
    StepStarted,
    StepFinished,
    StepFailed,
    StepSkipped,
    Note,
    Decision,
};

/** Roles a person may hold; segregation of duties checks these. */
enum Role : int {
    NoRole = 0,
    RoleApprover = 1,
    RoleExecutor = 2,
    RoleVerifier = 4,
    RoleLead = 8,
};

struct TimeInterval
{
    QDateTime startUtc;
    QDateTime endUtc;
    friend bool operator==(const TimeInterval &, const TimeInterval &) = default;
};

struct Attribute
{
    QString key;
    QString value;
    friend bool operator==(const Attribute &, const Attribute &) = default;
};

/**
 * A setting of a system (a port, a data directory, a password). A secret keeps only a
 * reference in the file: value is then the name of the environment variable or the keychain
 * key that holds it on the computer running the change.
 */
struct ConfigurationItem
{
    QString name;
    QString value;
    ConfigValueSource source = ConfigValueSource::Plain;
    bool isSecret() const { return source != ConfigValueSource::Plain; }
    friend bool operator==(const ConfigurationItem &, const ConfigurationItem &) = default;
};

/** The environment of a system until someone names another. */
inline constexpr const char *productionEnvironment = "Production";

/** The one change this project file describes; there is exactly one, with id 1. */
/** The moments at which the people affected by a change hear about it. */
enum class NoticeKind { Before, Start, Done, Delayed, RolledBack };

/** Subject and body with {placeholders}; a project may replace the built-in wording. */
struct NoticeTemplate
{
    QString subject;
    QString body;
    friend bool operator==(const NoticeTemplate &, const NoticeTemplate &) = default;
};

struct Change
{
    static constexpr EntityKind kind = EntityKind::Change;
    Id id = 1;
    QString title;
    QString purpose;
    ReasonCategory reason = ReasonCategory::Feature;
    Level urgency = Level::Medium;
    Level risk = Level::Medium;
    RolloutStrategy rollout = RolloutStrategy::BigBang;
    QString fromSummary;
    QString toSummary;
    /** IANA zone in which times are shown to this change's readers. */
    QString timeZone = QStringLiteral("UTC");
    /** The window the runbook is planned into; 0 for the earliest maintenance window. */
    Id planWindowId = 0;
    /** Minutes that must stay free before the window ends even after a full rollback. */
    double rollbackReserveMinutes = 15;
    /** The project's own wording, only for the kinds it changed: the built-in one is the rest. */
    std::map<NoticeKind, NoticeTemplate> noticeTemplates = {};
    friend bool operator==(const Change &, const Change &) = default;
};

struct System
{
    static constexpr EntityKind kind = EntityKind::System;
    Id id = 0;
    QString name;
    SystemKind systemKind = SystemKind::Server;
    /** As people name it (Production, Staging, DR...); the project's list is its systems'. */
    QString environment = QString::fromLatin1(productionEnvironment);
    QString site;
    QString currentVersion;
    QString targetVersion;
    Level criticality = Level::Medium;
    QString owner;
    QStringList businessProcesses;
    QString peakUsage;
    QList<Attribute> attributes;
    QList<ConfigurationItem> configurationItems;
    QString notes;
    friend bool operator==(const System &, const System &) = default;
};

/** "dependent needs dependency": the dependant breaks when the dependency is down or wrong. */
struct Dependency
{
    static constexpr EntityKind kind = EntityKind::Dependency;
    Id id = 0;
    Id dependentId = 0;
    Id dependencyId = 0;
    DependencyKind dependencyKind = DependencyKind::Runtime;
    /** Constraint on the dependency's version, e.g. ">=13 <16"; empty means any. */
    QString constraint;
    bool mixedVersionsTolerated = false;
    QString note;
    friend bool operator==(const Dependency &, const Dependency &) = default;
};

/** A vendor-matrix fact beyond direct dependencies: "system at versions V needs other in R". */
struct CompatibilityRule
{
    static constexpr EntityKind kind = EntityKind::CompatibilityRule;
    Id id = 0;
    Id systemId = 0;
    QString whenVersion;
    Id requiredSystemId = 0;
    QString requiredRange;
    QString source;
    friend bool operator==(const CompatibilityRule &, const CompatibilityRule &) = default;
};

struct Person
{
    static constexpr EntityKind kind = EntityKind::Person;
    Id id = 0;
    QString name;
    int roles = NoRole;
    QString contact;
    /** Periods in which the person can work; empty means always available. */
    QList<TimeInterval> availability;
    friend bool operator==(const Person &, const Person &) = default;
};

struct Approval
{
    static constexpr EntityKind kind = EntityKind::Approval;
    Id id = 0;
    Id personId = 0;
    ApprovalDecision decision = ApprovalDecision::Pending;
    QDateTime decidedAtUtc;
    QString comment;
    friend bool operator==(const Approval &, const Approval &) = default;
};

/** Longer is a mistyped date, not a maintenance window: `window --add` refuses it, an import ignores it. */
inline constexpr qint64 longestWindowDays = 31;

struct Window
{
    static constexpr EntityKind kind = EntityKind::Window;
    Id id = 0;
    QString name;
    WindowKind windowKind = WindowKind::Maintenance;
    QDateTime startUtc;
    QDateTime endUtc;
    QString timeZone = QStringLiteral("UTC");
    QList<Id> systemIds;
    QString notes;
    friend bool operator==(const Window &, const Window &) = default;
};

/** Three-point estimate in minutes: upgrade work is measured in minutes, not days. */
struct Estimate
{
    double optimistic = 0;
    double likely = 0;
    double pessimistic = 0;
    friend bool operator==(const Estimate &, const Estimate &) = default;
};

struct CommandSpec
{
    QString command;
    int timeoutSeconds = 300;
    int expectedExitCode = 0;
    QString outputPattern;
    /** Variables the command needs; a run fails the step, naming it, while one has no value. */
    QStringList environmentVariables;
    friend bool operator==(const CommandSpec &, const CommandSpec &) = default;
};

struct HttpCheckSpec
{
    QString url;
    QString method = QStringLiteral("GET");
    int expectedStatus = 200;
    QString bodyPattern;
    int timeoutSeconds = 30;
    /** Off only for a server whose certificate cannot be checked; the run says so. */
    bool verifyTls = true;
    friend bool operator==(const HttpCheckSpec &, const HttpCheckSpec &) = default;
};

struct MetricCheckSpec
{
    Id metricId = 0;
    /** e.g. "< 2" or "<= 1.5x baseline"; evaluated against the metric at the moment the step runs.
     */
    QString condition;
    friend bool operator==(const MetricCheckSpec &, const MetricCheckSpec &) = default;
};

struct Step
{
    static constexpr EntityKind kind = EntityKind::Step;
    Id id = 0;
    QString title;
    QString instructions;
    Phase phase = Phase::Execute;
    StepKind stepKind = StepKind::Manual;
    QList<Id> systemIds;
    Id ownerId = 0;
    /** Who confirms a verify step; must differ from the owner who executed it. */
    Id verifierId = 0;
    Estimate estimate;
    bool enabled = true;
    /** Order within the runbook as the lead arranged it. */
    int position = 0;
    CommandSpec command;
    HttpCheckSpec http;
    MetricCheckSpec metricCheck;
    /** A gate needs a decision by this approver. */
    Id approverId = 0;
    /** For rollback steps: the execute steps this one undoes. */
    QList<Id> undoesStepIds;
    StepCriticality criticality = StepCriticality::ByPhase;
    /** False for a step no rollback can undo (a data migration, a sent notice). */
    bool reversible = true;
    /** What is lost when the step is rolled back (orders taken since, a log), for people. */
    QString rollbackLoss;
    friend bool operator==(const Step &, const Step &) = default;
};

/** predecessor -> successor, with a lag in minutes (negative means lead). */
struct StepLink
{
    static constexpr EntityKind kind = EntityKind::StepLink;
    Id id = 0;
    Id predecessorId = 0;
    Id successorId = 0;
    LinkType type = LinkType::FinishToStart;
    double lagMinutes = 0;
    friend bool operator==(const StepLink &, const StepLink &) = default;
};

struct Threshold
{
    enum class Comparison { Above, Below };
    Comparison comparison = Comparison::Above;
    double value = 0;
    /** When true, value is a factor of the baseline mean (2 = twice the baseline). */
    bool relativeToBaseline = false;
    /** How long the breach must last before it counts. */
    double forMinutes = 0;
    bool rollbackTrigger = false;
    friend bool operator==(const Threshold &, const Threshold &) = default;
};

struct Baseline
{
    TimeInterval period;
    double mean = 0;
    double low = 0;
    double high = 0;
    bool captured = false;
    friend bool operator==(const Baseline &, const Baseline &) = default;
};

struct Metric
{
    static constexpr EntityKind kind = EntityKind::Metric;
    Id id = 0;
    QString name;
    MetricSource source = MetricSource::LocalMachine;
    /** PromQL query, shell command, or the /proc quantity, depending on source. */
    QString query;
    QString serverUrl;
    /** Name of the environment variable holding a bearer token; the token never enters the file. */
    QString tokenVariable;
    /** Key of the system keychain entry holding the bearer token (see keychain.h), if any. */
    QString tokenKeychainKey;
    QString unit;
    int intervalSeconds = 15;
    /** Samples older than this before the metric's newest are dropped as new ones arrive. */
    int retentionDays = 14;
    bool key = false;
    Baseline baseline;
    QList<Threshold> thresholds;
    friend bool operator==(const Metric &, const Metric &) = default;
};

struct RecordItem
{
    static constexpr EntityKind kind = EntityKind::RecordItem;
    Id id = 0;
    RecordKind recordKind = RecordKind::KnownIssue;
    QString title;
    QString text;
    Id systemId = 0;
    QDateTime createdAtUtc;
    friend bool operator==(const RecordItem &, const RecordItem &) = default;
};

/** Any entity that an undoable edit can create, change or remove. */
using AnyEntity = std::variant<Change, System, Dependency, CompatibilityRule, Person, Approval,
                               Window, Step, StepLink, Metric, RecordItem>;

inline Id entityId(const AnyEntity &entity)
{
    return std::visit([](const auto &e) { return e.id; }, entity);
}

inline EntityKind entityKind(const AnyEntity &entity)
{
    return std::visit([](const auto &e) { return std::decay_t<decltype(e)>::kind; }, entity);
}

// Runs, their events, metric samples and the audit log are append-only history, not edits:
// they are never undone, so they live outside AnyEntity.

struct Run
{
    Id id = 0;
    RunKind runKind = RunKind::Rehearsal;
    QString name;
    Id windowId = 0;
    QDateTime startedAtUtc;
    QDateTime endedAtUtc;
    friend bool operator==(const Run &, const Run &) = default;
};

struct RunEvent
{
    Id id = 0;
    Id runId = 0;
    Id stepId = 0;
    RunEventType type = RunEventType::Note;
    QDateTime timeUtc;
    QString person;
    QString note;
    /** For decisions: "go", "no-go", "rollback". */
    QString decision;
    QString output;
    friend bool operator==(const RunEvent &, const RunEvent &) = default;
};

struct MetricSample
{
    Id metricId = 0;
    QDateTime timeUtc;
    /** Label set of the series ("" for a single series). */
    QString series;
    double value = 0;
    friend bool operator==(const MetricSample &, const MetricSample &) = default;
};

struct AuditEntry
{
    Id id = 0;
    QDateTime timeUtc;
    QString user;
    QString action;
    QString detail;
    QByteArray previousHash;
    QByteArray hash;
    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

/** The whole document as plain values: what the store loads and JSON reads and writes. */
struct ProjectData
{
    Change change;
    std::map<Id, System> systems;
    std::map<Id, Dependency> dependencies;
    std::map<Id, CompatibilityRule> rules;
    std::map<Id, Person> people;
    std::map<Id, Approval> approvals;
    std::map<Id, Window> windows;
    std::map<Id, Step> steps;
    std::map<Id, StepLink> links;
    std::map<Id, Metric> metrics;
    std::map<Id, RecordItem> records;
    std::map<Id, Run> runs;
    QList<RunEvent> runEvents;
    QList<MetricSample> samples;
    QList<AuditEntry> audit;
};

/** The collection of ProjectData that holds entities of type T (not for Change, a singleton). */
template<class T>
auto &entityTable(auto &data)
{
    if constexpr (std::is_same_v<T, System>)
        return data.systems;
    else if constexpr (std::is_same_v<T, Dependency>)
        return data.dependencies;
    else if constexpr (std::is_same_v<T, CompatibilityRule>)
        return data.rules;
    else if constexpr (std::is_same_v<T, Person>)
        return data.people;
    else if constexpr (std::is_same_v<T, Approval>)
        return data.approvals;
    else if constexpr (std::is_same_v<T, Window>)
        return data.windows;
    else if constexpr (std::is_same_v<T, Step>)
        return data.steps;
    else if constexpr (std::is_same_v<T, StepLink>)
        return data.links;
    else if constexpr (std::is_same_v<T, Metric>)
        return data.metrics;
    else {
        static_assert(std::is_same_v<T, RecordItem>, "not a table entity");
        return data.records;
    }
}

} // namespace uw
