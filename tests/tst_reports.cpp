#include "audit.h"
#include "plananalysis.h"
#include "projectfile.h"
#include "report.h"
#include "reportcanvas.h"
#include "reportdialog.h"
#include "reportsource.h"
#include "runstate.h"
#include "sample.h"
#include "testutil.h"
#include "zonedtime.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;
using uw::test::pdfPageCount;
using uw::test::pdfText;
using uw::test::toolOutput;
using uw::test::utc;

namespace {

/** A fixed "now" so the footers are predictable: 10:30 in Berlin. */
QDateTime generationTime()
{
    return utc(2026, 12, 1, 9, 30);
}

RunEvent makeEvent(Id runId, Id stepId, RunEventType type, const QDateTime &time,
                   const QString &person)
{
    RunEvent result;
    result.runId = runId;
    result.stepId = stepId;
    result.type = type;
    result.timeUtc = time;
    result.person = person;
    return result;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void planReportCoversWhatApprovalNeeds();
    void contentsPointToTheRightPages();
    void runRecordTellsWhatHappened();
    void runRecordMeasuresARehearsalAgainstItsMovedPlan();
    void aRecordPrintedDuringTheRunDoesNotClaimThePointWasKept();
    void fontsAreEmbedded();
    void pageSizeIsTheChosenOne_data();
    void pageSizeIsTheChosenOne();
    void previewHasThePagesOfThePdf();
    void cancellingLeavesNoFile();
    void longTablesRepeatTheirHeader();
    void runRecordNeedsARun();
    void exportDialogPreviewsAndSaves();
    void exportDialogReusesTheWindowsAnalysis();
    void cancellingTheExportDialogWritesNothing();
    void commandLineExitCodes_data();
    void commandLineExitCodes();
    void commandLineWritesWithoutADisplay();
    void commandLineWritesTheSampleWithoutADisplay_data();
    void commandLineWritesTheSampleWithoutADisplay();

private:
    ReportOptions options(ReportKind kind, QPageSize::PageSizeId size = QPageSize::A4) const;
    QString write(ReportKind kind, const QString &name, QPageSize::PageSizeId size = QPageSize::A4);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Id m_runId = 0;
};

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto sample = sampleProject(&error);
    QVERIFY2(sample, qPrintable(error));
    auto created = createProject(m_dir.filePath(QStringLiteral("sample.uwb")), *sample);
    QVERIFY(created);
    m_project = std::move(created.value());
    m_project->setUser(QStringLiteral("Mara"));

