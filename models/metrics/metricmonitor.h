#pragma once

#include "baseline.h"
#include "metricpoller.h"

#include <QObject>

#include <deque>
#include <map>
#include <memory>

namespace uw {

class Project;
struct DocumentChange;

/**
 * The live metrics of a project, for the charts and the run engine: polls the project's metrics
 * off the UI thread, commits every reading's samples to the file, keeps a bounded window of
 * recent samples per series for display, tracks each metric's status and watches thresholds.
 * Editing a metric restarts its polling and its threshold watch with the new definition.
 */
class MetricMonitor : public QObject
{
    Q_OBJECT

public:
    MetricMonitor(Project *project, OutboundPermission allowed, Clock clock = systemNow,
                  QObject *parent = nullptr);
    ~MetricMonitor() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    /** Asks the permission again for every metric, e.g. after the user trusted the project. */
    void permissionsChanged();

    /** How many recent samples per series stay in memory (the file keeps all of them). */
    void setRetention(int samplesPerSeries);
    int retention() const { return m_retention; }

    MetricStatus status(Id metricId) const;
    /** The series of a metric seen since start, sorted. */
    QStringList seriesNames(Id metricId) const;
    /** The recent samples of one series, oldest first. */
    QList<MetricSample> recentSamples(Id metricId, const QString &series) const;
    QList<Breach> activeBreaches() const;
    /** Thresholds that cannot be evaluated (relative without baseline), per metric. */
    QStringList thresholdProblems() const;

signals:
    void samplesAdded(uw::Id metricId);
    void statusChanged(uw::Id metricId, const uw::MetricStatus &status);
    void breachStarted(const uw::Breach &breach);
    void breachEnded(const uw::Breach &breach);
    /** A rollback-trigger threshold is breached; the run engine raises the rollback prompt. */
    void rollbackTriggered(const uw::Breach &breach);
    /** Samples could not be committed (read-only or failing file); said once until it works. */
    void recordFailed(const QString &message);

private:
    void restart();
    void onReading(Id metricId, const MetricReading &reading);
    void onDocumentChanged(const DocumentChange &change);

    Project *m_project;
    OutboundPermission m_allowed;
    MetricPoller m_poller;
    bool m_running = false;
    bool m_recordFailing = false;
    int m_retention = 20000;
    std::map<Id, MetricStatus> m_statuses;
    std::map<Id, std::map<QString, std::deque<MetricSample>>> m_recent;
    std::map<Id, std::unique_ptr<ThresholdWatch>> m_watches;
};

} // namespace uw
