#include "metricmonitor.h"
#include "projectfile.h"
#include "runfixture.h"
#include "runpage.h"
#include "runsession.h"
#include "runstepcard.h"
#include "runtimeline.h"
#include "runtriggerprompt.h"
#include "scripteddialogs.h"
#include "testutil.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uw;

/** Run mode as a person uses it: every action through the page's buttons, checked in the file. */
class TestRunPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aRehearsalRunsThroughTheButtons();
    void onlyTheApproverDecidesAGate();
    void aProductionRunNeedsConfirmation();
    void aStepRunningWhenTheProgramStoppedShowsAsInterrupted();
    void untrustedCommandsDoNotRunUntilReviewed();
    void aRehearsalUpdatesEstimatesAsOneUndoableEdit();
    void aRehearsalAfterTheWindowIsMeasuredAgainstItself();
    void threeOpenTriggersLeaveTheCurrentCardUsable();
    void aClickedThroughStepIsLeftOutUnlessKept();
    void theCountdownWarnsAndAsksAtThePointOfNoReturn();
    void shortcutsActOnTheCurrentCard();
    void aMetricBreachAsksForARollback();

private:
    void openProject(const ProjectData &data);
    void reopen();
    void click(Id stepId, RunStepCard::Action action);
    void clickNamed(const QString &objectName);
    QStringList events() const;
    QString stepState(Id stepId) const;
    /** Saves what the page shows when UW_RUNPAGE_SHOTS names a folder, for people to look at. */
    void saveShot(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QDateTime m_now;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<RunPage> m_page;
};

void TestRunPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("run.uwb"));
    m_now = test::utc(2026, 12, 5, 20, 0);
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    Dialogs::setInstance(m_dialogs.get());
}

void TestRunPage::cleanup()
{
    m_page.reset();
    m_project.reset();
    m_dir.reset();
    Dialogs::setInstance(nullptr);
    m_dialogs.reset();
}