    // A rehearsal two weeks before the window: the first steps on time, a migration that
    // fails once, a decision to go on, a note and some samples of the error rate.
    const QDateTime start = utc(2026, 11, 21, 21, 0);
    auto run = m_project->startRun(
        {0, RunKind::Rehearsal, QStringLiteral("Dress rehearsal"), 1, start, {}});
    QVERIFY(run);
    m_runId = run.value();
    QVERIFY(m_project->recordRunEvent(
        makeEvent(m_runId, 0, RunEventType::RunStarted, start, QStringLiteral("Mara"))));
    QDateTime at = start;
    for (const Id stepId : {1, 2, 3, 4, 5, 6, 7}) {
        const Step &step = m_project->data().steps.at(stepId);
        QVERIFY(m_project->recordRunEvent(
            makeEvent(m_runId, stepId, RunEventType::StepStarted, at, QStringLiteral("Jonas"))));
        at = at.addSecs(qint64(step.estimate.likely * 60 * 1.2));
        QVERIFY(m_project->recordRunEvent(
            makeEvent(m_runId, stepId, RunEventType::StepFinished, at, QStringLiteral("Jonas"))));
    }
    QVERIFY(m_project->recordRunEvent(
        makeEvent(m_runId, 8, RunEventType::StepStarted, at, QStringLiteral("Jonas"))));
    RunEvent failed = makeEvent(m_runId, 8, RunEventType::StepFailed, at.addSecs(240),
                                QStringLiteral("Jonas"));
    failed.note = QStringLiteral("Migration stopped half way");
    failed.output = QStringLiteral("applying 0042_orders_v5\nERROR: relation \"orders_v5_idx\" "
                                   "already exists\nmigration aborted, exit code 3");
    QVERIFY(m_project->recordRunEvent(failed));
    RunEvent decision = makeEvent(m_runId, 8, RunEventType::Decision, at.addSecs(420),
                                  QStringLiteral("Mara"));
    decision.decision = decisionKey(RunDecision::ContinueAfterFailure);
    decision.note = QStringLiteral("Index left over from the last rehearsal; dropped it");
    QVERIFY(m_project->recordRunEvent(decision));
    QVERIFY(m_project->recordRunEvent(makeEvent(m_runId, 8, RunEventType::StepStarted,
                                                at.addSecs(480), QStringLiteral("Jonas"))));
    QVERIFY(m_project->recordRunEvent(makeEvent(m_runId, 8, RunEventType::StepFinished,
                                                at.addSecs(1380), QStringLiteral("Jonas"))));
    RunEvent note = makeEvent(m_runId, 0, RunEventType::Note, at.addSecs(1500),
                              QStringLiteral("Mara"));
    note.note = QStringLiteral("Stopping the rehearsal here as agreed");
    QVERIFY(m_project->recordRunEvent(note));
    QList<MetricSample> samples;
    for (int minute = 0; minute < 150; minute += 5)
        samples.append({1, start.addSecs(minute * 60), QString(), 0.4 + (minute % 30) / 50.0});
    QVERIFY(m_project->recordSamples(samples, &error));
    QVERIFY(m_project->finishRun(m_runId, at.addSecs(1560), &error));
}

ReportOptions TestReports::options(ReportKind kind, QPageSize::PageSizeId size) const
{
    ReportOptions result;
    result.kind = kind;
    result.runId = kind == ReportKind::Run ? m_runId : 0;
    result.pageSize = size;
    result.clock = generationTime;
    return result;
}

