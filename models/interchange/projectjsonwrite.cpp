#include "projectjson.h"

#include "enumkeys.h"
#include "notice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace uw {
namespace {

/** Files made before addresses with passwords were refused may hold one: it is not passed on. */
QString withoutUserInfo(const QString &address)
{
    const QUrl url(address);
    return url.userInfo().isEmpty() ? address : url.toString(QUrl::RemoveUserInfo);
}

QJsonValue idValue(Id id)
{
    return id == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonValue timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    const QDateTime utc = time.toUTC();
    // Whole seconds stay short for hand-written files; run events keep their milliseconds.
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QJsonArray idArray(const QList<Id> &ids)
{
    QJsonArray array;
    for (Id id : ids)
        array.append(id);
    return array;
}

QJsonObject intervalObject(const TimeInterval &interval)
{
    return {{u"start"_s, timeValue(interval.startUtc)}, {u"end"_s, timeValue(interval.endUtc)}};
}

QJsonObject noticeTemplatesObject(const std::map<NoticeKind, NoticeTemplate> &templates)
{
    QJsonObject object;
    for (const auto &[kind, wording] : templates) {
        object.insert(noticeKindKey(kind),
                      QJsonObject{{u"subject"_s, wording.subject}, {u"body"_s, wording.body}});
    }
    return object;
}

QJsonObject changeObject(const Change &c)
{
    return {
        {u"title"_s, c.title},
        {u"purpose"_s, c.purpose},
        {u"reason"_s, enumKey(c.reason)},
        {u"urgency"_s, enumKey(c.urgency)},
        {u"risk"_s, enumKey(c.risk)},
        {u"rollout"_s, enumKey(c.rollout)},
        {u"from_summary"_s, c.fromSummary},
        {u"to_summary"_s, c.toSummary},
        {u"time_zone"_s, c.timeZone},
        {u"plan_window"_s, c.planWindowId ? QJsonValue(c.planWindowId) : QJsonValue()},
        {u"rollback_reserve_minutes"_s, c.rollbackReserveMinutes},
        {u"notice_templates"_s, noticeTemplatesObject(c.noticeTemplates)},
    };
}

QJsonObject entityObject(const System &s)
{
    QJsonArray attributes;
    for (const Attribute &attribute : s.attributes)
        attributes.append(QJsonObject{{u"key"_s, attribute.key}, {u"value"_s, attribute.value}});
    QJsonArray configurationItems;
    for (const ConfigurationItem &item : s.configurationItems) {
        configurationItems.append(QJsonObject{{u"name"_s, item.name},
                                              {u"value"_s, item.value},
                                              {u"source"_s, enumKey(item.source)}});
    }
    return {
        {u"id"_s, s.id},
        {u"name"_s, s.name},
        {u"kind"_s, enumKey(s.systemKind)},
        {u"environment"_s, s.environment},
        {u"site"_s, s.site},
        {u"current_version"_s, s.currentVersion},
        {u"target_version"_s, s.targetVersion},
        {u"criticality"_s, enumKey(s.criticality)},
        {u"owner"_s, s.owner},
        {u"business_processes"_s, QJsonArray::fromStringList(s.businessProcesses)},
        {u"peak_usage"_s, s.peakUsage},
        {u"attributes"_s, attributes},
        {u"configuration_items"_s, configurationItems},
        {u"notes"_s, s.notes},
    };
}

QJsonObject entityObject(const Dependency &d)
{
    return {
        {u"id"_s, d.id},
        {u"dependent_id"_s, idValue(d.dependentId)},
        {u"dependency_id"_s, idValue(d.dependencyId)},
        {u"kind"_s, enumKey(d.dependencyKind)},
        {u"constraint"_s, d.constraint},
        {u"mixed_versions_tolerated"_s, d.mixedVersionsTolerated},
        {u"note"_s, d.note},
    };
}

QJsonObject entityObject(const CompatibilityRule &r)
{
    return {
        {u"id"_s, r.id},
        {u"system_id"_s, idValue(r.systemId)},
        {u"when_version"_s, r.whenVersion},
        {u"required_system_id"_s, idValue(r.requiredSystemId)},
        {u"required_range"_s, r.requiredRange},
        {u"source"_s, r.source},
    };
}

QJsonObject entityObject(const Person &p)
{
    QJsonArray availability;
    for (const TimeInterval &interval : p.availability)
        availability.append(intervalObject(interval));
    const QString roles = rolesToKeys(p.roles);
    return {
        {u"id"_s, p.id},
        {u"name"_s, p.name},
        {u"roles"_s, QJsonArray::fromStringList(roles.split(u',', Qt::SkipEmptyParts))},
        {u"contact"_s, p.contact},
        {u"availability"_s, availability},
    };
}

QJsonObject entityObject(const Approval &a)
{
    return {
        {u"id"_s, a.id},
        {u"person_id"_s, idValue(a.personId)},
        {u"decision"_s, enumKey(a.decision)},
        {u"decided_at"_s, timeValue(a.decidedAtUtc)},
        {u"comment"_s, a.comment},
    };
}

QJsonObject entityObject(const Window &w)
{
    return {
        {u"id"_s, w.id},
        {u"name"_s, w.name},
        {u"kind"_s, enumKey(w.windowKind)},
        {u"start"_s, timeValue(w.startUtc)},
        {u"end"_s, timeValue(w.endUtc)},
        {u"time_zone"_s, w.timeZone},
        {u"system_ids"_s, idArray(w.systemIds)},
        {u"notes"_s, w.notes},
    };
}

QJsonObject entityObject(const Step &s)
{
    QJsonObject object{
        {u"id"_s, s.id},
        {u"title"_s, s.title},
        {u"instructions"_s, s.instructions},
        {u"phase"_s, enumKey(s.phase)},
        {u"kind"_s, enumKey(s.stepKind)},
        {u"system_ids"_s, idArray(s.systemIds)},
        {u"owner_id"_s, idValue(s.ownerId)},
        {u"verifier_id"_s, idValue(s.verifierId)},
        {u"estimate"_s, QJsonObject{{u"optimistic"_s, s.estimate.optimistic},
                                    {u"likely"_s, s.estimate.likely},
                                    {u"pessimistic"_s, s.estimate.pessimistic}}},
        {u"enabled"_s, s.enabled},
        {u"position"_s, s.position},
        {u"approver_id"_s, idValue(s.approverId)},
        {u"undoes_step_ids"_s, idArray(s.undoesStepIds)},
        {u"criticality"_s, enumKey(s.criticality)},
        {u"reversible"_s, s.reversible},
        {u"rollback_loss"_s, s.rollbackLoss},
    };
    if (s.command != CommandSpec()) {
        object.insert(u"command"_s, QJsonObject{
                                        {u"command"_s, s.command.command},
                                        {u"timeout_seconds"_s, s.command.timeoutSeconds},
                                        {u"expected_exit_code"_s, s.command.expectedExitCode},
                                        {u"output_pattern"_s, s.command.outputPattern},
                                        {u"environment_variables"_s,
                                         QJsonArray::fromStringList(s.command.environmentVariables)},
                                    });
    }
    if (s.http != HttpCheckSpec()) {
        object.insert(u"http"_s, QJsonObject{
                                     {u"url"_s, s.http.url},
                                     {u"method"_s, s.http.method},
                                     {u"expected_status"_s, s.http.expectedStatus},
                                     {u"body_pattern"_s, s.http.bodyPattern},
                                     {u"timeout_seconds"_s, s.http.timeoutSeconds},
                                     {u"verify_tls"_s, s.http.verifyTls},
                                 });
    }
    if (s.metricCheck != MetricCheckSpec()) {
        object.insert(u"metric_check"_s, QJsonObject{
                                             {u"metric_id"_s, idValue(s.metricCheck.metricId)},
                                             {u"condition"_s, s.metricCheck.condition},
                                         });
    }
    return object;
}

QJsonObject entityObject(const StepLink &l)
{
    return {
        {u"id"_s, l.id},
        {u"predecessor_id"_s, idValue(l.predecessorId)},
        {u"successor_id"_s, idValue(l.successorId)},
        {u"type"_s, enumKey(l.type)},
        {u"lag_minutes"_s, l.lagMinutes},
    };
}

QJsonObject entityObject(const Metric &m)
{
    QJsonArray thresholds;
    for (const Threshold &t : m.thresholds) {
        thresholds.append(QJsonObject{
            {u"comparison"_s,
             t.comparison == Threshold::Comparison::Above ? u"above"_s : u"below"_s},
            {u"value"_s, t.value},
            {u"relative_to_baseline"_s, t.relativeToBaseline},
            {u"for_minutes"_s, t.forMinutes},
            {u"rollback_trigger"_s, t.rollbackTrigger},
        });
    }
    QJsonObject object{
        {u"id"_s, m.id},
        {u"name"_s, m.name},
        {u"source"_s, enumKey(m.source)},
        {u"query"_s, m.query},
        {u"server_url"_s, withoutUserInfo(m.serverUrl)},
        {u"token_variable"_s, m.tokenVariable},
        {u"token_keychain_key"_s, m.tokenKeychainKey},
        {u"unit"_s, m.unit},
        {u"interval_seconds"_s, m.intervalSeconds},
        {u"retention_days"_s, m.retentionDays},
        {u"key"_s, m.key},
        {u"thresholds"_s, thresholds},
    };
    if (m.baseline != Baseline()) {
        object.insert(u"baseline"_s, QJsonObject{
                                         {u"period"_s, intervalObject(m.baseline.period)},
                                         {u"mean"_s, m.baseline.mean},
                                         {u"low"_s, m.baseline.low},
                                         {u"high"_s, m.baseline.high},
                                         {u"captured"_s, m.baseline.captured},
                                     });
    }
    return object;
}

QJsonObject entityObject(const RecordItem &r)
{
    return {
        {u"id"_s, r.id},
        {u"kind"_s, enumKey(r.recordKind)},
        {u"title"_s, r.title},
        {u"text"_s, r.text},
        {u"system_id"_s, idValue(r.systemId)},
        {u"created_at"_s, timeValue(r.createdAtUtc)},
    };
}

QJsonObject entityObject(const Run &r)
{
    return {
        {u"id"_s, r.id},
        {u"kind"_s, enumKey(r.runKind)},
        {u"name"_s, r.name},
        {u"window_id"_s, idValue(r.windowId)},
        {u"started_at"_s, timeValue(r.startedAtUtc)},
        {u"ended_at"_s, timeValue(r.endedAtUtc)},
    };
}

QJsonObject entityObject(const RunEvent &e)
{
    return {
        {u"id"_s, e.id},
        {u"run_id"_s, idValue(e.runId)},
        {u"step_id"_s, idValue(e.stepId)},
        {u"type"_s, enumKey(e.type)},
        {u"time"_s, timeValue(e.timeUtc)},
        {u"person"_s, e.person},
        {u"note"_s, e.note},
        {u"decision"_s, e.decision},
        {u"output"_s, e.output},
    };
}

QJsonObject entityObject(const MetricSample &s)
{
    return {
        {u"metric_id"_s, idValue(s.metricId)},
        {u"time"_s, timeValue(s.timeUtc)},
        {u"series"_s, s.series},
        {u"value"_s, s.value},
    };
}

template<class T>
QJsonArray tableArray(const std::map<Id, T> &table)
{
    QJsonArray array;
    for (const auto &[id, entity] : table)
        array.append(entityObject(entity));
    return array;
}

template<class T>
QJsonArray listArray(const QList<T> &list)
{
    QJsonArray array;
    for (const T &item : list)
        array.append(entityObject(item));
    return array;
}

} // namespace

QByteArray writeProjectJson(const ProjectData &data)
{
    const QJsonObject root{
        {u"format"_s, u"upgrade-workbench"_s},
        {u"version"_s, projectJsonVersion},
        {u"change"_s, changeObject(data.change)},
        {u"systems"_s, tableArray(data.systems)},
        {u"dependencies"_s, tableArray(data.dependencies)},
        {u"rules"_s, tableArray(data.rules)},
        {u"people"_s, tableArray(data.people)},
        {u"approvals"_s, tableArray(data.approvals)},
        {u"windows"_s, tableArray(data.windows)},
        {u"steps"_s, tableArray(data.steps)},
        {u"links"_s, tableArray(data.links)},
        {u"metrics"_s, tableArray(data.metrics)},
        {u"records"_s, tableArray(data.records)},
        {u"runs"_s, tableArray(data.runs)},
        {u"run_events"_s, listArray(data.runEvents)},
        {u"samples"_s, listArray(data.samples)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace uw
