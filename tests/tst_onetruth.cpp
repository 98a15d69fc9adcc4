#include "changeassessor.h"
#include "compatibility.h"
#include "planpage.h"
#include "projectfile.h"
#include "report.h"
#include "reportsource.h"
#include "runpage.h"
#include "runstate.h"
#include "sample.h"
#include "testutil.h"
#include "trust.h"
#include "verdict.h"
#include "zonedtime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace uw;
using uw::test::pdfText;

namespace {

/** One generated project: a zone, a window night on its clock and how long the work takes. */
struct Case
{
    QString zone;
    QDate night;
    /** Multiplies every estimate: 1 fits, 2.5 runs past the point of no return or the end. */
    double scale = 1;
};

ProjectData generated(const Case &c)
{
    ProjectData data = test::smallRunbook();
    data.change.timeZone = c.zone;
    Window &window = data.windows.at(10);
    window.timeZone = c.zone;
    window.startUtc = fromWallClock(c.night, QTime(22, 0), c.zone);
    window.endUtc = fromWallClock(c.night.addDays(1), QTime(4, 0), c.zone);
    for (auto &[id, step] : data.steps) {
        step.estimate.optimistic *= c.scale;
        step.estimate.likely *= c.scale;
        step.estimate.pessimistic *= c.scale;
    }
    return data;
}

} // namespace

/**
 * The go/no-go, the finish and the point of no return of one plan read the same wherever a
 * person meets them: the verdict object, the Plan page's strip, the Run page's header, `schedule --json` and the plan
 * report's text, across zones with daylight-saving changes and windows past and ahead.
 */
class TestOneTruth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySurfaceShowsTheOneVerdict_data();
    void everySurfaceShowsTheOneVerdict();
    void theSamplesReportLeadsWithItsBlockers();
    void aRehearsalReadsThePlanMovedToItsStart_data();
    void aRehearsalReadsThePlanMovedToItsStart();

private:
    QTemporaryDir m_dir;
};

void TestOneTruth::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestOneTruth::everySurfaceShowsTheOneVerdict_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("night");
    QTest::addColumn<double>("scale");
    // Nights on which clocks change, ahead; and an ordinary night already over.
    const QList<std::tuple<const char *, QDate>> nights{
        {"Europe/Berlin", QDate(2027, 3, 27)},    {"Europe/Berlin", QDate(2026, 11, 21)},
        {"America/New_York", QDate(2027, 11, 6)}, {"America/New_York", QDate(2026, 11, 14)},
        {"Australia/Sydney", QDate(2027, 4, 3)},  {"Australia/Sydney", QDate(2026, 10, 3)},
    };
    for (const auto &[zone, night] : nights) {
        for (const double scale : {1.0, 2.5}) {
            QTest::addRow("%s %s x%.1f", zone, qPrintable(night.toString(Qt::ISODate)), scale)
                << QString::fromLatin1(zone) << night << scale;
        }
    }
}

