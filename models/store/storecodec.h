#pragma once

#include "entities.h"

#include <QString>

#include <optional>

// Conversions between entity fields and the text/integer forms the store keeps them in.
namespace uw::codec {

qint64 toMs(const QDateTime &time);
/** NULL (nullopt) stays an invalid QDateTime, so "not set" survives a round trip. */
QDateTime fromMs(std::optional<qint64> ms);

QString stringListToJson(const QStringList &list);
QStringList stringListFromJson(const QString &text);
QString attributesToJson(const QList<Attribute> &attributes);
QList<Attribute> attributesFromJson(const QString &text);
/** [[name, value, source key], ...]; an unknown source reads as a secret's reference. */
QString configurationItemsToJson(const QList<ConfigurationItem> &items);
QList<ConfigurationItem> configurationItemsFromJson(const QString &text);
QString intervalsToJson(const QList<TimeInterval> &intervals);
QList<TimeInterval> intervalsFromJson(const QString &text);
QString baselineToJson(const Baseline &baseline);
Baseline baselineFromJson(const QString &text);
QString thresholdsToJson(const QList<Threshold> &thresholds);
QList<Threshold> thresholdsFromJson(const QString &text);
/** {"before": {"subject": …, "body": …}, …}, keyed by noticeKindKey(). */
QString noticeTemplatesToJson(const std::map<NoticeKind, NoticeTemplate> &templates);
std::map<NoticeKind, NoticeTemplate> noticeTemplatesFromJson(const QString &text);

} // namespace uw::codec
