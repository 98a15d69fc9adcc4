#include "projectfile.h"
#include "runfixture.h"
#include "runpagetest.h"
#include "runsession.h"
#include "runstepcard.h"
#include "runtimeline.h"
#include "scripteddialogs.h"
#include "testutil.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace uw;

/** Run mode as a person uses it: every action through the page's buttons, checked in the file. */
class TestRunPage : public test::RunPageTest
{
    Q_OBJECT

private slots:
    void aRehearsalRunsThroughTheButtons();
    void onlyTheApproverDecidesAGate();
    void aProductionRunNeedsConfirmation();
    void aStepRunningWhenTheProgramStoppedShowsAsInterrupted();
    void untrustedCommandsDoNotRunUntilReviewed();
    void aRehearsalUpdatesEstimatesAsOneUndoableEdit();
    void aClickedThroughStepIsLeftOutUnlessKept();
    void shortcutsActOnTheCurrentCard();
};

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

QTEST_MAIN(TestRunPage)
#include "tst_runpage.moc"
