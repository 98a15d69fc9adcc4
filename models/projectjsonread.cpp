#include "projectjson.h"

#include "enumkeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace uw {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("uw::ProjectJson", text);
}

enum class Expected { String, Number, WholeNumber, Boolean, List, Object, Id, DateTime };
const char *const expectedNames[] = {
    QT_TRANSLATE_NOOP("uw::ProjectJson", "a string"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "a number"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "a whole number"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "true or false"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "a list"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "an object"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "an id"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "a date-time"),
};

/** What a reference points at; None is for entity ids themselves, which point nowhere. */
enum class RefKind { System, Person, Step, Metric, Run, Window, None };
const char *const missingReferenceTexts[] = {
    QT_TRANSLATE_NOOP("uw::ProjectJson", "there is no system with id %1"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "there is no person with id %1"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "there is no step with id %1"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "there is no metric with id %1"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "there is no run with id %1"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "there is no window with id %1"),
};

constexpr qint64 notWhole = std::numeric_limits<qint64>::min();

/** What was found instead, shown as the user wrote it where that is short enough to help. */
QString describe(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        return u'\'' + (text.size() > 40 ? text.left(40) + u'…' : text) + u'\'';
    }
    if (value.isDouble()) {
        const qint64 whole = value.toInteger(notWhole);
        return whole != notWhole
                   ? QString::number(whole)
                   : QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isArray())
        return translated(expectedNames[int(Expected::List)]);
    if (value.isObject())
        return translated(expectedNames[int(Expected::Object)]);
    return u"null"_s;
}

QString unknownValueMessage(const QString &value, const QStringList &keys)
{
    return QCoreApplication::translate("uw::ProjectJson", "unknown value '%1' (expected one of %2)")
        .arg(value, keys.join(u", "));
}

struct PendingReference
{
    QString path;
    RefKind kind;
    Id id;
};

/** Keeps the first error only: later ones are usually consequences of it. */
class Context
{
public:
    bool failed() const { return !error.isEmpty(); }
    void fail(const QString &path, const QString &message)
    {
        if (!failed())
            error = path.isEmpty() ? message : path + u": "_s + message;
    }
    void typeError(const QString &path, Expected expected, const QJsonValue &found)
    {
        fail(path, QCoreApplication::translate("uw::ProjectJson", "expected %1, found %2")
                       .arg(translated(expectedNames[int(expected)]), describe(found)));
    }

    QString error;
    // Resolved once every list is read, so that a file may list entities in any order and a
    // step may undo a step that comes after it.
    QList<PendingReference> references;
};

bool readWhole(Context &ctx, const QJsonValue &value, const QString &path, qint64 *out)
{
    const qint64 number = value.toInteger(notWhole);
    if (!value.isDouble() || number == notWhole) {
        ctx.typeError(path, Expected::WholeNumber, value);
        return false;
    }
    *out = number;
    return true;
}

// The readValue overloads convert one present JSON value, or report why they cannot.

template<class T>
requires std::is_same_v<T, QString> || std::is_same_v<T, bool> || std::is_same_v<T, double>
void readValue(Context &ctx, const QJsonValue &value, const QString &path, T *out)
{
    if constexpr (std::is_same_v<T, QString>) {
        if (!value.isString())
            return ctx.typeError(path, Expected::String, value);
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!value.isBool())
            return ctx.typeError(path, Expected::Boolean, value);
    } else if (!value.isDouble()) {
        return ctx.typeError(path, Expected::Number, value);
    }
    *out = value.toVariant().value<T>();
}

void readValue(Context &ctx, const QJsonValue &value, const QString &path, int *out)
{
    qint64 number = 0;
    if (!readWhole(ctx, value, path, &number))
        return;
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        ctx.fail(path,
                 QCoreApplication::translate("uw::ProjectJson", "%1 is out of range").arg(number));
    else
        *out = int(number);
}

