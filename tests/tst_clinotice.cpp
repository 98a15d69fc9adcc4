#include "notice.h"
#include "projectfile.h"
#include "testutil.h"
#include "zonedtime.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

/** "notice" as automation runs it: the real executable, a project file and its output. */
class TestCliNotice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void textIsFilledInTheChangesZone();
    void delayedNamesTheNewEnd();
    void projectWordingIsUsed();
    void emlIsWritten();

private:
    using Outcome = test::AppOutcome;
    /** Runs "notice" with arguments. */
    static Outcome run(const QStringList &arguments)
    {
        return test::runApp(QStringList{QStringLiteral("notice")} + arguments);
    }
    QTemporaryDir m_dir;
    QString m_project;
};

namespace {

const QString zone = QStringLiteral("America/New_York");

} // namespace

void TestCliNotice::initTestCase()
{
    ProjectData data = test::richProject();
    data.change.timeZone = zone;
    data.change.noticeTemplates[NoticeKind::Done] = {QStringLiteral("Erledigt: {change}"),
                                                     QStringLiteral("Fertig um {window_end}.\n")};
    m_project = m_dir.filePath(QStringLiteral("notice.uwb"));
    QVERIFY(createProject(m_project, data));
    QFile notes(m_dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a project\n");
}

void TestCliNotice::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outputPart");

    const QString kind = QStringLiteral("--kind");
    QTest::newRow("explains itself")
        << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("--new-end");
    QTest::newRow("without kind") << QStringList{m_project} << 2
                                  << QStringLiteral("--kind is required");
    QTest::newRow("unknown kind") << QStringList{m_project, kind, QStringLiteral("later")} << 2
                                  << QStringLiteral("unknown kind 'later'");
    QTest::newRow("without file") << QStringList{kind, QStringLiteral("done")} << 2
                                  << QStringLiteral("expected exactly one FILE");
    QTest::newRow("unknown option")
        << QStringList{m_project, kind, QStringLiteral("done"), QStringLiteral("--cc")} << 2
        << QStringLiteral("unknown option --cc");
    QTest::newRow("window the file does not have")
        << QStringList{m_project, kind, QStringLiteral("before"), QStringLiteral("--window"),
                       QStringLiteral("42")}
        << 2 << QStringLiteral("no window 42");
    QTest::newRow("new end for a start notice")
        << QStringList{m_project, kind, QStringLiteral("start"), QStringLiteral("--new-end"),
                       QStringLiteral("2026-12-06T04:00")}
        << 2 << QStringLiteral("applies to --kind delayed only");
    QTest::newRow("new end that is not a time")
        << QStringList{m_project, kind, QStringLiteral("delayed"), QStringLiteral("--new-end"),
                       QStringLiteral("soon")}
        << 2 << QStringLiteral("not 'soon'");
    QTest::newRow("not a project")
        << QStringList{m_dir.filePath(QStringLiteral("notes.txt")), kind, QStringLiteral("done")}
        << 3 << QStringLiteral("notes.txt");
    QTest::newRow("missing file") << QStringList{m_dir.filePath(QStringLiteral("missing.uwb")),
                                                 kind, QStringLiteral("done")}
                                  << 3 << QStringLiteral("missing.uwb");
    QTest::newRow("eml into a missing folder")
        << QStringList{m_project, kind, QStringLiteral("done"), QStringLiteral("--eml"),
                       m_dir.filePath(QStringLiteral("no/such/dir/done.eml"))}
        << 3 << QStringLiteral("could not write");
    QTest::newRow("rolled back") << QStringList{m_project, kind, QStringLiteral("rolled-back")} << 0
                                 << QStringLiteral("previous state (PostgreSQL 13.14)");
}

void TestCliNotice::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, outputPart);
    const Outcome outcome = run(arguments);
    const QString output = QString::fromUtf8(outcome.out + outcome.err);
    QCOMPARE(outcome.exitCode, exitCode);
    QVERIFY2(output.contains(outputPart), qPrintable(output));
}

void TestCliNotice::textIsFilledInTheChangesZone()
{
    const Outcome outcome = run({m_project, QStringLiteral("--kind"), QStringLiteral("before")});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.err, QByteArray());
    const QString text = QString::fromUtf8(outcome.out);
    const QString start = formatInZone(test::utc(2026, 12, 5, 21), zone);
    QVERIFY2(start.contains(QStringLiteral("16:00")), qPrintable(start));
    QVERIFY2(text.startsWith(QStringLiteral("Subject: Planned maintenance: Move orders to "
                                            "PostgreSQL 16, ")
                             + start),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("(America/New_York)")));
    QCOMPARE(run({m_project, QStringLiteral("--kind"), QStringLiteral("before"),
                  QStringLiteral("--window"), QStringLiteral("1")})
                 .out,
             outcome.out);
}

void TestCliNotice::delayedNamesTheNewEnd()
{
    // Without an offset the time is New York wall-clock time; with one it is that instant.
    for (const QString &newEnd :
         {QStringLiteral("2026-12-05T23:30"), QStringLiteral("2026-12-06T04:30:00Z")}) {
        const Outcome outcome = run({m_project, QStringLiteral("--kind"), QStringLiteral("delayed"),
                                     QStringLiteral("--new-end"), newEnd});
        QCOMPARE(outcome.exitCode, 0);
        const QString text = QString::fromUtf8(outcome.out);
        QVERIFY2(text.contains(QStringLiteral("finish by ")
                               + formatInZone(test::utc(2026, 12, 6, 4, 30), zone)),
                 qPrintable(text));
    }
}

void TestCliNotice::projectWordingIsUsed()
{
    const Outcome outcome = run({m_project, QStringLiteral("--kind"), QStringLiteral("done")});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(QString::fromUtf8(outcome.out),
             QStringLiteral("Subject: Erledigt: Move orders to PostgreSQL 16\n\nFertig um ")
                 + formatInZone(test::utc(2026, 12, 6, 3), zone) + QStringLiteral(".\n"));
}

void TestCliNotice::emlIsWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("start.eml"));
    const Outcome outcome = run({m_project, QStringLiteral("--kind"), QStringLiteral("start"),
                                 QStringLiteral("--eml"), path});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.out, QByteArray());
    const QByteArray eml = test::fileBytes(path);
    const qsizetype split = eml.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    QVERIFY(eml.left(split).contains("\r\nTo: dana@example.org\r\n"));
    QVERIFY(eml.left(split).contains("\r\nSubject: =?UTF-8?B?"));
    QVERIFY(eml.mid(split + 4).startsWith("Hello,\r\n\r\nthe planned work \"Move orders to "
                                          "PostgreSQL 16\" has begun."));
}

QTEST_GUILESS_MAIN(TestCliNotice)
#include "tst_clinotice.moc"