QString TestReports::write(ReportKind kind, const QString &name, QPageSize::PageSizeId size)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!writeReportPdf(*m_project, options(kind, size), path, {}, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

void TestReports::planReportCoversWhatApprovalNeeds()
{
    const QString path = write(ReportKind::Plan, QStringLiteral("plan.pdf"));
    QVERIFY(!path.isEmpty());
    QVERIFY2(pdfPageCount(path) >= 8, qPrintable(QString::number(pdfPageCount(path))));
    const QString text = pdfText(path);
    for (const QString &expected : {QStringLiteral("PLAN REPORT FOR APPROVAL"),
                                    m_project->change().title.left(30),
                                    QStringLiteral("Contents"),
                                    QStringLiteral("Summary"),
                                    QStringLiteral("Scope and inventory"),
                                    QStringLiteral("Compatibility"),
                                    QStringLiteral("Dependency graph"),
                                    QStringLiteral("Schedule"),
                                    QStringLiteral("Point of no return"),
                                    QStringLiteral("(P80)"),
                                    QStringLiteral("(P95)"),
                                    QStringLiteral("Rollback plan"),
                                    QStringLiteral("Full rollback takes"),
                                    QStringLiteral("Conflicts"),
                                    QStringLiteral("Readiness"),
                                    QStringLiteral("Rehearsal done"),
                                    QStringLiteral("Communication plan"),
                                    QStringLiteral("Saturday night maintenance"),
                                    QStringLiteral("Run pg_upgrade in link mode"),
                                    QStringLiteral("Generated Tue 2026-12-01 10:30"),
                                    QStringLiteral("Page 2 of ")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
}

void TestReports::contentsPointToTheRightPages()
{
    const QString path = write(ReportKind::Plan, QStringLiteral("contents.pdf"));
    QVERIFY(!path.isEmpty());
    const QString contents = pdfText(path, 2, true);
    for (const QString &section : {QStringLiteral("Rollback plan"), QStringLiteral("Readiness"),
                                   QStringLiteral("Dependency graph")}) {
        const auto match = QRegularExpression(QStringLiteral(R"((\d+) +%1 +(\d+)\n)")
                                                  .arg(QRegularExpression::escape(section)))
                               .match(contents);
        QVERIFY2(match.hasMatch(), qPrintable(section + QStringLiteral(" in:\n") + contents));
        const QString heading = match.captured(1) + QStringLiteral("  ") + section;
        const QString page = pdfText(path, match.captured(2).toInt());
        QVERIFY2(page.contains(QRegularExpression(match.captured(1) + QStringLiteral(R"(\s+)")
                                                  + QRegularExpression::escape(section))),
                 qPrintable(heading));
    }
}

void TestReports::runRecordTellsWhatHappened()
{
    const QString path = write(ReportKind::Run, QStringLiteral("run.pdf"));
    QVERIFY(!path.isEmpty());
    QVERIFY(pdfPageCount(path) >= 5);
    const QString text = pdfText(path);
    const QString finalHash = QString::fromLatin1(
        verifyAuditChain(m_project->data().audit).finalHash.toHex());
    for (const QString &expected :
         {QStringLiteral("RUN RECORD"), QStringLiteral("Dress rehearsal"),
          QStringLiteral("Key figures"), QStringLiteral("Planned duration"),
          QStringLiteral("Variance"), QStringLiteral("Downtime"),
          QStringLiteral("Point of no return respected"),
          QStringLiteral("Apply the order service 5.0"), QStringLiteral("Continue after"),
          QStringLiteral("Done after 1 failure"), QStringLiteral("Index left over"),
          QStringLiteral("already exists"), QStringLiteral("Stopping the rehearsal here"),
          QStringLiteral("Order error rate"), QStringLiteral("Sign-offs"),
          QStringLiteral("The audit chain is intact"), finalHash.left(32)}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    QVERIFY(text.contains(QStringLiteral("Failures 1")));
}

void TestReports::runRecordMeasuresARehearsalAgainstItsMovedPlan()
{
    const QString path = write(ReportKind::Run, QStringLiteral("rehearsal.pdf"));
    QVERIFY(!path.isEmpty());
    const Run &run = m_project->data().runs.at(m_runId);
    PlanAnalysisOptions planOptions;
    planOptions.windowId = run.windowId;
    const PlanAnalysis plan = analysePlan(m_project->data(), planOptions);
    QVERIFY(plan.schedule.valid);
    const qint64 shift = windowShiftSeconds(m_project->data(), run);
    QCOMPARE(shift, run.startedAtUtc.toSecsSinceEpoch() - plan.window.startUtc.toSecsSinceEpoch());
    const QString point = formatInZone(plan.schedule.pointOfNoReturnUtc().addSecs(shift),
                                       plan.window.timeZone);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("point of no return %1 (the plan moved to the "
                                          "rehearsal's start)")
                               .arg(point)),
             qPrintable(point + QStringLiteral(" in ") + text));
}

void TestReports::aRecordPrintedDuringTheRunDoesNotClaimThePointWasKept()
{
    auto created = createProject(m_dir.filePath(QStringLiteral("open.uwb")), m_project->data());
    QVERIFY(created);
    Project &project = *created.value();
    const QDateTime start = utc(2026, 11, 28, 21, 0);
    auto run = project.startRun(
        {0, RunKind::Rehearsal, QStringLiteral("Second rehearsal"), 1, start, {}});
    QVERIFY(run);
    QVERIFY(project.recordRunEvent(
        makeEvent(run.value(), 0, RunEventType::RunStarted, start, QStringLiteral("Mara"))));
    ReportOptions reportOptions = options(ReportKind::Run);
    reportOptions.runId = run.value();
    const QString path = m_dir.filePath(QStringLiteral("open.pdf"));
    QString error;
    QVERIFY2(writeReportPdf(project, reportOptions, path, {}, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Point of no return respected Not yet known: execute "
                                          "work is still ahead")),
             qPrintable(text.left(3000)));
}

void TestReports::fontsAreEmbedded()
{
    for (const ReportKind kind : {ReportKind::Plan, ReportKind::Run}) {
        const QString path = write(kind, QStringLiteral("fonts.pdf"));
        QVERIFY(!path.isEmpty());
        const QStringList lines = toolOutput(QStringLiteral("pdffonts"), path)
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                      .mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            QVERIFY2(line.contains(QStringLiteral("DejaVu")), qPrintable(line));
            // Columns: name, type, encoding, emb, sub, uni, object, id.
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 6 && columns[columns.size() - 5] == QLatin1String("yes"),
                     qPrintable(line));
        }
    }
}

