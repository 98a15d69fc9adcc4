#include "projectjson.h"

#include "projectjsonreader_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;
using namespace uw::jsonread;

namespace uw::jsonread {
namespace {

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

} // namespace

QString translated(const char *text)
{
    return QCoreApplication::translate("uw::ProjectJson", text);
}

QString unknownValueMessage(const QString &value, const QStringList &keys)
{
    return QCoreApplication::translate("uw::ProjectJson", "unknown value '%1' (expected one of %2)")
        .arg(value, keys.join(u", "));
}

void Context::fail(const QString &path, const QString &message)
{
    if (!failed())
        error = path.isEmpty() ? message : path + u": "_s + message;
}

void Context::typeError(const QString &path, Expected expected, const QJsonValue &found)
{
    fail(path, QCoreApplication::translate("uw::ProjectJson", "expected %1, found %2")
                   .arg(translated(expectedNames[int(expected)]), describe(found)));
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

} // namespace uw::jsonread

namespace uw {
namespace {

const char *const missingReferenceTexts[] = {
    QT_TRANSLATE_NOOP("uw::ProjectJson", "there is no system with id %1"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "there is no person with id %1"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "there is no step with id %1"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "there is no metric with id %1"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "there is no run with id %1"),
    QT_TRANSLATE_NOOP("uw::ProjectJson", "there is no window with id %1"),
};

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
