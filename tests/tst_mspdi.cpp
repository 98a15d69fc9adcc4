#include "commands.h"
#include "mspdi.h"
#include "mspdi_p.h"
#include "projectfile.h"
#include "sample.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <algorithm>
#include <set>
#include <tuple>

using namespace uw;

namespace {

QList<Step> stepsInOutlineOrder(const ProjectData &data)
{
    QList<Step> steps;
    for (const auto &[id, step] : data.steps)
        steps.append(step);
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) {
        return std::tie(a.phase, a.position, a.id) < std::tie(b.phase, b.position, b.id);
    });
    return steps;
}

QString ownerName(const ProjectData &data, Id ownerId)
{
    const auto person = data.people.find(ownerId);
    return person == data.people.end() ? QString() : person->second.name;
}

/** Links by the titles and positions of their ends, so that ids do not matter. */
std::set<std::tuple<QString, QString, int, double>> linkSet(const ProjectData &data)
{
    std::set<std::tuple<QString, QString, int, double>> links;
    for (const auto &[id, link] : data.links) {
        links.insert({data.steps.at(link.predecessorId).title,
                      data.steps.at(link.successorId).title, int(link.type), link.lagMinutes});
    }
    return links;
}

QByteArray fixture(const char *name)
{
    return test::fileBytes(QStringLiteral(UW_TEST_DATA "/mspdi/") + QLatin1String(name));
}

const Step *stepTitled(const MspdiImport &import, const QString &title)
{
    for (const Step &step : import.steps) {
        if (step.title == title)
            return &step;
    }
    return nullptr;
}

bool hasProblem(const MspdiImport &import, const QString &part)
{
    return std::any_of(import.problems.begin(), import.problems.end(),
                       [&](const MspdiProblem &problem) { return problem.message.contains(part); });
}

} // namespace

/** Microsoft Project XML: what we write, what others write, and the way back into a project. */
class TestMspdi : public QObject
{
    Q_OBJECT

private slots:
    void isoDurations_data();
    void isoDurations();
    void exportHasPhasesAsSummaryTasksAndLagsInTenthsOfMinutes();
    void exportStartsAtTheWindowInItsZone();
    void roundTripKeepsStepsLinksPhasesEstimatesAndOwners_data();
    void roundTripKeepsStepsLinksPhasesEstimatesAndOwners();
    void importIsOneUndoableAuditedEdit();
    void readsMsProjectFiles();
    void readsProjectLibreFilesAndReportsWhatDoesNotFit();
    void readsFlatGanttProjectFilesIntoExecute();
    void readsKdePlanFilesWithoutNamespaceOrOutlineLevels();
    void refusesFilesThatAreNotMspdi_data();
    void refusesFilesThatAreNotMspdi();
    void refusesAReadOnlyProject();
};

void TestMspdi::isoDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("minutes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("MS Project's hours form") << QStringLiteral("PT8H0M0S") << 480.0 << true;
    QTest::newRow("fraction of an hour") << QStringLiteral("PT0.5H") << 30.0 << true;
    QTest::newRow("decimal comma") << QStringLiteral("PT1,5H") << 90.0 << true;
    QTest::newRow("seconds") << QStringLiteral("PT1H0M30S") << 60.5 << true;
    QTest::newRow("working days") << QStringLiteral("P1DT2H") << 600.0 << true;
    QTest::newRow("working weeks") << QStringLiteral("P1W") << 2400.0 << true;
    QTest::newRow("zero") << QStringLiteral("PT0H0M0S") << 0.0 << true;
    QTest::newRow("negative") << QStringLiteral("-PT1H") << 0.0 << false;
    QTest::newRow("years have no fixed length") << QStringLiteral("P1Y") << 0.0 << false;
    QTest::newRow("words") << QStringLiteral("8h") << 0.0 << false;
    QTest::newRow("empty designator") << QStringLiteral("P") << 0.0 << false;
    QTest::newRow("empty time part") << QStringLiteral("PT") << 0.0 << false;
}

