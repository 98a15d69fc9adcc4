#include "commands.h"
#include "projectfile.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uw;

/**
 * Every edit is one undoable command that reaches the file before memory: after do, undo and
 * redo, the file reopened from disk holds exactly what the program shows.
 */
class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addingAnEntityIsUndoable_data();
    void addingAnEntityIsUndoable();
    void anEntityWithoutIdIsNotAdded();
    void changingAnEntityIsUndoable_data();
    void changingAnEntityIsUndoable();
    void removingASystemTakesItsDependantsAndUndoRestoresThem();
    void removingAPersonClearsStepRoles();
    void removingAStepTakesItsLinks();
    void removalPreviewListsWhatGoesWithIt();
    void typingBurstMergesIntoOneUndoStep();
    void editsOfDifferentFieldsStayApart();
    void failedWriteChangesNothingAndLeavesNoUndoStep();
    void everyDoAndUndoIsAudited();
    void changeSignalNamesWhatChanged();
    void changeSignalCarriesTheChangedFields();
    void everyFieldHasItsOwnBit();
    void mergingFollowsMergeIdsAndFieldsNotTexts();
    void typingBackToTheOriginalLeavesNothingToUndo();
    void failedEditNeverMergesIntoTheHistory();
    void failedUndoKeepsTheCommandUndoable();
    void failedRedoKeepsTheCommandRedoable();

private:
    void verifyFileMatchesMemory();
    void refuseChangeWrites(bool refuse);
    void editTitle(const QString &title, bool expectWritten = true);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

Q_DECLARE_METATYPE(uw::AnyEntity)

void TestCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = createProject(m_dir->filePath(QStringLiteral("edit.uwb")), test::richProject());
    QVERIFY(project);
    m_project = std::move(project.value());
}

void TestCommands::cleanup()
{
    m_project.reset();
}

void TestCommands::anEntityWithoutIdIsNotAdded()
{
    const int commands = m_project->undoStack()->count();
    System system;
    system.name = QStringLiteral("no-id");
    QString error;
    QVERIFY(!edit::addEntities(*m_project, QStringLiteral("Add"), {system}, &error));
    QVERIFY2(error.contains(QStringLiteral("no id")), qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), commands);
}

void TestCommands::verifyFileMatchesMemory()
{
    auto reopened = openProject(m_project->filePath(), Store::Access::ReadOnly);
    QVERIFY(reopened);
    QString difference;
    QVERIFY2(test::sameDocument(reopened.value()->data(), m_project->data(), &difference),
             qPrintable(difference));
}

void TestCommands::addingAnEntityIsUndoable_data()
{
    QTest::addColumn<AnyEntity>("entity");
    const ProjectData rich = test::richProject();
    const auto withId = [](auto entity, Id id) {
        entity.id = id;
        return AnyEntity(entity);
    };
    QTest::newRow("system") << withId(rich.systems.at(1), 100);
    QTest::newRow("dependency") << withId(rich.dependencies.at(1), 100);
    QTest::newRow("rule") << withId(rich.rules.at(1), 100);
    QTest::newRow("person") << withId(rich.people.at(1), 100);
    QTest::newRow("approval") << withId(rich.approvals.at(1), 100);
    QTest::newRow("window") << withId(rich.windows.at(1), 100);
    QTest::newRow("step") << withId(rich.steps.at(2), 100);
    QTest::newRow("link") << withId(rich.links.at(1), 100);
    QTest::newRow("metric") << withId(rich.metrics.at(1), 100);
    QTest::newRow("record") << withId(rich.records.at(1), 100);
}

void TestCommands::addingAnEntityIsUndoable()
{
    QFETCH(AnyEntity, entity);
    const EntityKind kind = entityKind(entity);
    QVERIFY(edit::addEntities(*m_project, QStringLiteral("Add"), {entity}));
    QCOMPARE(m_project->findAny(kind, 100), std::optional<AnyEntity>(entity));
    verifyFileMatchesMemory();

    m_project->undoStack()->undo();
    QVERIFY(!m_project->findAny(kind, 100));
    verifyFileMatchesMemory();

    m_project->undoStack()->redo();
    QCOMPARE(m_project->findAny(kind, 100), std::optional<AnyEntity>(entity));
    verifyFileMatchesMemory();
}

