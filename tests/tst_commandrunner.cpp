#include "commandrunner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

using namespace std::chrono_literals;

/** Command steps: pass or fail, output, environment, and nothing left behind on a timeout. */
class TestCommandRunner : public QObject
{
    Q_OBJECT

private slots:
    void exitCodeAndPatternDecide_data();
    void exitCodeAndPatternDecide();
    void anInvalidPatternRunsNothing();
    void anEmptyCommandIsReported();
    void commandsReadSecretsFromTheEnvironment();
    void outputIsStreamedAsItArrives();
    void longOutputKeepsItsEndWithANote();
    void aTimeoutEndsTheWholeProcessGroup();
    void stoppingKillsWhatIgnoresTerm();
    void aCommandKilledFromOutsideFails();

private:
    CommandOutcome run(CommandRunner &runner, const CommandSpec &spec);
};

namespace {

CommandSpec command(const QString &text, int expectedExitCode = 0, const QString &pattern = {})
{
    CommandSpec spec;
    spec.command = text;
    spec.expectedExitCode = expectedExitCode;
    spec.outputPattern = pattern;
    spec.timeoutSeconds = 60;
    return spec;
}

} // namespace

CommandOutcome TestCommandRunner::run(CommandRunner &runner, const CommandSpec &spec)
{
    QSignalSpy finished(&runner, &CommandRunner::finished);
    runner.start(spec);
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<CommandOutcome>();
}

void TestCommandRunner::exitCodeAndPatternDecide_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("expectedExitCode");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<QString>("message");

    QTest::newRow("exit 0 as expected")
        << QStringLiteral("true") << 0 << QString() << true
        << QStringLiteral("The command ended with exit code 0, as expected.");
    QTest::newRow("another expected exit code")
        << QStringLiteral("exit 3") << 3 << QString() << true
        << QStringLiteral("The command ended with exit code 3, as expected.");
    QTest::newRow("an unexpected exit code fails")
        << QStringLiteral("echo broken; exit 3") << 0 << QString() << false
        << QStringLiteral("The command ended with exit code 3, but 0 was expected.");
    QTest::newRow("a matching line passes")
        << QStringLiteral("echo starting; echo 'replication: streaming'") << 0
        << QStringLiteral("^replication: streaming$") << true
        << QStringLiteral("The command ended with exit code 0 and its output matched "
                          "\u201c^replication: streaming$\u201d, as expected.");
    QTest::newRow("a line on stderr counts too")
        << QStringLiteral("echo ok; echo 'warning: disk 91%' >&2") << 0
        << QStringLiteral("^warning") << true
        << QStringLiteral("The command ended with exit code 0 and its output matched "
                          "\u201c^warning\u201d, as expected.");
    QTest::newRow("a last line without newline counts")
        << QStringLiteral("printf 'version 16.4'") << 0 << QStringLiteral("16\\.4$") << true
        << QStringLiteral("The command ended with exit code 0 and its output matched "
                          "\u201c16\\.4$\u201d, as expected.");
    QTest::newRow("the right exit code without the pattern fails")
        << QStringLiteral("echo 'replication: stopped'") << 0 << QStringLiteral("streaming")
        << false
        << QStringLiteral("The command ended with exit code 0, but no line of its output "
                          "matched \u201cstreaming\u201d.");
}

void TestCommandRunner::exitCodeAndPatternDecide()
{
    QFETCH(QString, command);
    QFETCH(int, expectedExitCode);
    QFETCH(QString, pattern);
    QFETCH(bool, passed);
    QFETCH(QString, message);

    CommandRunner runner;
    const CommandOutcome outcome = run(runner, ::command(command, expectedExitCode, pattern));
    QCOMPARE(outcome.message, message);
    QCOMPARE(outcome.passed, passed);
    QVERIFY(!runner.isRunning());
}

void TestCommandRunner::anInvalidPatternRunsNothing()
{
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("ran"));
    CommandRunner runner;
    const CommandOutcome outcome = run(runner, command(QStringLiteral("touch '%1'").arg(marker), 0,
                                                       QStringLiteral("(unclosed")));
    QVERIFY(!outcome.passed);
    QVERIFY2(outcome.message.startsWith(QStringLiteral("The output pattern \u201c(unclosed\u201d "
                                                       "is not a valid regular expression")),
             qPrintable(outcome.message));
    QVERIFY(!QFile::exists(marker));
}

void TestCommandRunner::anEmptyCommandIsReported()
{
    CommandRunner runner;
    const CommandOutcome outcome = run(runner, command(QStringLiteral("  ")));
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.message, QStringLiteral("The step has no command to run."));
}