void TestOneTruth::everySurfaceShowsTheOneVerdict()
{
    QFETCH(QString, zone);
    QFETCH(QDate, night);
    QFETCH(double, scale);
    const QString path = m_dir.filePath(QStringLiteral("%1.uwb")
                                            .arg(QLatin1String(QTest::currentDataTag()))
                                            .replace(QLatin1Char('/'), QLatin1Char('-'))
                                            .replace(QLatin1Char(' '), QLatin1Char('_')));
    auto created = createProject(path, generated({zone, night, scale}));
    QVERIFY(created);
    Project &project = *created.value();

    // The verdict as the models compute it, on the project's clock.
    PlanAnalysisOptions options;
    options.clock = fixedClock(project.now());
    PlanAnalysis analysis = analysePlan(project.data(), options);
    simulatePlan(project.data(), options, analysis);
    const Verdict verdict = assessChange(project.data(), analysis,
                                         checkCompatibility(project.data()),
                                         {project.now(), TrustStore().isTrusted(project.filePath(),
                                                                                project.data())});
    QVERIFY(verdict.pointOfNoReturnUtc.isValid());

    // schedule --json
    const test::AppOutcome scheduled = test::runApp(
        {QStringLiteral("schedule"), path, QStringLiteral("--json")});
    const QJsonObject json = QJsonDocument::fromJson(scheduled.out).object();
    const QJsonObject jsonVerdict = json.value(QStringLiteral("verdict")).toObject();
    QCOMPARE(jsonVerdict.value(QStringLiteral("decision")).toString(),
             goDecisionKey(verdict.decision));
    QStringList jsonBlockers;
    for (const QJsonValue &blocker : jsonVerdict.value(QStringLiteral("blockers")).toArray())
        jsonBlockers.append(blocker.toObject().value(QStringLiteral("kind")).toString());
    QStringList blockers;
    for (const VerdictReason &blocker : verdict.blockers)
        blockers.append(verdictKindKey(blocker.kind));
    QCOMPARE(jsonBlockers, blockers);
    QCOMPARE(QDateTime::fromString(json.value(QStringLiteral("point_of_no_return")).toString(),
                                   Qt::ISODate),
             verdict.pointOfNoReturnUtc);
    QCOMPARE(QDateTime::fromString(json.value(QStringLiteral("planned_finish")).toString(),
                                   Qt::ISODate),
             verdict.plannedFinishUtc);

    // The Plan page's strip, once its background simulation is in.
    ChangeAssessor assessor;
    PlanPage page(&assessor);
    page.setProject(&project);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.assessor()->verdict().simulated, 30000);
    QCOMPARE(page.assessor()->verdict().decision, verdict.decision);
    const auto strip = [&page](const char *name) {
        return page.findChild<QToolButton *>(QLatin1String(name))->text();
    };
    QVERIFY2(strip("summaryVerdict").contains(verdict.decisionText()),
             qPrintable(strip("summaryVerdict")));
    QVERIFY2(strip("summaryPointOfNoReturn")
                 .contains(formatShortInZone(verdict.pointOfNoReturnUtc, verdict.zone)),
             qPrintable(strip("summaryPointOfNoReturn")));
    QVERIFY2(strip("summaryFinish")
                 .contains(formatShortInZone(verdict.plannedFinishUtc, verdict.zone)),
             qPrintable(strip("summaryFinish")));

    // The Run page's header before a run: the decision and the plan's figures.
    RunPage runPage;
    runPage.setProject(&project);
    runPage.showVerdict(&assessor.verdict());
    const auto header = [&runPage](const char *name) {
        return runPage.findChild<QLabel *>(QLatin1String(name))->text();
    };
    QVERIFY2(header("runDecision").contains(verdict.decisionText()),
             qPrintable(header("runDecision")));
    QCOMPARE(header("pointOfNoReturnValue"),
             formatShortInZone(verdict.pointOfNoReturnUtc, verdict.zone));
    QCOMPARE(header("projectedFinishValue"),
             formatShortInZone(verdict.plannedFinishUtc, verdict.zone));
    runPage.setProject(nullptr);

    // The plan report: the cover leads with the decision, the summary gives the same times.
    ReportOptions reportOptions;
    reportOptions.clock = fixedClock(project.now());
    const QString pdf = path + QStringLiteral(".pdf");
    QString error;
    QVERIFY2(writeReportPdf(project, reportOptions, pdf, {}, &error), qPrintable(error));
    const QString cover = pdfText(pdf, 1);
    QVERIFY2(cover.contains(QStringLiteral("Decision: ") + verdict.decisionText()),
             qPrintable(cover));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Point of no return ")
                          + formatInZone(verdict.pointOfNoReturnUtc, verdict.zone)));
    QVERIFY(text.contains(QStringLiteral("Planned finish ")
                          + formatInZone(verdict.plannedFinishUtc, verdict.zone)));
}

void TestOneTruth::aRehearsalReadsThePlanMovedToItsStart_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("night");
    QTest::addColumn<int>("startHours");
    const QList<std::tuple<const char *, QDate>> nights{
        {"Europe/Berlin", QDate(2027, 3, 27)},
        {"America/New_York", QDate(2027, 11, 6)},
        {"Australia/Sydney", QDate(2027, 4, 3)},
    };
    // Hours after the window's start: days early, on time, late inside it, after it.
    for (const auto &[zone, night] : nights)
        for (const int hours : {-72, 0, 1, 30})
            QTest::addRow("%s %s %+dh", zone, qPrintable(night.toString(Qt::ISODate)), hours)
                << QString::fromLatin1(zone) << night << hours;
}

