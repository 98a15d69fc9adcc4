#include "audit.h"
#include "projectfile.h"
#include "projectjson.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

/** export, import and verify-audit as automation runs them: the real executable and its files. */
class TestCliInterchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void exportWritesEveryFormat_data();
    void exportWritesEveryFormat();
    void exportToStandardOutputMatchesTheFile();
    void importMspdiIsOneAuditedEditThatKeepsTheChainIntact();
    void importMspdiListsWhatWasLeftOut();
    void importMspdiWithOnlyNotesSucceeds();
    void aPlanImportedOnTheCommandLineIsScheduledInItsWindow();
    void windowsAreAddedAndListedOnTheCommandLine();
    void anImportedPlanGoesIntoTheWindowGivenAndGetsASpread();
    void theProjectJsonImportsAsTheSameProject();
    void importCsvAddsTheGoodRowsAndNamesTheBadOnes();
    void csvColumnsAreMappedAndANewerExportUpdates();
    void aDamagedInputLeavesTheProjectUnchanged();
    void exportedRunbookImportsIntoAnEmptyProject();
    void verifyAuditDetectsAnEditBehindTheProgramsBack();
    void verifyAuditJson();
    void verifyAuditDetectsARewrittenRunEvent();

private:
    using Outcome = test::AppOutcome;
    static Outcome run(const QStringList &arguments) { return test::runApp(arguments); }
    QString copyOfSample(const QString &name);
    QString writeFile(const QString &name, const QByteArray &bytes);
    static QString fixture(const char *name)
    {
        return QStringLiteral(UW_TEST_DATA "/mspdi/") + QLatin1String(name);
    }
    QTemporaryDir m_dir;
    QString m_sample;
};

QString TestCliInterchange::copyOfSample(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_sample, path) ? path : QString();
}