void TestCommandRunner::commandsReadSecretsFromTheEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    environment.insert(QStringLiteral("DB_PASSWORD"), QStringLiteral("s3cret"));
    CommandRunner runner;
    runner.setEnvironment(environment);
    const CommandOutcome outcome
        = run(runner, command(QStringLiteral("test \"$DB_PASSWORD\" = s3cret && echo \"length "
                                             "${#DB_PASSWORD}\""),
                              0, QStringLiteral("^length 6$")));
    QVERIFY2(outcome.passed, qPrintable(outcome.message));
    QCOMPARE(outcome.output, QStringLiteral("length 6\n"));
}

void TestCommandRunner::outputIsStreamedAsItArrives()
{
    CommandRunner runner;
    QSignalSpy output(&runner, &CommandRunner::outputReceived);
    const CommandOutcome outcome
        = run(runner, command(QStringLiteral(
                          "echo first; sleep 0.3; echo second >&2; sleep 0.3; echo ünïcode")));
    QVERIFY2(outcome.passed, qPrintable(outcome.message));
    QVERIFY2(output.size() >= 2, "the first line came before the command ended");
    QString streamed;
    bool sawError = false;
    for (const QList<QVariant> &chunk : output) {
        streamed += chunk[0].toString();
        sawError = sawError || chunk[1].toBool();
    }
    QVERIFY(sawError);
    QCOMPARE(streamed, outcome.output);
    QCOMPARE(outcome.output, QStringLiteral("first\nsecond\nünïcode\n"));
    QVERIFY(!outcome.truncated);
}

void TestCommandRunner::longOutputKeepsItsEndWithANote()
{
    CommandRunner runner;
    runner.setOutputCap(1000);
    const CommandOutcome outcome = run(runner,
                                       command(QStringLiteral(
                                           "head -c 5000 /dev/zero | tr '\\0' a; echo END")));
    QVERIFY2(outcome.passed, qPrintable(outcome.message));
    QVERIFY(outcome.truncated);
    const QString note = QStringLiteral(
        "[4004 earlier bytes of output left out; the last 1000 bytes follow]\n");
    QVERIFY2(outcome.output.startsWith(note), qPrintable(outcome.output.left(100)));
    QCOMPARE(outcome.output.size(), note.size() + 1000);
    QVERIFY(outcome.output.endsWith(QStringLiteral("aaaEND\n")));
}

void TestCommandRunner::aTimeoutEndsTheWholeProcessGroup()
{
    CommandRunner runner;
    runner.setKillGrace(2s);
    CommandSpec spec = command(QStringLiteral("sleep 300 & sleep 300 & echo started; wait"));
    spec.timeoutSeconds = 1;
    QSignalSpy output(&runner, &CommandRunner::outputReceived);
    QSignalSpy finished(&runner, &CommandRunner::finished);
    runner.start(spec);
    QVERIFY(output.wait(10000));
    const qint64 group = runner.processGroup();
    QVERIFY(group > 0);
    QCOMPARE(livingProcessesInGroup(group).size(), 3);

    QVERIFY(finished.wait(20000));
    const auto outcome = finished.first().first().value<CommandOutcome>();
    QVERIFY(outcome.timedOut);
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.exitCode, -1);
    QCOMPARE(outcome.message, QStringLiteral("The command ran longer than its limit of 1 "
                                             "second(s) and was ended together with every "
                                             "process it started."));
    QCOMPARE(outcome.output, QStringLiteral("started\n"));
    QCOMPARE(livingProcessesInGroup(group), QStringList());
}

void TestCommandRunner::stoppingKillsWhatIgnoresTerm()
{
    CommandRunner runner;
    runner.setKillGrace(500ms);
    QSignalSpy output(&runner, &CommandRunner::outputReceived);
    QSignalSpy finished(&runner, &CommandRunner::finished);
    runner.start(command(QStringLiteral("trap '' TERM; sleep 300 & echo started; wait")));
    QVERIFY(output.wait(10000));
    const qint64 group = runner.processGroup();
    runner.stop();
    QVERIFY(finished.wait(20000));
    const auto outcome = finished.first().first().value<CommandOutcome>();
    QVERIFY(outcome.stopped);
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.message, QStringLiteral("The command was stopped by hand, together with "
                                             "every process it started."));
    QCOMPARE(livingProcessesInGroup(group), QStringList());
}

void TestCommandRunner::aCommandKilledFromOutsideFails()
{
    CommandRunner runner;
    const CommandOutcome outcome = run(runner, command(QStringLiteral("kill -KILL $$")));
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.exitCode, -1);
    QCOMPARE(outcome.message, QStringLiteral("The command was ended by a signal (it crashed or "
                                             "was killed from outside)."));
}

QTEST_GUILESS_MAIN(TestCommandRunner)

#include "tst_commandrunner.moc"
