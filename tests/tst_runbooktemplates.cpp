#include "commands.h"
#include "projectfile.h"
#include "runbooktemplates.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uw;

namespace {

/** A value for every parameter, made from its name, as a person would type them. */
QMap<QString, QString> valuesFor(const RunbookTemplate &runbookTemplate)
{
    QMap<QString, QString> values;
    for (const TemplateParameter &parameter : runbookTemplate.parameters)
        values.insert(parameter.name, QStringLiteral(" value-of-%1 ").arg(parameter.name));
    return values;
}

} // namespace

/**
 * Runbook templates give a team a tested starting point: the built-in ones load and make sense,
 * inserting one is a single undo step that reaches the file, a selection can be saved as a
 * template and read back, and broken templates are refused with a message saying where.
 */
class TestRunbookTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void builtInTemplatesLoad_data();
    void builtInTemplatesLoad();
    void insertingIsOneUndoStepThatReachesTheFile();
    void insertedLinksAndUndoesUseTheNewIds();
    void aSelectionRoundTripsThroughJson();
    void aSelectionKeepsOnlyItsOwnLinks();
    void badTemplatesAreRefused_data();
    void badTemplatesAreRefused();
    void anEmptyTemplateIsNotInserted();
    void builtInCommandsAndChecksAreFilledFromParameters();
    void aParameterWithoutValueIsRefused();
    void userTemplatesLoadBesideABrokenFile();
    void aUserTemplateIdCannotLeaveTheFolder();

private:
    static RunbookTemplate builtIn(const QString &id);
    /** The ids the last insert gave to the template's steps, by key. */
    std::map<QString, Id> insertedIds(const RunbookTemplate &runbookTemplate) const;
    void verifyFileMatchesMemory();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestRunbookTemplates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRunbookTemplates::init()
{
    QDir(userTemplateDirectory()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = createProject(m_dir->filePath(QStringLiteral("templates.uwb")),
                                 test::richProject());
    QVERIFY(project);
    m_project = std::move(project.value());
}

void TestRunbookTemplates::cleanup()
{
    m_project.reset();
    QDir(userTemplateDirectory()).removeRecursively();
}

RunbookTemplate TestRunbookTemplates::builtIn(const QString &id)
{
    QString error;
    const QList<RunbookTemplate> templates = builtInTemplates(&error);
    for (const RunbookTemplate &runbookTemplate : templates) {
        if (runbookTemplate.id == id)
            return runbookTemplate;
    }
    return {};
}

std::map<QString, Id> TestRunbookTemplates::insertedIds(const RunbookTemplate &runbookTemplate) const
{
    // Inserted steps are the ones after the highest position before the insert, in order.
    QList<const Step *> steps;
    for (const auto &[id, step] : m_project->data().steps)
        steps.append(&step);
    std::sort(steps.begin(), steps.end(),
              [](const Step *a, const Step *b) { return a->position < b->position; });
    steps = steps.mid(steps.size() - runbookTemplate.steps.size());
    std::map<QString, Id> ids;
    for (qsizetype i = 0; i < steps.size(); ++i)
        ids.emplace(runbookTemplate.steps[i].key, steps[i]->id);
    return ids;
}

void TestRunbookTemplates::verifyFileMatchesMemory()
{
    auto reopened = openProject(m_project->filePath(), Store::Access::ReadOnly);
    QVERIFY(reopened);
    QString difference;
    QVERIFY2(test::sameDocument(reopened.value()->data(), m_project->data(), &difference),
             qPrintable(difference));
}

void TestRunbookTemplates::builtInTemplatesLoad_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("rollbacks");
    QTest::newRow("generic upgrade covers before, during, after and rollback")
        << QStringLiteral("generic-production-upgrade") << 24 << 3;
    QTest::newRow("database upgrade fails back to the old cluster")
        << QStringLiteral("database-major-upgrade") << 17 << 3;
    QTest::newRow("OS patching reverts the host snapshot")
        << QStringLiteral("os-patching") << 12 << 2;
    QTest::newRow("blue-green release switches traffic back")
        << QStringLiteral("application-release-blue-green") << 10 << 1;
}

