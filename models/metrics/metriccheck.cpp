#include "metriccheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <map>

namespace uw {
namespace {

/** Gives lupdate and the runtime one context for these messages. */
class MetricCheckText
{
    Q_DECLARE_TR_FUNCTIONS(uw::MetricCheck)
};

bool satisfies(double value, const MetricCondition &condition, double limit)
{
    switch (condition.comparison) {
    case MetricCondition::Comparison::Less:
        return value < limit;
    case MetricCondition::Comparison::LessOrEqual:
        return value <= limit;
    case MetricCondition::Comparison::Greater:
        return value > limit;
    case MetricCondition::Comparison::GreaterOrEqual:
        return value >= limit;
    }
    return false;
}

MetricCheckResult failed(const QString &summary)
{
    return {false, summary, std::nullopt, {}};
}

} // namespace

std::optional<MetricCondition> parseMetricCondition(const QString &text, QString *error)
{
    static const QRegularExpression
        pattern(QStringLiteral("^\\s*(<=|>=|<|>)\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)"
                               "\\s*(?:([x×*])\\s*baseline)?\\s*$"),
                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        *error = MetricCheckText::tr("The condition \"%1\" is not understood; write a comparison "
                                     "and a number, e.g. \"< 2\" or \"<= 1.5x baseline\".")
                     .arg(text);
        return std::nullopt;
    }
    const QString comparison = match.captured(1);
    MetricCondition condition;
    if (comparison == QLatin1String("<"))
        condition.comparison = MetricCondition::Comparison::Less;
    else if (comparison == QLatin1String("<="))
        condition.comparison = MetricCondition::Comparison::LessOrEqual;
    else if (comparison == QLatin1String(">"))
        condition.comparison = MetricCondition::Comparison::Greater;
    else
        condition.comparison = MetricCondition::Comparison::GreaterOrEqual;
    condition.value = match.captured(2).toDouble();
    condition.relativeToBaseline = match.hasCaptured(3);
    return condition;
}

MetricCheckResult evaluateMetricCheck(const Metric &metric, const QString &conditionText,
                                      const QList<MetricSample> &samples, const QDateTime &atUtc)
{
    QString error;
    const std::optional<MetricCondition> condition = parseMetricCondition(conditionText, &error);
    if (!condition)
        return failed(error);
    double limit = condition->value;
    if (condition->relativeToBaseline) {
        if (!metric.baseline.captured) {
            return failed(MetricCheckText::tr("\"%1\" has no captured baseline, so \"%2\" cannot "
                                              "be checked.")
                              .arg(metric.name, conditionText));
        }
        limit = condition->value * metric.baseline.mean;
    }

    const qint64 maxAgeMs = std::max<qint64>(60, 3LL * metric.intervalSeconds) * 1000;
    const QDateTime oldest = atUtc.addMSecs(-maxAgeMs);
    std::map<QString, MetricSample> latest;
    for (const MetricSample &sample : samples) {
        if (sample.metricId != metric.id || sample.timeUtc > atUtc || sample.timeUtc < oldest
            || !std::isfinite(sample.value))
            continue;
        const auto it = latest.find(sample.series);
        if (it == latest.end() || it->second.timeUtc <= sample.timeUtc)
            latest[sample.series] = sample;
    }

    MetricCheckResult result{true, {}, limit, {}};
    QStringList values;
    for (const auto &[series, sample] : latest) {
        const bool passed = satisfies(sample.value, *condition, limit);
        result.evidence.append({series, sample.timeUtc, sample.value, passed});
        result.passed = result.passed && passed;
        values.append(series.isEmpty() ? QString::number(sample.value)
                                       : QStringLiteral("%1 = %2").arg(series).arg(sample.value));
    }
    if (result.evidence.isEmpty()) {
        result.passed = false;
        result.summary = MetricCheckText::tr("\"%1\" has no sample from the last %2 s before %3, "
                                             "so \"%4\" fails.")
                             .arg(metric.name)
                             .arg(maxAgeMs / 1000)
                             .arg(atUtc.toString(Qt::ISODate), conditionText);
        return result;
    }
    result.summary = (result.passed ? MetricCheckText::tr("\"%1\" passes \"%2\" (limit %3): %4")
                                    : MetricCheckText::tr("\"%1\" fails \"%2\" (limit %3): %4"))
                         .arg(metric.name, conditionText)
                         .arg(limit)
                         .arg(values.join(QLatin1String("; ")));
    return result;
}

MetricCheckResult evaluateMetricCheck(const ProjectData &data, const MetricCheckSpec &spec,
                                      const QDateTime &atUtc)
{
    if (!spec.metricId)
        return failed(MetricCheckText::tr("The metric check names no metric: choose one in the "
                                          "step's details on the Plan page."));
    const auto it = data.metrics.find(spec.metricId);
    if (it == data.metrics.end()) {
        return failed(
            MetricCheckText::tr("The metric check refers to metric %1, which does not exist.")
                .arg(spec.metricId));
    }
    return evaluateMetricCheck(it->second, spec.condition, data.samples, atUtc);
}

} // namespace uw