QString TestCliInterchange::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestCliInterchange::initTestCase()
{
    m_sample = m_dir.filePath(QStringLiteral("sample.uwb"));
    const Outcome created = run({QStringLiteral("new"), m_sample, QStringLiteral("--sample"),
                                 QStringLiteral("--today"), QStringLiteral("2026-12-01")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QVERIFY(!writeFile(QStringLiteral("notes.txt"), "not a project\n").isEmpty());
}

void TestCliInterchange::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outputPart");

    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    const QString missing = m_dir.filePath(QStringLiteral("missing.uwb"));
    const QString format = QStringLiteral("--format");
    QTest::newRow("overview lists the commands")
        << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("verify-audit FILE");
    QTest::newRow("export explains itself")
        << QStringList{QStringLiteral("export"), QStringLiteral("--help")} << 0
        << QStringLiteral("the runbook as Microsoft Project XML");
    QTest::newRow("import explains itself")
        << QStringList{QStringLiteral("import"), QStringLiteral("-h")} << 0
        << QStringLiteral("recorded in the audit log");
    QTest::newRow("verify-audit explains itself")
        << QStringList{QStringLiteral("verify-audit"), QStringLiteral("--help")} << 0
        << QStringLiteral("changed, removed, inserted or reordered");
    QTest::newRow("export without format") << QStringList{QStringLiteral("export"), m_sample} << 2
                                           << QStringLiteral("--format is required");
    QTest::newRow("export to an unknown format")
        << QStringList{QStringLiteral("export"), m_sample, format, QStringLiteral("xlsx")} << 2
        << QStringLiteral("unknown format 'xlsx'");
    QTest::newRow("export a table that CSV does not have")
        << QStringList{QStringLiteral("export"),
                       m_sample,
                       format,
                       QStringLiteral("csv"),
                       QStringLiteral("--table"),
                       QStringLiteral("steps")}
        << 2 << QStringLiteral("unknown table 'steps'");
    QTest::newRow("export --table to JSON") << QStringList{QStringLiteral("export"),
                                                           m_sample,
                                                           format,
                                                           QStringLiteral("json"),
                                                           QStringLiteral("--table"),
                                                           QStringLiteral("people")}
                                            << 2 << QStringLiteral("--table applies to csv only");
    QTest::newRow("export --keep-formulas to JSON")
        << QStringList{QStringLiteral("export"), m_sample, format, QStringLiteral("json"),
                       QStringLiteral("--keep-formulas")}
        << 2 << QStringLiteral("--keep-formulas applies to csv only");
    QTest::newRow("export -o without a value")
        << QStringList{QStringLiteral("export"), m_sample, format, QStringLiteral("csv"),
                       QStringLiteral("-o")}
        << 2 << QStringLiteral("-o needs a value");
    QTest::newRow("export a window the file does not have")
        << QStringList{QStringLiteral("export"),
                       m_sample,
                       format,
                       QStringLiteral("ics"),
                       QStringLiteral("--window"),
                       QStringLiteral("999")}
        << 2 << QStringLiteral("no window 999");
    QTest::newRow("export a missing file")
        << QStringList{QStringLiteral("export"), missing, format, QStringLiteral("json")} << 3
        << QStringLiteral("does not exist");
    QTest::newRow("export into a missing directory")
        << QStringList{QStringLiteral("export"),
                       m_sample,
                       format,
                       QStringLiteral("csv"),
                       QStringLiteral("-o"),
                       m_dir.filePath(QStringLiteral("no/such/dir.csv"))}
        << 3 << QStringLiteral("could not write");
    QTest::newRow("import without input")
        << QStringList{QStringLiteral("import"), m_sample, format, QStringLiteral("csv")} << 2
        << QStringLiteral("expected a project FILE and an INPUT file");
    QTest::newRow("import an unknown format")
        << QStringList{QStringLiteral("import"), m_sample, format, QStringLiteral("xlsx"), notes}
        << 2 << QStringLiteral("unknown format 'xlsx'");
    QTest::newRow("import a missing input")
        << QStringList{QStringLiteral("import"), m_sample, format, QStringLiteral("mspdi"),
                       m_dir.filePath(QStringLiteral("missing.xml"))}
        << 3 << QStringLiteral("cannot read");
    QTest::newRow("import into a text file")
        << QStringList{QStringLiteral("import"), notes, format, QStringLiteral("mspdi"),
                       fixture("msproject.xml")}
        << 3 << QStringLiteral("not an SQLite database");
    QTest::newRow("verify-audit without file") << QStringList{QStringLiteral("verify-audit")} << 2
                                               << QStringLiteral("expected exactly one FILE");
    QTest::newRow("verify-audit with an unknown option")
        << QStringList{QStringLiteral("verify-audit"), m_sample, QStringLiteral("--fix")} << 2
        << QStringLiteral("--fix");
    QTest::newRow("verify-audit a text file") << QStringList{QStringLiteral("verify-audit"), notes}
                                              << 3 << QStringLiteral("not an SQLite database");
    QTest::newRow("verify-audit the sample")
        << QStringList{QStringLiteral("verify-audit"), m_sample} << 0
        << QStringLiteral("OK, 1 audit entry, final hash ");
}

void TestCliInterchange::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, outputPart);
    const Outcome outcome = run(arguments);
    const QString output = QString::fromUtf8(outcome.out + outcome.err);
    QVERIFY2(outcome.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(outcome.exitCode).arg(output)));
    QVERIFY2(output.contains(outputPart), qPrintable(output));
}

void TestCliInterchange::exportWritesEveryFormat_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("part");
    QTest::newRow("csv: systems by default")
        << QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
        << QByteArray("name,kind,environment,") << QByteArray("PostgreSQL primary (db-01)");
    QTest::newRow("csv: people") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                QStringLiteral("--table"), QStringLiteral("people")}
                                 << QByteArray("name,") << QByteArray("\r\n");
    QTest::newRow("json") << QStringList{QStringLiteral("--format"), QStringLiteral("json")}
                          << QByteArray("{") << QByteArray("\"format\": \"upgrade-workbench\"");
    QTest::newRow("dot") << QStringList{QStringLiteral("--format"), QStringLiteral("dot")}
                         << QByteArray("digraph dependencies {") << QByteArray(" -> ");
    QTest::newRow("ics") << QStringList{QStringLiteral("--format"), QStringLiteral("ics")}
                         << QByteArray("BEGIN:VCALENDAR\r\n") << QByteArray("BEGIN:VEVENT\r\n");
    QTest::newRow("ics of one window")
        << QStringList{QStringLiteral("--format"), QStringLiteral("ics"),
                       QStringLiteral("--window"), QStringLiteral("1")}
        << QByteArray("BEGIN:VCALENDAR\r\n") << QByteArray("-window-1\r\n");
    QTest::newRow("mspdi") << QStringList{QStringLiteral("--format"), QStringLiteral("mspdi")}
                           << QByteArray("<?xml")
                           << QByteArray("xmlns=\"http://schemas.microsoft.com/project\"");
}

