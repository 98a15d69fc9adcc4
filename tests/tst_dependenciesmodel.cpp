#include "commands.h"
#include "dependenciesmodel.h"
#include "projectfile.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uw;

Q_DECLARE_METATYPE(uw::ConstraintStatus)
Q_DECLARE_METATYPE(uw::Dependency)

/**
 * The dependency table shows whether each constraint holds today and after the upgrade, and
 * every edit made in it is one undo step that reaches the file.
 */
class TestDependenciesModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statusColumnsCheckCurrentAndTargetVersions_data();
    void statusColumnsCheckCurrentAndTargetVersions();
    void statusFollowsASystemsVersion();
    void systemColumnsShowNamesAndEditIds();
    void editIsOneUndoStepThatReachesTheFile_data();
    void editIsOneUndoStepThatReachesTheFile();
    void invalidEditIsRefused_data();
    void invalidEditIsRefused();
    void rowsFollowAddRemoveAndUndo();
    void readOnlyProjectOffersNoEditing();

private:
    void setVersions(const QString &constraint, const QString &current, const QString &target);
    void verifyFileMatchesMemory();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<DependenciesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestDependenciesModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    ProjectData data = test::richProject();
    data.systems[3] = {};
    data.systems[3].id = 3;
    data.systems[3].name = QStringLiteral("report-etl");
    data.systems[3].currentVersion = QStringLiteral("2.3.1");
    data.systems[3].targetVersion = QStringLiteral("2.4.0");
    auto project = createProject(m_dir->filePath(QStringLiteral("deps.uwb")), data);
    QVERIFY(project);
    m_project = std::move(project.value());
    m_model = std::make_unique<DependenciesModel>();
    m_model->setProject(m_project.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDependenciesModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_project.reset();
}

void TestDependenciesModel::setVersions(const QString &constraint, const QString &current,
                                        const QString &target)
{
    System system = *m_project->find<System>(1);
    system.currentVersion = current;
    system.targetVersion = target;
    Dependency dependency = *m_project->find<Dependency>(1);
    dependency.constraint = constraint;
    QVERIFY(edit::updateEntities(*m_project, QStringLiteral("prepare"), {system, dependency}));
}

void TestDependenciesModel::verifyFileMatchesMemory()
{
    auto reopened = openProject(m_project->filePath(), Store::Access::ReadOnly);
    QVERIFY(reopened);
    QString difference;
    QVERIFY2(test::sameDocument(reopened.value()->data(), m_project->data(), &difference),
             qPrintable(difference));
}

void TestDependenciesModel::statusColumnsCheckCurrentAndTargetVersions_data()
{
    QTest::addColumn<QString>("constraint");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("target");
    QTest::addColumn<ConstraintStatus>("now");
    QTest::addColumn<QString>("nowReason");
    QTest::addColumn<ConstraintStatus>("after");
    QTest::addColumn<QString>("afterReason");

    const auto ok = ConstraintStatus::Satisfied;
    const auto bad = ConstraintStatus::Violated;
    const auto unknown = ConstraintStatus::Unknown;
    QTest::newRow("constraint holds before and after")
        << ">=13 <17"
        << "13.14"
        << "16.4" << ok << "13.14 satisfies >=13 <17" << ok << "16.4 satisfies >=13 <17";
    QTest::newRow("upgrade breaks the constraint")
        << ">=13 <16"
        << "13.14"
        << "16.4" << ok << "13.14 satisfies >=13 <16" << bad
        << "16.4 does not satisfy >=13 <16: 16.4 is not below 16";
    QTest::newRow("upgrade fixes a violation")
        << ">=16"
        << "13.14"
        << "16.4" << bad << "13.14 does not satisfy >=16" << ok << "16.4 satisfies >=16";
    QTest::newRow("unreadable version is unknown, never a pass")
        << ">=13"
        << "latest"
        << "16.4" << unknown << "unknown: cannot parse version" << ok << "16.4 satisfies >=13";
    QTest::newRow("unreadable constraint is unknown on both sides")
        << ">=13 <<16"
        << "13.14"
        << "16.4" << unknown << "unknown: " << unknown << "unknown: ";
    QTest::newRow("no constraint accepts any version")
        << ""
        << "latest"
        << "16.4" << ok << "no constraint: any version of db-primary will do" << ok
        << "no constraint";
    QTest::newRow("no target version keeps the current one")
        << ">=13 <16"
        << "13.14"
        << "" << ok << "13.14 satisfies" << ok << "13.14 satisfies";
}

