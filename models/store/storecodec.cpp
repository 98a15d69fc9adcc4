#include "storecodec.h"

#include "enumkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace uw::codec {
namespace {

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace

qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

QString stringListToJson(const QStringList &list)
{
    return compact(QJsonArray::fromStringList(list));
}

QStringList stringListFromJson(const QString &text)
{
    QStringList list;
    for (const QJsonValue &value : arrayFrom(text))
        list.append(value.toString());
    return list;
}

QString attributesToJson(const QList<Attribute> &attributes)
{
    QJsonArray array;
    for (const Attribute &attribute : attributes)
        array.append(QJsonArray{attribute.key, attribute.value});
    return compact(array);
}

QList<Attribute> attributesFromJson(const QString &text)
{
    QList<Attribute> attributes;
    for (const QJsonValue &value : arrayFrom(text)) {
        const QJsonArray pair = value.toArray();
        attributes.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return attributes;
}

QString configurationItemsToJson(const QList<ConfigurationItem> &items)
{
    QJsonArray array;
    for (const ConfigurationItem &item : items)
        array.append(QJsonArray{item.name, item.value, enumKey(item.source)});
    return compact(array);
}

QList<ConfigurationItem> configurationItemsFromJson(const QString &text)
{
    QList<ConfigurationItem> items;
    for (const QJsonValue &value : arrayFrom(text)) {
        const QJsonArray triple = value.toArray();
        // Shown as plain text, a secret's reference would pass for its value: an unknown source
        // stays a reference.
        const auto source = enumFromKey<ConfigValueSource>(triple.at(2).toString());
        items.append({triple.at(0).toString(), triple.at(1).toString(),
                      source.value_or(ConfigValueSource::EnvironmentVariable)});
    }
    return items;
}

QString intervalsToJson(const QList<TimeInterval> &intervals)
{
    QJsonArray array;
    for (const TimeInterval &interval : intervals)
        array.append(QJsonArray{toMs(interval.startUtc), toMs(interval.endUtc)});
    return compact(array);
}

QList<TimeInterval> intervalsFromJson(const QString &text)
{
    QList<TimeInterval> intervals;
    for (const QJsonValue &value : arrayFrom(text)) {
        const QJsonArray pair = value.toArray();
        intervals.append({fromMs(pair.at(0).toInteger()), fromMs(pair.at(1).toInteger())});
    }
    return intervals;
}

QString baselineToJson(const Baseline &baseline)
{
    if (!baseline.captured)
        return QStringLiteral("{}");
    const QJsonObject object{
        {QStringLiteral("from"), toMs(baseline.period.startUtc)},
        {QStringLiteral("to"), toMs(baseline.period.endUtc)},
        {QStringLiteral("mean"), baseline.mean},
        {QStringLiteral("low"), baseline.low},
        {QStringLiteral("high"), baseline.high},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Baseline baselineFromJson(const QString &text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    Baseline baseline;
    if (object.isEmpty())
        return baseline;
    baseline.captured = true;
    baseline.period = {fromMs(object.value(QStringLiteral("from")).toInteger()),
                       fromMs(object.value(QStringLiteral("to")).toInteger())};
    baseline.mean = object.value(QStringLiteral("mean")).toDouble();
    baseline.low = object.value(QStringLiteral("low")).toDouble();
    baseline.high = object.value(QStringLiteral("high")).toDouble();
    return baseline;
}

QString thresholdsToJson(const QList<Threshold> &thresholds)
{
    QJsonArray array;
    for (const Threshold &threshold : thresholds) {
        array.append(QJsonObject{
            {QStringLiteral("below"), threshold.comparison == Threshold::Comparison::Below},
            {QStringLiteral("value"), threshold.value},
            {QStringLiteral("relative"), threshold.relativeToBaseline},
            {QStringLiteral("for_minutes"), threshold.forMinutes},
            {QStringLiteral("rollback_trigger"), threshold.rollbackTrigger},
        });
    }
    return compact(array);
}

QList<Threshold> thresholdsFromJson(const QString &text)
{
    QList<Threshold> thresholds;
    for (const QJsonValue &value : arrayFrom(text)) {
        const QJsonObject object = value.toObject();
        Threshold threshold;
        threshold.comparison = object.value(QStringLiteral("below")).toBool()
                                   ? Threshold::Comparison::Below
                                   : Threshold::Comparison::Above;
        threshold.value = object.value(QStringLiteral("value")).toDouble();
        threshold.relativeToBaseline = object.value(QStringLiteral("relative")).toBool();
        threshold.forMinutes = object.value(QStringLiteral("for_minutes")).toDouble();
        threshold.rollbackTrigger = object.value(QStringLiteral("rollback_trigger")).toBool();
        thresholds.append(threshold);
    }
    return thresholds;
}

QString noticeTemplatesToJson(const std::map<NoticeKind, NoticeTemplate> &templates)
{
    QJsonObject object;
    for (const auto &[kind, wording] : templates) {
        object.insert(noticeKindKey(kind), QJsonObject{{QStringLiteral("subject"), wording.subject},
                                                       {QStringLiteral("body"), wording.body}});
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::map<NoticeKind, NoticeTemplate> noticeTemplatesFromJson(const QString &text)
{
    std::map<NoticeKind, NoticeTemplate> templates;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        // A kind this version does not know came from a newer one; the rest still applies.
        const auto kind = noticeKindFromKey(it.key());
        if (!kind)
            continue;
        const QJsonObject wording = it.value().toObject();
        templates[*kind] = {wording.value(QStringLiteral("subject")).toString(),
                            wording.value(QStringLiteral("body")).toString()};
    }
    return templates;
}

} // namespace uw::codec
