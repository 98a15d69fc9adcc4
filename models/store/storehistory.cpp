// Append-only history: runs, run events, metric samples and the audit log.
#include "store.h"

#include "audit.h"
#include "enumkeys.h"
#include "runaudit.h"
#include "sampleretention.h"
#include "storecodec.h"

#include <QCoreApplication>

namespace uw {
namespace {

using sql::Statement;
using namespace codec;

bool finish(Statement &statement, QString *error)
{
    if (statement.run())
        return true;
    if (error)
        *error = statement.error();
    return false;
}

std::optional<qint64> optionalInt(const Statement &row, int column)
{
    return row.columnIsNull(column) ? std::nullopt : std::optional<qint64>(row.columnInt(column));
}

template<class ReadRow>
bool forEachRow(sql::Database &db, const char *sql, QString *error, ReadRow readRow)
{
    Statement statement = db.prepare(sql);
    for (;;) {
        switch (statement.step()) {
        case Statement::StepResult::Row:
            readRow(statement);
            break;
        case Statement::StepResult::Done:
            return error->isEmpty();
        case Statement::StepResult::Error:
            *error = statement.error();
            return false;
        }
    }
}

template<class E>
E keyOrDefault(const QString &key, const char *what, Id id, QString *error)
{
    if (auto value = enumFromKey<E>(key))
        return *value;
    if (error->isEmpty()) {
        *error = QCoreApplication::translate("uw::Store", "%1 %2: unknown type '%3'")
                     .arg(QLatin1String(what))
                     .arg(id)
                     .arg(key);
    }
    return E{};
}

} // namespace

bool Store::loadHistory(ProjectData &data, QString *error)
{
    return forEachRow(m_db, "SELECT id, kind, name, window_id, started_ms, ended_ms FROM runs",
                      error,
                      [&](const Statement &s) {
                          Run run;
                          run.id = s.columnInt(0);
                          run.runKind = keyOrDefault<RunKind>(s.columnText(1), "run", run.id, error);
                          run.name = s.columnText(2);
                          run.windowId = s.columnInt(3);
                          run.startedAtUtc = fromMs(optionalInt(s, 4));
                          run.endedAtUtc = fromMs(optionalInt(s, 5));
                          data.runs.emplace(run.id, run);
                      })
           && forEachRow(m_db,
                         "SELECT id, run_id, step_id, type, time_ms, person, note, decision, "
                         "output FROM run_events ORDER BY id",
                         error,
                         [&](const Statement &s) {
                             RunEvent event;
                             event.id = s.columnInt(0);
                             event.runId = s.columnInt(1);
                             event.stepId = s.columnInt(2);
                             event.type = keyOrDefault<RunEventType>(s.columnText(3), "run event",
                                                                     event.id, error);
                             event.timeUtc = fromMs(s.columnInt(4));
                             event.person = s.columnText(5);
                             event.note = s.columnText(6);
                             event.decision = s.columnText(7);
                             event.output = s.columnText(8);
                             data.runEvents.append(event);
                         })
           && forEachRow(m_db,
                         "SELECT metric_id, time_ms, series, value FROM metric_samples "
                         "ORDER BY metric_id, time_ms",
                         error,
                         [&, seriesNames = SeriesNamePool()](const Statement &s) mutable {
                             data.samples.append({s.columnInt(0), fromMs(s.columnInt(1)),
                                                  seriesNames.shared(s.columnText(2)),
                                                  s.columnDouble(3)});
                         })
           && forEachRow(m_db,
                         "SELECT id, time_ms, user, action, detail, previous_hash, hash "
                         "FROM audit_log ORDER BY id",
                         error, [&](const Statement &s) {
                             data.audit.append({s.columnInt(0), fromMs(s.columnInt(1)),
                                                s.columnText(2), s.columnText(3), s.columnText(4),
                                                s.columnBlob(5), s.columnBlob(6)});
                         });
}

bool Store::appendAudit(AuditEntry &entry, QString *error)
{
    // Read the chain's end inside the caller's transaction, so a concurrent writer cannot fork it.
    Statement last = m_db.prepare("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    const auto step = last.step();
    if (step == Statement::StepResult::Error) {
        if (error)
            *error = last.error();
        return false;
    }
    const bool hasPrevious = step == Statement::StepResult::Row;
    entry.id = hasPrevious ? last.columnInt(0) + 1 : 1;
    entry.previousHash = hasPrevious ? last.columnBlob(1) : QByteArray();
    entry.hash = auditHash(entry.previousHash, entry);
    Statement insert = m_db.prepare(
        "INSERT INTO audit_log (id, time_ms, user, action, detail, previous_hash, hash) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7)");
    insert.bind(1, entry.id).bind(2, toMs(entry.timeUtc)).bind(3, entry.user);
    insert.bind(4, entry.action).bind(5, entry.detail).bind(6, entry.previousHash);
    insert.bind(7, entry.hash);
    return finish(insert, error);
}

bool Store::insertRun(Run &run, QString *error)
{
    Statement s = m_db.prepare("INSERT INTO runs (id, kind, name, window_id, started_ms, ended_ms) "
                               "VALUES (?1,?2,?3,?4,?5,?6)");
    s.bindId(1, run.id).bind(2, enumKey(run.runKind)).bind(3, run.name).bindId(4, run.windowId);
    if (run.startedAtUtc.isValid())
        s.bind(5, toMs(run.startedAtUtc));
    if (run.endedAtUtc.isValid())
        s.bind(6, toMs(run.endedAtUtc));
    if (!finish(s, error))
        return false;
    run.id = m_db.lastInsertRowId();
    return true;
}

bool Store::updateRun(const Run &run, QString *error)
{
    Statement s = m_db.prepare("UPDATE runs SET name=?2, ended_ms=?3 WHERE id=?1");
    s.bind(1, run.id).bind(2, run.name);
    if (run.endedAtUtc.isValid())
        s.bind(3, toMs(run.endedAtUtc));
    return finish(s, error);
}

bool Store::appendRunEvent(RunEvent &event, AuditEntry &audit, QString *error)
{
    if (!insertRunEvent(event, error))
        return false;
    audit.detail = runEventAuditDetail(event);
    return appendAudit(audit, error);
}

bool Store::insertRunEvent(RunEvent &event, QString *error)
{
    Statement s = m_db.prepare(
        "INSERT INTO run_events (id, run_id, step_id, type, time_ms, person, note, decision, "
        "output) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)");
    s.bindId(1, event.id).bind(2, event.runId).bindId(3, event.stepId);
    s.bind(4, enumKey(event.type)).bind(5, toMs(event.timeUtc)).bind(6, event.person);
    s.bind(7, event.note).bind(8, event.decision).bind(9, event.output);
    if (!finish(s, error))
        return false;
    event.id = m_db.lastInsertRowId();
    return true;
}

bool Store::appendSamples(const QList<MetricSample> &samples, QString *error)
{
    Statement s = m_db.prepare(
        "INSERT INTO metric_samples (metric_id, time_ms, series, value) VALUES (?1,?2,?3,?4)");
    for (const MetricSample &sample : samples) {
        s.bind(1, sample.metricId).bind(2, toMs(sample.timeUtc)).bind(3, sample.series);
        if (!finish(s.bind(4, sample.value), error))
            return false;
    }
    return true;
}

bool Store::dropSamplesBefore(Id metricId, const QDateTime &cutoffUtc, QString *error)
{
    Statement s = m_db.prepare("DELETE FROM metric_samples WHERE metric_id = ?1 AND time_ms < ?2");
    return finish(s.bind(1, metricId).bind(2, toMs(cutoffUtc)), error);
}

} // namespace uw