void TestRunbookTemplates::builtInTemplatesLoad()
{
    QFETCH(QString, id);
    QFETCH(int, steps);
    QFETCH(int, rollbacks);
    QString error;
    QCOMPARE(builtInTemplates(&error).size(), 4);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const RunbookTemplate runbookTemplate = builtIn(id);
    QCOMPARE(runbookTemplate.id, id);
    QVERIFY(!runbookTemplate.name.isEmpty());
    QVERIFY(!runbookTemplate.description.isEmpty());
    QCOMPARE(runbookTemplate.steps.size(), steps);
    QVERIFY2(validateTemplate(runbookTemplate, &error), qPrintable(error));

    std::map<QString, Phase> phases;
    for (const TemplateStep &step : runbookTemplate.steps)
        phases.emplace(step.key, step.phase);
    int rollbackSteps = 0;
    for (const TemplateStep &step : runbookTemplate.steps) {
        QVERIFY(!step.instructions.isEmpty());
        if (step.phase != Phase::Rollback) {
            QVERIFY(step.undoes.isEmpty());
            continue;
        }
        ++rollbackSteps;
        QVERIFY2(!step.undoes.isEmpty(), qPrintable(step.key));
        for (const QString &undone : step.undoes)
            QCOMPARE(phases.at(undone), Phase::Execute);
    }
    QCOMPARE(rollbackSteps, rollbacks);
    // What the file holds is what the writer would write: nothing is lost on the way.
    QCOMPARE(readTemplate(writeTemplate(runbookTemplate), &error), runbookTemplate);
}

void TestRunbookTemplates::insertingIsOneUndoStepThatReachesTheFile()
{
    const RunbookTemplate runbookTemplate = builtIn(QStringLiteral("generic-production-upgrade"));
    qsizetype links = 0;
    for (const TemplateStep &step : runbookTemplate.steps)
        links += step.after.size();
    const ProjectData before = m_project->data();
    const int commands = m_project->undoStack()->count();

    QString error;
    QVERIFY2(insertTemplate(*m_project, runbookTemplate, &error, valuesFor(runbookTemplate)),
             qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), commands + 1);
    QCOMPARE(m_project->undoStack()->undoText(),
             QStringLiteral("Insert template Generic production upgrade"));
    QCOMPARE(m_project->data().steps.size(), before.steps.size() + runbookTemplate.steps.size());
    QCOMPARE(m_project->data().links.size(), before.links.size() + size_t(links));
    verifyFileMatchesMemory();

    m_project->undoStack()->undo();
    QString difference;
    QVERIFY2(test::sameDocument(m_project->data(), before, &difference), qPrintable(difference));
    verifyFileMatchesMemory();
}

void TestRunbookTemplates::insertedLinksAndUndoesUseTheNewIds()
{
    const RunbookTemplate runbookTemplate = builtIn(QStringLiteral("database-major-upgrade"));
    const ProjectData before = m_project->data();
    QVERIFY(insertTemplate(*m_project, runbookTemplate, nullptr, valuesFor(runbookTemplate)));
    const std::map<QString, Id> ids = insertedIds(runbookTemplate);

    // richProject's steps sit at positions 1 to 3; the template follows in its own order.
    int position = 4;
    for (const TemplateStep &templateStep : runbookTemplate.steps) {
        const Id id = ids.at(templateStep.key);
        QVERIFY(!before.steps.count(id));
        const Step &step = m_project->data().steps.at(id);
        QCOMPARE(step.position, position++);
        QCOMPARE(step.title, templateStep.title);
        QCOMPARE(step.phase, templateStep.phase);
        QCOMPARE(step.stepKind, templateStep.kind);
        QCOMPARE(step.estimate, templateStep.estimate);
        QList<Id> undoes;
        for (const QString &undone : templateStep.undoes)
            undoes.append(ids.at(undone));
        QCOMPARE(step.undoesStepIds, undoes);
        for (const QString &predecessor : templateStep.after) {
            const auto &links = m_project->data().links;
            const bool linked = std::any_of(links.begin(), links.end(), [&](const auto &entry) {
                const StepLink &link = entry.second;
                return link.predecessorId == ids.at(predecessor) && link.successorId == id
                       && link.type == LinkType::FinishToStart && link.lagMinutes == 0;
            });
            QVERIFY2(linked, qPrintable(templateStep.key + u'<' + predecessor));
        }
    }
}