void TestOneTruth::aRehearsalReadsThePlanMovedToItsStart()
{
    QFETCH(QString, zone);
    QFETCH(QDate, night);
    QFETCH(int, startHours);
    const QString path = m_dir.filePath(QStringLiteral("rehearsal %1.uwb")
                                            .arg(QLatin1String(QTest::currentDataTag()))
                                            .replace(QLatin1Char('/'), QLatin1Char('-')));
    auto created = createProject(path, generated({zone, night, 1}));
    QVERIFY(created);
    Project &project = *created.value();
    const Window &window = project.data().windows.at(10);
    const QDateTime start = window.startUtc.addSecs(startHours * 3600);
    project.setClock([start] { return start; });
    PlanAnalysisOptions options;
    options.clock = fixedClock(start);
    const PlanAnalysis analysis = analysePlan(project.data(), options);
    const Verdict verdict = assessChange(project.data(), analysis,
                                         checkCompatibility(project.data()), {start, true});
    QVERIFY(verdict.pointOfNoReturnUtc.isValid());

    auto run = project.startRun({0, RunKind::Rehearsal, QStringLiteral("Rehearsal"), 10, start, {}});
    QVERIFY(run);
    RunEvent started;
    started.runId = run.value();
    started.type = RunEventType::RunStarted;
    started.timeUtc = start;
    started.person = QStringLiteral("Ana");
    QVERIFY(project.recordRunEvent(started));
    const qint64 shift = windowShiftSeconds(project.data(), project.data().runs.at(run.value()));
    if (startHours == 0)
        QCOMPARE(shift, 0);
    const QDateTime point = verdict.pointOfNoReturnUtc.addSecs(shift);

    // The Run header counts down to the plan's point, moved with the rehearsal.
    RunPage runPage;
    runPage.setProject(&project);
    const QString detail = runPage.findChild<QLabel *>(QStringLiteral("pointOfNoReturnDetail"))
                               ->text();
    QVERIFY2(detail.startsWith(QStringLiteral("at %1").arg(
                 QLocale().toString(toZone(point, zone), QStringLiteral("HH:mm")))),
             qPrintable(detail));
    runPage.setProject(nullptr);

    // The run record names the same point.
    ReportOptions reportOptions;
    reportOptions.kind = ReportKind::Run;
    reportOptions.runId = run.value();
    reportOptions.clock = fixedClock(start);
    const QString pdf = path + QStringLiteral(".pdf");
    QString error;
    QVERIFY2(writeReportPdf(project, reportOptions, pdf, {}, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("point of no return ") + formatInZone(point, zone)),
             qPrintable(formatInZone(point, zone)));
}

void TestOneTruth::theSamplesReportLeadsWithItsBlockers()
{
    // The sample carries deliberate findings: a dependency cycle, an approval and a rehearsal
    // still missing.
    QString error;
    const auto sample = sampleProject(&error);
    QVERIFY2(sample, qPrintable(error));
    auto created = createProject(m_dir.filePath(QStringLiteral("sample.uwb")), *sample);
    QVERIFY(created);
    Project &project = *created.value();
    ReportOptions options;
    options.clock = fixedClock(project.now());
    const QString path = m_dir.filePath(QStringLiteral("sample.pdf"));
    QVERIFY2(writeReportPdf(project, options, path, {}, &error), qPrintable(error));
    ReportSource source(reportRequest(project, options));
    QVERIFY2(source.prepare(nullptr, {}, &error), qPrintable(error));
    const Verdict &verdict = source.verdict();
    QVERIFY2(!verdict.blockers.isEmpty(), "the sample carries deliberate findings");
    const QString cover = pdfText(path, 1);
    QVERIFY2(cover.contains(QStringLiteral("Decision: ") + verdict.decisionText()),
             qPrintable(cover));
    QVERIFY2(cover.contains(verdict.blockers.first().message.simplified()), qPrintable(cover));
    QVERIFY2(!cover.contains(QStringLiteral("The plan fits the window, and")), qPrintable(cover));
    const QString text = pdfText(path);
    for (const QList<VerdictReason> &reasons : {verdict.blockers, verdict.risks}) {
        for (const VerdictReason &reason : reasons)
            QVERIFY2(text.contains(reason.message.simplified()), qPrintable(reason.message));
    }
    QVERIFY(text.contains(QStringLiteral("Point of no return ")
                          + formatInZone(verdict.pointOfNoReturnUtc, verdict.zone)));
    QVERIFY(text.contains(QStringLiteral("dependency cycle")));
}

QTEST_MAIN(TestOneTruth)
#include "tst_onetruth.moc"