void TestMspdi::isoDurations()
{
    QFETCH(QString, text);
    QFETCH(double, minutes);
    QFETCH(bool, valid);
    const auto parsed = mspdi::minutesOfIsoDuration(text, 480, 2400);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, minutes);
        if (minutes == std::floor(minutes))
            QCOMPARE(mspdi::minutesOfIsoDuration(mspdi::isoDuration(minutes), 480, 2400),
                     std::optional<double>(minutes));
    }
}

void TestMspdi::exportHasPhasesAsSummaryTasksAndLagsInTenthsOfMinutes()
{
    const ProjectData data = test::richProject();
    const QByteArray xml = writeMspdi(data, &data.windows.at(1));
    QXmlStreamReader reader(xml);
    QStringList summaries;
    QStringList levels;
    QStringList lags;
    QStringList types;
    QStringList durations;
    QString namespaceUri;
    bool inSummary = false;
    QString name;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"Project")
            namespaceUri = reader.namespaceUri().toString();
        else if (reader.name() == u"Name")
            name = reader.readElementText();
        else if (reader.name() == u"OutlineLevel")
            levels.append(reader.readElementText());
        else if (reader.name() == u"Summary")
            inSummary = reader.readElementText() == u"1";
        else if (reader.name() == u"LinkLag")
            lags.append(reader.readElementText());
        else if (reader.name() == u"Duration")
            durations.append(reader.readElementText());
        else if (reader.name() == u"Type" && !lags.isEmpty() && types.size() < lags.size())
            types.append(reader.readElementText());
        if (inSummary) {
            summaries.append(name);
            inSummary = false;
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(namespaceUri, QStringLiteral("http://schemas.microsoft.com/project"));
    QCOMPARE(summaries, (QStringList{QStringLiteral("Backup"), QStringLiteral("Execute"),
                                     QStringLiteral("Rollback")}));
    QCOMPARE(levels, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"),
                                  QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("2")}));
    // 5 minutes finish-to-start, then a 2.5 minute lead start-to-start.
    QCOMPARE(lags, (QStringList{QStringLiteral("50"), QStringLiteral("-25")}));
    QCOMPARE(durations, (QStringList{QStringLiteral("PT0H30M0S"), QStringLiteral("PT0H30M0S"),
                                     QStringLiteral("PT0H30M0S")}));
    QVERIFY(xml.contains("<FieldID>188743783</FieldID>\n        <Value>PT0H20M0S</Value>"));
    QVERIFY(xml.contains("<FieldID>188743785</FieldID>\n        <Value>PT0H55M0S</Value>"));
    QVERIFY(xml.contains("<Name>Dana DBA</Name>"));
    QVERIFY(xml.contains("<EmailAddress>dana@example.org</EmailAddress>"));
    QVERIFY(xml.contains("<Active>0</Active>"));
}

void TestMspdi::exportStartsAtTheWindowInItsZone()
{
    const ProjectData data = test::richProject();
    // 21:00 UTC in December is 22:00 in Berlin.
    const QByteArray xml = writeMspdi(data, &data.windows.at(1));
    QVERIFY(xml.contains("<StartDate>2026-12-05T22:00:00</StartDate>"));
    QVERIFY(xml.contains("<FinishDate>2026-12-06T04:00:00</FinishDate>"));
    QVERIFY(!writeMspdi(data).contains("<StartDate>"));
}

void TestMspdi::roundTripKeepsStepsLinksPhasesEstimatesAndOwners_data()
{
    QTest::addColumn<ProjectData>("original");
    QString error;
    const auto sample = sampleProject(&error);
    QVERIFY2(sample, qPrintable(error));
    QTest::newRow("rich project") << test::richProject();
    QTest::newRow("bundled sample") << *sample;
}