void TestCliInterchange::exportWritesEveryFormat()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, part);
    const QString output = m_dir.filePath(QStringLiteral("export.out"));
    QFile::remove(output);
    const Outcome outcome = run(QStringList{QStringLiteral("export"), m_sample} + options
                                + QStringList{QStringLiteral("-o"), output});
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    const QByteArray bytes = test::fileBytes(output);
    QVERIFY2(bytes.startsWith(start), bytes.left(200).constData());
    QVERIFY2(bytes.contains(part), bytes.left(400).constData());
}

void TestCliInterchange::exportToStandardOutputMatchesTheFile()
{
    const QString output = m_dir.filePath(QStringLiteral("sample.json"));
    const QStringList arguments{QStringLiteral("export"), m_sample, QStringLiteral("--format"),
                                QStringLiteral("json")};
    QCOMPARE(run(arguments + QStringList{QStringLiteral("--output"), output}).exitCode, 0);
    const Outcome toStdout = run(arguments);
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, test::fileBytes(output));
    QString error;
    QVERIFY2(readProjectJson(toStdout.out, &error), qPrintable(error));
}

void TestCliInterchange::importMspdiIsOneAuditedEditThatKeepsTheChainIntact()
{
    const QString path = copyOfSample(QStringLiteral("import-mspdi.uwb"));
    std::size_t stepsBefore = 0;
    qsizetype auditBefore = 0;
    {
        auto before = openProject(path, Store::Access::ReadOnly);
        QVERIFY(before);
        stepsBefore = before.value()->data().steps.size();
        auditBefore = before.value()->data().audit.size();
    }
    const Outcome outcome = run({QStringLiteral("import"), path, QStringLiteral("--format"),
                                 QStringLiteral("mspdi"), fixture("msproject.xml")});
    QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
    QVERIFY2(outcome.out.contains("Imported 5 steps, 4 links and 2 new people from msproject.xml"),
             outcome.out.constData());

    auto after = openProject(path, Store::Access::ReadOnly);
    QVERIFY(after);
    const ProjectData &data = after.value()->data();
    QCOMPARE(data.steps.size(), stepsBefore + 5);
    QCOMPARE(data.audit.size(), auditBefore + 1);
    QVERIFY2(data.audit.last().action.contains(QStringLiteral("msproject.xml")),
             qPrintable(data.audit.last().action));
    QVERIFY(verifyAuditChain(data.audit).intact);
    const Outcome verified = run({QStringLiteral("verify-audit"), path});
    QCOMPARE(verified.exitCode, 0);
    QVERIFY2(verified.out.startsWith(QByteArray("OK, ") + QByteArray::number(auditBefore + 1)
                                     + " audit entries"),
             verified.out.constData());
}

void TestCliInterchange::importMspdiListsWhatWasLeftOut()
{
    const QString path = copyOfSample(QStringLiteral("import-partial.uwb"));
    const Outcome outcome = run({QStringLiteral("import"), path, QStringLiteral("--format"),
                                 QStringLiteral("mspdi"), fixture("projectlibre.xml")});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.out.contains("Imported 3 steps"), outcome.out.constData());
    QVERIFY2(outcome.err.contains("projectlibre.xml: left out: line 105: task 'Flush queues'"),
             outcome.err.constData());
    QCOMPARE(outcome.err.count('\n'), 6);
}

void TestCliInterchange::importMspdiWithOnlyNotesSucceeds()
{
    // Every task came in; that it had no phase summary is a note, not a failure.
    const QString path = copyOfSample(QStringLiteral("import-notes.uwb"));
    const QString xml
        = writeFile(QStringLiteral("notes.xml"),
                    R"(<Project xmlns="http://schemas.microsoft.com/project"><Name>Relays</Name><Tasks>
<Task><UID>1</UID><ID>1</ID><Name>Patch relay A</Name><Duration>PT1H0M0S</Duration>
<OutlineLevel>1</OutlineLevel></Task></Tasks></Project>)");
    const Outcome outcome = run(
        {QStringLiteral("import"), path, QStringLiteral("--format"), QStringLiteral("mspdi"), xml});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.err.contains("notes.xml: note: line "), outcome.err.constData());
    QVERIFY2(outcome.out.contains("Imported 1 step") && outcome.out.contains("1 note"),
             outcome.out.constData());
}

