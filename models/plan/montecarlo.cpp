#include "montecarlo.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>

namespace uw {
namespace {

/** Iterations per chunk: fixed, so that chunk seeds do not depend on the number of threads. */
constexpr int chunkIterations = 250;
constexpr double criticalSlack = 1e-6;

double nearestRank(const std::vector<double> &sorted, double share)
{
    const auto rank = qsizetype(std::ceil(share * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, qsizetype(sorted.size()) - 1)];
}

/** What one worker accumulates; merged in a fixed order, integers only. */
struct Tally
{
    std::vector<qint64> critical;
    qint64 fitting = 0;
};

/** One worker's reusable buffers: nothing is allocated per iteration. */
class Worker
{
public:
    Worker(const Scheduler &scheduler, const MonteCarloOptions &options)
        : m_scheduler(scheduler)
        , m_forward(scheduler.forward())
        , m_rollback(scheduler.rollback())
        , m_forwardDurations(m_forward.size())
        , m_rollbackDurations(m_rollback.size())
    {
        m_forwardState.resize(m_forward.size());
        m_rollbackState.resize(m_rollback.size());
        m_tally.critical.assign(m_forward.size(), 0);
        for (int node = 0; node < m_forward.size(); ++node)
            m_forwardShapes.push_back(PertSampler::shape(m_forward.estimate(node)));
        for (int node = 0; node < m_rollback.size(); ++node)
            m_rollbackShapes.push_back(PertSampler::shape(m_rollback.estimate(node)));
        const ScheduleOptions &schedule = options.schedule;
        if (schedule.windowEndUtc.isValid()) {
            m_windowMinutes = schedule.startUtc.msecsTo(schedule.windowEndUtc) / 60000.0;
            m_deadline = m_windowMinutes - schedule.reserveMinutes;
        }
    }

    void runChunk(quint64 seed, int chunk, int iterations, double *finishes)
    {
        PertSampler sample(seed, quint64(chunk));
        for (int i = 0; i < iterations; ++i)
            finishes[i] = iterate(sample);
    }

    const Tally &tally() const { return m_tally; }

private:
    double iterate(PertSampler &sample)
    {
        for (int node = 0; node < m_forward.size(); ++node)
            m_forwardDurations[node] = sample(m_forwardShapes[node]);
        for (int node = 0; node < m_rollback.size(); ++node)
            m_rollbackDurations[node] = sample(m_rollbackShapes[node]);
        const double finish = forwardPass(m_forward, m_forwardDurations, m_forwardState);
        backwardPass(m_forward, m_forwardDurations, m_forwardState);
        double lastExecute = -1;
        for (int node = 0; node < m_forward.size(); ++node) {
            if (!m_forward.isEnabled(node))
                continue;
            if (m_forwardState.lateStart[node] - m_forwardState.earlyStart[node] <= criticalSlack)
                ++m_tally.critical[node];
            if (m_scheduler.executeWork()[node])
                lastExecute = std::max(lastExecute, m_forwardState.earlyFinish[node]);
        }
        bool fits = finish <= m_windowMinutes + criticalSlack;
        if (fits && lastExecute >= 0) {
            const double rollback = forwardPass(m_rollback, m_rollbackDurations, m_rollbackState,
                                                m_scheduler.rollbackAtCommit());
            fits = lastExecute + rollback <= m_deadline + criticalSlack;
        }
        m_tally.fitting += fits;
        return finish;
    }

    const Scheduler &m_scheduler;
    const StepNetwork &m_forward;
    const StepNetwork &m_rollback;
    std::vector<PertSampler::Shape> m_forwardShapes;
    std::vector<PertSampler::Shape> m_rollbackShapes;
    std::vector<double> m_forwardDurations;
    std::vector<double> m_rollbackDurations;
    CpmState m_forwardState;
    CpmState m_rollbackState;
    double m_windowMinutes = std::numeric_limits<double>::infinity();
    double m_deadline = std::numeric_limits<double>::infinity();
    Tally m_tally;
};

} // namespace

PertSampler::PertSampler(quint64 seed, quint64 stream)
{
    std::seed_seq sequence{quint32(seed), quint32(seed >> 32), quint32(stream),
                           quint32(stream >> 32)};
    m_engine.seed(sequence);
}

double PertSampler::uniform()
{
    // 53 random bits, centred in their interval: never 0, so that log() is safe.
    return (double(m_engine() >> 11) + 0.5) * 0x1.0p-53;
}

double PertSampler::normal()
{
    if (m_hasSpareNormal) {
        m_hasSpareNormal = false;
        return m_spareNormal;
    }
    double u = 0;
    double v = 0;
    double s = 0;
    do {
        u = 2 * uniform() - 1;
        v = 2 * uniform() - 1;
        s = u * u + v * v;
    } while (s >= 1);
    const double factor = std::sqrt(-2 * std::log(s) / s);
    m_spareNormal = v * factor;
    m_hasSpareNormal = true;
    return u * factor;
}

double PertSampler::gamma(double d, double c)
{
    for (;;) {
        const double x = normal();
        double v = 1 + c * x;
        if (v <= 0)
            continue;
        v = v * v * v;
        const double u = uniform();
        if (u < 1 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1 - v + std::log(v)))
            return d * v;
    }
}

