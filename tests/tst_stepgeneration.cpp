#include "commands.h"
#include "projectfile.h"
#include "stepgeneration.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uw;

/**
 * An upgrade order becomes a runbook skeleton: prepare, back up, upgrade and verify each
 * system, group after group, with a rollback for every upgrade; all of it one undo step that
 * reaches the file.
 */
class TestStepGeneration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everySystemGetsOneStepPerPhase_data();
    void everySystemGetsOneStepPerPhase();
    void stepsNameTheSystemAndItsVersions_data();
    void stepsNameTheSystemAndItsVersions();
    void stepsAreLinkedInTheUpgradeOrder_data();
    void stepsAreLinkedInTheUpgradeOrder();
    void upgradesOfOneGroupRunSideBySide();
    void everyRollbackUndoesItsUpgrade();
    void positionsContinueAfterTheExistingSteps();
    void unknownAndRepeatedSystemsAreSkipped();
    void generatingIsOneUndoStepThatReachesTheFile();
    void commandTextCountsTheSystems_data();
    void commandTextCountsTheSystems();
    void anOrderWithoutSystemsIsRefused();

private:
    /** db-primary first, then order-service and web-shop together. */
    static QList<UpgradeGroup> twoGroups();
    QList<Step> skeletonSteps();
    QList<StepLink> skeletonLinks();
    /** The generated step of phase for system. */
    static const Step *stepOf(const QList<Step> &steps, Phase phase, Id system);
    void verifyFileMatchesMemory();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    QList<AnyEntity> m_skeletons;
};

Q_DECLARE_METATYPE(uw::Phase)

namespace {

constexpr Id database = 1;
constexpr Id orderService = 2;
constexpr Id webShop = 3;

ProjectData threeSystems()
{
    ProjectData data = test::richProject();
    System shop = data.systems.at(orderService);
    shop.id = webShop;
    shop.name = QStringLiteral("web-shop");
    shop.currentVersion = QStringLiteral("2.1");
    shop.targetVersion = QStringLiteral("3.0");
    data.systems[webShop] = shop;
    return data;
}

} // namespace

QList<UpgradeGroup> TestStepGeneration::twoGroups()
{
    return {{{database}, {}},
            {{orderService, webShop}, QStringLiteral("They share one session protocol.")}};
}

void TestStepGeneration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = createProject(m_dir->filePath(QStringLiteral("steps.uwb")), threeSystems());
    QVERIFY(project);
    m_project = std::move(project.value());
    m_skeletons = upgradeStepSkeletons(*m_project, twoGroups());
}

void TestStepGeneration::cleanup()
{
    m_project.reset();
}

QList<Step> TestStepGeneration::skeletonSteps()
{
    QList<Step> steps;
    for (const AnyEntity &entity : std::as_const(m_skeletons)) {
        if (const Step *step = std::get_if<Step>(&entity))
            steps.append(*step);
    }
    return steps;
}

QList<StepLink> TestStepGeneration::skeletonLinks()
{
    QList<StepLink> links;
    for (const AnyEntity &entity : std::as_const(m_skeletons)) {
        if (const StepLink *link = std::get_if<StepLink>(&entity))
            links.append(*link);
    }
    return links;
}

const Step *TestStepGeneration::stepOf(const QList<Step> &steps, Phase phase, Id system)
{
    for (const Step &step : steps) {
        if (step.phase == phase && step.systemIds == QList<Id>{system})
            return &step;
    }
    return nullptr;
}

void TestStepGeneration::verifyFileMatchesMemory()
{
    auto reopened = openProject(m_project->filePath(), Store::Access::ReadOnly);
    QVERIFY(reopened);
    QString difference;
    QVERIFY2(test::sameDocument(reopened.value()->data(), m_project->data(), &difference),
             qPrintable(difference));
}

void TestStepGeneration::everySystemGetsOneStepPerPhase_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::newRow("one prepare step per system") << Phase::Prepare;
    QTest::newRow("one backup per system") << Phase::Backup;
    QTest::newRow("one upgrade per system") << Phase::Execute;
    QTest::newRow("one verification per system") << Phase::Verify;
    QTest::newRow("one rollback per system") << Phase::Rollback;
}

