#pragma once

#include "scheduler.h"

#include <QDateTime>
#include <QList>
#include <QThread>

#include <atomic>
#include <functional>
#include <random>
#include <utility>

namespace uw {

struct MonteCarloOptions
{
    /** Start, window end and rollback reserve; levelling does not apply to the simulation. */
    ScheduleOptions schedule;
    quint64 seed = 1;
    int iterations = 10000;
    /** Worker threads; 0 for one per core. The results never depend on it. */
    int threads = 0;
    /**
     * The workers' scheduling priority. The window simulates at idle priority, so that on a
     * machine with few cores painting and typing come first and the simulation takes the rest.
     */
    QThread::Priority threadPriority = QThread::InheritPriority;
    /** Set from any thread to stop early; the result is then invalid and says so. */
    const std::atomic<bool> *cancel = nullptr;
    /**
     * Called with the number of iterations done so far after each chunk, from the worker
     * threads (so it must be thread-safe), for a progress display.
     */
    std::function<void(int done, int total)> progress;
};

struct MonteCarloResult
{
    bool valid = false;
    bool cancelled = false;
    QString error;
    int iterations = 0;
    /** Finish of the plan in minutes after the start: mean and nearest-rank percentiles. */
    double meanMinutes = 0;
    double p50Minutes = 0;
    double p80Minutes = 0;
    double p95Minutes = 0;
    QDateTime p50Utc;
    QDateTime p80Utc;
    QDateTime p95Utc;
    /**
     * Share of iterations that finish inside the window and whose last execute work ends early
     * enough for the rollback of everything (drawn in the same iteration) to end by the window
     * end minus the reserve, the test Schedule::fits() applies to the plan. 1 without a window.
     */
    double fitProbability = 0;
    /** Per enabled forward step in id order: the share of iterations in which it was critical. */
    QList<std::pair<Id, double>> criticality;
};

/**
 * Draws step durations from the PERT-beta distribution of their three-point estimate
 * (a optimistic, m likely, b pessimistic): a + (b - a) X with X ~ Beta(alpha, beta),
 * alpha = 1 + 4 (m - a) / (b - a), beta = 1 + 4 (b - m) / (b - a), so the mean is the classic
 * (a + 4m + b) / 6. PERT rather than triangular because people give a likely value they mean:
 * the beta piles the draws around m and keeps the long tail towards b thin, while the
 * triangular's mean (a + m + b) / 3 lets one pessimistic guess dominate. X is G1 / (G1 + G2)
 * for gamma draws G1 ~ Gamma(alpha), G2 ~ Gamma(beta) (Marsaglia-Tsang, alpha, beta >= 1).
 * Uniform and normal draws are made here from the raw 64-bit output, because the standard
 * library's distributions differ between implementations and the results must not. A zero
 * width estimate (a == b) always yields a.
 */
class PertSampler
{
public:
    /** An estimate's distribution, prepared once so that each draw only draws. */
    struct Shape
    {
        double low = 0;
        double width = 0;
        /** Marsaglia-Tsang's d = shape - 1/3 and c = 1 / sqrt(9 d) for alpha and beta. */
        double alphaD = 0;
        double alphaC = 0;
        double betaD = 0;
        double betaC = 0;
    };
    static Shape shape(const Estimate &estimate);

    /** A stream of its own for each (seed, stream) pair, e.g. a chunk of iterations. */
    PertSampler(quint64 seed, quint64 stream);

    double operator()(const Shape &shape);
    double operator()(const Estimate &estimate) { return (*this)(shape(estimate)); }

private:
    double uniform();
    double normal();
    double gamma(double d, double c);

    std::mt19937_64 m_engine;
    double m_spareNormal = 0;
    bool m_hasSpareNormal = false;
};

/**
 * Runs the schedule's CPM with PERT-beta durations for every enabled step (forward and
 * rollback) options.iterations times. Iterations are cut into fixed chunks, each with its own
 * PertSampler seeded from (seed, chunk index), and the chunks are spread over a thread pool;
 * so the same seed gives the same result on any number of threads.
 */
MonteCarloResult runMonteCarlo(const Scheduler &scheduler, const MonteCarloOptions &options);

} // namespace uw
