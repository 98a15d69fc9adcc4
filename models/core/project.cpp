#include "project.h"

#include "commands.h"
#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUndoStack>

namespace uw {
namespace {

const char *kindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Change:
        return "change";
    case EntityKind::System:
        return "system";
    case EntityKind::Dependency:
        return "dependency";
    case EntityKind::CompatibilityRule:
        return "rule";
    case EntityKind::Person:
        return "person";
    case EntityKind::Approval:
        return "approval";
    case EntityKind::Window:
        return "window";
    case EntityKind::Step:
        return "step";
    case EntityKind::StepLink:
        return "link";
    case EntityKind::Metric:
        return "metric";
    case EntityKind::RecordItem:
        return "record";
    }
    return "";
}

template<class T>
Id largestId(const std::map<Id, T> &table)
{
    return table.empty() ? 0 : table.rbegin()->first;
}

} // namespace

QString operatingSystemUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

bool DocumentChange::touches(EntityKind kind, FieldMask fields) const
{
    return std::any_of(items.begin(), items.end(), [kind, fields](const Item &item) {
        return item.kind == kind && (item.fields & fields) != 0;
    });
}

Project::Project(std::unique_ptr<DocumentStore> store, ProjectData data)
    : m_store(std::move(store))
    , m_data(std::move(data))
    , m_undoStack(std::make_unique<QUndoStack>())
    , m_user(operatingSystemUser())
{
    qRegisterMetaType<uw::DocumentChange>();
    m_sampleTimelines = sampleTimelines(m_data.samples);
    m_lastIds[EntityKind::System] = largestId(m_data.systems);
    m_lastIds[EntityKind::Dependency] = largestId(m_data.dependencies);
    m_lastIds[EntityKind::CompatibilityRule] = largestId(m_data.rules);
    m_lastIds[EntityKind::Person] = largestId(m_data.people);
    m_lastIds[EntityKind::Approval] = largestId(m_data.approvals);
    m_lastIds[EntityKind::Window] = largestId(m_data.windows);
    m_lastIds[EntityKind::Step] = largestId(m_data.steps);
    m_lastIds[EntityKind::StepLink] = largestId(m_data.links);
    m_lastIds[EntityKind::Metric] = largestId(m_data.metrics);
    m_lastIds[EntityKind::RecordItem] = largestId(m_data.records);
    connect(m_undoStack.get(), &QUndoStack::indexChanged, this, &Project::keepFailedStepInPlace);
}

void Project::keepFailedStepInPlace(int index)
{
    // The stack has moved past a command whose undo or redo was not written; moving back is a
    // no-op for the document (see EditCommand::lastStepFailed) and keeps the history true.
    const auto failed = [this](int at) {
        const auto *command = dynamic_cast<const EditCommand *>(m_undoStack->command(at));
        return command && command->lastStepFailed();
    };
    if (failed(index))
        m_undoStack->redo();
    else if (failed(index - 1))
        m_undoStack->undo();
}

Project::~Project()
{
    // Commands refer to the project; they must go before the store closes.
    m_undoStack->disconnect(this);
    m_undoStack.reset();
}

std::optional<AnyEntity> Project::findAny(EntityKind kind, Id id) const
{
    const auto lookup = [&](const auto &table) -> std::optional<AnyEntity> {
        const auto it = table.find(id);
        return it == table.end() ? std::nullopt : std::optional<AnyEntity>(it->second);
    };
    switch (kind) {
    case EntityKind::Change:
        return AnyEntity(m_data.change);
    case EntityKind::System:
        return lookup(m_data.systems);
    case EntityKind::Dependency:
        return lookup(m_data.dependencies);
    case EntityKind::CompatibilityRule:
        return lookup(m_data.rules);
    case EntityKind::Person:
        return lookup(m_data.people);
    case EntityKind::Approval:
        return lookup(m_data.approvals);
    case EntityKind::Window:
        return lookup(m_data.windows);
    case EntityKind::Step:
        return lookup(m_data.steps);
    case EntityKind::StepLink:
        return lookup(m_data.links);
    case EntityKind::Metric:
        return lookup(m_data.metrics);
    case EntityKind::RecordItem:
        return lookup(m_data.records);
    }
    return std::nullopt;
}

Id Project::allocateId(EntityKind kind)
{
    return ++m_lastIds[kind];
}

bool Project::refuseWhenReadOnly(QString *error) const
{
    if (!isReadOnly())
        return false;
    if (error)
        *error = tr("The project is open read-only: %1").arg(storeInfo().readOnlyReason);
    return true;
}

bool Project::appendAudit(const QString &action, const QString &detail, QString *error)
{
    AuditEntry entry{0, now(), m_user, action, detail, {}, {}};
    return m_store->appendAudit(entry, error);
}

bool Project::applyChanges(const QList<EntityChange> &changes, bool forward, const QString &action,
                           QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    // Undo walks the changes backwards so that, e.g., a system comes back before its links.
    QList<const EntityChange *> ordered;
    for (const EntityChange &change : changes)
        ordered.append(&change);
    if (!forward)
        std::reverse(ordered.begin(), ordered.end());

    QJsonArray detail;
    {
        auto transaction = m_store->transaction(error);
        if (!transaction)
            return false;
        for (const EntityChange *change : ordered) {
            const auto &target = forward ? change->after : change->before;
            const auto &source = forward ? change->before : change->after;
            const AnyEntity &any = target ? *target : *source;
            const bool ok = target ? m_store->writeEntity(*target, error)
                                   : m_store->removeEntity(entityKind(any), entityId(any), error);
            if (!ok)
                return false;
            const char *operation = !source ? "added" : (!target ? "removed" : "modified");
            detail.append(
                QJsonObject{{QStringLiteral("kind"), QLatin1String(kindName(entityKind(any)))},
                            {QStringLiteral("id"), entityId(any)},
                            {QStringLiteral("op"), QLatin1String(operation)}});
        }
        const QString detailText = QString::fromUtf8(
            QJsonDocument(detail).toJson(QJsonDocument::Compact));
        if (!appendAudit(action, detailText, error) || !transaction->commit(error))
            return false;
    }

    DocumentChange documentChange;
    for (const EntityChange *change : ordered) {
        if (forward)
            applyInMemory(change->before, change->after, documentChange);
        else
            applyInMemory(change->after, change->before, documentChange);
    }
    emit documentChanged(documentChange);
    return true;
}