void TestCommands::changingAnEntityIsUndoable_data()
{
    QTest::addColumn<AnyEntity>("entity");
    ProjectData rich = test::richProject();
    rich.change.title = QStringLiteral("New title");
    QTest::newRow("change") << AnyEntity(rich.change);
    rich.systems.at(1).targetVersion = QStringLiteral("17.0");
    rich.systems.at(1).attributes.append({QStringLiteral("rack"), QStringLiteral("B4")});
    QTest::newRow("system") << AnyEntity(rich.systems.at(1));
    rich.dependencies.at(1).constraint = QStringLiteral(">=14");
    QTest::newRow("dependency") << AnyEntity(rich.dependencies.at(1));
    rich.rules.at(1).requiredRange = QStringLiteral("^16");
    QTest::newRow("rule") << AnyEntity(rich.rules.at(1));
    rich.people.at(1).roles = RoleApprover;
    QTest::newRow("person") << AnyEntity(rich.people.at(1));
    rich.approvals.at(1).decision = ApprovalDecision::Rejected;
    QTest::newRow("approval") << AnyEntity(rich.approvals.at(1));
    rich.windows.at(1).systemIds = {1};
    QTest::newRow("window") << AnyEntity(rich.windows.at(1));
    rich.steps.at(1).estimate = {1, 2, 3};
    rich.steps.at(1).systemIds = {2, 1};
    QTest::newRow("step") << AnyEntity(rich.steps.at(1));
    rich.links.at(1).lagMinutes = 15;
    QTest::newRow("link") << AnyEntity(rich.links.at(1));
    rich.metrics.at(1).thresholds.clear();
    QTest::newRow("metric") << AnyEntity(rich.metrics.at(1));
    rich.records.at(1).text = QStringLiteral("Resolved");
    QTest::newRow("record") << AnyEntity(rich.records.at(1));
}

void TestCommands::changingAnEntityIsUndoable()
{
    QFETCH(AnyEntity, entity);
    const EntityKind kind = entityKind(entity);
    const Id id = entityId(entity);
    const auto before = m_project->findAny(kind, id);
    QVERIFY(before && *before != entity);

    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("Change"), entity));
    QCOMPARE(m_project->findAny(kind, id), std::optional<AnyEntity>(entity));
    verifyFileMatchesMemory();
    m_project->undoStack()->undo();
    QCOMPARE(m_project->findAny(kind, id), before);
    verifyFileMatchesMemory();
    m_project->undoStack()->redo();
    QCOMPARE(m_project->findAny(kind, id), std::optional<AnyEntity>(entity));
    verifyFileMatchesMemory();
}

void TestCommands::removingASystemTakesItsDependantsAndUndoRestoresThem()
{
    const ProjectData before = m_project->data();
    QVERIFY(edit::removeEntities(*m_project, QStringLiteral("Remove db"), EntityKind::System, {1}));
    const ProjectData &after = m_project->data();
    QVERIFY(!after.systems.count(1));
    QVERIFY(after.dependencies.empty());
    QVERIFY(after.rules.empty());
    QCOMPARE(after.windows.at(1).systemIds, QList<Id>{2});
    QVERIFY(after.steps.at(1).systemIds.isEmpty());
    QCOMPARE(after.records.at(1).systemId, Id(0));
    QCOMPARE(m_project->undoStack()->count(), 1);
    verifyFileMatchesMemory();

    m_project->undoStack()->undo();
    QString difference;
    QVERIFY2(test::sameDocument(m_project->data(), before, &difference), qPrintable(difference));
    verifyFileMatchesMemory();
    m_project->undoStack()->redo();
    QVERIFY(!m_project->data().systems.count(1));
    verifyFileMatchesMemory();
}