void TestReports::pageSizeIsTheChosenOne_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("expected");
    QTest::newRow("A4") << int(QPageSize::A4)
                        << QStringLiteral(R"(595(\.\d+)? x 84[12](\.\d+)? pts \(A4\))");
    QTest::newRow("Letter") << int(QPageSize::Letter)
                            << QStringLiteral(R"(612 x 792 pts \(letter\))");
}

void TestReports::pageSizeIsTheChosenOne()
{
    QFETCH(int, size);
    QFETCH(QString, expected);
    const QString path = write(ReportKind::Run, QStringLiteral("size.pdf"),
                               QPageSize::PageSizeId(size));
    QVERIFY(!path.isEmpty());
    const QString info = toolOutput(QStringLiteral("pdfinfo"), path);
    QVERIFY2(info.contains(QRegularExpression(expected)), qPrintable(info));
}

void TestReports::previewHasThePagesOfThePdf()
{
    const QString path = write(ReportKind::Plan, QStringLiteral("preview.pdf"));
    ReportSource source(reportRequest(*m_project, options(ReportKind::Plan)));
    QString error;
    QVERIFY2(source.prepare(nullptr, {}, &error), qPrintable(error));
    ImageReportCanvas canvas(QPageSize(QPageSize::A4), reportDpi());
    QVERIFY2(source.render(canvas, {}, &error), qPrintable(error));
    QCOMPARE(int(canvas.pages().size()), pdfPageCount(path));
    const QImage &cover = canvas.pages().first();
    // An A4 page at the report's resolution.
    QVERIFY(qAbs(double(cover.width()) / cover.height() - 210.0 / 297) < 0.005);
    QVERIFY(qAbs(cover.width() - 210 / 25.4 * reportDpi()) < 2);
    // Something was drawn: the cover's band is not white.
    QVERIFY(cover.pixelColor(10, 10) != QColor(Qt::white));
}

void TestReports::cancellingLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    int pagesStarted = 0;
    QString error;
    const bool written = writeReportPdf(
        *m_project, options(ReportKind::Plan), path,
        [&](int page, int) {
            pagesStarted = page;
            return page < 3;
        },
        &error);
    QVERIFY(!written);
    QCOMPARE(pagesStarted, 3);
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestReports::longTablesRepeatTheirHeader()
{
    // Two hundred more steps make the step table run over several pages.
    ProjectData data = m_project->data();
    const Id first = data.steps.rbegin()->first + 1;
    for (Id id = first; id < first + 200; ++id)
        data.steps[id] = test::makeStep(id, QStringLiteral("Extra check %1").arg(id),
                                        Phase::Prepare, 1, int(id));
    auto project = createProject(m_dir.filePath(QStringLiteral("long.uwb")), data);
    QVERIFY(project);
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    QVERIFY2(writeReportPdf(*project.value(), options(ReportKind::Plan), path, {}, &error),
             qPrintable(error));
    int pagesWithRows = 0;
    for (int page = 1; page <= pdfPageCount(path); ++page) {
        const QString text = pdfText(path, page);
        // Pages of the Gantt name the steps too; only the step table's pages count here.
        if (!text.contains(QStringLiteral("Extra check"))
            || text.contains(QStringLiteral("Figure ")))
            continue;
        ++pagesWithRows;
        QVERIFY2(text.contains(QStringLiteral("Likely")) && text.contains(QStringLiteral("Slack")),
                 qPrintable(QStringLiteral("page %1 has rows but no header").arg(page)));
    }
    QVERIFY(pagesWithRows >= 3);
}