void TestMspdi::roundTripKeepsStepsLinksPhasesEstimatesAndOwners()
{
    QFETCH(ProjectData, original);
    QVERIFY(!original.steps.empty());
    const QByteArray xml = writeMspdi(original);

    QTemporaryDir dir;
    auto created = createProject(dir.filePath(QStringLiteral("empty.uwb")));
    QVERIFY(created);
    Project &project = *created.value();
    auto import = readMspdi(xml, project.data());
    QVERIFY2(import, qPrintable(import.ok() ? QString() : import.error().message));
    QVERIFY2(import->problems.isEmpty(), qPrintable(import->problems.value(0).message));
    QString error;
    QVERIFY2(applyMspdiImport(project, import.value(), QStringLiteral("plan.xml"), &error),
             qPrintable(error));

    const ProjectData &copy = project.data();
    const QList<Step> expected = stepsInOutlineOrder(original);
    const QList<Step> actual = stepsInOutlineOrder(copy);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual[i].title, expected[i].title);
        QCOMPARE(actual[i].instructions, expected[i].instructions);
        QCOMPARE(actual[i].phase, expected[i].phase);
        QCOMPARE(actual[i].estimate, expected[i].estimate);
        QCOMPARE(actual[i].enabled, expected[i].enabled);
        QCOMPARE(ownerName(copy, actual[i].ownerId), ownerName(original, expected[i].ownerId));
    }
    QCOMPARE(linkSet(copy), linkSet(original));
    for (const auto &[id, person] : copy.people) {
        const auto same = std::find_if(original.people.begin(), original.people.end(),
                                       [&](const auto &entry) {
                                           return entry.second.name == person.name;
                                       });
        QVERIFY(same != original.people.end());
        if (same->second.contact.contains(QLatin1Char('@')))
            QCOMPARE(person.contact, same->second.contact);
    }
    // With the change's title, which the file names the project after, exporting the copy gives
    // the same file: nothing was lost on the way back.
    ProjectData titled = copy;
    titled.change.title = original.change.title;
    QCOMPARE(writeMspdi(titled), xml);
}

void TestMspdi::importIsOneUndoableAuditedEdit()
{
    QTemporaryDir dir;
    auto created = createProject(dir.filePath(QStringLiteral("rich.uwb")), test::richProject());
    QVERIFY(created);
    Project &project = *created.value();
    const ProjectData before = project.data();
    auto import = readMspdi(fixture("msproject.xml"), project.data());
    QVERIFY(import);
    // Dana DBA is already in the project: matched by name, not created again.
    QCOMPARE(import->newPeople.size(), 1);
    QCOMPARE(import->newPeople.first().name, QStringLiteral("Sam Operator"));
    QCOMPARE(stepTitled(import.value(), QStringLiteral("Upgrade the database to 19c"))->ownerId,
             Id(1));

    QString error;
    QVERIFY2(applyMspdiImport(project, import.value(), QStringLiteral("erp.xml"), &error),
             qPrintable(error));
    QCOMPARE(project.undoStack()->count(), 1);
    QCOMPARE(project.data().steps.size(), before.steps.size() + 5);
    QCOMPARE(project.data().links.size(), before.links.size() + 4);
    const auto reopened = openProject(project.filePath(), Store::Access::ReadOnly);
    QVERIFY(reopened);
    const QList<AuditEntry> &audit = reopened.value()->data().audit;
    QVERIFY(!audit.isEmpty());
    QVERIFY2(audit.last().action.contains(QStringLiteral("erp.xml")),
             qPrintable(audit.last().action));
    // Imported steps come after the runbook's own.
    for (const auto &[id, step] : project.data().steps) {
        if (!before.steps.count(id))
            QVERIFY(step.position > 3);
    }

    project.undoStack()->undo();
    QString difference;
    QVERIFY2(test::sameDocument(project.data(), before, &difference), qPrintable(difference));
}

