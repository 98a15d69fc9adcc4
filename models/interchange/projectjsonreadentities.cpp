#include "projectjsonreader_p.h"

#include "environments.h"
#include "notice.h"
#include "sampleretention.h"
#include "stepchecks.h"

#include <QUrl>

namespace uw::jsonread {
namespace {

/** For periods that must be real: both ends given and the end strictly after the start. */
void readBoundedInterval(ObjectReader &r, QDateTime *start, QDateTime *end)
{
    Context &ctx = r.context();
    for (const auto &[key, time] : {std::pair{u"start", start}, std::pair{u"end", end}}) {
        r.require(key);
        r.read(key, time);
        if (!ctx.failed() && !time->isValid())
            ctx.typeError(r.memberPath(key), Expected::DateTime, QJsonValue::Null);
    }
    if (!ctx.failed() && *end <= *start)
        ctx.fail(r.memberPath(u"end"),
                 translated(
                     QT_TRANSLATE_NOOP("uw::ProjectJson", "the end must be after the start")));
}

/** Kind key -> {"subject", "body"}; a kind or a member left out keeps the built-in wording. */
void readNoticeTemplates(ObjectReader templates, std::map<NoticeKind, NoticeTemplate> *out)
{
    for (const NoticeKind kind : allNoticeKinds()) {
        ObjectReader wording = templates.object(noticeKindKey(kind));
        NoticeTemplate notice = defaultNoticeTemplate(kind);
        wording.read(u"subject", &notice.subject);
        wording.read(u"body", &notice.body);
        wording.finish();
        if (!templates.context().failed() && wording.isPresent())
            (*out)[kind] = notice;
    }
    templates.finish();
}

} // namespace

void readEntity(ObjectReader &r, Change &c)
{
    r.read(u"title", &c.title);
    r.read(u"purpose", &c.purpose);
    r.read(u"reason", &c.reason);
    r.read(u"urgency", &c.urgency);
    r.read(u"risk", &c.risk);
    r.read(u"rollout", &c.rollout);
    r.read(u"from_summary", &c.fromSummary);
    r.read(u"to_summary", &c.toSummary);
    r.read(u"time_zone", &c.timeZone);
    r.readReference(u"plan_window", RefKind::Window, &c.planWindowId);
    r.read(u"rollback_reserve_minutes", &c.rollbackReserveMinutes);
    readNoticeTemplates(r.object(u"notice_templates"), &c.noticeTemplates);
}

void readEntity(ObjectReader &r, System &s)
{
    r.readId(&s.id);
    r.read(u"name", &s.name);
    r.read(u"kind", &s.systemKind);
    r.read(u"environment", &s.environment);
    s.environment = environmentName(s.environment);
    if (!r.context().failed() && s.environment.size() > longestEnvironmentName)
        r.context().fail(r.memberPath(u"environment"),
                         translated(QT_TRANSLATE_NOOP("uw::ProjectJson",
                                                      "longer than the name of an environment")));
    r.read(u"site", &s.site);
    r.read(u"current_version", &s.currentVersion);
    r.read(u"target_version", &s.targetVersion);
    r.read(u"criticality", &s.criticality);
    r.read(u"owner", &s.owner);
    r.read(u"peak_usage", &s.peakUsage);
    r.read(u"notes", &s.notes);
    r.readStrings(u"business_processes", &s.businessProcesses);
    r.forEach(u"configuration_items", [&](const QJsonValue &value, const QString &path) {
        ConfigurationItem item;
        if (value.isString()) {
            // Files written before items had values list their names only.
            item.name = value.toString();
        } else {
            ObjectReader fields(r.context(), value, path);
            fields.require(u"name");
            fields.read(u"name", &item.name);
            fields.read(u"value", &item.value);
            fields.read(u"source", &item.source);
            fields.finish();
        }
        s.configurationItems.append(item);
    });
    r.forEach(u"attributes", [&](const QJsonValue &value, const QString &path) {
        ObjectReader item(r.context(), value, path);
        Attribute attribute;
        item.require(u"key");
        item.read(u"key", &attribute.key);
        item.read(u"value", &attribute.value);
        item.finish();
        s.attributes.append(attribute);
    });
}

void readEntity(ObjectReader &r, Dependency &d)
{
    r.readId(&d.id);
    r.readReference(u"dependent_id", RefKind::System, &d.dependentId, true);
    r.readReference(u"dependency_id", RefKind::System, &d.dependencyId, true);
    r.read(u"kind", &d.dependencyKind);
    r.read(u"constraint", &d.constraint);
    r.read(u"mixed_versions_tolerated", &d.mixedVersionsTolerated);
    r.read(u"note", &d.note);
}

void readEntity(ObjectReader &r, CompatibilityRule &rule)
{
    r.readId(&rule.id);
    r.readReference(u"system_id", RefKind::System, &rule.systemId, true);
    r.readReference(u"required_system_id", RefKind::System, &rule.requiredSystemId, true);
    r.read(u"when_version", &rule.whenVersion);
    r.read(u"required_range", &rule.requiredRange);
    r.read(u"source", &rule.source);
}

void readEntity(ObjectReader &r, Person &p)
{
    r.readId(&p.id);
    r.read(u"name", &p.name);
    r.read(u"contact", &p.contact);
    r.forEach(u"roles", [&](const QJsonValue &value, const QString &path) {
        Role role = NoRole;
        readValue(r.context(), value, path, &role);
        p.roles |= role;
    });
    r.forEach(u"availability", [&](const QJsonValue &value, const QString &path) {
        ObjectReader item(r.context(), value, path);
        TimeInterval interval;
        readBoundedInterval(item, &interval.startUtc, &interval.endUtc);
        item.finish();
        p.availability.append(interval);
    });
}

void readEntity(ObjectReader &r, Approval &a)
{
    r.readId(&a.id);
    r.readReference(u"person_id", RefKind::Person, &a.personId, true);
    r.read(u"decision", &a.decision);
    r.read(u"decided_at", &a.decidedAtUtc);
    r.read(u"comment", &a.comment);
}

void readEntity(ObjectReader &r, Window &w)
{
    r.readId(&w.id);
    r.read(u"name", &w.name);
    r.read(u"kind", &w.windowKind);
    r.read(u"time_zone", &w.timeZone);
    r.read(u"notes", &w.notes);
    readBoundedInterval(r, &w.startUtc, &w.endUtc);
    r.readReferences(u"system_ids", RefKind::System, &w.systemIds);
}

namespace {

void readEstimate(ObjectReader &r, Estimate *e)
{
    r.read(u"optimistic", &e->optimistic);
    r.read(u"likely", &e->likely);
    r.read(u"pessimistic", &e->pessimistic);
    r.finish();
    QStringView wrong;
    if (e->optimistic < 0)
        wrong = u"optimistic";
    else if (e->likely < e->optimistic)
        wrong = u"likely";
    else if (e->pessimistic < e->likely)
        wrong = u"pessimistic";
    if (!wrong.isNull()) {
        r.context().fail(r.memberPath(wrong),
                         translated(QT_TRANSLATE_NOOP("uw::ProjectJson",
                                                      "estimates must satisfy 0 <= optimistic <= "
                                                      "likely <= pessimistic")));
    } else if (e->pessimistic > longestStepMinutes) {
        r.context().fail(r.memberPath(u"pessimistic"),
                         minutesProblem(e->pessimistic, QStringLiteral("pessimistic estimate")));
    }
}

} // namespace

void readEntity(ObjectReader &r, Step &s)
{
    r.readId(&s.id);
    r.read(u"title", &s.title);
    r.read(u"instructions", &s.instructions);
    r.read(u"phase", &s.phase);
    r.read(u"kind", &s.stepKind);
    r.read(u"enabled", &s.enabled);
    r.read(u"position", &s.position);
    r.readReferences(u"system_ids", RefKind::System, &s.systemIds);
    r.readReference(u"owner_id", RefKind::Person, &s.ownerId);
    r.readReference(u"verifier_id", RefKind::Person, &s.verifierId);
    r.readReference(u"approver_id", RefKind::Person, &s.approverId);
    r.readReferences(u"undoes_step_ids", RefKind::Step, &s.undoesStepIds);
    r.read(u"criticality", &s.criticality);
    r.read(u"reversible", &s.reversible);
    r.read(u"rollback_loss", &s.rollbackLoss);
    ObjectReader estimate = r.object(u"estimate");
    readEstimate(estimate, &s.estimate);

    ObjectReader command = r.object(u"command");
    command.read(u"command", &s.command.command);
    command.read(u"timeout_seconds", &s.command.timeoutSeconds);
    command.read(u"expected_exit_code", &s.command.expectedExitCode);
    command.read(u"output_pattern", &s.command.outputPattern);
    command.readStrings(u"environment_variables", &s.command.environmentVariables);
    if (const QString problem = environmentVariablesProblem(s.command.environmentVariables);
        !r.context().failed() && !problem.isEmpty())
        r.context().fail(command.memberPath(u"environment_variables"), problem);
    command.finish();

    ObjectReader http = r.object(u"http");
    http.read(u"url", &s.http.url);
    http.read(u"method", &s.http.method);
    http.read(u"expected_status", &s.http.expectedStatus);
    http.read(u"body_pattern", &s.http.bodyPattern);
    http.read(u"timeout_seconds", &s.http.timeoutSeconds);
    http.read(u"verify_tls", &s.http.verifyTls);
    http.finish();

    ObjectReader metricCheck = r.object(u"metric_check");
    metricCheck.readReference(u"metric_id", RefKind::Metric, &s.metricCheck.metricId);
    metricCheck.read(u"condition", &s.metricCheck.condition);
    metricCheck.finish();
}

void readEntity(ObjectReader &r, StepLink &l)
{
    r.readId(&l.id);
    r.readReference(u"predecessor_id", RefKind::Step, &l.predecessorId, true);
    r.readReference(u"successor_id", RefKind::Step, &l.successorId, true);
    r.read(u"type", &l.type);
    r.read(u"lag_minutes", &l.lagMinutes);
    if (const QString problem = minutesProblem(l.lagMinutes, QStringLiteral("lag"), true);
        !r.context().failed() && !problem.isEmpty())
        r.context().fail(r.memberPath(u"lag_minutes"), problem);
    if (!r.context().failed() && l.predecessorId == l.successorId) {
        r.context().fail(r.memberPath(u"successor_id"),
                         translated(QT_TRANSLATE_NOOP("uw::ProjectJson",
                                                      "a step cannot be linked to itself")));
    }
}

void readEntity(ObjectReader &r, Metric &m)
{
    r.readId(&m.id);
    r.read(u"name", &m.name);
    r.read(u"source", &m.source);
    r.read(u"query", &m.query);
    r.read(u"server_url", &m.serverUrl);
    if (!r.context().failed() && !QUrl(m.serverUrl).userInfo().isEmpty()) {
        r.context().fail(r.memberPath(u"server_url"),
                         translated(QT_TRANSLATE_NOOP(
                             "uw::ProjectJson",
                             "the address contains a user name or password; remove it and name "
                             "the token in token_variable or token_keychain_key instead")));
    }
    r.read(u"token_variable", &m.tokenVariable);
    r.read(u"token_keychain_key", &m.tokenKeychainKey);
    r.read(u"unit", &m.unit);
    r.read(u"interval_seconds", &m.intervalSeconds);
    if (!r.context().failed()
        && (m.intervalSeconds < 1 || m.intervalSeconds > maxMetricIntervalSeconds)) {
        r.context().fail(r.memberPath(u"interval_seconds"),
                         translated(QT_TRANSLATE_NOOP("uw::ProjectJson",
                                                      "a metric is read every 1 s to 1 h")));
    }
    r.read(u"retention_days", &m.retentionDays);
    if (!r.context().failed() && (m.retentionDays < 1 || m.retentionDays > maxSampleRetentionDays)) {
        r.context().fail(r.memberPath(u"retention_days"),
                         translated(QT_TRANSLATE_NOOP("uw::ProjectJson",
                                                      "samples are kept for 1 to 366 days")));
    }
    r.read(u"key", &m.key);

    ObjectReader baseline = r.object(u"baseline");
    ObjectReader period = baseline.object(u"period");
    period.read(u"start", &m.baseline.period.startUtc);
    period.read(u"end", &m.baseline.period.endUtc);
    period.finish();
    baseline.read(u"mean", &m.baseline.mean);
    baseline.read(u"low", &m.baseline.low);
    baseline.read(u"high", &m.baseline.high);
    baseline.read(u"captured", &m.baseline.captured);
    baseline.finish();

    r.forEach(u"thresholds", [&](const QJsonValue &value, const QString &path) {
        ObjectReader item(r.context(), value, path);
        Threshold t;
        item.read(u"comparison", &t.comparison);
        item.read(u"value", &t.value);
        item.read(u"relative_to_baseline", &t.relativeToBaseline);
        item.read(u"for_minutes", &t.forMinutes);
        item.read(u"rollback_trigger", &t.rollbackTrigger);
        item.finish();
        m.thresholds.append(t);
    });
}

void readEntity(ObjectReader &r, RecordItem &item)
{
    r.readId(&item.id);
    r.readReference(u"system_id", RefKind::System, &item.systemId);
    r.read(u"kind", &item.recordKind);
    r.read(u"title", &item.title);
    r.read(u"text", &item.text);
    r.read(u"created_at", &item.createdAtUtc);
}

void readEntity(ObjectReader &r, Run &run)
{
    r.readId(&run.id);
    r.readReference(u"window_id", RefKind::Window, &run.windowId);
    r.read(u"kind", &run.runKind);
    r.read(u"name", &run.name);
    r.read(u"started_at", &run.startedAtUtc);
    r.read(u"ended_at", &run.endedAtUtc);
}

void readEntity(ObjectReader &r, RunEvent &e)
{
    r.readId(&e.id);
    r.readReference(u"run_id", RefKind::Run, &e.runId, true);
    r.readReference(u"step_id", RefKind::Step, &e.stepId);
    r.require(u"time");
    r.read(u"type", &e.type);
    r.read(u"time", &e.timeUtc);
    r.read(u"person", &e.person);
    r.read(u"note", &e.note);
    r.read(u"decision", &e.decision);
    r.read(u"output", &e.output);
}

void readEntity(ObjectReader &r, MetricSample &s)
{
    r.readReference(u"metric_id", RefKind::Metric, &s.metricId, true);
    r.require(u"time");
    r.read(u"time", &s.timeUtc);
    r.read(u"series", &s.series);
    r.read(u"value", &s.value);
}

} // namespace uw::jsonread