void TestDependenciesModel::statusColumnsCheckCurrentAndTargetVersions()
{
    QFETCH(QString, constraint);
    QFETCH(QString, current);
    QFETCH(QString, target);
    QFETCH(ConstraintStatus, now);
    QFETCH(QString, nowReason);
    QFETCH(ConstraintStatus, after);
    QFETCH(QString, afterReason);

    setVersions(constraint, current, target);
    const int row = m_model->rowOf(1);
    const auto check = [&](int column, ConstraintStatus status, const QString &reason) {
        const QModelIndex index = m_model->index(row, column);
        const QString symbol = status == ConstraintStatus::Satisfied  ? QStringLiteral("✓")
                               : status == ConstraintStatus::Violated ? QStringLiteral("✗")
                                                                      : QStringLiteral("?");
        QCOMPARE(index.data(DependenciesModel::ConstraintStatusRole).toInt(), int(status));
        QCOMPARE(index.data().toString(), symbol);
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(reason), qPrintable(tip));
        const QColor color = index.data(Qt::ForegroundRole).value<QBrush>().color();
        QVERIFY(color.isValid());
        if (status == ConstraintStatus::Satisfied)
            QVERIFY(color.green() > color.red());
        else
            QVERIFY(color.red() > color.green() && color.red() > color.blue());
    };
    check(DependenciesModel::NowColumn, now, nowReason);
    check(DependenciesModel::AfterUpgradeColumn, after, afterReason);
    if (current == QLatin1String("latest") && !constraint.isEmpty()) {
        QVERIFY(m_model->index(row, DependenciesModel::NowColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("latest")));
    }
}

void TestDependenciesModel::statusFollowsASystemsVersion()
{
    setVersions(QStringLiteral(">=13 <17"), QStringLiteral("13.14"), QStringLiteral("16.4"));
    const QModelIndex after = m_model->index(m_model->rowOf(1),
                                             DependenciesModel::AfterUpgradeColumn);
    QCOMPARE(after.data().toString(), QStringLiteral("✓"));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    System system = *m_project->find<System>(1);
    system.targetVersion = QStringLiteral("17.0");
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("target 17"), system));

    QVERIFY(!changed.isEmpty());
    const auto covers = [&after](const QList<QVariant> &arguments) {
        const auto topLeft = arguments.at(0).toModelIndex();
        const auto bottomRight = arguments.at(1).toModelIndex();
        return topLeft.row() <= after.row() && after.row() <= bottomRight.row()
               && topLeft.column() <= after.column() && after.column() <= bottomRight.column();
    };
    QVERIFY(std::any_of(changed.begin(), changed.end(), covers));
    QCOMPARE(after.data().toString(), QStringLiteral("✗"));
    QVERIFY(
        after.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("17.0 does not satisfy")));

    m_project->undoStack()->undo();
    QCOMPARE(after.data().toString(), QStringLiteral("✓"));
}

void TestDependenciesModel::systemColumnsShowNamesAndEditIds()
{
    const int row = m_model->rowOf(1);
    const QModelIndex dependent = m_model->index(row, DependenciesModel::DependentColumn);
    const QModelIndex dependency = m_model->index(row, DependenciesModel::DependencyColumn);
    QCOMPARE(dependent.data().toString(), QStringLiteral("order-service"));
    QCOMPARE(dependent.data(Qt::EditRole).toLongLong(), 2);
    QCOMPARE(dependency.data().toString(), QStringLiteral("db-primary"));
    QCOMPARE(dependency.data(Qt::EditRole).toLongLong(), 1);
    QVERIFY(dependency.data(Qt::ToolTipRole).toString().contains(QLatin1String("13.14")));
    QVERIFY(m_model->index(row, 0)
                .data(FilterTextRole)
                .toString()
                .contains(QLatin1String("reads and writes orders")));

    System renamed = *m_project->find<System>(1);
    renamed.name = QStringLiteral("pg-main");
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("rename"), renamed));
    QCOMPARE(dependency.data().toString(), QStringLiteral("pg-main"));
}

void TestDependenciesModel::editIsOneUndoStepThatReachesTheFile_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("role");
    QTest::addColumn<Dependency>("expected");

    const Dependency original = test::richProject().dependencies.at(1);
    Dependency dependent = original;
    dependent.dependentId = 3;
    QTest::newRow("another system becomes the dependant")
        << int(DependenciesModel::DependentColumn) << QVariant(3) << int(Qt::EditRole) << dependent;
    Dependency dependency = original;
    dependency.dependencyId = 3;
    QTest::newRow("the dependant needs another system")
        << int(DependenciesModel::DependencyColumn) << QVariant(Id(3)) << int(Qt::EditRole)
        << dependency;
    Dependency kind = original;
    kind.dependencyKind = DependencyKind::Network;
    QTest::newRow("kind is set by its key")
        << int(DependenciesModel::KindColumn) << QVariant(QStringLiteral("network"))
        << int(Qt::EditRole) << kind;
    Dependency constraint = original;
    constraint.constraint = QStringLiteral("^16");
    QTest::newRow("constraint is trimmed")
        << int(DependenciesModel::ConstraintColumn) << QVariant(QStringLiteral(" ^16 "))
        << int(Qt::EditRole) << constraint;
    Dependency noConstraint = original;
    noConstraint.constraint.clear();
    QTest::newRow("constraint can be removed")
        << int(DependenciesModel::ConstraintColumn) << QVariant(QString()) << int(Qt::EditRole)
        << noConstraint;
    Dependency strict = original;
    strict.mixedVersionsTolerated = false;
    QTest::newRow("mixed versions checkbox unticks")
        << int(DependenciesModel::MixedVersionsColumn) << QVariant(int(Qt::Unchecked))
        << int(Qt::CheckStateRole) << strict;
}