void TestReports::runRecordNeedsARun()
{
    QString error;
    const auto sample = sampleProject(&error);
    auto project = createProject(m_dir.filePath(QStringLiteral("norun.uwb")), *sample);
    QVERIFY(project);
    ReportOptions runOptions = options(ReportKind::Run);
    runOptions.runId = 0;
    const QString path = m_dir.filePath(QStringLiteral("norun.pdf"));
    QVERIFY(!writeReportPdf(*project.value(), runOptions, path, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("no run")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestReports::exportDialogPreviewsAndSaves()
{
    ReportDialog dialog(m_project.get(), ReportKind::Run);
    QSignalSpy previewed(&dialog, &ReportDialog::previewReady);
    dialog.updatePreview();
    // Prepared in a worker: the dialog answers while it waits.
    QVERIFY(dialog.isBusy());
    QVERIFY(previewed.wait(120000));
    const QString path = write(ReportKind::Run, QStringLiteral("reference.pdf"));
    QCOMPARE(dialog.previewPageCount(), pdfPageCount(path));
    const QString saved = m_dir.filePath(QStringLiteral("dialog.pdf"));
    QSignalSpy finished(&dialog, &ReportDialog::saveFinished);
    dialog.saveTo(saved);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(pdfPageCount(saved), pdfPageCount(path));
    QVERIFY(pdfText(saved).contains(QStringLiteral("Dress rehearsal")));
}

void TestReports::exportDialogReusesTheWindowsAnalysis()
{
    PlanAnalyzer analyzer;
    analyzer.setProject(m_project.get());
    analyzer.waitForIdle();
    QVERIFY(analyzer.analysis().simulation.valid);
    ReportDialog dialog(m_project.get(), ReportKind::Plan, &analyzer);
    QSignalSpy previewed(&dialog, &ReportDialog::previewReady);
    dialog.updatePreview();
    QVERIFY(dialog.reusedAnalysis());
    QVERIFY(previewed.wait(120000));
    QVERIFY(dialog.previewPageCount() >= 5);
    // Another paper size draws again from the same analysis, without running it again.
    dialog.findChild<QComboBox *>(QStringLiteral("reportPageSize"))->setCurrentIndex(1);
    QVERIFY(dialog.reusedAnalysis());
    QVERIFY(previewed.wait(120000));
}

void TestReports::cancellingTheExportDialogWritesNothing()
{
    QDir folder(m_dir.filePath(QStringLiteral("cancelled-export")));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    ReportDialog dialog(m_project.get(), ReportKind::Plan);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &ReportDialog::saveFinished);
    dialog.saveTo(folder.filePath(QStringLiteral("report.pdf")));
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("reportCancel"));
    QVERIFY(cancel && cancel->isVisible());
    QVERIFY(dialog.isBusy());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dialog.isBusy());
    QVERIFY(!cancel->isVisible());
    // The worker stops at its next check and answers; what it had begun is thrown away.
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty(),
             qPrintable(folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                            .join(QStringLiteral(", "))));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("reportSave"))->isEnabled());
}

void TestReports::commandLineExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString file = m_dir.filePath(QStringLiteral("sample.uwb"));
    const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
    QTest::newRow("missing file") << QStringList{QStringLiteral("report"),
                                                 m_dir.filePath(QStringLiteral("nothing.uwb")),
                                                 QStringLiteral("--kind"),
                                                 QStringLiteral("plan"),
                                                 QStringLiteral("-o"),
                                                 out}
                                  << 3;
    QTest::newRow("bad kind") << QStringList{QStringLiteral("report"), file,
                                             QStringLiteral("--kind"), QStringLiteral("budget"),
                                             QStringLiteral("-o"),     out}
                              << 2;
    QTest::newRow("no output") << QStringList{QStringLiteral("report"), file,
                                              QStringLiteral("--kind"), QStringLiteral("plan")}
                               << 2;
    QTest::newRow("bad page size")
        << QStringList{QStringLiteral("report"),      file,
                       QStringLiteral("--kind"),      QStringLiteral("plan"),
                       QStringLiteral("--page-size"), QStringLiteral("a3"),
                       QStringLiteral("-o"),          out}
        << 2;
    QTest::newRow("unknown run") << QStringList{QStringLiteral("report"), file,
                                                QStringLiteral("--kind"), QStringLiteral("run"),
                                                QStringLiteral("--run"),  QStringLiteral("99"),
                                                QStringLiteral("-o"),     out}
                                 << 2;
    QTest::newRow("unwritable output")
        << QStringList{QStringLiteral("report"),
                       file,
                       QStringLiteral("--kind"),
                       QStringLiteral("plan"),
                       QStringLiteral("-o"),
                       m_dir.filePath(QStringLiteral("no/such/dir/out.pdf"))}
        << 3;
    QTest::newRow("help") << QStringList{QStringLiteral("report"), QStringLiteral("--help")} << 0;
}

