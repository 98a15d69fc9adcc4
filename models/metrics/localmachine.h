#pragma once

#include "clock.h"
#include "metricreading.h"

#include <optional>

namespace uw {

/** What a "this machine" metric measures; its query names it. */
enum class LocalQuantity { Cpu, Memory, Disk, NetworkReceive, NetworkTransmit };

/**
 * A parsed query of a "this machine" metric: `cpu`, `memory`, `disk` or `disk:/path`,
 * `net_rx` / `net_tx` (all interfaces but loopback) or `net_rx:eth0` / `net_tx:eth0`.
 */
struct LocalMetricQuery
{
    LocalQuantity quantity = LocalQuantity::Cpu;
    /** The disk's path or the network interface; empty for the defaults. */
    QString argument;
};

/** The query, or nullopt with a message naming the query and the forms that exist. */
std::optional<LocalMetricQuery> parseLocalMetricQuery(const QString &query, QString *error);

/** Jiffies since boot from the first line of /proc/stat. */
struct CpuTimes
{
    quint64 busy = 0;
    quint64 total = 0;
};
std::optional<CpuTimes> parseProcStat(const QByteArray &procStat);
/** Busy share of the time between two readings, in percent; nullopt if no time passed. */
std::optional<double> cpuBusyPercent(const CpuTimes &before, const CpuTimes &after);

/** (MemTotal - MemAvailable) / MemTotal from /proc/meminfo, in percent. */
std::optional<double> memoryUsedPercent(const QByteArray &procMeminfo);

struct NetworkCounters
{
    quint64 receivedBytes = 0;
    quint64 transmittedBytes = 0;
};
/** Byte counters of one interface, or of all but loopback when interfaceName is empty. */
std::optional<NetworkCounters> parseNetDev(const QByteArray &procNetDev,
                                           const QString &interfaceName);

/** Used share of the file system holding path as df counts it, in percent. */
std::optional<double> diskUsedPercent(const QString &path, QString *error);

/**
 * This machine's CPU, memory, disk and network from /proc and statvfs. CPU and network are
 * rates, so the first reading only remembers the counters and reports Waiting.
 */
class LocalMachineReader : public MetricReader
{
    Q_OBJECT

public:
    explicit LocalMachineReader(const Metric &metric, Clock clock = systemNow,
                                QObject *parent = nullptr);

    void read(Done done) override;

private:
    MetricReading readNow();
    MetricReading sampleOrError(const QDateTime &timeUtc, std::optional<double> value,
                                const QString &source) const;

    // The error is declared first: parsing the query into m_query fills it.
    QString m_queryError;
    std::optional<LocalMetricQuery> m_query;
    Clock m_clock;
    std::optional<CpuTimes> m_previousCpu;
    std::optional<NetworkCounters> m_previousNetwork;
    QDateTime m_previousTimeUtc;
};

} // namespace uw