void TestCliInterchange::aPlanImportedOnTheCommandLineIsScheduledInItsWindow()
{
    const QString path = m_dir.filePath(QStringLiteral("from-mspdi.uwb"));
    QFile::remove(path);
    QCOMPARE(run({QStringLiteral("new"), path}).exitCode, 0);
    const Outcome imported = run({QStringLiteral("import"), path, QStringLiteral("--format"),
                                  QStringLiteral("mspdi"), fixture("msproject.xml")});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("became the window"), imported.out.constData());
    const Outcome listed = run({QStringLiteral("window"), path, QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray windows
        = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("windows")).toArray();
    QCOMPARE(windows.size(), 1);
    // The file's 22:00 to 04:00 on the change's clock (UTC for a new project).
    QCOMPARE(windows.first().toObject().value(QStringLiteral("start_utc")).toString(),
             QStringLiteral("2026-11-14T22:00:00Z"));
    QCOMPARE(windows.first().toObject().value(QStringLiteral("end_utc")).toString(),
             QStringLiteral("2026-11-15T04:00:00Z"));
    const Outcome scheduled = run({QStringLiteral("schedule"), path});
    QVERIFY2(scheduled.out.contains("Planned finish: Sun 2026-11-15"), scheduled.out.constData());
}

void TestCliInterchange::anImportedPlanGoesIntoTheWindowGivenAndGetsASpread()
{
    const QString path = m_dir.filePath(QStringLiteral("into-window.uwb"));
    QFile::remove(path);
    QCOMPARE(run({QStringLiteral("new"), path}).exitCode, 0);
    const QStringList import{QStringLiteral("import"), path, QStringLiteral("--format"),
                             QStringLiteral("mspdi"), fixture("msproject.xml")};
    const Outcome backwards = run(
        import
        + QStringList{QStringLiteral("--window"), QStringLiteral("2026-12-12T22:00"),
                      QStringLiteral("2026-12-12T20:00"), QStringLiteral("Europe/Berlin")});
    QCOMPARE(backwards.exitCode, 2);
    QVERIFY2(backwards.err.contains("must come after the start"), backwards.err.constData());
    const Outcome imported = run(
        import
        + QStringList{QStringLiteral("--window"), QStringLiteral("2026-12-12T22:00"),
                      QStringLiteral("2026-12-13T05:00"), QStringLiteral("Europe/Berlin")});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("goes into the window") && imported.out.contains("22:00 CET"),
             imported.out.constData());
    QVERIFY2(imported.out.contains("had one duration only: their range is 80 %\u2013150 %"),
             imported.out.constData());
    auto project = openProject(path, Store::Access::ReadOnly);
    QVERIFY(project);
    const ProjectData &data = project.value()->data();
    QCOMPARE(data.windows.size(), size_t(1));
    QCOMPARE(data.windows.begin()->second.timeZone, QStringLiteral("Europe/Berlin"));
    // Tasks with PERT durations keep them; the others get the default spread.
    int defaulted = 0;
    int fromFile = 0;
    for (const auto &[id, step] : data.steps) {
        const Estimate &e = step.estimate;
        if (e.likely > 0 && e.optimistic == e.likely * 0.8 && e.pessimistic == e.likely * 1.5)
            ++defaulted;
        else if (e.optimistic < e.likely || e.pessimistic > e.likely)
            ++fromFile;
    }
    QVERIFY(defaulted > 0);
    QVERIFY(fromFile > 0);
    const Outcome csvWindow = run({QStringLiteral("import"), path, QStringLiteral("--format"),
                                   QStringLiteral("csv"), fixture("msproject.xml"),
                                   QStringLiteral("--window"), QStringLiteral("a"),
                                   QStringLiteral("b"), QStringLiteral("UTC")});
    QCOMPARE(csvWindow.exitCode, 2);
    QVERIFY2(csvWindow.err.contains("--window applies to mspdi only"), csvWindow.err.constData());
}

