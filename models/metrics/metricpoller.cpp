#include "metricpoller.h"

#include "localmachine.h"
#include "metriccommand.h"
#include "prometheus.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <map>

namespace uw {

bool reachesOut(const Metric &metric)
{
    return metric.source == MetricSource::Prometheus || metric.source == MetricSource::Command;
}

std::unique_ptr<MetricReader> createMetricReader(const Metric &metric, bool allowed,
                                                 QNetworkAccessManager *network, Clock clock)
{
    switch (metric.source) {
    case MetricSource::Prometheus:
        return std::make_unique<PrometheusReader>(metric, network, allowed);
    case MetricSource::Command:
        return std::make_unique<CommandMetricReader>(metric, allowed, std::move(clock));
    case MetricSource::LocalMachine:
        return std::make_unique<LocalMachineReader>(metric, std::move(clock));
    }
    return nullptr;
}

/** Lives in the polling thread; everything it owns is created and destroyed there. */
class MetricPoller::Worker : public QObject
{
public:
    Worker(MetricPoller *poller, Clock clock)
        : m_poller(poller)
        , m_clock(std::move(clock))
    {}

    void replace(const QList<Metric> &metrics, const QSet<Id> &allowed)
    {
        m_polled.clear();
        if (!m_network && !metrics.isEmpty())
            m_network = new QNetworkAccessManager(this);
        for (const Metric &metric : metrics) {
            Polled &polled = m_polled[metric.id];
            polled.reader = createMetricReader(metric, allowed.contains(metric.id), m_network,
                                               m_clock);
            polled.timer = std::make_unique<QTimer>();
            polled.timer->setInterval(std::chrono::seconds(std::max(1, metric.intervalSeconds)));
            const Id id = metric.id;
            connect(polled.timer.get(), &QTimer::timeout, this, [this, id] { poll(id); });
            polled.timer->start();
            poll(id);
        }
    }

private:
    struct Polled
    {
        // Declared last, destroyed first: a pending reading is cancelled before its timer goes.
        std::unique_ptr<QTimer> timer;
        std::unique_ptr<MetricReader> reader;
        bool busy = false;
    };

    void poll(Id id)
    {
        const auto it = m_polled.find(id);
        if (it == m_polled.end() || it->second.busy)
            return;
        it->second.busy = true;
        it->second.reader->read([this, id](const MetricReading &reading) {
            const auto polled = m_polled.find(id);
            if (polled != m_polled.end())
                polled->second.busy = false;
            MetricReading stamped = reading;
            stamped.status.timeUtc = m_clock();
            MetricPoller *poller = m_poller;
            QMetaObject::invokeMethod(
                poller, [poller, id, stamped] { emit poller->readingArrived(id, stamped); },
                Qt::QueuedConnection);
        });
    }

    MetricPoller *m_poller;
    Clock m_clock;
    QNetworkAccessManager *m_network = nullptr;
    std::map<Id, Polled> m_polled;
};

MetricPoller::MetricPoller(Clock clock, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
    , m_worker(new Worker(this, std::move(clock)))
{
    qRegisterMetaType<uw::MetricReading>();
    m_thread->setObjectName(QStringLiteral("uw metric poller"));
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
}

MetricPoller::~MetricPoller()
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void MetricPoller::setMetrics(const QList<Metric> &metrics, const OutboundPermission &allowed)
{
    QSet<Id> allowedIds;
    for (const Metric &metric : metrics) {
        if (reachesOut(metric) && allowed && allowed(metric))
            allowedIds.insert(metric.id);
    }
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, metrics, allowedIds] { worker->replace(metrics, allowedIds); },
        Qt::QueuedConnection);
}

void MetricPoller::stop()
{
    setMetrics({}, {});
}

} // namespace uw
