#include "metricreading.h"

#include <limits>

namespace uw {

QString metricStateName(MetricState state)
{
    switch (state) {
    case MetricState::Waiting:
        return MetricReader::tr("Waiting");
    case MetricState::Ok:
        return MetricReader::tr("OK");
    case MetricState::NoData:
        return MetricReader::tr("No data");
    case MetricState::InvalidValue:
        return MetricReader::tr("Invalid value");
    case MetricState::Unreachable:
        return MetricReader::tr("Server unreachable");
    case MetricState::Timeout:
        return MetricReader::tr("Timeout");
    case MetricState::HttpError:
        return MetricReader::tr("HTTP error");
    case MetricState::BadAnswer:
        return MetricReader::tr("Bad answer");
    case MetricState::QueryFailed:
        return MetricReader::tr("Query failed");
    case MetricState::NotConfigured:
        return MetricReader::tr("Not configured");
    case MetricState::NotAllowed:
        return MetricReader::tr("Not trusted");
    case MetricState::CommandFailed:
        return MetricReader::tr("Command failed");
    }
    return {};
}

std::optional<double> parseMetricNumber(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.compare(u"nan", Qt::CaseInsensitive) == 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (trimmed.compare(u"inf", Qt::CaseInsensitive) == 0
        || trimmed.compare(u"+inf", Qt::CaseInsensitive) == 0)
        return std::numeric_limits<double>::infinity();
    if (trimmed.compare(u"-inf", Qt::CaseInsensitive) == 0)
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

MetricReader::MetricReader(const Metric &metric, QObject *parent)
    : QObject(parent)
    , m_metric(metric)
{}

} // namespace uw