PertSampler::Shape PertSampler::shape(const Estimate &estimate)
{
    Shape shape{estimate.optimistic, estimate.pessimistic - estimate.optimistic};
    if (!(shape.width > 0))
        return {estimate.optimistic};
    const double alpha = 1 + 4 * (estimate.likely - shape.low) / shape.width;
    const double beta = 1 + 4 * (estimate.pessimistic - estimate.likely) / shape.width;
    shape.alphaD = alpha - 1.0 / 3.0;
    shape.alphaC = 1 / std::sqrt(9 * shape.alphaD);
    shape.betaD = beta - 1.0 / 3.0;
    shape.betaC = 1 / std::sqrt(9 * shape.betaD);
    return shape;
}

double PertSampler::operator()(const Shape &shape)
{
    if (!(shape.width > 0))
        return shape.low;
    const double first = gamma(shape.alphaD, shape.alphaC);
    return shape.low + shape.width * first / (first + gamma(shape.betaD, shape.betaC));
}

MonteCarloResult runMonteCarlo(const Scheduler &scheduler, const MonteCarloOptions &options)
{
    MonteCarloResult result;
    if (!scheduler.isValid()) {
        result.error = scheduler.error();
        return result;
    }
    const int iterations = std::max(1, options.iterations);
    const int chunks = (iterations + chunkIterations - 1) / chunkIterations;
    std::vector<double> finishes(iterations);
    std::atomic<int> nextChunk{0};
    std::mutex mutex;
    std::vector<Tally> tallies;

    const int threads = std::clamp(options.threads > 0 ? options.threads
                                                       : QThread::idealThreadCount(),
                                   1, chunks);
    std::atomic<int> done{0};
    const auto cancelled = [&options] {
        return options.cancel && options.cancel->load(std::memory_order_relaxed);
    };
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    pool.setThreadPriority(options.threadPriority);
    for (int thread = 0; thread < threads; ++thread) {
        pool.start([&] {
            Worker worker(scheduler, options);
            for (int chunk = nextChunk++; chunk < chunks && !cancelled(); chunk = nextChunk++) {
                const int first = chunk * chunkIterations;
                const int count = std::min(chunkIterations, iterations - first);
                worker.runChunk(options.seed, chunk, count, finishes.data() + first);
                const int total = done += count;
                if (options.progress)
                    options.progress(total, iterations);
            }
            const std::lock_guard lock(mutex);
            tallies.push_back(worker.tally());
        });
    }
    pool.waitForDone();
    if (cancelled()) {
        result.cancelled = true;
        result.error = QCoreApplication::translate("uw::MonteCarlo",
                                                   "The simulation was cancelled.");
        return result;
    }

    const StepNetwork &forward = scheduler.forward();
    std::vector<qint64> critical(forward.size(), 0);
    qint64 fitting = 0;
    for (const Tally &tally : tallies) {
        fitting += tally.fitting;
        for (int node = 0; node < forward.size(); ++node)
            critical[node] += tally.critical[node];
    }
    double sum = 0;
    for (const double finish : finishes)
        sum += finish;
    result.meanMinutes = sum / iterations;
    std::sort(finishes.begin(), finishes.end());
    result.p50Minutes = nearestRank(finishes, 0.50);
    result.p80Minutes = nearestRank(finishes, 0.80);
    result.p95Minutes = nearestRank(finishes, 0.95);
    const auto toUtc = [&](double minutes) {
        return options.schedule.startUtc.addMSecs(qRound64(minutes * 60000.0));
    };
    result.p50Utc = toUtc(result.p50Minutes);
    result.p80Utc = toUtc(result.p80Minutes);
    result.p95Utc = toUtc(result.p95Minutes);
    result.fitProbability = double(fitting) / iterations;
    for (int node = 0; node < forward.size(); ++node) {
        if (forward.isEnabled(node))
            result.criticality.append({forward.stepId(node), double(critical[node]) / iterations});
    }
    result.iterations = iterations;
    result.valid = true;
    return result;
}

} // namespace uw
