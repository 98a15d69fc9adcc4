#pragma once

#include "entities.h"
#include "enumkeys.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

// The reader of the JSON project format, shared by projectjsonread.cpp (the top level and the
// references between entities) and projectjsonreadentities.cpp (one entity object at a time).
// Private to those two files: the API is readProjectJson() in projectjson.h.
namespace uw::jsonread {

/** In the "uw::ProjectJson" context, for texts marked with QT_TRANSLATE_NOOP. */
QString translated(const char *text);

enum class Expected { String, Number, WholeNumber, Boolean, List, Object, Id, DateTime };

/** What a reference points at; None is for entity ids themselves, which point nowhere. */
enum class RefKind { System, Person, Step, Metric, Run, Window, None };

QString unknownValueMessage(const QString &value, const QStringList &keys);

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
    void fail(const QString &path, const QString &message);
    void typeError(const QString &path, Expected expected, const QJsonValue &found);

    QString error;
    // Resolved once every list is read, so that a file may list entities in any order and a
    // step may undo a step that comes after it.
    QList<PendingReference> references;
};

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

void readValue(Context &ctx, const QJsonValue &value, const QString &path, int *out);

/** Null stands for "no time"; a time without zone is refused because its instant is unknown. */
void readValue(Context &ctx, const QJsonValue &value, const QString &path, QDateTime *out);

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
               Threshold::Comparison *out);

/**
 * An id, or a reference to one that is checked once everything is read. Null and 0 are "none",
 * which only optional references accept.
 */
void readIdValue(Context &ctx, const QJsonValue &value, const QString &path, RefKind kind,
                 bool required, Id *out);

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
    /** False for an absent member, whose reader reads nothing. */
    bool isPresent() const { return m_active; }

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

// One per kind of entity, in projectjsonreadentities.cpp. Each reads its members from r and
// leaves r.finish() to the caller.
void readEntity(ObjectReader &r, Change &c);
void readEntity(ObjectReader &r, System &s);
void readEntity(ObjectReader &r, Dependency &d);
void readEntity(ObjectReader &r, CompatibilityRule &rule);
void readEntity(ObjectReader &r, Person &p);
void readEntity(ObjectReader &r, Approval &a);
void readEntity(ObjectReader &r, Window &w);
void readEntity(ObjectReader &r, Step &s);
void readEntity(ObjectReader &r, StepLink &l);
void readEntity(ObjectReader &r, Metric &m);
void readEntity(ObjectReader &r, RecordItem &item);
void readEntity(ObjectReader &r, Run &run);
void readEntity(ObjectReader &r, RunEvent &e);
void readEntity(ObjectReader &r, MetricSample &s);

} // namespace uw::jsonread