void TestReports::commandLineExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QProcess process;
    process.start(QStringLiteral(UW_APP_PATH), arguments);
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), exitCode);
    if (exitCode == 0)
        QVERIFY(process.readAllStandardOutput().contains("--kind plan|run"));
    else
        QVERIFY(!process.readAllStandardError().trimmed().isEmpty());
}

void TestReports::commandLineWritesWithoutADisplay()
{
    // The command opens the file read-only beside this test's open project.
    const QString file = m_project->filePath();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                QStringLiteral("QT_QPA_PLATFORM")})
        environment.remove(name);
    for (const QString &kind : {QStringLiteral("plan"), QStringLiteral("run")}) {
        const QString out = m_dir.filePath(QStringLiteral("cli-%1.pdf").arg(kind));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(UW_APP_PATH),
                      {QStringLiteral("report"), file, QStringLiteral("--kind"), kind,
                       QStringLiteral("--page-size"), QStringLiteral("letter"),
                       QStringLiteral("--progress"), QStringLiteral("-o"), out});
        QVERIFY(process.waitForFinished(120000));
        const QByteArray progress = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, progress.constData());
        QVERIFY2(progress.contains("report: page 1 of "), progress.constData());
        QVERIFY2(process.readAllStandardOutput().startsWith("Wrote "),
                 "stdout has the result only");
        QVERIFY(pdfPageCount(out) >= 5);
        QVERIFY(toolOutput(QStringLiteral("pdfinfo"), out).contains(QStringLiteral("(letter)")));
    }
}

void TestReports::commandLineWritesTheSampleWithoutADisplay_data()
{
    QTest::addColumn<QString>("display");
    QTest::newRow("no display at all") << QString();
    QTest::newRow("a display nobody answers") << QStringLiteral(":97");
}

void TestReports::commandLineWritesTheSampleWithoutADisplay()
{
    QFETCH(QString, display);
    // Nothing of the test's own environment may help: no platform, no display (or a dead one).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                QStringLiteral("QT_QPA_PLATFORM")})
        environment.remove(name);
    if (!display.isEmpty())
        environment.insert(QStringLiteral("DISPLAY"), display);
    const QString file = m_dir.filePath(
        QStringLiteral("headless-%1.uwb")
            .arg(display.isEmpty() ? QStringLiteral("none") : QStringLiteral("dead")));
    const QString out = file + QStringLiteral(".pdf");
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(UW_APP_PATH), arguments);
        if (!process.waitForFinished(120000))
            return QStringLiteral("did not finish");
        return process.exitCode() == 0 ? QString()
                                       : QString::fromLocal8Bit(process.readAllStandardError());
    };
    QString failure = run({QStringLiteral("new"), file, QStringLiteral("--sample"),
                           QStringLiteral("--today"), QStringLiteral("2026-12-01")});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = run({QStringLiteral("report"), file, QStringLiteral("--kind"), QStringLiteral("plan"),
                   QStringLiteral("-o"), out});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QFile pdf(out);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QVERIFY(pdfPageCount(out) > 0);
    QVERIFY(pdfText(out).contains(QStringLiteral("Dependency graph")));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