void TestRunbookTemplates::aSelectionRoundTripsThroughJson()
{
    const RunbookTemplate original = builtIn(QStringLiteral("os-patching"));
    QVERIFY(insertTemplate(*m_project, original, nullptr, valuesFor(original)));
    const std::map<QString, Id> ids = insertedIds(original);
    QList<Id> selection;
    for (const auto &[key, id] : ids)
        selection.append(id);

    const RunbookTemplate saved = templateFromSteps(m_project->data(), selection,
                                                    QStringLiteral("Patch a web node"));
    QCOMPARE(saved.id, QStringLiteral("patch-a-web-node"));
    QCOMPARE(saved.steps.size(), original.steps.size());
    for (qsizetype i = 0; i < saved.steps.size(); ++i) {
        QCOMPARE(saved.steps[i].title, original.steps[i].title);
        QCOMPARE(saved.steps[i].after.size(), original.steps[i].after.size());
        QCOMPARE(saved.steps[i].undoes.size(), original.steps[i].undoes.size());
    }
    QString error;
    const std::optional<RunbookTemplate> read = readTemplate(writeTemplate(saved), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, saved);
}

void TestRunbookTemplates::aSelectionKeepsOnlyItsOwnLinks()
{
    const RunbookTemplate original = builtIn(QStringLiteral("application-release-blue-green"));
    QVERIFY(insertTemplate(*m_project, original, nullptr, valuesFor(original)));
    const std::map<QString, Id> ids = insertedIds(original);
    // b4 waits for b1 and b2, b7 for b6; br1 undoes b7. Only b1 -> b4 and br1's undo survive.
    const QList<Id> selection{ids.at(QStringLiteral("br1")), ids.at(QStringLiteral("b4")),
                              ids.at(QStringLiteral("b1")), ids.at(QStringLiteral("b7"))};
    const RunbookTemplate saved = templateFromSteps(m_project->data(), selection,
                                                    QStringLiteral("Partial release"));
    QCOMPARE(saved.steps.size(), 4);
    // Runbook order, not selection order, with fresh keys.
    QCOMPARE(saved.steps[0].title, original.steps[0].title);
    QCOMPARE(saved.steps[0].key, QStringLiteral("s1"));
    QCOMPARE(saved.steps[1].after, QStringList{QStringLiteral("s1")});
    QVERIFY(saved.steps[2].after.isEmpty());
    QCOMPARE(saved.steps[3].undoes, QStringList{QStringLiteral("s3")});
    QString error;
    QVERIFY2(validateTemplate(saved, &error), qPrintable(error));
}