/** Null stands for "no time"; a time without zone is refused because its instant is unknown. */
void readValue(Context &ctx, const QJsonValue &value, const QString &path, QDateTime *out)
{
    if (value.isNull()) {
        *out = QDateTime();
        return;
    }
    if (!value.isString())
        return ctx.typeError(path, Expected::DateTime, value);
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() != Qt::LocalTime) {
        *out = time.toUTC();
        return;
    }
    ctx.fail(path,
             QCoreApplication::translate("uw::ProjectJson",
                                         "'%1' is not an ISO 8601 date-time with a time zone, "
                                         "such as 2026-12-05T21:00:00Z")
                 .arg(value.toString()));
}

template<class E>
requires std::is_enum_v<E>
void readValue(Context &ctx, const QJsonValue &value, const QString &path, E *out)
{
    if (!value.isString())
        return ctx.typeError(path, Expected::String, value);
    if (const auto parsed = enumFromKey<E>(value.toString()))
        *out = *parsed;
    else
        ctx.fail(path, unknownValueMessage(value.toString(), enumKeys<E>()));
}

void readValue(Context &ctx, const QJsonValue &value, const QString &path,
               Threshold::Comparison *out)
{
    const QStringList keys{u"above"_s, u"below"_s};
    if (!value.isString())
        return ctx.typeError(path, Expected::String, value);
    const qsizetype index = keys.indexOf(value.toString().trimmed().toLower());
    if (index < 0)
        ctx.fail(path, unknownValueMessage(value.toString(), keys));
    else
        *out = index == 0 ? Threshold::Comparison::Above : Threshold::Comparison::Below;
}

/**
 * An id, or a reference to one that is checked once everything is read. Null and 0 are "none",
 * which only optional references accept.
 */
void readIdValue(Context &ctx, const QJsonValue &value, const QString &path, RefKind kind,
                 bool required, Id *out)
{
    if (value.isNull() && !required) {
        *out = 0;
        return;
    }
    if (value.isNull())
        return ctx.typeError(path, Expected::Id, value);
    qint64 id = 0;
    if (!readWhole(ctx, value, path, &id))
        return;
    if (id < 0 || (id == 0 && required)) {
        return ctx.fail(path, QCoreApplication::translate("uw::ProjectJson",
                                                          "an id must be a positive whole number"));
    }
    *out = id;
    if (id > 0 && kind != RefKind::None)
        ctx.references.append({path, kind, id});
}

/** Reads the members of one JSON object and notices the ones nobody asked for. */
class ObjectReader
{
public:
    /** Undefined gives a reader that reads nothing, so that absent objects keep defaults. */
    ObjectReader(Context &ctx, const QJsonValue &value, const QString &path)
        : m_ctx(ctx)
        , m_path(path)
        , m_object(value.toObject())
        , m_active(value.isObject())
    {
        if (!value.isObject() && !value.isUndefined())
            ctx.typeError(path, Expected::Object, value);
    }

    Context &context() const { return m_ctx; }

    QString memberPath(QStringView key) const
    {
        return m_path.isEmpty() ? key.toString() : m_path + u'.' + key.toString();
    }

    void require(QStringView key)
    {
        if (m_active && !m_object.contains(key))
            m_ctx.fail(memberPath(key),
                       translated(
                           QT_TRANSLATE_NOOP("uw::ProjectJson", "required member is missing")));
    }

    /** Leaves *out alone when the member is absent, so the struct default stays. */
    template<class T>
    void read(QStringView key, T *out)
    {
        const QJsonValue value = take(key);
        if (!value.isUndefined())
            readValue(m_ctx, value, memberPath(key), out);
    }

    void readId(Id *out) { readReference(u"id", RefKind::None, out, true); }

    void readReference(QStringView key, RefKind kind, Id *out, bool required = false)
    {
        if (required)
            require(key);
        const QJsonValue value = take(key);
        if (!value.isUndefined())
            readIdValue(m_ctx, value, memberPath(key), kind, required, out);
    }

    void readReferences(QStringView key, RefKind kind, QList<Id> *out)
    {
        forEach(key, [&](const QJsonValue &value, const QString &path) {
            Id id = 0;
            readIdValue(m_ctx, value, path, kind, true, &id);
            out->append(id);
        });
    }