void TestMspdi::readsMsProjectFiles()
{
    auto import = readMspdi(fixture("msproject.xml"), {});
    QVERIFY(import);
    QCOMPARE(import->projectName, QStringLiteral("ERP database upgrade"));
    QVERIFY2(import->problems.isEmpty(), qPrintable(import->problems.value(0).message));
    QCOMPARE(import->taskCount, 5);
    QStringList titles;
    QList<Phase> phases;
    for (const Step &step : import->steps) {
        titles.append(step.title);
        phases.append(step.phase);
    }
    QCOMPARE(titles, (QStringList{QStringLiteral("Announce the start to the service desk"),
                                  QStringLiteral("Stop the ERP application servers"),
                                  QStringLiteral("Upgrade the database to 19c"),
                                  QStringLiteral("Go/no-go for restart"),
                                  QStringLiteral("Smoke test order entry")}));
    QCOMPARE(phases, (QList<Phase>{Phase::Prepare, Phase::Prepare, Phase::Execute, Phase::Execute,
                                   Phase::Verify}));
    QCOMPARE(import->steps[0].instructions,
             QStringLiteral("Post in the service desk channel and pin it."));
    QCOMPARE(import->steps[1].estimate, (Estimate{20, 30, 60}));
    // One duration only: the default spread, so that the simulation has one to work with.
    QCOMPARE(import->steps[2].estimate, (Estimate{144, 180, 270}));
    QCOMPARE(import->steps[3].estimate, (Estimate{0, 0, 0}));

    QCOMPARE(import->links.size(), 4);
    const StepLink &lagged = import->links[1];
    QCOMPARE(lagged.predecessorId, import->steps[1].id);
    QCOMPARE(lagged.successorId, import->steps[2].id);
    QCOMPARE(lagged.type, LinkType::FinishToStart);
    QCOMPARE(lagged.lagMinutes, 30.0);
    QCOMPARE(import->links[2].type, LinkType::FinishToFinish);
    QCOMPARE(import->links[3].type, LinkType::StartToStart);
    QCOMPARE(import->links[3].lagMinutes, 15.0);

    QCOMPARE(import->newPeople.size(), 2);
    QCOMPARE(import->newPeople[0].name, QStringLiteral("Sam Operator"));
    QCOMPARE(import->newPeople[1].contact, QStringLiteral("dana@example.org"));
    QCOMPARE(import->steps[1].ownerId, import->newPeople[0].id);
    // The assignment to MS Project's "unassigned" resource gives no owner.
    QCOMPARE(import->steps[0].ownerId, Id(0));
}

void TestMspdi::readsProjectLibreFilesAndReportsWhatDoesNotFit()
{
    auto import = readMspdi(fixture("projectlibre.xml"), {});
    QVERIFY(import);
    QCOMPARE(import->taskCount, 4);
    QCOMPARE(import->steps.size(), 3);
    const Step *snapshot = stepTitled(import.value(), QStringLiteral("Snapshot both relays"));
    QVERIFY(snapshot);
    QCOMPARE(snapshot->phase, Phase::Backup);
    QCOMPARE(snapshot->estimate.likely, 960.0);
    QCOMPARE(stepTitled(import.value(), QStringLiteral("Patch relay A"))->phase, Phase::Execute);
    QVERIFY(!stepTitled(import.value(), QStringLiteral("Flush queues")));

    QCOMPARE(import->links.size(), 2);
    QCOMPARE(import->links[0].lagMinutes, 480.0);
    QCOMPARE(import->links[1].lagMinutes, 0.0);
    QCOMPARE(import->newPeople.size(), 1);
    QCOMPARE(import->newPeople[0].name, QStringLiteral("Kim Mail"));

    QCOMPARE(import->problems.size(), 6);
    QVERIFY(hasProblem(import.value(), QStringLiteral("line 41: the summary task 'Relay work' "
                                                      "names no phase")));
    QVERIFY(hasProblem(import.value(), QStringLiteral("it links a summary task")));
    QVERIFY(hasProblem(import.value(), QStringLiteral("start-to-finish")));
    QVERIFY(hasProblem(import.value(), QStringLiteral("in percent of the predecessor")));
    QVERIFY(hasProblem(import.value(), QStringLiteral("line 105: task 'Flush queues' has the "
                                                      "duration 'two hours'")));
    QVERIFY(hasProblem(import.value(), QStringLiteral("'Lee Backup' was not made its owner")));
}