void TestCliInterchange::theProjectJsonImportsAsTheSameProject()
{
    const QString exported = m_dir.filePath(QStringLiteral("sample.json"));
    QCOMPARE(run({QStringLiteral("export"), m_sample, QStringLiteral("--format"),
                  QStringLiteral("json"), QStringLiteral("-o"), exported})
                 .exitCode,
             0);
    const QString path = m_dir.filePath(QStringLiteral("from-json.uwb"));
    QFile::remove(path);
    const QStringList import{QStringLiteral("import"), path, QStringLiteral("--format"),
                             QStringLiteral("json"), exported};
    const Outcome imported = run(import);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.out.contains("Created"), imported.out.constData());
    const Outcome again = run(
        {QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(again.exitCode, 0);
    QFile first(exported);
    QVERIFY(first.open(QIODevice::ReadOnly));
    QVERIFY2(again.out == first.readAll(), "export, import and export give the same file");

    // A whole project does not merge into another: the existing file is left as it was.
    const QByteArray before = test::fileBytes(path);
    const Outcome twice = run(import);
    QCOMPARE(twice.exitCode, 3);
    QVERIFY2(twice.err.contains("exists"), twice.err.constData());
    QCOMPARE(test::fileBytes(path), before);

    const QString damaged = writeFile(QStringLiteral("damaged.json"), "{\"format\": 7}");
    const QString other = m_dir.filePath(QStringLiteral("never.uwb"));
    const Outcome refused = run({QStringLiteral("import"), other, QStringLiteral("--format"),
                                 QStringLiteral("json"), damaged});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("format"), refused.err.constData());
    QVERIFY(!QFile::exists(other));
}

void TestCliInterchange::windowsAreAddedAndListedOnTheCommandLine()
{
    const QString path = m_dir.filePath(QStringLiteral("windows.uwb"));
    QFile::remove(path);
    QCOMPARE(run({QStringLiteral("new"), path}).exitCode, 0);
    const QStringList add{QStringLiteral("window"), path, QStringLiteral("--add"),
                          QStringLiteral("Saturday night")};
    const Outcome added = run(
        add
        + QStringList{QStringLiteral("--start"), QStringLiteral("2026-12-12T22:00"),
                      QStringLiteral("--end"), QStringLiteral("2026-12-13T04:00"),
                      QStringLiteral("--zone"), QStringLiteral("Europe/Berlin")});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains("Sat 2026-12-12 22:00 CET"), added.out.constData());
    const auto refused = [&](const QStringList &times, const char *expected) {
        const Outcome outcome = run(add + times);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(expected), outcome.err.constData());
    };
    refused({QStringLiteral("--start"), QStringLiteral("2026-12-12T22:00"), QStringLiteral("--end"),
             QStringLiteral("2026-12-12T21:00")},
            "must come after the start");
    refused({QStringLiteral("--start"), QStringLiteral("2026-12-12T22:00"), QStringLiteral("--end"),
             QStringLiteral("2027-12-12T21:00")},
            "more than 31 days");
    refused({QStringLiteral("--start"), QStringLiteral("Saturday"), QStringLiteral("--end"),
             QStringLiteral("Sunday")},
            "need times such as");
    refused({QStringLiteral("--start"), QStringLiteral("2026-12-12T22:00"), QStringLiteral("--end"),
             QStringLiteral("2026-12-13T04:00"), QStringLiteral("--zone"),
             QStringLiteral("Mars/Olympus")},
            "unknown time zone");
    const Outcome listed = run({QStringLiteral("window"), path});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out.count('\n'), 1);
    QVERIFY2(listed.out.contains("Saturday night"), listed.out.constData());
}

void TestCliInterchange::importCsvAddsTheGoodRowsAndNamesTheBadOnes()
{
    const QString path = copyOfSample(QStringLiteral("import-csv.uwb"));
    const QString csv = writeFile(QStringLiteral("cmdb.csv"),
                                  "name,kind,environment\r\n"
                                  "mail-relay-01,server,production\r\n"
                                  "mail-relay-02,server,production\r\n"
                                  "mainframe-01,mainframe,production\r\n");
    std::size_t systemsBefore = 0;
    {
        auto before = openProject(path, Store::Access::ReadOnly);
        QVERIFY(before);
        systemsBefore = before.value()->data().systems.size();
    }
    const Outcome outcome = run({QStringLiteral("import"), path, QStringLiteral("--format"),
                                 QStringLiteral("csv"), csv, QStringLiteral("--progress")});
    // The mainframe is a kind nobody mapped: it comes in as Other, with a note.
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.err.contains("cmdb.csv: note:")
                 && outcome.err.contains("'mainframe' is not "
                                         "a known class"),
             outcome.err.constData());
    for (const char *stage : {"import: reading", "import: rows read: 3", "import: writing"})
        QVERIFY2(outcome.err.contains(stage), outcome.err.constData());
    auto after = openProject(path, Store::Access::ReadOnly);
    QVERIFY(after);
    QCOMPARE(after.value()->data().systems.size(), systemsBefore + 3);
    QVERIFY(verifyAuditChain(after.value()->data().audit).intact);
}

