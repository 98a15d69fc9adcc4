#pragma once

#include "clock.h"
#include "metricreading.h"

#include <chrono>

class QProcess;

namespace uw {

/**
 * Reads what a metric command printed: one number (series ""), or lines "name value" (one
 * series per name). Anything else is a BadAnswer naming the line; empty output is NoData.
 */
MetricReading parseCommandOutput(const Metric &metric, const QByteArray &output,
                                 const QDateTime &timeUtc);

/**
 * A metric whose value a shell command prints (`/bin/sh -c`). Commands run on this machine with
 * the user's rights, so a command runs only when the caller has established that it is trusted
 * (the same rule as command steps); otherwise every reading reports NotAllowed.
 */
class CommandMetricReader : public MetricReader
{
    Q_OBJECT

public:
    CommandMetricReader(const Metric &metric, bool allowedToRun, Clock clock = systemNow,
                        QObject *parent = nullptr);
    ~CommandMetricReader() override;

    /** A command that has not finished by then is killed with everything it started. */
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void read(Done done) override;

private:
    void killProcessGroup();

    bool m_allowedToRun;
    Clock m_clock;
    std::chrono::milliseconds m_timeout;
    QProcess *m_process = nullptr;
};

} // namespace uw