void TestMspdi::readsFlatGanttProjectFilesIntoExecute()
{
    auto import = readMspdi(fixture("ganttproject.xml"), {});
    QVERIFY(import);
    QCOMPARE(import->projectName, QStringLiteral("Certificate renewal"));
    QCOMPARE(import->steps.size(), 3);
    for (const Step &step : import->steps)
        QCOMPARE(step.phase, Phase::Execute);
    QCOMPARE(import->steps[0].estimate.likely, 1440.0);
    QCOMPARE(import->links.size(), 2);
    QCOMPARE(import->problems.size(), 2);
    QVERIFY(hasProblem(import.value(), QStringLiteral("line 9: 3 tasks under no phase summary")));
    QVERIFY(hasProblem(import.value(), QStringLiteral("task UID 99")));
}

void TestMspdi::readsKdePlanFilesWithoutNamespaceOrOutlineLevels()
{
    const ProjectData existing = test::richProject();
    auto import = readMspdi(fixture("kdeplan.xml"), existing);
    QVERIFY(import);
    QVERIFY2(import->problems.isEmpty(), qPrintable(import->problems.value(0).message));
    QCOMPARE(import->steps.size(), 2);
    QCOMPARE(import->steps[0].phase, Phase::Prepare);
    QCOMPARE(import->steps[0].estimate.likely, 600.0);
    QCOMPARE(import->steps[0].instructions,
             QStringLiteral("Build the package from the signed tarball."));
    QCOMPARE(import->steps[1].phase, Phase::Monitor);
    QCOMPARE(import->steps[1].enabled, false);
    QCOMPARE(import->steps[1].ownerId, Id(2));
    QVERIFY(import->newPeople.isEmpty());
    QCOMPARE(import->links.size(), 1);
    QCOMPARE(import->links[0].lagMinutes, -15.0);
}

void TestMspdi::refusesFilesThatAreNotMspdi_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed XML names line and column")
        << fixture("broken.xml") << QStringLiteral("line 7, column");
    QTest::newRow("GanttProject's own format")
        << fixture("ganttproject-native.gan")
        << QStringLiteral("line 2: the document element is <project>");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("line 1, column 0");
    QTest::newRow("only summary tasks")
        << QByteArray("<Project><Tasks><Task><UID>1</UID><Name>Execute</Name><Summary>1</Summary>"
                      "</Task></Tasks></Project>")
        << QStringLiteral("no task to import");
    QTest::newRow("no task with a readable duration")
        << QByteArray("<Project>\n<Tasks>\n<Task><UID>1</UID><Name>A</Name>"
                      "<Duration>soon</Duration></Task></Tasks></Project>")
        << QStringLiteral("line 3: task 'A' has the duration 'soon'");
}

void TestMspdi::refusesFilesThatAreNotMspdi()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    auto import = readMspdi(xml, {});
    QVERIFY(!import);
    QVERIFY2(import.error().message.contains(message), qPrintable(import.error().message));
}

void TestMspdi::refusesAReadOnlyProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.uwb"));
    QVERIFY(createProject(path));
    auto project = openProject(path, Store::Access::ReadOnly);
    QVERIFY(project);
    auto import = readMspdi(fixture("msproject.xml"), project.value()->data());
    QVERIFY(import);
    QString error;
    QVERIFY(!applyMspdiImport(*project.value(), import.value(), QStringLiteral("x.xml"), &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QVERIFY(project.value()->data().steps.empty());
}

QTEST_GUILESS_MAIN(TestMspdi)
#include "tst_mspdi.moc"