void TestRunPage::openProject(const ProjectData &data)
{
    auto project = createProject(m_path, data);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    m_project = std::move(project.value());
    m_project->setClock([this] { return m_now; });
    m_page = std::make_unique<RunPage>();
    m_page->setTrustStore(TrustStore(m_dir->filePath(QStringLiteral("trust.json"))));
    m_page->setProject(m_project.get());
    m_page->resize(1280, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestRunPage::reopen()
{
    m_page->setProject(nullptr);
    m_project.reset();
    auto project = uw::openProject(m_path);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    m_project = std::move(project.value());
    m_project->setClock([this] { return m_now; });
    m_page->setProject(m_project.get());
}

void TestRunPage::click(Id stepId, RunStepCard::Action action)
{
    RunStepCard *card = m_page->card(stepId);
    QVERIFY2(card, qPrintable(QStringLiteral("step %1 has no card").arg(stepId)));
    QPushButton *button = card->button(action);
    QVERIFY2(button, qPrintable(QStringLiteral("the card of step %1 offers no %2 button")
                                    .arg(stepId)
                                    .arg(int(action))));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestRunPage::clickNamed(const QString &objectName)
{
    QPushButton *button = nullptr;
    for (QPushButton *candidate : m_page->findChildren<QPushButton *>(objectName)) {
        if (candidate->isVisible())
            button = candidate;
    }
    QVERIFY2(button, qPrintable(objectName + QStringLiteral(" is not shown")));
    QVERIFY2(button->isEnabled(), qPrintable(objectName + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton);
}

QStringList TestRunPage::events() const
{
    static const QStringList names{QStringLiteral("run-started"), QStringLiteral("run-ended"),
                                   QStringLiteral("start"),       QStringLiteral("done"),
                                   QStringLiteral("failed"),      QStringLiteral("skip"),
                                   QStringLiteral("note"),        QStringLiteral("decision")};
    QStringList lines;
    for (const RunEvent &event : m_project->data().runEvents) {
        QString line = QStringLiteral("%1 %2 %3")
                           .arg(names[int(event.type)])
                           .arg(event.stepId)
                           .arg(event.person);
        if (!event.decision.isEmpty())
            line += QStringLiteral(" [%1]").arg(event.decision);
        if (!event.note.isEmpty() && event.type != RunEventType::RunStarted
            && event.type != RunEventType::StepFailed)
            line += QStringLiteral(": %1").arg(event.note);
        lines.append(line);
    }
    return lines;
}

QString TestRunPage::stepState(Id stepId) const
{
    RunStepCard *card = m_page->card(stepId);
    if (!card)
        return QStringLiteral("no card");
    return card->findChild<QLabel *>(QStringLiteral("state"))->text();
}

void TestRunPage::saveShot(const QString &name)
{
    const QString folder = qEnvironmentVariable("UW_RUNPAGE_SHOTS");
    if (folder.isEmpty())
        return;
    // Pending layouts and repaints first, so the shot shows the settled page.
    QCoreApplication::sendPostedEvents();
    QVERIFY(m_page->grab().save(QDir(folder).filePath(name)));
}

void TestRunPage::aRehearsalRunsThroughTheButtons()
{
    ProjectData data = test::runbookFixture();
    data.steps[4].instructions = QStringLiteral("Run pg_upgrade --link on db-1, then check the "
                                                "cluster version.");
    data.windows[1].timeZone = QStringLiteral("Europe/Berlin");
    openProject(data);
    m_page->setActingPerson(QStringLiteral("Ben"));
    clickNamed(QStringLiteral("startRehearsal"));
    QVERIFY(m_page->session());
    QCOMPARE(m_page->session()->run().runKind, RunKind::Rehearsal);
    QVERIFY2(m_dialogs->questions.isEmpty(), "a rehearsal starts without a question");

    click(1, RunStepCard::Action::Start);
    m_now = m_now.addSecs(8 * 60);
    click(1, RunStepCard::Action::Finish);
    click(2, RunStepCard::Action::Start);
    m_now = m_now.addSecs(5 * 60);
    click(2, RunStepCard::Action::Fail);
    QCOMPARE(stepState(2), QStringLiteral("FAILED"));
    QCOMPARE(m_page->card(2)->button(RunStepCard::Action::Start)->text(), QStringLiteral("Retry"));
    click(2, RunStepCard::Action::Start);
    m_now = m_now.addSecs(20 * 60);
    click(2, RunStepCard::Action::Finish);

    m_page->setActingPerson(QStringLiteral("Ada"));
    m_dialogs->nextText = QStringLiteral("backup verified");
    click(3, RunStepCard::Action::Go);
    m_page->setActingPerson(QStringLiteral("Ben"));
    m_dialogs->nextText = QStringLiteral("the application is unchanged in the rehearsal");
    click(5, RunStepCard::Action::Skip);
    click(4, RunStepCard::Action::Start);
    m_now = m_now.addSecs(12 * 60);
    QVERIFY(!m_page->findChild<QFrame *>(QStringLiteral("triggers"))->isVisible());
    saveShot(QStringLiteral("run-midrun.png"));
    click(4, RunStepCard::Action::Fail);

    QTRY_VERIFY(m_page->findChild<QFrame *>(QStringLiteral("triggers"))->isVisible());
    saveShot(QStringLiteral("run-rollback-prompt.png"));
    m_dialogs->nextText.clear();
    clickNamed(QStringLiteral("rollBack"));
    QVERIFY2(!m_page->session()->state().rollingBack, "a rollback without a reason is cancelled");
    m_dialogs->nextText = QStringLiteral("the upgrade broke replication");
    clickNamed(QStringLiteral("rollBack"));
    QVERIFY(m_page->session()->state().rollingBack);
    QVERIFY2(m_page->card(7), "the rollback of the started upgrade is ready");
    QVERIFY2(!m_page->card(8), "the skipped upgrade needs no rollback");
    const QList<RunTimelineRow> rows = m_page->timeline()->rows();
    const auto row = [&rows](Id stepId) {
        const auto found = std::find_if(rows.cbegin(), rows.cend(), [stepId](const auto &candidate) {
            return candidate.stepId == stepId;
        });
        return found == rows.cend() ? RunTimelineRow() : *found;
    };
    QCOMPARE(row(1).finishUtc, test::utc(2026, 12, 5, 20, 8));
    QCOMPARE(row(1).plannedFinishUtc, test::utc(2026, 12, 5, 20, 10));
    QVERIFY2(row(4).state == StepRunState::Failed && !row(4).projected,
             "the failed upgrade stays on the timeline as it happened");
    QVERIFY2(row(7).projected, "the rollback is still to come");
    click(7, RunStepCard::Action::Start);
    m_now = m_now.addSecs(25 * 60);
    saveShot(QStringLiteral("run-rolling-back.png"));
    click(7, RunStepCard::Action::Finish);

    m_dialogs->nextAnswer = Dialogs::Answer::Yes;
    clickNamed(QStringLiteral("endRun"));
    QVERIFY(m_page->session()->state().ended);

    const QStringList expected{
        QStringLiteral("run-started 0 Ben"),
        QStringLiteral("start 1 Ben"),
        QStringLiteral("done 1 Ben"),
        QStringLiteral("start 2 Ben"),
        QStringLiteral("failed 2 Ben"),
        QStringLiteral("start 2 Ben"),
        QStringLiteral("done 2 Ben"),
        QStringLiteral("decision 3 Ada [go]: backup verified"),
        QStringLiteral("skip 5 Ben: the application is unchanged in the rehearsal"),
        QStringLiteral("start 4 Ben"),
        QStringLiteral("failed 4 Ben"),
        QStringLiteral("decision 0 Ben [rollback]: the upgrade broke replication"),
        QStringLiteral("start 7 Ben"),
        QStringLiteral("done 7 Ben"),
        QStringLiteral("run-ended 0 Ben"),
    };
    QCOMPARE(events(), expected);
    QCOMPARE(m_dialogs->informations.size(), 1);
    const QString summary = m_dialogs->informations.first();
    QVERIFY2(summary.contains(QStringLiteral("#4 \u201cUpgrade database\u201d failed")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Go by Ada")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Roll back by Ben")), qPrintable(summary));
    QVERIFY2(m_page->findChild<QLabel *>(QStringLiteral("summaryText"))->isVisible(),
             "the summary stays on the page");
}

void TestRunPage::onlyTheApproverDecidesAGate()
{
    openProject(test::runbookFixture());
    m_page->setActingPerson(QStringLiteral("Ben"));
    clickNamed(QStringLiteral("startRehearsal"));
    for (const Id step : {1, 2}) {
        click(step, RunStepCard::Action::Start);
        click(step, RunStepCard::Action::Finish);
    }
    m_dialogs->nextText = QStringLiteral("looks fine to me");
    click(3, RunStepCard::Action::Go);
    QCOMPARE(m_dialogs->warnings.size(), 1);
    QVERIFY2(m_dialogs->warnings.first().contains(QStringLiteral("Ben")),
             qPrintable(m_dialogs->warnings.first()));
    QCOMPARE(stepState(3), QStringLiteral("DECISION NEEDED"));

    m_page->setActingPerson(QStringLiteral("Ada"));
    m_dialogs->nextText = QStringLiteral("backup not verified");
    click(3, RunStepCard::Action::NoGo);
    QCOMPARE(stepState(3), QStringLiteral("NO-GO"));
    QVERIFY2(!m_page->card(3)->button(RunStepCard::Action::NoGo), "no-go is already recorded");
    m_dialogs->nextText = QStringLiteral("backup verified on the second try");
    click(3, RunStepCard::Action::Go);
    QVERIFY(!m_page->card(3));
    QVERIFY(m_page->card(4));
    QCOMPARE(events().mid(5),
             (QStringList{QStringLiteral("decision 3 Ada [no-go]: backup not verified"),
                          QStringLiteral(
                              "decision 3 Ada [go]: backup verified on the second try")}));
}

void TestRunPage::aProductionRunNeedsConfirmation()
{
    openProject(test::runbookFixture());
    m_page->setActingPerson(QStringLiteral("Ben"));
    m_dialogs->nextAnswer = Dialogs::Answer::No;
    clickNamed(QStringLiteral("startProduction"));
    QCOMPARE(m_dialogs->questions.size(), 1);
    // At the window's start (20:00) nothing needs saying about the time.
    QVERIFY2(!m_dialogs->questions.first().contains(QStringLiteral("outside the window")),
             qPrintable(m_dialogs->questions.first()));
    QVERIFY(!m_page->session());
    QVERIFY(m_project->data().runs.empty());
    // An hour after the window ended, the question says so.
    m_now = test::utc(2026, 12, 6, 0, 0);
    clickNamed(QStringLiteral("startProduction"));
    QVERIFY2(m_dialogs->questions.last().contains(
                 QStringLiteral("Careful: it is now Sun 2026-12-06 00:00 UTC, outside the window "
                                "(Sat 2026-12-05 20:00 UTC to Sat 2026-12-05 23:00 UTC).")),
             qPrintable(m_dialogs->questions.last()));
    QVERIFY(!m_page->session());
    m_now = test::utc(2026, 12, 5, 20, 0);
    m_dialogs->nextAnswer = Dialogs::Answer::Yes;
    clickNamed(QStringLiteral("startProduction"));
    QVERIFY(m_page->session());
    QCOMPARE(m_page->session()->run().runKind, RunKind::Production);
    QVERIFY2(!m_page->findChild<QPushButton *>(QStringLiteral("startRehearsal"))->isEnabled(),
             "one run at a time");
}

void TestRunPage::aStepRunningWhenTheProgramStoppedShowsAsInterrupted()
{
    openProject(test::runbookFixture());
    m_page->setActingPerson(QStringLiteral("Ben"));
    clickNamed(QStringLiteral("startRehearsal"));
    click(1, RunStepCard::Action::Start);
    const Id runId = m_page->session()->runId();
    m_now = m_now.addSecs(15 * 60);
    reopen();

    QVERIFY2(m_page->session(), "the open run is resumed");
    QCOMPARE(m_page->session()->runId(), runId);
    QCOMPARE(stepState(1), QStringLiteral("INTERRUPTED"));
    QVERIFY(m_page->card(1)->button(RunStepCard::Action::Finish));
    QCOMPARE(m_page->card(1)->button(RunStepCard::Action::Start)->text(),
             QStringLiteral("Restart"));
    click(1, RunStepCard::Action::Finish);
    QCOMPARE(m_page->session()->state().stateOf(1), StepRunState::Done);
    QVERIFY(m_page->card(2));
}

void TestRunPage::untrustedCommandsDoNotRunUntilReviewed()
{
    ProjectData data = test::runbookFixture();
    data.steps[1].stepKind = StepKind::Command;
    data.steps[1].command.command = QStringLiteral("echo announced; sleep 1; echo to everyone");
    data.steps[1].command.timeoutSeconds = 20;
    data.steps[2].stepKind = StepKind::Command;
    data.steps[2].command.command = QStringLiteral("sleep 30");
    openProject(data);
    m_page->setActingPerson(QStringLiteral("Ben"));
    m_dialogs->nextAnswer = Dialogs::Answer::No;
    clickNamed(QStringLiteral("startRehearsal"));
    QCOMPARE(m_dialogs->questions.size(), 1);
    QVERIFY2(m_dialogs->questions.first().contains(QStringLiteral("sleep 30")),
             qPrintable(m_dialogs->questions.first()));
    QVERIFY(m_page->findChild<QFrame *>(QStringLiteral("trustBanner"))->isVisible());

    click(1, RunStepCard::Action::Start);
    QCOMPARE(m_dialogs->warnings.size(), 1);
    QVERIFY2(m_dialogs->warnings.first().contains(QStringLiteral("trusted")),
             qPrintable(m_dialogs->warnings.first()));
    QCOMPARE(m_page->session()->state().stateOf(1), StepRunState::Ready);

    m_dialogs->nextAnswer = Dialogs::Answer::Yes;
    clickNamed(QStringLiteral("reviewCommands"));
    QVERIFY(!m_page->findChild<QFrame *>(QStringLiteral("trustBanner"))->isVisible());
    click(1, RunStepCard::Action::Start);
    QVERIFY2(m_page->card(1)->button(RunStepCard::Action::Stop),
             "a running command can be stopped");
    QVERIFY2(!m_page->card(1)->button(RunStepCard::Action::Finish), "a command decides itself");
    const auto *output = m_page->card(1)->findChild<QPlainTextEdit *>(QStringLiteral("output"));
    QTRY_VERIFY2(output->toPlainText().contains(QStringLiteral("announced")),
                 "output streams while the command runs");
    QCOMPARE(m_page->session()->state().stateOf(1), StepRunState::Running);
    QTRY_COMPARE(m_page->session()->state().stateOf(1), StepRunState::Done);
    QCOMPARE(m_page->session()->state().step(1)->lastOutput.trimmed(),
             QStringLiteral("announced\nto everyone"));
    QCOMPARE(events().at(1), QStringLiteral("start 1 Ben"));
    QVERIFY2(events().at(2).startsWith(QStringLiteral("done 1 Ben")), qPrintable(events().at(2)));

    click(2, RunStepCard::Action::Start);
    m_dialogs->nextAnswer = Dialogs::Answer::Yes;
    click(2, RunStepCard::Action::Stop);
    QTRY_COMPARE(m_page->session()->state().stateOf(2), StepRunState::Failed);
    QVERIFY2(events().constLast().startsWith(QStringLiteral("failed 2 Ben")),
             qPrintable(events().constLast()));
}

void TestRunPage::aClickedThroughStepIsLeftOutUnlessKept()
{
    openProject(test::runbookFixture());
    m_page->setActingPerson(QStringLiteral("Ben"));
    clickNamed(QStringLiteral("startRehearsal"));
    click(1, RunStepCard::Action::Start);
    m_now = m_now.addSecs(10);
    click(1, RunStepCard::Action::Finish);
    m_dialogs->nextAnswer = Dialogs::Answer::Yes;
    clickNamed(QStringLiteral("endRun"));

    m_dialogs->questions.clear();
    m_dialogs->nextAnswer = Dialogs::Answer::No;
    clickNamed(QStringLiteral("calibrate"));
    QCOMPARE(m_dialogs->questions.size(), 1);
    QVERIFY2(m_dialogs->questions.first().contains(QStringLiteral("clicked through")),
             qPrintable(m_dialogs->questions.first()));
    QCOMPARE(m_project->data().steps.at(1).estimate.likely, 10.0);

    // Kept on purpose: the estimate moves, but only to half, never to zero.
    m_dialogs->questions.clear();
    m_dialogs->nextAnswer = Dialogs::Answer::Yes;
    clickNamed(QStringLiteral("calibrate"));
    QCOMPARE(m_dialogs->questions.size(), 2);
    QVERIFY2(m_dialogs->questions.last().contains(QStringLiteral("at most to double or half")),
             qPrintable(m_dialogs->questions.last()));
    QCOMPARE(m_project->data().steps.at(1).estimate.likely, 5.0);
}

void TestRunPage::aRehearsalUpdatesEstimatesAsOneUndoableEdit()
{
    openProject(test::runbookFixture());
    m_page->setActingPerson(QStringLiteral("Ben"));
    clickNamed(QStringLiteral("startRehearsal"));
    click(1, RunStepCard::Action::Start);
    m_now = m_now.addSecs(16 * 60);
    click(1, RunStepCard::Action::Finish);
    m_dialogs->nextAnswer = Dialogs::Answer::Yes;
    clickNamed(QStringLiteral("endRun"));

    m_dialogs->questions.clear();
    clickNamed(QStringLiteral("calibrate"));
    QCOMPARE(m_dialogs->questions.size(), 1);
    QVERIFY2(m_dialogs->questions.first().contains(QStringLiteral("#1 \u201cAnnounce\u201d")),
             qPrintable(m_dialogs->questions.first()));
    QCOMPARE(m_project->data().steps.at(1).estimate.likely, 16.0);
    QCOMPARE(m_project->data().steps.at(2).estimate.likely, 20.0);
    QVERIFY2(!m_page->findChild<QPushButton *>(QStringLiteral("calibrate"))->isVisible(),
             "nothing is left to learn from this run");
    m_project->undoStack()->undo();
    QCOMPARE(m_project->data().steps.at(1).estimate.likely, 10.0);
}

void TestRunPage::theCountdownWarnsAndAsksAtThePointOfNoReturn()
{
    openProject(test::runbookFixture());
    m_page->setActingPerson(QStringLiteral("Ben"));
    clickNamed(QStringLiteral("startRehearsal"));
    const auto countdownColour = [this] {
        return m_page->findChild<QLabel *>(QStringLiteral("pointOfNoReturnValue"))->styleSheet();
    };
    const QString green = QStringLiteral("#2e7d32");
    const QString amber = QStringLiteral("#b26a00");
    const QString red = QStringLiteral("#c62828");
    QVERIFY2(countdownColour().contains(green), qPrintable(countdownColour()));

    // With nothing done, the window end (23:00) minus the reserve (15 min) is the last moment.
    m_now = test::utc(2026, 12, 5, 22, 20);
    QTRY_VERIFY2(countdownColour().contains(amber), qPrintable(countdownColour()));
    m_now = test::utc(2026, 12, 5, 22, 40);
    QTRY_VERIFY2(countdownColour().contains(red), qPrintable(countdownColour()));

    m_now = test::utc(2026, 12, 5, 22, 50);
    const auto pointOfNoReturnPrompt = [this]() -> RunTriggerPrompt * {
        for (RunTriggerPrompt *prompt : m_page->findChildren<RunTriggerPrompt *>()) {
            if (prompt->isVisible() && prompt->trigger().kind == TriggerKind::PointOfNoReturnReached)
                return prompt;
        }
        return nullptr;
    };
    QTRY_VERIFY(pointOfNoReturnPrompt());
    m_dialogs->nextText = QStringLiteral("rehearsal only, production is not touched");
    QTest::mouseClick(pointOfNoReturnPrompt()->findChild<QPushButton *>(QStringLiteral("continue")),
                      Qt::LeftButton);
    QCOMPARE(events().constLast(),
             QStringLiteral("decision 0 Ben [continue:point_of_no_return]: rehearsal only, "
                            "production is not touched"));
    QTRY_VERIFY(!pointOfNoReturnPrompt());
    QVERIFY2(!m_page->session()->state().rollingBack, "continuing keeps the plan");
}

void TestRunPage::aRehearsalAfterTheWindowIsMeasuredAgainstItself()
{
    openProject(test::runbookFixture());
    m_page->setActingPerson(QStringLiteral("Ben"));
    // Three days after the window: a rehearsal on a weekday afternoon.
    m_now = test::utc(2026, 12, 8, 14, 0);
    clickNamed(QStringLiteral("startRehearsal"));
    RunSession *session = m_page->session();
    QVERIFY(session);
    QCOMPARE(session->windowShiftSeconds(), qint64(3 * 24 * 3600 - 6 * 3600));
    // Its own window, 14:00 to 17:00, holds the plan: nothing is late, nothing to decide.
    QCOMPARE(session->projection().windowEndUtc, test::utc(2026, 12, 8, 17, 0));
    QVERIFY(session->triggers().isEmpty());
    QCoreApplication::processEvents();
    const QList<RunTriggerPrompt *> prompts = m_page->findChildren<RunTriggerPrompt *>();
    QVERIFY(std::none_of(prompts.begin(), prompts.end(),
                         [](const RunTriggerPrompt *prompt) { return prompt->isVisible(); }));
    const QString countdown = m_page->findChild<QLabel *>(QStringLiteral("pointOfNoReturnValue"))
                                  ->styleSheet();
    QVERIFY2(countdown.contains(QStringLiteral("#2e7d32")), qPrintable(countdown));
    saveShot(QStringLiteral("rehearsal-after-the-window.png"));
}

void TestRunPage::threeOpenTriggersLeaveTheCurrentCardUsable()
{
    openProject(test::runbookFixture());
    m_page->resize(1280, 800);
    m_page->setActingPerson(QStringLiteral("Ben"));
    clickNamed(QStringLiteral("startRehearsal"));
    click(1, RunStepCard::Action::Start);
    m_dialogs->nextText = QStringLiteral("the mail relay refused");
    click(1, RunStepCard::Action::Fail);
    // Late in the window with nothing done, and a metric breach on top: three open conditions.
    m_now = test::utc(2026, 12, 5, 22, 50);
    QString error;
    QVERIFY2(m_page->session()->raiseMetricTrigger(7, QStringLiteral("Error rate above 2x"), &error),
             qPrintable(error));
    m_page->session()->checkTriggers();
    QTRY_VERIFY(m_page->session()->triggers().size() >= 3);
    QCoreApplication::processEvents();

    // One prompt, the newest, and a count of the others.
    const auto visiblePrompts = [this] {
        int visible = 0;
        for (const RunTriggerPrompt *prompt : m_page->findChildren<RunTriggerPrompt *>())
            visible += prompt->isVisible();
        return visible;
    };
    QTRY_COMPARE(visiblePrompts(), 1);
    auto *more = m_page->findChild<QPushButton *>(QStringLiteral("moreTriggers"));
    QVERIFY(more && more->isVisible());
    QCOMPARE(more->text(), QStringLiteral("More reasons to consider a rollback: 2 (show)"));

    // The failed step's Retry stays on screen and works.
    QPushButton *retry = m_page->card(1)->button(RunStepCard::Action::Start);
    QVERIFY(retry && retry->isVisible());
    QVERIFY(!retry->visibleRegion().isEmpty());
    saveShot(QStringLiteral("three-triggers.png"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(m_page->session()->state().stateOf(1), StepRunState::Running);

    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_VERIFY(visiblePrompts() >= 3);
}

void TestRunPage::shortcutsActOnTheCurrentCard()
{
    openProject(test::runbookFixture());
    m_page->setActingPerson(QStringLiteral("Ben"));
    clickNamed(QStringLiteral("startRehearsal"));
    QApplication::setActiveWindow(m_page.get());
    m_page->setFocus();
    QTest::keyClick(m_page.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_page->session()->state().stateOf(1), StepRunState::Running);
    QTest::keyClick(m_page.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_page->session()->state().stateOf(1), StepRunState::Done);
    QTest::keyClick(m_page.get(), Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(m_page.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_page->session()->state().stateOf(2), StepRunState::Failed);
    m_dialogs->nextText = QStringLiteral("done by the storage team");
    QTest::keyClick(m_page.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_page->session()->state().stateOf(2), StepRunState::Skipped);
}

void TestRunPage::aMetricBreachAsksForARollback()
{
    ProjectData data = test::runbookFixture();
    Metric errors;
    errors.id = 50;
    errors.name = QStringLiteral("Checkout error rate");
    errors.query = QStringLiteral("cpu");
    errors.key = true;
    data.metrics[50] = errors;
    openProject(data);
    auto monitor = std::make_unique<MetricMonitor>(m_project.get(),
                                                   [](const Metric &) { return false; });
    m_page->setMetricMonitor(monitor.get());
    m_page->setActingPerson(QStringLiteral("Ben"));
    Breach breach;
    breach.metricId = 50;
    breach.limit = 2;
    breach.worstValue = 7.5;
    breach.startUtc = m_now;
    breach.rollbackTrigger = true;
    // Before a run there is nothing to roll back.
    QVERIFY(!m_page->raiseMetricTrigger(breach));
    clickNamed(QStringLiteral("startRehearsal"));
    QVERIFY(monitor->isRunning());

    emit monitor->rollbackTriggered(breach);
    // The same breach reported again while its trigger is pending adds nothing.
    emit monitor->rollbackTriggered(breach);
    const auto metricPrompt = [this]() -> RunTriggerPrompt * {
        for (RunTriggerPrompt *prompt : m_page->findChildren<RunTriggerPrompt *>()) {
            if (prompt->isVisible()
                && prompt->trigger().kind == TriggerKind::MetricThresholdBreached)
                return prompt;
        }
        return nullptr;
    };
    QTRY_VERIFY(metricPrompt());
    QCOMPARE(metricPrompt()->trigger().metricId, Id(50));
    QVERIFY(metricPrompt()->trigger().message.contains(QStringLiteral("Checkout error rate")));
    QCOMPARE(events().filter(QStringLiteral("[breach:50]")).size(), 1);

    // The trigger survives the program: reopened, the run still asks.
    m_page->setMetricMonitor(nullptr);
    monitor.reset();
    reopen();
    m_page->setActingPerson(QStringLiteral("Ben"));
    QTRY_VERIFY(metricPrompt());
    m_dialogs->nextText = QStringLiteral("errors doubled after the schema migration");
    m_dialogs->nextAnswer = Dialogs::Answer::Yes;
    QTest::mouseClick(metricPrompt()->findChild<QPushButton *>(QStringLiteral("rollBack")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_page->session()->state().rollingBack);
    QVERIFY(!metricPrompt());
    QVERIFY2(events().constLast().contains(QStringLiteral("[rollback]")),
             qPrintable(events().constLast()));
}

QTEST_MAIN(TestRunPage)
#include "tst_runpage.moc"
