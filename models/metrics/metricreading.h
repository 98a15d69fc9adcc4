#pragma once

#include "entities.h"

#include <QObject>

#include <functional>
#include <optional>

namespace uw {

/** Why a metric has or has no fresh values; the chart shows it next to the metric's name. */
enum class MetricState {
    /** Not read yet, or a rate that needs a second reading. */
    Waiting,
    Ok,
    /** The source answered but had no value (an empty Prometheus result, silent command). */
    NoData,
    /** A value was NaN or infinite; the finite values of other series still count. */
    InvalidValue,
    /** The server could not be reached (refused, unknown host, TLS failure). */
    Unreachable,
    Timeout,
    /** An HTTP error status without a Prometheus error in the body. */
    HttpError,
    /** The answer could not be understood: not JSON, wrong shape, output that is no number. */
    BadAnswer,
    /** Prometheus rejected the query and said why. */
    QueryFailed,
    /** The metric is incomplete or names something that does not exist (no URL, no variable). */
    NotConfigured,
    /** A command source whose command has not been trusted to run on this machine. */
    NotAllowed,
    /** The command exited with an unexpected code or could not start. */
    CommandFailed,
};

struct MetricStatus
{
    MetricState state = MetricState::Waiting;
    /** A sentence for the user naming the metric's source and what went wrong; empty when ok. */
    QString message;
    /** When the poller received it (its clock); readers leave it empty. */
    QDateTime timeUtc;

    bool ok() const { return state == MetricState::Ok; }
    friend bool operator==(const MetricStatus &, const MetricStatus &) = default;
};

/** One poll's outcome: the samples it produced and how it went. */
struct MetricReading
{
    QList<MetricSample> samples;
    MetricStatus status;
};

/** The state's short name for the user ("Timeout", "Server unreachable"). */
QString metricStateName(MetricState state);

/**
 * Reads Prometheus' and commands' number spellings ("1.5", "NaN", "+Inf", "-Inf"); nullopt when
 * the text is no number at all. Non-finite results are returned so callers can name them.
 */
std::optional<double> parseMetricNumber(QStringView text);

/**
 * One source of a metric's values. A reader lives in one thread (the poller's) and reads
 * asynchronously, so a slow server or command never blocks anything else.
 */
class MetricReader : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const MetricReading &)>;

    explicit MetricReader(const Metric &metric, QObject *parent = nullptr);

    const Metric &metric() const { return m_metric; }

    /**
     * Starts one reading and calls done exactly once with its outcome, possibly before read()
     * returns. Deleting the reader before then cancels the reading without calling done.
     */
    virtual void read(Done done) = 0;

private:
    Metric m_metric;
};

} // namespace uw

Q_DECLARE_METATYPE(uw::MetricStatus)
Q_DECLARE_METATYPE(uw::MetricReading)