void TestStepGeneration::everySystemGetsOneStepPerPhase()
{
    QFETCH(Phase, phase);
    const QList<Step> steps = skeletonSteps();
    QCOMPARE(steps.size(), 15);
    for (const Id system : {database, orderService, webShop}) {
        const auto count = std::count_if(steps.begin(), steps.end(), [&](const Step &step) {
            return step.phase == phase && step.systemIds == QList<Id>{system};
        });
        QCOMPARE(count, 1);
    }
    for (const Step &step : steps) {
        QCOMPARE(step.stepKind, StepKind::Manual);
        QVERIFY(!step.instructions.isEmpty());
        QVERIFY(step.estimate.optimistic > 0);
        QVERIFY(step.estimate.optimistic <= step.estimate.likely);
        QVERIFY(step.estimate.likely < step.estimate.pessimistic);
    }
}

void TestStepGeneration::stepsNameTheSystemAndItsVersions_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("title");
    QTest::newRow("prepare names the target")
        << Phase::Prepare << QStringLiteral("Prepare db-primary for 16.4");
    QTest::newRow("backup names the system")
        << Phase::Backup << QStringLiteral("Back up db-primary");
    QTest::newRow("upgrade names the target")
        << Phase::Execute << QStringLiteral("Upgrade db-primary to 16.4");
    QTest::newRow("verify names the target")
        << Phase::Verify << QStringLiteral("Verify db-primary on 16.4");
    QTest::newRow("rollback names the version to return to")
        << Phase::Rollback << QStringLiteral("Roll back db-primary to 13.14");
}

void TestStepGeneration::stepsNameTheSystemAndItsVersions()
{
    QFETCH(Phase, phase);
    QFETCH(QString, title);
    const QList<Step> steps = skeletonSteps();
    const Step *step = stepOf(steps, phase, database);
    QVERIFY(step);
    QCOMPARE(step->title, title);
    QVERIFY(step->instructions.contains(QStringLiteral("db-primary")));
}

void TestStepGeneration::stepsAreLinkedInTheUpgradeOrder_data()
{
    QTest::addColumn<Phase>("fromPhase");
    QTest::addColumn<Id>("fromSystem");
    QTest::addColumn<Phase>("toPhase");
    QTest::addColumn<Id>("toSystem");
    QTest::newRow("a system is prepared before its backup")
        << Phase::Prepare << database << Phase::Backup << database;
    QTest::newRow("a backup comes before its system's upgrade")
        << Phase::Backup << orderService << Phase::Execute << orderService;
    QTest::newRow("every backup of a group comes before each upgrade of it")
        << Phase::Backup << webShop << Phase::Execute << orderService;
    QTest::newRow("an upgrade is verified after it")
        << Phase::Execute << webShop << Phase::Verify << webShop;
    QTest::newRow("the next group starts after the previous group is verified")
        << Phase::Verify << database << Phase::Prepare << orderService;
    QTest::newRow("later groups roll back first")
        << Phase::Rollback << webShop << Phase::Rollback << database;
}

void TestStepGeneration::stepsAreLinkedInTheUpgradeOrder()
{
    QFETCH(Phase, fromPhase);
    QFETCH(Id, fromSystem);
    QFETCH(Phase, toPhase);
    QFETCH(Id, toSystem);
    const QList<Step> steps = skeletonSteps();
    const QList<StepLink> links = skeletonLinks();
    // 3 prepare->backup, 1 + 2*2 backup->upgrade, 3 upgrade->verify, 1*2 between the groups,
    // 2*1 between the groups' rollbacks.
    QCOMPARE(links.size(), 15);
    const Step *from = stepOf(steps, fromPhase, fromSystem);
    const Step *to = stepOf(steps, toPhase, toSystem);
    QVERIFY(from && to);
    const bool linked = std::any_of(links.begin(), links.end(), [&](const StepLink &link) {
        return link.predecessorId == from->id && link.successorId == to->id
               && link.type == LinkType::FinishToStart && link.lagMinutes == 0;
    });
    QVERIFY(linked);
}

void TestStepGeneration::upgradesOfOneGroupRunSideBySide()
{
    const QList<Step> steps = skeletonSteps();
    const Id first = stepOf(steps, Phase::Execute, orderService)->id;
    const Id second = stepOf(steps, Phase::Execute, webShop)->id;
    for (const StepLink &link : skeletonLinks()) {
        QVERIFY(!(link.predecessorId == first && link.successorId == second));
        QVERIFY(!(link.predecessorId == second && link.successorId == first));
    }
}

void TestStepGeneration::everyRollbackUndoesItsUpgrade()
{
    const QList<Step> steps = skeletonSteps();
    for (const Id system : {database, orderService, webShop}) {
        const Step *rollback = stepOf(steps, Phase::Rollback, system);
        const Step *upgrade = stepOf(steps, Phase::Execute, system);
        QVERIFY(rollback && upgrade);
        QCOMPARE(rollback->undoesStepIds, QList<Id>{upgrade->id});
    }
    for (const Step &step : steps) {
        if (step.phase != Phase::Rollback)
            QVERIFY(step.undoesStepIds.isEmpty());
    }
}