void TestCommands::removingAPersonClearsStepRoles()
{
    QVERIFY(edit::removeEntities(*m_project, QStringLiteral("Remove"), EntityKind::Person, {2}));
    const ProjectData &after = m_project->data();
    QVERIFY(after.approvals.empty());
    QCOMPARE(after.steps.at(1).verifierId, Id(0));
    QCOMPARE(after.steps.at(2).approverId, Id(0));
    QCOMPARE(after.steps.at(1).ownerId, Id(1));
    verifyFileMatchesMemory();
    m_project->undoStack()->undo();
    QCOMPARE(m_project->data().steps.at(2).approverId, Id(2));
    verifyFileMatchesMemory();
}

void TestCommands::removingAStepTakesItsLinks()
{
    QVERIFY(edit::removeEntities(*m_project, QStringLiteral("Remove"), EntityKind::Step, {2}));
    const ProjectData &after = m_project->data();
    QCOMPARE(after.links.size(), size_t(1));
    QVERIFY(after.steps.at(3).undoesStepIds.isEmpty());
    verifyFileMatchesMemory();
    m_project->undoStack()->undo();
    QCOMPARE(m_project->data().steps.at(3).undoesStepIds, QList<Id>{2});
    verifyFileMatchesMemory();
}

void TestCommands::removalPreviewListsWhatGoesWithIt()
{
    const QList<EntityChange> changes = edit::removalChanges(*m_project, EntityKind::System, {1});
    int removedDependencies = 0;
    int modifiedSteps = 0;
    for (const EntityChange &change : changes) {
        const AnyEntity &any = change.before ? *change.before : *change.after;
        if (entityKind(any) == EntityKind::Dependency && !change.after)
            ++removedDependencies;
        if (entityKind(any) == EntityKind::Step && change.after)
            ++modifiedSteps;
    }
    QCOMPARE(removedDependencies, 1);
    QCOMPARE(modifiedSteps, 3);
    QVERIFY(m_project->data().systems.count(1));
}

void TestCommands::typingBurstMergesIntoOneUndoStep()
{
    Change change = m_project->change();
    const QString original = change.title;
    for (const QString &title : {QStringLiteral("O"), QStringLiteral("Or"), QStringLiteral("Ord")}) {
        change.title = title;
        QVERIFY(edit::updateEntity(*m_project, QStringLiteral("Edit title"), change,
                                   MergeId::ChangeText));
    }
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(m_project->change().title, QStringLiteral("Ord"));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->change().title, original);
    verifyFileMatchesMemory();
}

void TestCommands::editsOfDifferentFieldsStayApart()
{
    Change change = m_project->change();
    change.title = QStringLiteral("A title");
    QVERIFY(
        edit::updateEntity(*m_project, QStringLiteral("Edit title"), change, MergeId::ChangeText));
    change.purpose = QStringLiteral("A purpose");
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("Edit purpose"), change,
                               MergeId::ChangeText));
    QCOMPARE(m_project->undoStack()->count(), 2);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->change().title, QStringLiteral("A title"));
    QCOMPARE(m_project->change().purpose, test::richProject().change.purpose);
}

void TestCommands::failedWriteChangesNothingAndLeavesNoUndoStep()
{
    // A trigger stands in for a full disk or an I/O error at the moment of writing.
    QVERIFY(test::runSql(m_project->filePath(), "CREATE TRIGGER refuse BEFORE INSERT ON systems "
                                                "BEGIN SELECT RAISE(ABORT, 'disk says no'); END;"));
    System system = m_project->data().systems.at(1);
    system.id = 50;
    QSignalSpy failures(m_project.get(), &Project::writeFailed);
    QString error;
    QVERIFY(!edit::addEntities(*m_project, QStringLiteral("Add"), {system}, &error));
    QVERIFY2(error.contains(QStringLiteral("disk says no")), qPrintable(error));
    QCOMPARE(failures.size(), 1);
    QVERIFY(!m_project->data().systems.count(50));
    QCOMPARE(m_project->undoStack()->count(), 0);
    verifyFileMatchesMemory();
}