void TestDependenciesModel::editIsOneUndoStepThatReachesTheFile()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(int, role);
    QFETCH(Dependency, expected);

    const ProjectData before = m_project->data();
    const int steps = m_project->undoStack()->count();
    QVERIFY(m_model->setData(m_model->index(m_model->rowOf(1), column), value, role));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QCOMPARE(*m_project->find<Dependency>(1), expected);
    verifyFileMatchesMemory();

    m_project->undoStack()->undo();
    QString difference;
    QVERIFY2(test::sameDocument(m_project->data(), before, &difference), qPrintable(difference));
    verifyFileMatchesMemory();
}

void TestDependenciesModel::invalidEditIsRefused_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("a system cannot depend on itself")
        << int(DependenciesModel::DependentColumn) << QVariant(1) << "cannot depend on itself";
    QTest::newRow("the dependency cannot be the dependant")
        << int(DependenciesModel::DependencyColumn) << QVariant(2) << "cannot depend on itself";
    QTest::newRow("unknown system id")
        << int(DependenciesModel::DependencyColumn) << QVariant(99) << "no system with id 99";
    QTest::newRow("no system id at all")
        << int(DependenciesModel::DependentColumn) << QVariant(QStringLiteral("db-primary"))
        << "no system with id";
    QTest::newRow("unknown kind") << int(DependenciesModel::KindColumn)
                                  << QVariant(QStringLiteral("telepathy"))
                                  << "not a dependency kind";
    QTest::newRow("unreadable constraint")
        << int(DependenciesModel::ConstraintColumn) << QVariant(QStringLiteral(">=13 <<16"))
        << "cannot be read";
    QTest::newRow("status is computed, not edited")
        << int(DependenciesModel::NowColumn) << QVariant(QStringLiteral("✓")) << QString();
}

void TestDependenciesModel::invalidEditIsRefused()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, message);

    const ProjectData before = m_project->data();
    const int steps = m_project->undoStack()->count();
    QSignalSpy failed(m_model.get(), &DependenciesModel::editFailed);
    QVERIFY(!m_model->setData(m_model->index(m_model->rowOf(1), column), value));
    QCOMPARE(m_project->undoStack()->count(), steps);
    QString difference;
    QVERIFY2(test::sameDocument(m_project->data(), before, &difference), qPrintable(difference));
    if (message.isEmpty()) {
        QVERIFY(failed.isEmpty());
    } else {
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(message),
                 qPrintable(failed.first().first().toString()));
    }
}

void TestDependenciesModel::rowsFollowAddRemoveAndUndo()
{
    QCOMPARE(m_model->rowCount(), 1);
    Dependency added;
    added.id = m_project->allocateId(EntityKind::Dependency);
    added.dependentId = 3;
    added.dependencyId = 1;
    added.constraint = QStringLiteral(">=14");
    QVERIFY(edit::addEntities(*m_project, QStringLiteral("add"), {added}));
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex now = m_model->index(m_model->rowOf(added.id), DependenciesModel::NowColumn);
    QCOMPARE(now.data().toString(), QStringLiteral("✗"));

    // Removing a system takes its dependencies with it; undo brings both rows back.
    QVERIFY(edit::removeEntities(*m_project, QStringLiteral("remove"), EntityKind::System, {1}));
    QCOMPARE(m_model->rowCount(), 0);
    m_project->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 2);
    m_project->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 1);
    m_project->undoStack()->redo();
    QCOMPARE(m_model->idAt(1), added.id);
}

void TestDependenciesModel::readOnlyProjectOffersNoEditing()
{
    auto readOnly = openProject(m_project->filePath(), Store::Access::ReadOnly);
    QVERIFY(readOnly);
    DependenciesModel model;
    model.setProject(readOnly.value().get());
    for (int column = 0; column < DependenciesModel::ColumnCount; ++column) {
        const Qt::ItemFlags flags = model.flags(model.index(0, column));
        QVERIFY(!(flags & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)));
    }
    QVERIFY(
        !model.setData(model.index(0, DependenciesModel::ConstraintColumn), QStringLiteral(">=1")));
}

QTEST_GUILESS_MAIN(TestDependenciesModel)
#include "tst_dependenciesmodel.moc"
