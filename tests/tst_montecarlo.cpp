#include "montecarlo.h"
#include "sample.h"
#include "testutil.h"

#include <QTest>

#include <cmath>

using namespace uw;

namespace {

const QDateTime start = test::utc(2026, 12, 5, 21);

/** Steps 1..n in a chain (or side by side), each with the same three-point estimate. */
ProjectData steps(int count, Estimate estimate, bool chained)
{
    ProjectData data;
    for (Id id = 1; id <= count; ++id) {
        Step step;
        step.id = id;
        step.title = QStringLiteral("Step %1").arg(id);
        step.phase = Phase::Execute;
        step.estimate = estimate;
        data.steps[id] = step;
        if (chained && id > 1)
            data.links[id] = {id, id - 1, id, LinkType::FinishToStart, 0};
    }
    return data;
}

MonteCarloOptions options(quint64 seed, int iterations, int threads, double windowMinutes = 600)
{
    MonteCarloOptions result;
    result.schedule = {start, start.addSecs(qint64(windowMinutes * 60)), 0, false};
    result.seed = seed;
    result.iterations = iterations;
    result.threads = threads;
    return result;
}

double pertMean(const Estimate &e)
{
    return (e.optimistic + 4 * e.likely + e.pessimistic) / 6;
}

double pertVariance(const Estimate &e)
{
    const double width = e.pessimistic - e.optimistic;
    if (width <= 0)
        return 0;
    const double alpha = 1 + 4 * (e.likely - e.optimistic) / width;
    const double beta = 1 + 4 * (e.pessimistic - e.likely) / width;
    return alpha * beta / (36 * 7) * width * width;
}

} // namespace

Q_DECLARE_METATYPE(uw::Estimate)

/** Monte Carlo must be repeatable to be trusted in an approval and right to be useful. */
class TestMonteCarlo : public QObject
{
    Q_OBJECT

private slots:
    void theSameSeedGivesTheSameResultOnAnyNumberOfThreads();
    void anotherSeedGivesOtherDraws();
    void pertDrawsStayInRangeAroundTheAnalyticMean_data();
    void pertDrawsStayInRangeAroundTheAnalyticMean();
    void theMeanFinishOfAChainConvergesToThePertMean();
    void zeroWidthEstimatesAreConstant();
    void criticalityIndexCountsTheLongBranch();
    void fitProbabilityKeepsTheRollbackReserve_data();
    void fitProbabilityKeepsTheRollbackReserve();
    void aCycleIsAnErrorNotAHang();
    void cancellingStopsEarlyAndProgressCounts();
};

void TestMonteCarlo::theSameSeedGivesTheSameResultOnAnyNumberOfThreads()
{
    QString error;
    const auto data = sampleProject(&error);
    QVERIFY2(data, qPrintable(error));
    const Scheduler scheduler(*data);
    const MonteCarloResult one = runMonteCarlo(scheduler, options(7, 3000, 1));
    for (const int threads : {2, 3}) {
        const MonteCarloResult more = runMonteCarlo(scheduler, options(7, 3000, threads));
        QVERIFY(more.valid);
        QCOMPARE(more.meanMinutes, one.meanMinutes);
        QCOMPARE(more.p50Minutes, one.p50Minutes);
        QCOMPARE(more.p80Minutes, one.p80Minutes);
        QCOMPARE(more.p95Minutes, one.p95Minutes);
        QCOMPARE(more.fitProbability, one.fitProbability);
        QCOMPARE(more.criticality, one.criticality);
    }
    QVERIFY(one.p50Minutes <= one.p80Minutes && one.p80Minutes <= one.p95Minutes);
    QCOMPARE(one.p80Utc, start.addMSecs(qRound64(one.p80Minutes * 60000)));
}

void TestMonteCarlo::anotherSeedGivesOtherDraws()
{
    const Scheduler scheduler(steps(20, {5, 10, 30}, true));
    QVERIFY(runMonteCarlo(scheduler, options(1, 500, 2)).meanMinutes
            != runMonteCarlo(scheduler, options(2, 500, 2)).meanMinutes);
}

void TestMonteCarlo::pertDrawsStayInRangeAroundTheAnalyticMean_data()
{
    QTest::addColumn<Estimate>("estimate");
    QTest::addColumn<double>("mean");

    QTest::newRow("symmetric") << Estimate{10, 20, 30} << 20.0;
    QTest::newRow("long tail to the pessimistic side") << Estimate{5, 10, 60} << 17.5;
    QTest::newRow("likely equals optimistic") << Estimate{3, 3, 9} << 4.0;
    QTest::newRow("likely equals pessimistic") << Estimate{2, 8, 8} << 7.0;
    QTest::newRow("fractions of a minute") << Estimate{0.5, 1, 4.5} << 1.5;
}

void TestMonteCarlo::pertDrawsStayInRangeAroundTheAnalyticMean()
{
    QFETCH(Estimate, estimate);
    QFETCH(double, mean);
    QCOMPARE(pertMean(estimate), mean);
    constexpr int draws = 40000;
    PertSampler sample(42, 0);
    double sum = 0;
    for (int i = 0; i < draws; ++i) {
        const double value = sample(estimate);
        QVERIFY(value >= estimate.optimistic && value <= estimate.pessimistic);
        sum += value;
    }
    const double tolerance = 5 * std::sqrt(pertVariance(estimate) / draws);
    QVERIFY2(std::abs(sum / draws - mean) < tolerance,
             qPrintable(QStringLiteral("mean %1, expected %2").arg(sum / draws).arg(mean)));
}

