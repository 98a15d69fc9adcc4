#include "localmachine.h"

#include <QFile>

#include <sys/statvfs.h>

namespace uw {
namespace {

QByteArray readProcFile(const char *path, QString *error)
{
    QFile file(QString::fromLatin1(path));
    // /proc files report size 0, so read until the end instead of trusting the size.
    if (!file.open(QIODevice::ReadOnly)) {
        *error = MetricReader::tr("%1 cannot be read: %2")
                     .arg(QString::fromLatin1(path), file.errorString());
        return {};
    }
    return file.readAll();
}

QList<QByteArray> fields(const QByteArray &line)
{
    return line.simplified().split(' ');
}

} // namespace

std::optional<LocalMetricQuery> parseLocalMetricQuery(const QString &query, QString *error)
{
    const QString trimmed = query.trimmed();
    const QString name = trimmed.section(u':', 0, 0).trimmed().toLower();
    const QString argument = trimmed.section(u':', 1).trimmed();
    struct Known
    {
        const char16_t *name;
        LocalQuantity quantity;
        bool takesArgument;
    };
    static constexpr Known known[] = {
        {u"cpu", LocalQuantity::Cpu, false},
        {u"memory", LocalQuantity::Memory, false},
        {u"disk", LocalQuantity::Disk, true},
        {u"net_rx", LocalQuantity::NetworkReceive, true},
        {u"net_tx", LocalQuantity::NetworkTransmit, true},
    };
    for (const Known &candidate : known) {
        if (name != QStringView(candidate.name))
            continue;
        if (!argument.isEmpty() && !candidate.takesArgument)
            break;
        return LocalMetricQuery{candidate.quantity, argument};
    }
    *error = MetricReader::tr("\"%1\" is not something this machine can measure; use cpu, memory, "
                              "disk, disk:/path, net_rx, net_tx, net_rx:interface or "
                              "net_tx:interface.")
                 .arg(query);
    return std::nullopt;
}

std::optional<CpuTimes> parseProcStat(const QByteArray &procStat)
{
    const QByteArray firstLine = procStat.left(procStat.indexOf('\n'));
    const QList<QByteArray> parts = fields(firstLine);
    // user nice system idle iowait irq softirq steal; guest time is already part of user.
    if (parts.size() < 9 || parts[0] != "cpu")
        return std::nullopt;
    CpuTimes times;
    quint64 idle = 0;
    for (int i = 1; i <= 8; ++i) {
        bool ok = false;
        const quint64 jiffies = parts[i].toULongLong(&ok);
        if (!ok)
            return std::nullopt;
        times.total += jiffies;
        if (i == 4 || i == 5)
            idle += jiffies;
    }
    times.busy = times.total - idle;
    return times;
}

std::optional<double> cpuBusyPercent(const CpuTimes &before, const CpuTimes &after)
{
    if (after.total <= before.total || after.busy < before.busy)
        return std::nullopt;
    return 100.0 * double(after.busy - before.busy) / double(after.total - before.total);
}

std::optional<double> memoryUsedPercent(const QByteArray &procMeminfo)
{
    std::optional<quint64> total;
    std::optional<quint64> available;
    for (const QByteArray &line : procMeminfo.split('\n')) {
        const QList<QByteArray> parts = fields(line);
        if (parts.size() < 2)
            continue;
        bool ok = false;
        const quint64 kilobytes = parts[1].toULongLong(&ok);
        if (ok && parts[0] == "MemTotal:")
            total = kilobytes;
        else if (ok && parts[0] == "MemAvailable:")
            available = kilobytes;
    }
    if (!total || !available || *total == 0 || *available > *total)
        return std::nullopt;
    return 100.0 * double(*total - *available) / double(*total);
}

std::optional<NetworkCounters> parseNetDev(const QByteArray &procNetDev,
                                           const QString &interfaceName)
{
    NetworkCounters counters;
    bool found = false;
    for (const QByteArray &line : procNetDev.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QString name = QString::fromLatin1(line.left(colon).trimmed());
        if (interfaceName.isEmpty() ? name == QLatin1String("lo") : name != interfaceName)
            continue;
        // rx bytes is the 1st field after the colon, tx bytes the 9th.
        const QList<QByteArray> parts = fields(line.mid(colon + 1));
        bool receivedOk = false;
        bool transmittedOk = false;
        if (parts.size() < 16)
            return std::nullopt;
        counters.receivedBytes += parts[0].toULongLong(&receivedOk);
        counters.transmittedBytes += parts[8].toULongLong(&transmittedOk);
        if (!receivedOk || !transmittedOk)
            return std::nullopt;
        found = true;
    }
    if (!found && !interfaceName.isEmpty())
        return std::nullopt;
    return counters;
}

std::optional<double> diskUsedPercent(const QString &path, QString *error)
{
    struct statvfs info
    {};
    if (::statvfs(QFile::encodeName(path).constData(), &info) != 0) {
        *error = MetricReader::tr("The disk usage of %1 cannot be read: %2")
                     .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return std::nullopt;
    }
    // As df: used against what an ordinary user can fill (reserved blocks excluded).
    const double used = double(info.f_blocks - info.f_bfree);
    const double usable = used + double(info.f_bavail);
    if (usable <= 0) {
        *error = MetricReader::tr("The file system of %1 reports no size.").arg(path);
        return std::nullopt;
    }
    return 100.0 * used / usable;
}

LocalMachineReader::LocalMachineReader(const Metric &metric, Clock clock, QObject *parent)
    : MetricReader(metric, parent)
    , m_query(parseLocalMetricQuery(metric.query, &m_queryError))
    , m_clock(std::move(clock))
{}

void LocalMachineReader::read(Done done)
{
    done(readNow());
}

MetricReading LocalMachineReader::readNow()
{
    if (!m_query)
        return {{}, {MetricState::NotConfigured, m_queryError, {}}};
    const QDateTime now = m_clock();
    QString error;
    switch (m_query->quantity) {
    case LocalQuantity::Memory: {
        const QByteArray meminfo = readProcFile("/proc/meminfo", &error);
        return error.isEmpty()
                   ? sampleOrError(now, memoryUsedPercent(meminfo), QStringLiteral("/proc/meminfo"))
                   : MetricReading{{}, {MetricState::BadAnswer, error, {}}};
    }
    case LocalQuantity::Disk: {
        const QString path = m_query->argument.isEmpty() ? QStringLiteral("/") : m_query->argument;
        const std::optional<double> used = diskUsedPercent(path, &error);
        return used ? sampleOrError(now, used, path)
                    : MetricReading{{}, {MetricState::NotConfigured, error, {}}};
    }
    case LocalQuantity::Cpu: {
        const QByteArray stat = readProcFile("/proc/stat", &error);
        if (!error.isEmpty())
            return {{}, {MetricState::BadAnswer, error, {}}};
        const std::optional<CpuTimes> times = parseProcStat(stat);
        if (!times)
            return sampleOrError(now, std::nullopt, QStringLiteral("/proc/stat"));
        const std::optional<CpuTimes> previous = std::exchange(m_previousCpu, times);
        if (!previous || !cpuBusyPercent(*previous, *times)) {
            return {{}, {MetricState::Waiting, tr("CPU use needs a second reading."), {}}};
        }
        return sampleOrError(now, cpuBusyPercent(*previous, *times), QStringLiteral("/proc/stat"));
    }
    case LocalQuantity::NetworkReceive:
    case LocalQuantity::NetworkTransmit: {
        const QByteArray dev = readProcFile("/proc/net/dev", &error);
        if (!error.isEmpty())
            return {{}, {MetricState::BadAnswer, error, {}}};
        const std::optional<NetworkCounters> counters = parseNetDev(dev, m_query->argument);
        if (!counters) {
            return {{},
                    {MetricState::NotConfigured,
                     tr("/proc/net/dev has no readable counters for the interface \"%1\".")
                         .arg(m_query->argument),
                     {}}};
        }
        const std::optional<NetworkCounters> previous = std::exchange(m_previousNetwork, counters);
        const QDateTime previousTime = std::exchange(m_previousTimeUtc, now);
        const qint64 elapsedMs = previousTime.isValid() ? previousTime.msecsTo(now) : 0;
        const bool receive = m_query->quantity == LocalQuantity::NetworkReceive;
        const quint64 before = previous ? (receive ? previous->receivedBytes
                                                   : previous->transmittedBytes)
                                        : 0;
        const quint64 after = receive ? counters->receivedBytes : counters->transmittedBytes;
        // A counter that went back (interface reset) starts a new pair of readings.
        if (!previous || elapsedMs <= 0 || after < before) {
            return {{}, {MetricState::Waiting, tr("Network rates need a second reading."), {}}};
        }
        return sampleOrError(now, double(after - before) * 1000 / double(elapsedMs),
                             QStringLiteral("/proc/net/dev"));
    }
    }
    return {};
}

MetricReading LocalMachineReader::sampleOrError(const QDateTime &timeUtc,
                                                std::optional<double> value,
                                                const QString &source) const
{
    if (!value) {
        return {{},
                {MetricState::BadAnswer,
                 tr("%1 has a format this program does not understand.").arg(source),
                 {}}};
    }
    return {{{metric().id, timeUtc, QString(), *value}}, {MetricState::Ok, {}, {}}};
}

} // namespace uw
