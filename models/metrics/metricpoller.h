#pragma once

#include "clock.h"
#include "metricreading.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QThread;

namespace uw {

/**
 * Whether a metric may reach beyond this machine's screen: run its command, or query its
 * server with its token. Asked on the caller's thread when the metrics are set, never from the
 * polling thread; /proc metrics need no permission.
 */
using OutboundPermission = std::function<bool(const Metric &metric)>;

/** The metric's source runs a command or queries a server. */
bool reachesOut(const Metric &metric);

/**
 * The reader for a metric's source; network is used by Prometheus metrics. Without allowed, a
 * command or Prometheus reader reports that it is not trusted instead of reading.
 */
std::unique_ptr<MetricReader> createMetricReader(const Metric &metric, bool allowed,
                                                 QNetworkAccessManager *network, Clock clock);

/**
 * Polls metrics in a thread of its own, each at its interval, so that a slow server or command
 * never blocks the UI. A metric is not polled again while its previous reading is under way.
 * Readings arrive on the poller's thread with their status stamped by the clock.
 */
class MetricPoller : public QObject
{
    Q_OBJECT

public:
    /** clock is called on the polling thread. */
    explicit MetricPoller(Clock clock = systemNow, QObject *parent = nullptr);
    ~MetricPoller() override;

    /** Replaces what is polled; each metric is read at once, then every intervalSeconds. */
    void setMetrics(const QList<Metric> &metrics, const OutboundPermission &allowed);
    void stop();

signals:
    void readingArrived(uw::Id metricId, const uw::MetricReading &reading);

private:
    class Worker;

    std::unique_ptr<QThread> m_thread;
    Worker *m_worker;
};

} // namespace uw