void TestRunbookTemplates::badTemplatesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const auto withSecondStep = [](const char *step) {
        return QByteArray(R"({"format": "upgrade-workbench-template", "version": 1, "id": "t",
            "name": "T", "steps": [{"key": "s1", "title": "First", "phase": "prepare",
            "estimate": {"optimistic": 1, "likely": 2, "pessimistic": 3}, "after": ["s2"]}, )")
               + step + "]}";
    };
    QTest::newRow("an unknown phase names the step")
        << withSecondStep(R"({"key": "s2", "title": "Second", "phase": "launch",
            "estimate": {"optimistic": 1, "likely": 2, "pessimistic": 3}})")
        << QStringLiteral("Template 't': step 's2': unknown phase 'launch'");
    QTest::newRow("an unknown kind names the step")
        << withSecondStep(R"({"key": "s2", "title": "Second", "phase": "execute", "kind": "robot",
            "estimate": {"optimistic": 1, "likely": 2, "pessimistic": 3}})")
        << QStringLiteral("step 's2': unknown kind 'robot'");
    QTest::newRow("a dangling after key names the missing step")
        << withSecondStep(R"({"key": "s2", "title": "Second", "phase": "execute",
            "estimate": {"optimistic": 1, "likely": 2, "pessimistic": 3}, "after": ["s9"]})")
        << QStringLiteral("step 's2': 'after' names step 's9', which does not exist");
    QTest::newRow("a dangling undoes key names the missing step")
        << withSecondStep(R"({"key": "s2", "title": "Second", "phase": "rollback",
            "estimate": {"optimistic": 1, "likely": 2, "pessimistic": 3}, "undoes": ["s7"]})")
        << QStringLiteral("step 's2': 'undoes' names step 's7', which does not exist");
    QTest::newRow("a rollback may only undo execute steps")
        << withSecondStep(R"({"key": "s2", "title": "Second", "phase": "rollback",
            "estimate": {"optimistic": 1, "likely": 2, "pessimistic": 3}, "undoes": ["s1"]})")
        << QStringLiteral("which is not an execute step");
    QTest::newRow("a cycle in after is shown as a path")
        << withSecondStep(R"({"key": "s2", "title": "Second", "phase": "execute",
            "estimate": {"optimistic": 1, "likely": 2, "pessimistic": 3}, "after": ["s1"]})")
        << QStringLiteral("cycle: s1 -> s2 -> s1");
    QTest::newRow("a pessimistic estimate below the likely one")
        << withSecondStep(R"({"key": "s2", "title": "Second", "phase": "execute",
            "estimate": {"optimistic": 1, "likely": 20, "pessimistic": 3}})")
        << QStringLiteral("step 's2': bad estimate");
    QTest::newRow("an estimate given as text")
        << withSecondStep(R"({"key": "s2", "title": "Second", "phase": "execute",
            "estimate": {"optimistic": "1", "likely": 2, "pessimistic": 3}})")
        << QStringLiteral("step 's2': the estimate needs");
    QTest::newRow("a misspelt member is reported")
        << withSecondStep(R"({"key": "s2", "title": "Second", "phase": "execute", "afer": [],
            "estimate": {"optimistic": 1, "likely": 2, "pessimistic": 3}})")
        << QStringLiteral("step 's2': unknown member 'afer'");
    QTest::newRow("a key used twice")
        << withSecondStep(R"({"key": "s1", "title": "Second", "phase": "execute",
            "estimate": {"optimistic": 1, "likely": 2, "pessimistic": 3}})")
        << QStringLiteral("step 's1': the key is used twice");
    QTest::newRow("a placeholder no parameter declares")
        << withSecondStep(R"({"key": "s2", "title": "Second", "phase": "execute",
            "kind": "command", "command": {"run": "ping {{hots}}"},
            "estimate": {"optimistic": 1, "likely": 2, "pessimistic": 3}})")
        << QStringLiteral("Template 't', step 's2': unknown parameter {{hots}}");
    QTest::newRow("a command timeout out of bounds")
        << withSecondStep(R"({"key": "s2", "title": "Second", "phase": "execute",
            "kind": "command", "command": {"run": "true", "timeoutSeconds": 1e12},
            "estimate": {"optimistic": 1, "likely": 2, "pessimistic": 3}})")
        << QStringLiteral("step 's2': 'timeoutSeconds' must be a whole number from 1 to 86400");
    QTest::newRow("an HTTP check without an address")
        << withSecondStep(R"({"key": "s2", "title": "Second", "phase": "verify",
            "kind": "http_check", "http": {"method": "GET"},
            "estimate": {"optimistic": 1, "likely": 2, "pessimistic": 3}})")
        << QStringLiteral("step 's2': 'http' needs 'url'");
    QTest::newRow("text that is not JSON")
        << QByteArray("steps: [prepare, execute]") << QStringLiteral("not valid JSON");
    QTest::newRow("a project file is not a template")
        << QByteArray(R"({"format": "upgrade-workbench", "version": 1})")
        << QStringLiteral("the format tag must be 'upgrade-workbench-template'");
    QTest::newRow("a template from a newer program")
        << QByteArray(R"({"format": "upgrade-workbench-template", "version": 2, "id": "t"})")
        << QStringLiteral("newer program");
}

