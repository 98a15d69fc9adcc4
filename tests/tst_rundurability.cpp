#include "audit.h"
#include "projectfile.h"
#include "runaudit.h"
#include "runfixture.h"
#include "runscript.h"
#include "runsession.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

/** A run survives the program being killed at any moment, exactly as it was shown. */
class TestRunDurability : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aKilledRunReopensExactlyAsShown();
    void nothingCommittedIsLostWhenKilledMidStream_data();
    void nothingCommittedIsLostWhenKilledMidStream();

private:
    /** Starts the helper and reads its output until a line satisfies done (or it ends). */
    QStringList runHelperUntil(QProcess &helper, const QString &mode,
                               const std::function<bool(const QStringList &)> &done);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestRunDurability::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("durable.uwb"));
    QVERIFY(createProject(m_path, test::runbookFixture()));
}

QStringList TestRunDurability::runHelperUntil(QProcess &helper, const QString &mode,
                                              const std::function<bool(const QStringList &)> &done)
{
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(UW_RUNDURABILITY_HELPER), {m_path, mode});
    QStringList lines;
    QByteArray pending;
    while (!done(lines) && helper.state() != QProcess::NotRunning) {
        helper.waitForReadyRead(30000);
        pending += helper.readAllStandardOutput();
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            lines.append(QString::fromUtf8(pending.first(end)));
            pending.remove(0, end + 1);
        }
    }
    return lines;
}

void TestRunDurability::aKilledRunReopensExactlyAsShown()
{
    QProcess helper;
    const QStringList lines = runHelperUntil(helper, QStringLiteral("step"), [](const auto &lines) {
        return !lines.isEmpty() && lines.constLast() == QLatin1String("ready");
    });
    QCOMPARE(lines.constLast(), QStringLiteral("ready"));
    helper.kill();
    QVERIFY(helper.waitForFinished(10000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    const Id runId = lines.constFirst().section(u' ', 1).toLongLong();
    QStringList shown;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("state ")))
            shown.append(line.mid(6));
    }
    QStringList expected = shown;
    for (QString &line : expected) {
        if (line.startsWith(QLatin1String("step 4 running")))
            line.replace(QLatin1String("step 4 running"), QLatin1String("step 4 interrupted"));
    }
    QVERIFY2(expected != shown, "the helper left step 4 running");

    auto project = openProject(m_path);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    auto session = RunSession::resume(*project.value(), runId);
    QVERIFY(session);
    QCOMPARE(test::dumpRunState(session.value()->state()).split(u'\n'), expected);
    QCOMPARE(session.value()->state().stateOf(4), StepRunState::Interrupted);
}

void TestRunDurability::nothingCommittedIsLostWhenKilledMidStream_data()
{
    QTest::addColumn<int>("killAfter");
    QTest::newRow("early") << 5;
    QTest::newRow("after a while") << 60;
    QTest::newRow("later") << 150;
}

void TestRunDurability::nothingCommittedIsLostWhenKilledMidStream()
{
    QFETCH(int, killAfter);

    QProcess helper;
    QStringList lines = runHelperUntil(helper, QStringLiteral("flood"),
                                       [killAfter](const auto &lines) {
                                           return lines.size() > killAfter;
                                       });
    helper.kill();
    QVERIFY(helper.waitForFinished(10000));
    // Lines printed before the kill reached the pipe; each one follows a committed event.
    lines += QString::fromUtf8(helper.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QList<Id> committed;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("committed ")))
            committed.append(line.section(u' ', 1).toLongLong());
    }
    QVERIFY(committed.size() >= killAfter);

    auto project = openProject(m_path);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    const ProjectData &data = project.value()->data();
    QList<Id> stored;
    for (const RunEvent &event : data.runEvents)
        stored.append(event.id);
    for (const Id id : committed)
        QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("event %1 was lost").arg(id)));
    const AuditVerification chain = verifyAuditChain(data.audit);
    QVERIFY2(chain.intact, qPrintable(chain.message));
    const RunEventAuditCheck events = verifyRunEventsAudited(data);
    QVERIFY2(events.intact, qPrintable(events.message));
}

QTEST_GUILESS_MAIN(TestRunDurability)

#include "tst_rundurability.moc"