void TestMonteCarlo::theMeanFinishOfAChainConvergesToThePertMean()
{
    const Estimate estimate{5, 10, 30};
    constexpr int length = 30;
    constexpr int iterations = 20000;
    const MonteCarloResult result = runMonteCarlo(Scheduler(steps(length, estimate, true)),
                                                  options(3, iterations, 2, 10000));
    const double expected = length * pertMean(estimate);
    const double tolerance = 5 * std::sqrt(length * pertVariance(estimate) / iterations);
    QVERIFY2(std::abs(result.meanMinutes - expected) < tolerance,
             qPrintable(
                 QStringLiteral("mean %1, expected %2").arg(result.meanMinutes).arg(expected)));
    // A sum of many draws is nearly normal: its median sits close to its mean.
    QVERIFY(std::abs(result.p50Minutes - expected) < 2.0);
}

void TestMonteCarlo::zeroWidthEstimatesAreConstant()
{
    const MonteCarloResult result = runMonteCarlo(Scheduler(steps(10, {6, 6, 6}, true)),
                                                  options(9, 1000, 2, 59));
    QCOMPARE(result.meanMinutes, 60.0);
    QCOMPARE(result.p50Minutes, 60.0);
    QCOMPARE(result.p95Minutes, 60.0);
    QCOMPARE(result.fitProbability, 0.0);
    QCOMPARE(result.iterations, 1000);
}

void TestMonteCarlo::criticalityIndexCountsTheLongBranch()
{
    // Steps 3 and 4 both lead to step 1 and race evenly; step 2 runs alone and never matters.
    ProjectData data = steps(4, {10, 10, 10}, false);
    data.steps[1].estimate = {40, 50, 60};
    data.steps[2].estimate = {5, 10, 20};
    data.steps[3].estimate = {20, 30, 40};
    data.steps[4].estimate = {20, 30, 40};
    data.links[1] = {1, 3, 1, LinkType::FinishToStart, 0};
    data.links[2] = {2, 4, 1, LinkType::FinishToStart, 0};
    const MonteCarloResult result = runMonteCarlo(Scheduler(data), options(5, 4000, 2));
    const std::map<Id, double> index(result.criticality.begin(), result.criticality.end());
    QCOMPARE(index.at(1), 1.0);
    QCOMPARE(index.at(2), 0.0);
    QVERIFY(index.at(3) > 0.4 && index.at(3) < 0.6);
    QVERIFY(std::abs(index.at(3) + index.at(4) - 1.0) < 0.01);
}

void TestMonteCarlo::fitProbabilityKeepsTheRollbackReserve_data()
{
    QTest::addColumn<double>("window");
    QTest::addColumn<double>("reserve");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");

    // Execute 40-60 minutes, then verify 10; rollback of the execute step 20-40 minutes.
    QTest::newRow("room for the work and the rollback") << 200.0 << 15.0 << 1.0 << 1.0;
    QTest::newRow("room for the work but never for the rollback") << 59.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("the rollback fits about half the time") << 80.0 << 0.0 << 0.4 << 0.6;
    QTest::newRow("the reserve takes that chance away") << 80.0 << 30.0 << 0.0 << 0.0;
}

void TestMonteCarlo::fitProbabilityKeepsTheRollbackReserve()
{
    QFETCH(double, window);
    QFETCH(double, reserve);
    QFETCH(double, low);
    QFETCH(double, high);

    ProjectData data = steps(2, {10, 10, 10}, true);
    data.steps[1].estimate = {40, 50, 60};
    data.steps[2].phase = Phase::Verify;
    Step rollback;
    rollback.id = 3;
    rollback.phase = Phase::Rollback;
    rollback.estimate = {20, 30, 40};
    rollback.undoesStepIds = {1};
    data.steps[3] = rollback;
    MonteCarloOptions settings = options(11, 4000, 2, window);
    settings.schedule.reserveMinutes = reserve;
    const double probability = runMonteCarlo(Scheduler(data), settings).fitProbability;
    QVERIFY2(probability >= low && probability <= high, qPrintable(QString::number(probability)));
}

void TestMonteCarlo::aCycleIsAnErrorNotAHang()
{
    ProjectData data = steps(3, {1, 2, 3}, true);
    data.links[9] = {9, 3, 1, LinkType::FinishToStart, 0};
    const MonteCarloResult result = runMonteCarlo(Scheduler(data), options(1, 100, 2));
    QVERIFY(!result.valid);
    QVERIFY(result.error.contains(QStringLiteral("cycle")));
}

void TestMonteCarlo::cancellingStopsEarlyAndProgressCounts()
{
    const Scheduler scheduler(steps(10, {5, 6, 9}, true));
    MonteCarloOptions settings = options(3, 5000, 2);
    // Called from the worker threads, so it only counts; the checks follow in this thread.
    std::atomic<int> lastDone{0};
    std::atomic<int> calls{0};
    std::atomic<bool> wrongTotal{false};
    settings.progress = [&](int done, int total) {
        wrongTotal = wrongTotal || total != 5000;
        int seen = lastDone;
        while (done > seen && !lastDone.compare_exchange_weak(seen, done)) {
        }
        ++calls;
    };
    const MonteCarloResult complete = runMonteCarlo(scheduler, settings);
    QVERIFY(complete.valid);
    QVERIFY(!wrongTotal);
    QCOMPARE(lastDone.load(), 5000);
    QVERIFY(calls > 1);

    std::atomic<bool> cancel{false};
    settings.cancel = &cancel;
    settings.progress = [&](int, int) {
        cancel = true;
    };
    const MonteCarloResult cancelled = runMonteCarlo(scheduler, settings);
    QVERIFY(!cancelled.valid);
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestMonteCarlo)
#include "tst_montecarlo.moc"