void TestRunbookTemplates::badTemplatesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!readTemplate(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestRunbookTemplates::anEmptyTemplateIsNotInserted()
{
    const int commands = m_project->undoStack()->count();
    QString error;
    QVERIFY(!insertTemplate(*m_project,
                            {QStringLiteral("empty"), QStringLiteral("Empty"), {}, {}, {}}, &error));
    QVERIFY2(error.contains(QStringLiteral("no steps")), qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), commands);
}

void TestRunbookTemplates::builtInCommandsAndChecksAreFilledFromParameters()
{
    for (const RunbookTemplate &runbookTemplate : builtInTemplates(nullptr)) {
        QVERIFY2(!runbookTemplate.parameters.isEmpty(), qPrintable(runbookTemplate.id));
        QVERIFY(insertTemplate(*m_project, runbookTemplate, nullptr, valuesFor(runbookTemplate)));
        const std::map<QString, Id> ids = insertedIds(runbookTemplate);
        for (const TemplateStep &templateStep : runbookTemplate.steps) {
            const Step &step = m_project->data().steps.at(ids.at(templateStep.key));
            const QString what = runbookTemplate.id + u'/' + templateStep.key;
            // Every automated step of a built-in template runs something real once filled.
            if (step.stepKind == StepKind::Command) {
                QVERIFY2(!step.command.command.isEmpty(), qPrintable(what));
                QVERIFY2(!step.command.command.contains(QStringLiteral("{{")), qPrintable(what));
            }
            if (step.stepKind == StepKind::HttpCheck)
                QVERIFY2(step.http.url.startsWith(QStringLiteral("value-of-")), qPrintable(what));
        }
    }
    const RunbookTemplate database = builtIn(QStringLiteral("database-major-upgrade"));
    QVERIFY(insertTemplate(*m_project, database, nullptr, valuesFor(database)));
    const Step &check = m_project->data().steps.at(insertedIds(database).at(QStringLiteral("d2")));
    QVERIFY2(check.command.command.startsWith(QStringLiteral("value-of-new_bindir/pg_upgrade "
                                                             "--check")),
             qPrintable(check.command.command));
}

void TestRunbookTemplates::aParameterWithoutValueIsRefused()
{
    const RunbookTemplate runbookTemplate = builtIn(QStringLiteral("os-patching"));
    QMap<QString, QString> values = valuesFor(runbookTemplate);
    values.insert(QStringLiteral("host"), QStringLiteral("  "));
    const int commands = m_project->undoStack()->count();
    QString error;
    QVERIFY(!insertTemplate(*m_project, runbookTemplate, &error, values));
    QVERIFY2(error.contains(QStringLiteral("{{host}}")), qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), commands);
}

void TestRunbookTemplates::userTemplatesLoadBesideABrokenFile()
{
    RunbookTemplate good = builtIn(QStringLiteral("os-patching"));
    good.id = QStringLiteral("our-patching");
    good.name = QStringLiteral("Our patching");
    QString error;
    QVERIFY2(saveUserTemplate(good, &error), qPrintable(error));
    QVERIFY(QFile::exists(userTemplateDirectory() + QStringLiteral("/our-patching.json")));

    QFile broken(userTemplateDirectory() + QStringLiteral("/broken.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"upgrade-workbench-template\", ");
    broken.close();

    QStringList problems;
    const QList<RunbookTemplate> templates = userTemplates(&problems);
    QCOMPARE(templates.size(), 1);
    QCOMPARE(templates.first(), good);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("broken.json")), qPrintable(problems.first()));
}

void TestRunbookTemplates::aUserTemplateIdCannotLeaveTheFolder()
{
    RunbookTemplate evil = builtIn(QStringLiteral("os-patching"));
    evil.id = QStringLiteral("../outside");
    QString error;
    QVERIFY(!saveUserTemplate(evil, &error));
    QVERIFY2(error.contains(QStringLiteral("the id may only hold")), qPrintable(error));
    QVERIFY(!QDir(userTemplateDirectory()).exists() || QDir(userTemplateDirectory()).isEmpty());
}

QTEST_GUILESS_MAIN(TestRunbookTemplates)
#include "tst_runbooktemplates.moc"
