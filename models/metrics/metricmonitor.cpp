#include "metricmonitor.h"

#include "project.h"

namespace uw {

MetricMonitor::MetricMonitor(Project *project, OutboundPermission allowed, Clock clock,
                             QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_allowed(std::move(allowed))
    , m_poller(std::move(clock))
{
    connect(&m_poller, &MetricPoller::readingArrived, this, &MetricMonitor::onReading);
    connect(m_project, &Project::documentChanged, this, &MetricMonitor::onDocumentChanged);
}

MetricMonitor::~MetricMonitor() = default;

void MetricMonitor::start()
{
    m_running = true;
    restart();
}

void MetricMonitor::stop()
{
    m_running = false;
    m_poller.stop();
}

void MetricMonitor::setRetention(int samplesPerSeries)
{
    m_retention = std::max(1, samplesPerSeries);
    for (auto &[metricId, series] : m_recent) {
        for (auto &[name, samples] : series) {
            while (samples.size() > size_t(m_retention))
                samples.pop_front();
        }
    }
}

MetricStatus MetricMonitor::status(Id metricId) const
{
    const auto it = m_statuses.find(metricId);
    return it == m_statuses.end() ? MetricStatus{} : it->second;
}

QStringList MetricMonitor::seriesNames(Id metricId) const
{
    QStringList names;
    const auto it = m_recent.find(metricId);
    if (it != m_recent.end()) {
        for (const auto &[name, samples] : it->second)
            names.append(name);
    }
    return names;
}

QList<MetricSample> MetricMonitor::recentSamples(Id metricId, const QString &series) const
{
    const auto it = m_recent.find(metricId);
    if (it == m_recent.end())
        return {};
    const auto samples = it->second.find(series);
    if (samples == it->second.end())
        return {};
    return QList<MetricSample>(samples->second.begin(), samples->second.end());
}

QList<Breach> MetricMonitor::activeBreaches() const
{
    QList<Breach> breaches;
    for (const auto &[metricId, watch] : m_watches)
        breaches.append(watch->activeBreaches());
    return breaches;
}

QStringList MetricMonitor::thresholdProblems() const
{
    QStringList problems;
    for (const auto &[metricId, watch] : m_watches)
        problems.append(watch->problems());
    return problems;
}

void MetricMonitor::permissionsChanged()
{
    if (m_running)
        restart();
}

void MetricMonitor::restart()
{
    QList<Metric> metrics;
    m_watches.clear();
    for (const auto &[id, metric] : m_project->data().metrics) {
        metrics.append(metric);
        auto watch = std::make_unique<ThresholdWatch>(metric);
        connect(watch.get(), &ThresholdWatch::breachStarted, this, &MetricMonitor::breachStarted);
        connect(watch.get(), &ThresholdWatch::breachEnded, this, &MetricMonitor::breachEnded);
        connect(watch.get(), &ThresholdWatch::rollbackTriggered, this,
                &MetricMonitor::rollbackTriggered);
        m_watches[id] = std::move(watch);
    }
    m_poller.setMetrics(metrics, m_allowed);
}

void MetricMonitor::onReading(Id metricId, const MetricReading &reading)
{
    if (!m_running || !m_project->find<Metric>(metricId))
        return;
    if (!reading.samples.isEmpty()) {
        QString error;
        if (m_project->recordSamples(reading.samples, &error)) {
            m_recordFailing = false;
        } else if (!m_recordFailing) {
            m_recordFailing = true;
            emit recordFailed(error);
        }
        auto &series = m_recent[metricId];
        for (const MetricSample &sample : reading.samples) {
            std::deque<MetricSample> &kept = series[sample.series];
            kept.push_back(sample);
            if (kept.size() > size_t(m_retention))
                kept.pop_front();
        }
        emit samplesAdded(metricId);
        if (const auto watch = m_watches.find(metricId); watch != m_watches.end())
            watch->second->addSamples(reading.samples);
    }
    MetricStatus &status = m_statuses[metricId];
    const bool changed = status.state != reading.status.state
                         || status.message != reading.status.message;
    status = reading.status;
    if (changed)
        emit statusChanged(metricId, status);
}

void MetricMonitor::onDocumentChanged(const DocumentChange &change)
{
    if (m_running && change.touches(EntityKind::Metric))
        restart();
}

} // namespace uw