void TestStepGeneration::positionsContinueAfterTheExistingSteps()
{
    QList<Step> steps = skeletonSteps();
    std::sort(steps.begin(), steps.end(),
              [](const Step &a, const Step &b) { return a.position < b.position; });
    QStringList titles;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        // richProject's steps sit at positions 1 to 3.
        QCOMPARE(steps[i].position, int(4 + i));
        titles.append(steps[i].title);
    }
    // A group is worked phase by phase; rollbacks come last, in the order they would run.
    const QStringList expected{
        QStringLiteral("Prepare db-primary for 16.4"),
        QStringLiteral("Back up db-primary"),
        QStringLiteral("Upgrade db-primary to 16.4"),
        QStringLiteral("Verify db-primary on 16.4"),
        QStringLiteral("Prepare order-service for 5.0.0"),
        QStringLiteral("Prepare web-shop for 3.0"),
        QStringLiteral("Back up order-service"),
        QStringLiteral("Back up web-shop"),
        QStringLiteral("Upgrade order-service to 5.0.0"),
        QStringLiteral("Upgrade web-shop to 3.0"),
        QStringLiteral("Verify order-service on 5.0.0"),
        QStringLiteral("Verify web-shop on 3.0"),
        QStringLiteral("Roll back order-service to 4.8.2"),
        QStringLiteral("Roll back web-shop to 2.1"),
        QStringLiteral("Roll back db-primary to 13.14"),
    };
    QCOMPARE(titles, expected);
    for (const Step &step : steps)
        QVERIFY(!m_project->data().steps.count(step.id));
    for (const StepLink &link : skeletonLinks())
        QVERIFY(!m_project->data().links.count(link.id));
}

void TestStepGeneration::unknownAndRepeatedSystemsAreSkipped()
{
    const QList<AnyEntity> skeletons = upgradeStepSkeletons(*m_project, {{{database, 404}, {}},
                                                                         {{database}, {}},
                                                                         {{webShop}, {}}});
    int steps = 0;
    for (const AnyEntity &entity : skeletons)
        steps += std::holds_alternative<Step>(entity) ? 1 : 0;
    QCOMPARE(steps, 10);
}

void TestStepGeneration::generatingIsOneUndoStepThatReachesTheFile()
{
    const ProjectData before = m_project->data();
    const int commands = m_project->undoStack()->count();
    QString error;
    QVERIFY2(generateUpgradeSteps(*m_project, twoGroups(), &error), qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), commands + 1);
    QCOMPARE(m_project->data().steps.size(), before.steps.size() + 15);
    QCOMPARE(m_project->data().links.size(), before.links.size() + 15);
    verifyFileMatchesMemory();

    m_project->undoStack()->undo();
    QString difference;
    QVERIFY2(test::sameDocument(m_project->data(), before, &difference), qPrintable(difference));
    verifyFileMatchesMemory();

    m_project->undoStack()->redo();
    QCOMPARE(m_project->data().steps.size(), before.steps.size() + 15);
    verifyFileMatchesMemory();
}

void TestStepGeneration::commandTextCountsTheSystems_data()
{
    QTest::addColumn<QList<UpgradeGroup>>("order");
    QTest::addColumn<QString>("text");
    QTest::newRow("one system") << QList<UpgradeGroup>{{{webShop}, {}}}
                                << QStringLiteral("Generate runbook steps for 1 system");
    QTest::newRow("several systems")
        << twoGroups() << QStringLiteral("Generate runbook steps for 3 systems");
}

void TestStepGeneration::commandTextCountsTheSystems()
{
    QFETCH(QList<UpgradeGroup>, order);
    QFETCH(QString, text);
    QVERIFY(generateUpgradeSteps(*m_project, order, nullptr));
    QCOMPARE(m_project->undoStack()->undoText(), text);
}

void TestStepGeneration::anOrderWithoutSystemsIsRefused()
{
    const int commands = m_project->undoStack()->count();
    QString error;
    QVERIFY(!generateUpgradeSteps(*m_project, {{{404}, {}}}, &error));
    QVERIFY(error.contains(QStringLiteral("no system")));
    QCOMPARE(m_project->undoStack()->count(), commands);
}

QTEST_GUILESS_MAIN(TestStepGeneration)
#include "tst_stepgeneration.moc"