void TestCliInterchange::csvColumnsAreMappedAndANewerExportUpdates()
{
    const QString path = m_dir.filePath(QStringLiteral("mapped.uwb"));
    QFile::remove(path);
    QCOMPARE(run({QStringLiteral("new"), path}).exitCode, 0);
    const QString first = writeFile(QStringLiteral("hosts.csv"),
                                    "host,ver,colour\nweb-01,2.4.57,blue\nweb-02,2.4.57,red\n");
    const QStringList import{QStringLiteral("import"), path, QStringLiteral("--format"),
                             QStringLiteral("csv"), first};
    const Outcome unknownColumn = run(
        import + QStringList{QStringLiteral("--map"), QStringLiteral("hostname=name")});
    QCOMPARE(unknownColumn.exitCode, 2);
    QVERIFY2(unknownColumn.err.contains("no column 'hostname' (it has: host, ver, colour)"),
             unknownColumn.err.constData());
    const Outcome unknownField = run(
        import + QStringList{QStringLiteral("--map"), QStringLiteral("colour=paint")});
    QCOMPARE(unknownField.exitCode, 2);
    QVERIFY2(unknownField.err.contains("no field 'paint'"), unknownField.err.constData());

    const QStringList maps{QStringLiteral("--map"), QStringLiteral("host=name"),
                           QStringLiteral("--map"), QStringLiteral("ver=current_version")};
    const Outcome imported = run(import + maps);
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("Imported 2 systems"), imported.out.constData());
    QVERIFY2(imported.err.contains("columns not imported: colour"), imported.err.constData());

    const QString newer = writeFile(QStringLiteral("hosts-newer.csv"),
                                    "host,ver,colour\nweb-01,2.4.62,blue\nweb-02,2.4.57,red\n");
    const Outcome updated = run({QStringLiteral("import"), path, QStringLiteral("--format"),
                                 QStringLiteral("csv"), newer, QStringLiteral("--map"),
                                 QStringLiteral("host=name"), QStringLiteral("--map"),
                                 QStringLiteral("ver=current_version")});
    QCOMPARE(updated.exitCode, 0);
    QVERIFY2(updated.out.contains("updated 1 system")
                 && updated.out.contains("updated web-01: Current version: 2.4.57 \u2192 2.4.62"),
             updated.out.constData());
    // A class the program does not know comes in as Other, unless --kind says what it is.
    const QString blades = writeFile(QStringLiteral("blades.csv"),
                                     "name,class\nblade-01,Blade\nblade-02,Blade\n");
    const Outcome badKind = run({QStringLiteral("import"), path, QStringLiteral("--format"),
                                 QStringLiteral("csv"), blades, QStringLiteral("--kind"),
                                 QStringLiteral("Blade=spaceship")});
    QCOMPARE(badKind.exitCode, 2);
    QVERIFY2(badKind.err.contains("'spaceship' is no kind"), badKind.err.constData());
    const Outcome kinds = run({QStringLiteral("import"), path, QStringLiteral("--format"),
                               QStringLiteral("csv"), blades, QStringLiteral("--kind"),
                               QStringLiteral("blade=server")});
    QCOMPARE(kinds.exitCode, 0);
    QVERIFY2(!kinds.err.contains("Other"), kinds.err.constData());
    auto project = openProject(path, Store::Access::ReadOnly);
    QVERIFY(project);
    QCOMPARE(project.value()->data().systems.size(), size_t(4));
    for (const auto &[id, system] : project.value()->data().systems)
        QCOMPARE(system.systemKind, SystemKind::Server);
}

void TestCliInterchange::aDamagedInputLeavesTheProjectUnchanged()
{
    const QString path = copyOfSample(QStringLiteral("import-broken.uwb"));
    const QByteArray before = test::fileBytes(path);
    const Outcome outcome = run({QStringLiteral("import"), path, QStringLiteral("--format"),
                                 QStringLiteral("mspdi"), fixture("broken.xml")});
    QCOMPARE(outcome.exitCode, 3);
    QVERIFY2(outcome.err.contains("broken.xml: line 7, column"), outcome.err.constData());
    QCOMPARE(test::fileBytes(path), before);
}

