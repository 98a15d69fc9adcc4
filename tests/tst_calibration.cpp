#include "calibration.h"
#include "projectfile.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uw;

Q_DECLARE_METATYPE(uw::Estimate)

/** A rehearsal teaches the next run's estimates, as one edit the lead can undo. */
class TestCalibration : public QObject
{
    Q_OBJECT

private slots:
    void proposalsLearnFromTheActualDuration_data();
    void proposalsLearnFromTheActualDuration();
    void unknownStepsAndImpossibleDurationsAreIgnored();
    void actualDurationsComeFromFinishedSteps();
    void applyingIsOneUndoableEditThatReachesTheFile();
};

void TestCalibration::proposalsLearnFromTheActualDuration_data()
{
    QTest::addColumn<Estimate>("before");
    QTest::addColumn<double>("actual");
    QTest::addColumn<Estimate>("after");
    QTest::addColumn<bool>("implausible");
    QTest::addColumn<bool>("capped");

    QTest::newRow("a slower run raises likely and stretches pessimistic")
        << Estimate{5, 10, 15} << 20.0 << Estimate{5, 20, 26} << false << false;
    QTest::newRow("a faster run lowers likely and optimistic")
        << Estimate{10, 15, 25} << 8.0 << Estimate{6, 8, 25} << false << false;
    QTest::newRow("a run inside the range moves only likely")
        << Estimate{10, 15, 30} << 18.0 << Estimate{10, 18, 30} << false << false;
    QTest::newRow("fractions are rounded to whole minutes")
        << Estimate{1, 2, 3} << 2.4 << Estimate{1, 2, 4} << false << false;
    QTest::newRow("finished seconds after it started: never zero, and doubtful")
        << Estimate{5, 10, 15} << 0.1 << Estimate{4, 5, 15} << true << true;
    QTest::newRow("a quarter of the best case is doubtful")
        << Estimate{20, 30, 45} << 4.0 << Estimate{12, 15, 45} << true << true;
    QTest::newRow("three times as long moves likely to double")
        << Estimate{5, 10, 15} << 30.0 << Estimate{5, 20, 26} << false << true;
    QTest::newRow("a one-minute step stays at least a minute")
        << Estimate{1, 2, 3} << 0.6 << Estimate{1, 1, 3} << false << false;
}

void TestCalibration::proposalsLearnFromTheActualDuration()
{
    QFETCH(Estimate, before);
    QFETCH(double, actual);
    QFETCH(Estimate, after);
    QFETCH(bool, implausible);
    QFETCH(bool, capped);

    ProjectData data = test::richProject();
    data.steps[1].estimate = before;
    const QList<EstimateProposal> proposals = proposeEstimates(data, {{1, actual}});
    QCOMPARE(proposals.size(), 1);
    QCOMPARE(proposals.first().stepId, Id(1));
    QCOMPARE(proposals.first().before, before);
    QCOMPARE(proposals.first().after, after);
    QCOMPARE(proposals.first().actualMinutes, actual);
    QCOMPARE(proposals.first().implausible, implausible);
    QCOMPARE(proposals.first().capped, capped);
    QCOMPARE(plausibleProposals(proposals).size(), implausible ? 0 : 1);
}

void TestCalibration::unknownStepsAndImpossibleDurationsAreIgnored()
{
    ProjectData data = test::richProject();
    data.steps[1].estimate = {8, 10, 13};
    const auto proposals = proposeEstimates(data, {{1, 10.0}, {2, -5.0}, {3, qQNaN()}, {99, 5.0}});
    QVERIFY2(proposals.isEmpty(), "a matching run, a negative, a NaN and an unknown step");
}

void TestCalibration::actualDurationsComeFromFinishedSteps()
{
    ProjectData data;
    const auto event = [&](Id run, Id step, RunEventType type, int hour, int minute) {
        RunEvent recorded;
        recorded.runId = run;
        recorded.stepId = step;
        recorded.type = type;
        recorded.timeUtc = test::utc(2026, 12, 5, hour, minute);
        data.runEvents.append(recorded);
    };
    event(1, 1, RunEventType::StepStarted, 21, 0);
    event(1, 1, RunEventType::StepFinished, 21, 12);
    event(1, 2, RunEventType::StepStarted, 21, 12);
    event(1, 2, RunEventType::StepFailed, 21, 20);
    event(1, 3, RunEventType::StepStarted, 21, 20);
    event(1, 3, RunEventType::StepStarted, 21, 25);
    event(1, 3, RunEventType::StepFinished, 21, 40);
    event(1, 4, RunEventType::StepSkipped, 21, 40);
    event(2, 5, RunEventType::StepStarted, 21, 0);
    event(2, 5, RunEventType::StepFinished, 22, 0);
    const std::map<Id, double> expected{{1, 12.0}, {3, 15.0}};
    QCOMPARE(actualDurations(data, 1), expected);
}

void TestCalibration::applyingIsOneUndoableEditThatReachesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calibrate.uwb"));
    const ProjectData initial = test::richProject();
    {
        auto created = createProject(path, initial);
        QVERIFY2(created, qPrintable(created.ok() ? QString() : created.error().message));
        Project &project = *created.value();
        const auto proposals = proposeEstimates(project.data(), {{1, 40.0}, {3, 12.0}});
        QCOMPARE(proposals.size(), 2);
        const int before = project.undoStack()->count();
        QString error;
        QVERIFY2(applyEstimates(project, proposals, &error), qPrintable(error));
        QCOMPARE(project.undoStack()->count(), before + 1);
        QCOMPARE(project.find<Step>(1)->estimate, (Estimate{20, 40, 55}));
        QCOMPARE(project.find<Step>(3)->estimate, (Estimate{12, 15, 55}));
        project.undoStack()->undo();
        QCOMPARE(project.find<Step>(1)->estimate, initial.steps.at(1).estimate);
        QCOMPARE(project.find<Step>(3)->estimate, initial.steps.at(3).estimate);
        project.undoStack()->redo();
    }
    auto reopened = openProject(path, Store::Access::ReadOnly);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->find<Step>(1)->estimate, (Estimate{20, 40, 55}));
    QCOMPARE(reopened.value()->find<Step>(3)->estimate, (Estimate{12, 15, 55}));
    QCOMPARE(reopened.value()->find<Step>(2)->estimate, initial.steps.at(2).estimate);
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