void Project::applyInMemory(const std::optional<AnyEntity> &from,
                            const std::optional<AnyEntity> &to, DocumentChange &change)
{
    const AnyEntity &any = to ? *to : *from;
    const EntityKind kind = entityKind(any);
    const Id id = entityId(any);
    const auto operation = !from ? DocumentChange::Operation::Added
                                 : (!to ? DocumentChange::Operation::Removed
                                        : DocumentChange::Operation::Modified);
    change.items.append({kind, id, operation, changedFields(from, to)});
    std::visit(
        [&](const auto &entity) {
            using T = std::decay_t<decltype(entity)>;
            if constexpr (std::is_same_v<T, Change>) {
                m_data.change = entity;
            } else {
                auto &table = entityTable<T>(m_data);
                if (to)
                    table.insert_or_assign(id, std::get<T>(*to));
                else
                    table.erase(id);
                m_lastIds[kind] = std::max(m_lastIds[kind], id);
            }
        },
        any);
}

Result<Id> Project::startRun(Run run)
{
    QString error;
    if (refuseWhenReadOnly(&error))
        return Error{ErrorCode::ReadOnly, error};
    auto transaction = m_store->transaction(&error);
    if (!transaction || !m_store->insertRun(run, &error)
        || !appendAudit(tr("Run started: %1").arg(run.name), QString::number(run.id), &error)
        || !transaction->commit(&error)) {
        return Error{ErrorCode::Failed, error};
    }
    m_data.runs.emplace(run.id, run);
    emit historyAppended();
    return run.id;
}

bool Project::finishRun(Id runId, const QDateTime &endedAtUtc, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    const auto it = m_data.runs.find(runId);
    if (it == m_data.runs.end()) {
        if (error)
            *error = tr("There is no run %1.").arg(runId);
        return false;
    }
    Run run = it->second;
    run.endedAtUtc = endedAtUtc;
    auto transaction = m_store->transaction(error);
    if (!transaction || !m_store->updateRun(run, error)
        || !appendAudit(tr("Run ended: %1").arg(run.name), QString::number(run.id), error)
        || !transaction->commit(error)) {
        return false;
    }
    it->second = run;
    emit historyAppended();
    return true;
}

Result<Id> Project::recordRunEvent(RunEvent event)
{
    QString error;
    if (refuseWhenReadOnly(&error))
        return Error{ErrorCode::ReadOnly, error};
    AuditEntry audit{0, now(), m_user, tr("Run event"), QString(), {}, {}};
    auto transaction = m_store->transaction(&error);
    if (!transaction || !m_store->appendRunEvent(event, audit, &error)
        || !transaction->commit(&error)) {
        return Error{ErrorCode::Failed, error};
    }
    m_data.runEvents.append(event);
    emit historyAppended();
    return event.id;
}

bool Project::recordSamples(const QList<MetricSample> &samples, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    for (const MetricSample &sample : samples)
        m_sampleTimelines[sample.metricId].add(sample.timeUtc);
    const std::map<Id, SamplePruneStep> steps = samplePruneSteps(m_data.metrics, m_sampleTimelines,
                                                                 m_pendingPrunes, samples);
    const auto written = [&] {
        auto transaction = m_store->transaction(error);
        if (!transaction || !m_store->appendSamples(samples, error))
            return false;
        for (const auto &[metricId, step] : steps) {
            const QDateTime before = QDateTime::fromMSecsSinceEpoch(step.beforeMs, QTimeZone::utc());
            if (!m_store->dropSamplesBefore(metricId, before, error))
                return false;
        }
        return transaction->commit(error);
    };
    if (!written()) {
        for (const MetricSample &sample : samples)
            m_sampleTimelines[sample.metricId].remove(sample.timeUtc);
        return false;
    }

    for (MetricSample sample : samples) {
        sample.series = m_seriesNames.shared(sample.series);
        m_data.samples.append(std::move(sample));
    }
    std::map<Id, qint64> dropBefore;
    qsizetype dropCount = 0;
    for (const MetricSample &sample : samples)
        m_pendingPrunes.erase(sample.metricId);
    for (const auto &[metricId, step] : steps) {
        m_sampleTimelines[metricId].dropBefore(step.beforeMs);
        dropBefore[metricId] = step.beforeMs;
        dropCount += step.count;
        if (step.beforeMs < step.cutoffMs)
            m_pendingPrunes[metricId] = step.cutoffMs;
    }
    dropOldestSamples(m_data.samples, dropBefore, dropCount);
    for (const auto &[metricId, before] : dropBefore)
        emit samplesDropped(metricId, QDateTime::fromMSecsSinceEpoch(before, QTimeZone::utc()));
    emit historyAppended();
    return true;
}

bool Project::saveAs(const QString &path, QString *error)
{
    auto store = m_store->saveCopyAs(path);
    if (!store) {
        if (error)
            *error = store.error().message;
        return false;
    }
    m_store = std::move(store.value());
    qCInfo(lcProject) << "continuing in" << path;
    emit filePathChanged(path);
    return true;
}

} // namespace uw