    void readStrings(QStringView key, QStringList *out)
    {
        forEach(key, [&](const QJsonValue &value, const QString &path) {
            QString text;
            readValue(m_ctx, value, path, &text);
            out->append(text);
        });
    }

    ObjectReader object(QStringView key) { return ObjectReader(m_ctx, take(key), memberPath(key)); }

    /** Calls f(element, path) for each element of the list member key, stopping at an error. */
    template<class F>
    void forEach(QStringView key, F f)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return;
        const QString path = memberPath(key);
        if (!value.isArray())
            return m_ctx.typeError(path, Expected::List, value);
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && !m_ctx.failed(); ++i)
            f(array.at(i), path + u'[' + QString::number(i) + u']');
    }

    /** Unknown members are errors: a misspelt member would otherwise vanish without a word. */
    void finish()
    {
        for (const QString &key : m_object.keys()) {
            if (!m_used.contains(key))
                m_ctx.fail(memberPath(key),
                           translated(QT_TRANSLATE_NOOP("uw::ProjectJson", "unknown member")));
        }
    }

private:
    /** Undefined once an error is known, which turns every later read into a no-op. */
    QJsonValue take(QStringView key)
    {
        if (!m_active || m_ctx.failed())
            return QJsonValue(QJsonValue::Undefined);
        m_used.insert(key.toString());
        return m_object.value(key);
    }

    Context &m_ctx;
    QString m_path;
    QJsonObject m_object;
    QSet<QString> m_used;
    bool m_active = false;
};

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
}

void readEntity(ObjectReader &r, System &s)
{
    r.readId(&s.id);
    r.read(u"name", &s.name);
    r.read(u"kind", &s.systemKind);
    r.read(u"environment", &s.environment);
    r.read(u"site", &s.site);
    r.read(u"current_version", &s.currentVersion);
    r.read(u"target_version", &s.targetVersion);
    r.read(u"criticality", &s.criticality);
    r.read(u"owner", &s.owner);
    r.read(u"peak_usage", &s.peakUsage);
    r.read(u"notes", &s.notes);
    r.readStrings(u"business_processes", &s.businessProcesses);
    r.readStrings(u"configuration_items", &s.configurationItems);
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
    }
}

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
    ObjectReader estimate = r.object(u"estimate");
    readEstimate(estimate, &s.estimate);

    ObjectReader command = r.object(u"command");
    command.read(u"command", &s.command.command);
    command.read(u"timeout_seconds", &s.command.timeoutSeconds);
    command.read(u"expected_exit_code", &s.command.expectedExitCode);
    command.read(u"output_pattern", &s.command.outputPattern);
    command.finish();

    ObjectReader http = r.object(u"http");
    http.read(u"url", &s.http.url);
    http.read(u"method", &s.http.method);
    http.read(u"expected_status", &s.http.expectedStatus);
    http.read(u"body_pattern", &s.http.bodyPattern);
    http.read(u"timeout_seconds", &s.http.timeoutSeconds);
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
    r.read(u"token_variable", &m.tokenVariable);
    r.read(u"unit", &m.unit);
    r.read(u"interval_seconds", &m.intervalSeconds);
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

/** Reads one list of entities; ids, where the kind has them, must be unique within the list. */
template<class T>
void readEntities(ObjectReader &root, QStringView key, auto insert)
{
    Context &ctx = root.context();
    std::map<Id, QString> firstUse;
    root.forEach(key, [&](const QJsonValue &value, const QString &path) {
        ObjectReader r(ctx, value, path);
        T entity;
        readEntity(r, entity);
        r.finish();
        if (ctx.failed())
            return;
        if constexpr (requires { entity.id; }) {
            const auto [it, inserted] = firstUse.try_emplace(entity.id, path);
            if (!inserted) {
                return ctx.fail(r.memberPath(u"id"),
                                QCoreApplication::translate("uw::ProjectJson",
                                                            "id %1 is already used by %2")
                                    .arg(entity.id)
                                    .arg(it->second));
            }
        }
        insert(std::move(entity));
    });
}