void TestCommands::everyDoAndUndoIsAudited()
{
    Change change = m_project->change();
    change.purpose = QStringLiteral("Audited");
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("Edit purpose"), change));
    m_project->undoStack()->undo();
    auto reopened = openProject(m_project->filePath(), Store::Access::ReadOnly);
    QVERIFY(reopened);
    const QList<AuditEntry> &audit = reopened.value()->data().audit;
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit.at(1).action, QStringLiteral("Edit purpose"));
    QCOMPARE(audit.at(2).action, QStringLiteral("Undo: Edit purpose"));
    QVERIFY(audit.at(1).detail.contains(QStringLiteral("\"kind\":\"change\"")));
    QCOMPARE(audit.at(1).user, m_project->user());
}

void TestCommands::changeSignalNamesWhatChanged()
{
    QSignalSpy spy(m_project.get(), &Project::documentChanged);
    QVERIFY(edit::removeEntities(*m_project, QStringLiteral("Remove"), EntityKind::Step, {2}));
    QCOMPARE(spy.size(), 1);
    const auto change = spy.first().first().value<DocumentChange>();
    QVERIFY(change.touches(EntityKind::Step));
    QVERIFY(change.touches(EntityKind::StepLink));
    QVERIFY(!change.touches(EntityKind::System));
}

void TestCommands::refuseChangeWrites(bool refuse)
{
    // Triggers stand in for a full disk or an I/O error at the moment of writing.
    const char *sql = refuse ? "CREATE TRIGGER refuse_update BEFORE UPDATE ON change "
                               "BEGIN SELECT RAISE(ABORT, 'disk says no'); END; "
                               "CREATE TRIGGER refuse_insert BEFORE INSERT ON change "
                               "BEGIN SELECT RAISE(ABORT, 'disk says no'); END;"
                             : "DROP TRIGGER refuse_update; DROP TRIGGER refuse_insert;";
    QString error;
    QVERIFY2(test::runSql(m_project->filePath(), sql, &error), qPrintable(error));
}

void TestCommands::editTitle(const QString &title, bool expectWritten)
{
    Change change = m_project->change();
    change.title = title;
    QCOMPARE(edit::updateEntity(*m_project, QStringLiteral("Edit title"), change,
                                MergeId::ChangeText),
             expectWritten);
}

void TestCommands::changeSignalCarriesTheChangedFields()
{
    QSignalSpy spy(m_project.get(), &Project::documentChanged);
    Step step = m_project->data().steps.at(2);
    step.instructions = QStringLiteral("Read the vendor notes first.");
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("Edit instructions"), step));
    QCOMPARE(spy.size(), 1);
    const auto change = spy.takeFirst().first().value<DocumentChange>();
    QCOMPARE(change.items.size(), 1);
    QCOMPARE(change.items.first().fields, FieldMask(StepField::Instructions));
    QVERIFY(change.touches(EntityKind::Step, StepField::Instructions));
    QVERIFY(!change.touches(EntityKind::Step, scheduleStepFields));

    m_project->undoStack()->undo();
    QCOMPARE(spy.takeFirst().first().value<DocumentChange>().items.first().fields,
             FieldMask(StepField::Instructions));
    QVERIFY(edit::removeEntities(*m_project, QStringLiteral("Remove"), EntityKind::Step, {2}));
    QVERIFY(spy.takeFirst().first().value<DocumentChange>().touches(EntityKind::Step,
                                                                    scheduleStepFields));
}

