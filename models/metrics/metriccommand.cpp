#include "metriccommand.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <cmath>

#include <signal.h>
#include <unistd.h>

namespace uw {
namespace {

MetricReading failure(MetricState state, const QString &message)
{
    return {{}, {state, message, {}}};
}

QString firstLine(const QByteArray &text)
{
    const QString decoded = QString::fromLocal8Bit(text).trimmed();
    return decoded.section(u'\n', 0, 0);
}

} // namespace

MetricReading parseCommandOutput(const Metric &metric, const QByteArray &output,
                                 const QDateTime &timeUtc)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList lines = QString::fromLocal8Bit(output).split(u'\n');
    MetricReading reading;
    QStringList invalidSeries;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(whitespace);
        const std::optional<double> value = fields.size() <= 2 ? parseMetricNumber(fields.last())
                                                               : std::nullopt;
        if (!value) {
            return failure(MetricState::BadAnswer,
                           MetricReader::tr("Line %1 of the output of \"%2\" is neither a number "
                                            "nor \"name value\": %3")
                               .arg(i + 1)
                               .arg(metric.name, line));
        }
        const QString series = fields.size() == 2 ? fields.first() : QString();
        if (!std::isfinite(*value)) {
            invalidSeries.append(series.isEmpty() ? metric.name : series);
            continue;
        }
        reading.samples.append({metric.id, timeUtc, series, *value});
    }
    if (!invalidSeries.isEmpty()) {
        reading.status = {MetricState::InvalidValue,
                          MetricReader::tr("The command of \"%1\" printed NaN or an infinite "
                                           "value for %2.")
                              .arg(metric.name, invalidSeries.join(QLatin1String("; "))),
                          {}};
    } else if (reading.samples.isEmpty()) {
        reading.status = {MetricState::NoData,
                          MetricReader::tr("The command of \"%1\" printed nothing.").arg(metric.name),
                          {}};
    } else {
        reading.status.state = MetricState::Ok;
    }
    return reading;
}

CommandMetricReader::CommandMetricReader(const Metric &metric, bool allowedToRun, Clock clock,
                                         QObject *parent)
    : MetricReader(metric, parent)
    , m_allowedToRun(allowedToRun)
    , m_clock(std::move(clock))
    // A reading slower than the poll interval is of no use and would pile up.
    , m_timeout(std::chrono::seconds(std::max(1, metric.intervalSeconds)))
{}

CommandMetricReader::~CommandMetricReader()
{
    if (m_process) {
        m_process->disconnect(this);
        killProcessGroup();
        m_process->waitForFinished(1000);
    }
}

void CommandMetricReader::read(Done done)
{
    if (!m_allowedToRun) {
        done(failure(MetricState::NotAllowed,
                     tr("The command of \"%1\" is not trusted to run on this machine yet; review "
                        "it and trust it first.")
                         .arg(metric().name)));
        return;
    }
    if (metric().query.trimmed().isEmpty()) {
        done(failure(MetricState::NotConfigured,
                     tr("Metric \"%1\" has no command.").arg(metric().name)));
        return;
    }
    if (m_process) {
        done(failure(MetricState::Timeout,
                     tr("The previous run of the command of \"%1\" has not finished yet.")
                         .arg(metric().name)));
        return;
    }

    auto *process = new QProcess(this);
    m_process = process;
    // Its own process group, so that a timeout kills what the shell started too and no
    // orphan keeps running or holds the output pipe open.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, timedOut] {
        *timedOut = true;
        killProcessGroup();
    });
    auto finish = [this, process, done](const MetricReading &reading) {
        m_process = nullptr;
        process->deleteLater();
        done(reading);
    };
    connect(process, &QProcess::errorOccurred, this,
            [this, process, finish](QProcess::ProcessError error) {
                if (error == QProcess::FailedToStart) {
                    finish(failure(MetricState::CommandFailed,
                                   tr("The command of \"%1\" could not start: %2")
                                       .arg(metric().name, process->errorString())));
                }
            });
    connect(process, &QProcess::finished, this,
            [this, process, timedOut, finish](int exitCode, QProcess::ExitStatus exitStatus) {
                if (*timedOut) {
                    finish(failure(MetricState::Timeout,
                                   tr("The command of \"%1\" did not finish within %2 s and was "
                                      "stopped.")
                                       .arg(metric().name)
                                       .arg(double(m_timeout.count()) / 1000)));
                    return;
                }
                if (exitStatus != QProcess::NormalExit || exitCode != 0) {
                    const QString problem = firstLine(process->readAllStandardError());
                    finish(failure(MetricState::CommandFailed,
                                   tr("The command of \"%1\" exited with code %2. %3")
                                       .arg(metric().name)
                                       .arg(exitStatus == QProcess::NormalExit ? exitCode : -1)
                                       .arg(problem)
                                       .trimmed()));
                    return;
                }
                finish(parseCommandOutput(metric(), process->readAllStandardOutput(), m_clock()));
            });
    process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), metric().query});
    timer->start(m_timeout);
}

void CommandMetricReader::killProcessGroup()
{
    const qint64 pid = m_process ? m_process->processId() : 0;
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
}

} // namespace uw