void TestCliInterchange::exportedRunbookImportsIntoAnEmptyProject()
{
    const QString xml = m_dir.filePath(QStringLiteral("runbook.xml"));
    QCOMPARE(run({QStringLiteral("export"), m_sample, QStringLiteral("--format"),
                  QStringLiteral("mspdi"), QStringLiteral("-o"), xml})
                 .exitCode,
             0);
    const QString empty = m_dir.filePath(QStringLiteral("empty.uwb"));
    QCOMPARE(run({QStringLiteral("new"), empty}).exitCode, 0);
    const Outcome imported = run({QStringLiteral("import"), empty, QStringLiteral("--format"),
                                  QStringLiteral("mspdi"), xml});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    auto sample = openProject(m_sample, Store::Access::ReadOnly);
    auto copy = openProject(empty, Store::Access::ReadOnly);
    QVERIFY(sample && copy);
    QCOMPARE(copy.value()->data().steps.size(), sample.value()->data().steps.size());
    QCOMPARE(copy.value()->data().links.size(), sample.value()->data().links.size());
}

void TestCliInterchange::verifyAuditDetectsAnEditBehindTheProgramsBack()
{
    const QString path = copyOfSample(QStringLiteral("tampered.uwb"));
    QVERIFY(test::runSql(path, "DROP TRIGGER audit_log_no_update; "
                               "UPDATE audit_log SET detail = 'nothing happened' WHERE id = 1;"));
    const Outcome outcome = run({QStringLiteral("verify-audit"), path});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.out.contains("BROKEN at entry 1: entry 1 was changed after it was written"),
             outcome.out.constData());
}

void TestCliInterchange::verifyAuditJson()
{
    const Outcome sample = run({QStringLiteral("verify-audit"), m_sample, QStringLiteral("--json")});
    QCOMPARE(sample.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(sample.out).object();
    QCOMPARE(object.value(QStringLiteral("intact")).toBool(), true);
    QCOMPARE(object.value(QStringLiteral("first_broken_id")).toInt(), 0);
    QCOMPARE(object.value(QStringLiteral("final_hash")).toString().size(), 64);

    const QString path = copyOfSample(QStringLiteral("json-audit.uwb"));
    QVERIFY(test::runSql(path, "DROP TRIGGER audit_log_no_update; "
                               "UPDATE audit_log SET user = 'mallory' WHERE id = 1;"));
    const Outcome broken = run({QStringLiteral("verify-audit"), path, QStringLiteral("--json")});
    QCOMPARE(broken.exitCode, 1);
    const QJsonObject tampered = QJsonDocument::fromJson(broken.out).object();
    QCOMPARE(tampered.value(QStringLiteral("intact")).toBool(), false);
    QCOMPARE(tampered.value(QStringLiteral("first_broken_id")).toInt(), 1);
}

void TestCliInterchange::verifyAuditDetectsARewrittenRunEvent()
{
    const QString path = copyOfSample(QStringLiteral("run-events.uwb"));
    {
        auto project = openProject(path);
        QVERIFY(project);
        Run run;
        run.name = QStringLiteral("Rehearsal");
        run.startedAtUtc = test::utc(2026, 11, 28, 21);
        auto runId = project.value()->startRun(run);
        QVERIFY(runId);
        RunEvent note;
        note.runId = runId.value();
        note.type = RunEventType::Note;
        note.timeUtc = test::utc(2026, 11, 28, 21, 5);
        note.person = QStringLiteral("Wei Chen");
        note.note = QStringLiteral("Replica lag 40 s, waiting");
        QVERIFY(project.value()->recordRunEvent(note));
    }
    QCOMPARE(run({QStringLiteral("verify-audit"), path}).exitCode, 0);
    // The audit chain itself stays intact: only the event's own row is rewritten.
    QVERIFY(test::runSql(path, "DROP TRIGGER run_events_no_update; "
                               "UPDATE run_events SET note = 'all fine';"));
    const Outcome outcome = run({QStringLiteral("verify-audit"), path});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.out.contains("BROKEN at run event"), outcome.out.constData());
}

QTEST_GUILESS_MAIN(TestCliInterchange)
#include "tst_cliinterchange.moc"