void TestCommands::everyFieldHasItsOwnBit()
{
    const Step original = m_project->data().steps.at(2);
    const auto bitOf = [&original](auto edit) {
        Step changed = original;
        edit(changed);
        return changedFields(AnyEntity(original), AnyEntity(changed));
    };
    QCOMPARE(bitOf([](Step &s) { s.title += QLatin1Char('!'); }), FieldMask(StepField::Title));
    QCOMPARE(bitOf([](Step &s) { s.estimate.likely += 1; }), FieldMask(StepField::Estimate));
    QCOMPARE(bitOf([](Step &s) { s.command.timeoutSeconds += 1; }), FieldMask(StepField::Command));
    QCOMPARE(bitOf([](Step &s) { s.undoesStepIds.append(1); }), FieldMask(StepField::Undoes));
    QCOMPARE(bitOf([](Step &s) { s.enabled = !s.enabled; }), FieldMask(StepField::Enabled));
    QCOMPARE(bitOf([](Step &) {}), FieldMask(0));

    System system = m_project->data().systems.at(1);
    const System before = system;
    system.targetVersion = QStringLiteral("99.0");
    system.notes = QStringLiteral("Two fields at once");
    QCOMPARE(changedFields(AnyEntity(before), AnyEntity(system)),
             FieldMask(SystemField::TargetVersion | SystemField::Notes));
    QCOMPARE(changedFields(std::nullopt, AnyEntity(system)), allFields);
}

void TestCommands::mergingFollowsMergeIdsAndFieldsNotTexts()
{
    editTitle(QStringLiteral("Or"));
    Change change = m_project->change();
    change.title = QStringLiteral("Orders");
    // Another wording of the same edit still merges: texts are for people, not for merging.
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("Rename the change"), change,
                               MergeId::ChangeText));
    QCOMPARE(m_project->undoStack()->count(), 1);
    change.toSummary = QStringLiteral("Orders 15");
    QVERIFY(
        edit::updateEntity(*m_project, QStringLiteral("Edit title"), change, MergeId::ChangeText));
    QCOMPARE(m_project->undoStack()->count(), 2);
}

void TestCommands::typingBackToTheOriginalLeavesNothingToUndo()
{
    const QString original = m_project->change().title;
    editTitle(original + QStringLiteral(" draft"));
    editTitle(original);
    QCOMPARE(m_project->undoStack()->count(), 0);
    QCOMPARE(m_project->change().title, original);
    verifyFileMatchesMemory();
}

void TestCommands::failedEditNeverMergesIntoTheHistory()
{
    const QString original = m_project->change().title;
    editTitle(QStringLiteral("Written"));
    refuseChangeWrites(true);
    QSignalSpy failures(m_project.get(), &Project::writeFailed);
    editTitle(QStringLiteral("Written, then refused"), false);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(m_project->change().title, QStringLiteral("Written"));
    refuseChangeWrites(false);

    QCOMPARE(m_project->undoStack()->count(), 1);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->change().title, original);
    m_project->undoStack()->redo();
    QCOMPARE(m_project->change().title, QStringLiteral("Written"));
    verifyFileMatchesMemory();
}

void TestCommands::failedUndoKeepsTheCommandUndoable()
{
    const QString original = m_project->change().title;
    editTitle(QStringLiteral("Edited"));
    refuseChangeWrites(true);
    QSignalSpy failures(m_project.get(), &Project::writeFailed);
    m_project->undoStack()->undo();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(m_project->change().title, QStringLiteral("Edited"));
    QCOMPARE(m_project->undoStack()->index(), 1);
    QVERIFY(m_project->undoStack()->canUndo());
    QVERIFY(!m_project->undoStack()->canRedo());
    verifyFileMatchesMemory();

    refuseChangeWrites(false);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->change().title, original);
    QCOMPARE(m_project->undoStack()->index(), 0);
    verifyFileMatchesMemory();
}

void TestCommands::failedRedoKeepsTheCommandRedoable()
{
    const QString original = m_project->change().title;
    editTitle(QStringLiteral("Edited"));
    m_project->undoStack()->undo();
    refuseChangeWrites(true);
    m_project->undoStack()->redo();
    QCOMPARE(m_project->change().title, original);
    QCOMPARE(m_project->undoStack()->index(), 0);
    QCOMPARE(m_project->undoStack()->count(), 1);

    refuseChangeWrites(false);
    m_project->undoStack()->redo();
    QCOMPARE(m_project->change().title, QStringLiteral("Edited"));
    verifyFileMatchesMemory();
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
