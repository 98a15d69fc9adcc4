#include "metricmonitor.h"
#include "runfixture.h"
#include "runpagetest.h"
#include "runsession.h"
#include "runtriggerprompt.h"
#include "testutil.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <algorithm>

using namespace uw;

/** The Run page against the clock: the countdown, the rollback triggers and their prompts. */
class TestRunPageTiming : public test::RunPageTest
{
    Q_OBJECT

private slots:
    void aRehearsalAfterTheWindowIsMeasuredAgainstItself();
    void threeOpenTriggersLeaveTheCurrentCardUsable();
    void theCountdownWarnsAndAsksAtThePointOfNoReturn();
    void aMetricBreachAsksForARollback();
};

void TestRunPageTiming::aRehearsalAfterTheWindowIsMeasuredAgainstItself()
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

void TestRunPageTiming::threeOpenTriggersLeaveTheCurrentCardUsable()
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

void TestRunPageTiming::theCountdownWarnsAndAsksAtThePointOfNoReturn()
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

void TestRunPageTiming::aMetricBreachAsksForARollback()
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

QTEST_MAIN(TestRunPageTiming)
#include "tst_runpagetiming.moc"