template<class T>
void readTable(ObjectReader &root, QStringView key, std::map<Id, T> *table)
{
    readEntities<T>(root, key,
                    [table](T &&entity) { table->emplace(entity.id, std::move(entity)); });
}

template<class T>
void readList(ObjectReader &root, QStringView key, QList<T> *list)
{
    readEntities<T>(root, key, [list](T &&entity) { list->append(std::move(entity)); });
}

bool referenceExists(const ProjectData &data, const PendingReference &ref)
{
    switch (ref.kind) {
    case RefKind::System:
        return data.systems.contains(ref.id);
    case RefKind::Person:
        return data.people.contains(ref.id);
    case RefKind::Step:
        return data.steps.contains(ref.id);
    case RefKind::Metric:
        return data.metrics.contains(ref.id);
    case RefKind::Run:
        return data.runs.contains(ref.id);
    case RefKind::Window:
        return data.windows.contains(ref.id);
    case RefKind::None:
        break;
    }
    return true;
}

QString parseErrorMessage(const QByteArray &json, const QJsonParseError &parseError)
{
    const QByteArray before = json.left(qBound(0, parseError.offset, int(json.size())));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return QCoreApplication::translate("uw::ProjectJson", "line %1, column %2: %3")
        .arg(before.count('\n') + 1)
        .arg(column)
        .arg(parseError.errorString());
}

void readHeader(ObjectReader &root)
{
    Context &ctx = root.context();
    root.require(u"format");
    QString format;
    root.read(u"format", &format);
    if (!ctx.failed() && format != u"upgrade-workbench") {
        ctx.fail(u"format"_s,
                 QCoreApplication::translate("uw::ProjectJson",
                                             "expected 'upgrade-workbench', found '%1': this is "
                                             "not an Upgrade Workbench project")
                     .arg(format));
    }
    root.require(u"version");
    int version = 0;
    root.read(u"version", &version);
    if (!ctx.failed() && version > projectJsonVersion) {
        ctx.fail(u"version"_s,
                 QCoreApplication::translate("uw::ProjectJson",
                                             "the file has format version %1, but this program "
                                             "reads versions up to %2; open it with a newer "
                                             "Upgrade Workbench")
                     .arg(version)
                     .arg(projectJsonVersion));
    } else if (!ctx.failed() && version < 1) {
        ctx.fail(u"version"_s,
                 QCoreApplication::translate("uw::ProjectJson", "unsupported format version %1")
                     .arg(version));
    }
}

} // namespace

std::optional<ProjectData> readProjectJson(const QByteArray &json, QString *error)
{
    auto failWith = [error](const QString &message) -> std::optional<ProjectData> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(parseErrorMessage(json, parseError));
    if (!document.isObject()) {
        return failWith(
            QCoreApplication::translate("uw::ProjectJson", "the top level must be a JSON object"));
    }

    Context ctx;
    ObjectReader root(ctx, document.object(), QString());
    // Nothing else is read from a file of another kind or version: its members mean other things.
    readHeader(root);
    ProjectData data;
    ObjectReader change = root.object(u"change");
    readEntity(change, data.change);
    change.finish();
    readTable(root, u"systems", &data.systems);
    readTable(root, u"dependencies", &data.dependencies);
    readTable(root, u"rules", &data.rules);
    readTable(root, u"people", &data.people);
    readTable(root, u"approvals", &data.approvals);
    readTable(root, u"windows", &data.windows);
    readTable(root, u"steps", &data.steps);
    readTable(root, u"links", &data.links);
    readTable(root, u"metrics", &data.metrics);
    readTable(root, u"records", &data.records);
    readTable(root, u"runs", &data.runs);
    readList(root, u"run_events", &data.runEvents);
    readList(root, u"samples", &data.samples);
    root.finish();

    for (const PendingReference &ref : std::as_const(ctx.references)) {
        if (!ctx.failed() && !referenceExists(data, ref))
            ctx.fail(ref.path, translated(missingReferenceTexts[int(ref.kind)]).arg(ref.id));
    }
    if (ctx.failed())
        return failWith(ctx.error);
    return data;
}

} // namespace uw
