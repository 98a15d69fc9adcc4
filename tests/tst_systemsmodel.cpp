#include "commands.h"
#include "enumkeys.h"
#include "projectfile.h"
#include "systemsfiltermodel.h"
#include "systemsmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace uw;

namespace {

System makeSystem(Id id, const QString &name, SystemKind kind, const QString &environment,
                  const QString &site, const QString &current, const QString &target,
                  Level criticality, const QStringList &processes = {})
{
    System system;
    system.id = id;
    system.name = name;
    system.systemKind = kind;
    system.environment = environment;
    system.site = site;
    system.currentVersion = current;
    system.targetVersion = target;
    system.criticality = criticality;
    system.owner = QStringLiteral("owner of %1").arg(name);
    system.businessProcesses = processes;
    return system;
}

/** Five systems that differ in every column the filters look at. */
ProjectData inventory()
{
    ProjectData data;
    const QString dc1 = QStringLiteral("Frankfurt DC1");
    const QString berlin = QStringLiteral("Berlin");
    data.systems[1] = makeSystem(1, QStringLiteral("db-primary"), SystemKind::Database,
                                 QStringLiteral("Production"), dc1, QStringLiteral("13.14"),
                                 QStringLiteral("16.4"), Level::Critical,
                                 {QStringLiteral("order intake"), QStringLiteral("billing")});
    data.systems[2] = makeSystem(2, QStringLiteral("order-service"), SystemKind::Application,
                                 QStringLiteral("Production"), QStringLiteral("Frankfurt DC2"),
                                 QStringLiteral("4.8.2"), QStringLiteral("5.0.0"), Level::High,
                                 {QStringLiteral("order intake")});
    data.systems[3] = makeSystem(3, QStringLiteral("report-etl"), SystemKind::Application,
                                 QStringLiteral("Staging"), berlin, QStringLiteral("v1.9"),
                                 QStringLiteral("v1.10"), Level::Low,
                                 {QStringLiteral("reporting")});
    data.systems[4] = makeSystem(4, QStringLiteral("edge-lb"), SystemKind::Middleware,
                                 QStringLiteral("Pilot"), dc1, QStringLiteral("latest"), QString(),
                                 Level::Medium);
    data.systems[5] = makeSystem(5, QStringLiteral("cert-shop"), SystemKind::Certificate,
                                 QStringLiteral("Production"), berlin, QStringLiteral("2019 CU18"),
                                 QStringLiteral("2022 CU2"), Level::Medium);
    return data;
}

/** QStringList from literals; QT_NO_CAST_FROM_ASCII forbids the implicit conversion. */
QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

QStringList columnValues(const QAbstractItemModel &model, int column = SystemsModel::NameColumn)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

class TestSystemsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEveryColumnOfASystem();
    void staysConsistentWhileAddingRemovingAndUndoing();
    void setDataPushesOneCommandThatReachesTheFile();
    void setDataStoresEditedValues_data();
    void setDataStoresEditedValues();
    void setDataRefusesInvalidValues_data();
    void setDataRefusesInvalidValues();
    void undoAndRedoRefreshTheRows();
    void readOnlyProjectIsNotEditable();
    void versionProblemRoleFlagsUnreadableVersions_data();
    void versionProblemRoleFlagsUnreadableVersions();
    void filterShowsMatchingRows_data();
    void filterShowsMatchingRows();
    void filterFollowsEdits();
    void versionsSortNaturally_data();
    void versionsSortNaturally();
    void criticalitySortsByRank();
    void removalQuestionNamesWhatGoesWithTheSystem();

private:
    std::unique_ptr<Project> create(const ProjectData &data, QString *path = nullptr);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestSystemsModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Project> TestSystemsModel::create(const ProjectData &data, QString *path)
{
    const QString file = m_dir.filePath(QStringLiteral("systems-%1.uwb").arg(++m_files));
    if (path)
        *path = file;
    auto created = createProject(file, data);
    if (!created) {
        qWarning("%s", qPrintable(created.error().message));
        return nullptr;
    }
    return std::move(created.value());
}

void TestSystemsModel::showsEveryColumnOfASystem()
{
    auto project = create(test::richProject());
    QVERIFY(project);
    SystemsModel model;
    model.setProject(project.get());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(SystemsModel::ColumnCount));
    QCOMPARE(model.headerData(SystemsModel::TargetVersionColumn, Qt::Horizontal).toString(),
             QStringLiteral("Target version"));
    const auto cell = [&model](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(SystemsModel::NameColumn).toString(), QStringLiteral("db-primary"));
    QCOMPARE(cell(SystemsModel::KindColumn).toString(), QStringLiteral("Database"));
    QCOMPARE(cell(SystemsModel::KindColumn, Qt::EditRole).toString(), QStringLiteral("database"));
    QCOMPARE(cell(SystemsModel::EnvironmentColumn).toString(), QStringLiteral("Staging"));
    QCOMPARE(cell(SystemsModel::EnvironmentColumn, Qt::EditRole).toString(),
             QStringLiteral("Staging"));
    QCOMPARE(cell(SystemsModel::CriticalityColumn).toString(), QStringLiteral("Critical"));
    QCOMPARE(cell(SystemsModel::CriticalityColumn, Qt::EditRole).toString(),
             QStringLiteral("critical"));
    QCOMPARE(cell(SystemsModel::CurrentVersionColumn).toString(), QStringLiteral("13.14"));
    QCOMPARE(cell(SystemsModel::BusinessProcessesColumn).toString(),
             QStringLiteral("order intake, billing"));
    QCOMPARE(cell(SystemsModel::NameColumn, IdRole).toLongLong(), Id(1));
    const QString filterText = cell(SystemsModel::NameColumn, FilterTextRole).toString();
    for (const char *part : {"db-primary", "Database", "Staging", "Frankfurt DC1", "13.14", "16.4",
                             "Critical", "Dana DBA", "order intake, billing"})
        QVERIFY2(filterText.contains(QLatin1String(part)), part);
    QVERIFY(!cell(SystemsModel::CurrentVersionColumn, SystemsModel::VersionProblemRole).toBool());
    QVERIFY(!cell(SystemsModel::CurrentVersionColumn, Qt::ToolTipRole).isValid());
    QVERIFY(model.flags(model.index(0, SystemsModel::NameColumn)) & Qt::ItemIsEditable);
}

void TestSystemsModel::staysConsistentWhileAddingRemovingAndUndoing()
{
    auto project = create(test::richProject());
    QVERIFY(project);
    SystemsModel model;
    SystemsFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(QStringLiteral("o"));
    proxy.sort(SystemsModel::TargetVersionColumn, Qt::DescendingOrder);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(project.get());

    System added = makeSystem(project->allocateId(EntityKind::System), QStringLiteral("mq-broker"),
                              SystemKind::Middleware, QStringLiteral("Production"),
                              QStringLiteral("Berlin"), QStringLiteral("3.11"),
                              QStringLiteral("3.13"), Level::High);
    QVERIFY(edit::addEntities(*project, QStringLiteral("add"), {added}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(proxy.rowCount(), 3);
    QVERIFY(model.setData(model.index(model.rowOf(added.id), SystemsModel::TargetVersionColumn),
                          QStringLiteral("1.0")));
    QVERIFY(edit::removeEntities(*project, QStringLiteral("remove"), EntityKind::System, {1, 2}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(proxy.rowCount(), 1);
    QUndoStack *stack = project->undoStack();
    stack->undo();
    QCOMPARE(model.rowCount(), 3);
    stack->undo();
    stack->undo();
    QCOMPARE(model.rowCount(), 2);
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(columnValues(proxy), QStringList{QStringLiteral("mq-broker")});
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 1);
    model.setProject(nullptr);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestSystemsModel::setDataPushesOneCommandThatReachesTheFile()
{
    QString path;
    auto project = create(test::richProject(), &path);
    QVERIFY(project);
    SystemsModel model;
    model.setProject(project.get());
    const int before = project->undoStack()->count();
    QVERIFY(
        model.setData(model.index(0, SystemsModel::TargetVersionColumn), QStringLiteral(" 16.6 ")));
    QCOMPARE(project->undoStack()->count(), before + 1);
    QCOMPARE(project->undoStack()->undoText(),
             QStringLiteral("Change Target version of db-primary"));
    QCOMPARE(project->find<System>(1)->targetVersion, QStringLiteral("16.6"));

    auto reopened = openProject(path, Store::Access::ReadOnly);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
    QCOMPARE(reopened.value()->find<System>(1)->targetVersion, QStringLiteral("16.6"));
}

void TestSystemsModel::setDataStoresEditedValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("display");

    QTest::newRow("kind by key") << int(SystemsModel::KindColumn)
                                 << QStringLiteral("network_device")
                                 << QStringLiteral("Network device");
    QTest::newRow("environment in any case") << int(SystemsModel::EnvironmentColumn)
                                             << QStringLiteral("pilot") << QStringLiteral("Pilot");
    QTest::newRow("environment abbreviated")
        << int(SystemsModel::EnvironmentColumn) << QStringLiteral(" PRD ")
        << QStringLiteral("Production");
    QTest::newRow("new environment kept as typed")
        << int(SystemsModel::EnvironmentColumn) << QStringLiteral("Lab  2")
        << QStringLiteral("Lab 2");
    QTest::newRow("criticality by key")
        << int(SystemsModel::CriticalityColumn) << QStringLiteral("low") << QStringLiteral("Low");
    QTest::newRow("processes split at commas")
        << int(SystemsModel::BusinessProcessesColumn) << QStringLiteral(" a ,, b,c ")
        << QStringLiteral("a, b, c");
    QTest::newRow("name is trimmed")
        << int(SystemsModel::NameColumn) << QStringLiteral("  db-1  ") << QStringLiteral("db-1");
    QTest::newRow("unreadable version is kept")
        << int(SystemsModel::CurrentVersionColumn) << QStringLiteral("latest")
        << QStringLiteral("latest");
}

void TestSystemsModel::setDataStoresEditedValues()
{
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QString, display);
    auto project = create(test::richProject());
    QVERIFY(project);
    SystemsModel model;
    model.setProject(project.get());
    QVERIFY(model.setData(model.index(0, column), value));
    QCOMPARE(model.index(0, column).data().toString(), display);
}

void TestSystemsModel::setDataRefusesInvalidValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");

    QTest::newRow("unknown kind") << int(SystemsModel::KindColumn) << QStringLiteral("spaceship");
    QTest::newRow("display name is not a key")
        << int(SystemsModel::KindColumn) << QStringLiteral("Network device");
    QTest::newRow("empty environment") << int(SystemsModel::EnvironmentColumn) << QString();
    QTest::newRow("environment longer than a name")
        << int(SystemsModel::EnvironmentColumn) << QString(61, u'e');
    QTest::newRow("unknown criticality")
        << int(SystemsModel::CriticalityColumn) << QStringLiteral("urgent");
    QTest::newRow("blank name") << int(SystemsModel::NameColumn) << QStringLiteral("   ");
}

void TestSystemsModel::setDataRefusesInvalidValues()
{
    QFETCH(int, column);
    QFETCH(QString, value);
    auto project = create(test::richProject());
    QVERIFY(project);
    SystemsModel model;
    model.setProject(project.get());
    const System before = *project->find<System>(1);
    const int commands = project->undoStack()->count();
    QVERIFY(!model.setData(model.index(0, column), value));
    QCOMPARE(project->undoStack()->count(), commands);
    QVERIFY(*project->find<System>(1) == before);
}

void TestSystemsModel::undoAndRedoRefreshTheRows()
{
    auto project = create(test::richProject());
    QVERIFY(project);
    SystemsModel model;
    model.setProject(project.get());
    const QModelIndex owner = model.index(1, SystemsModel::OwnerColumn);
    QVERIFY(model.setData(owner, QStringLiteral("Pat Platform")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    project->undoStack()->undo();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(owner.data().toString(), QStringLiteral("Alex App"));
    project->undoStack()->redo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(owner.data().toString(), QStringLiteral("Pat Platform"));
}

void TestSystemsModel::readOnlyProjectIsNotEditable()
{
    QString path;
    auto writer = create(test::richProject(), &path);
    QVERIFY(writer);
    writer.reset();
    auto reader = openProject(path, Store::Access::ReadOnly);
    QVERIFY(reader);
    QVERIFY(reader.value()->isReadOnly());
    SystemsModel model;
    model.setProject(reader.value().get());
    const QModelIndex name = model.index(0, SystemsModel::NameColumn);
    QVERIFY(!(model.flags(name) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(name, QStringLiteral("renamed")));
    QCOMPARE(name.data().toString(), QStringLiteral("db-primary"));
}

void TestSystemsModel::versionProblemRoleFlagsUnreadableVersions_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("problem");

    QTest::newRow("word without digits") << QStringLiteral("latest") << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("dotted numbers") << QStringLiteral("6.4.2") << false;
    QTest::newRow("debian revision") << QStringLiteral("12.2.0-14+deb12u1") << false;
    QTest::newRow("vendor name") << QStringLiteral("2019 CU18") << false;
}

void TestSystemsModel::versionProblemRoleFlagsUnreadableVersions()
{
    QFETCH(QString, version);
    QFETCH(bool, problem);
    ProjectData data = inventory();
    data.systems[1].targetVersion = version;
    auto project = create(data);
    QVERIFY(project);
    SystemsModel model;
    model.setProject(project.get());
    const QModelIndex target = model.index(0, SystemsModel::TargetVersionColumn);
    QCOMPARE(target.data(SystemsModel::VersionProblemRole).toBool(), problem);
    QCOMPARE(target.data(Qt::ToolTipRole).toString().startsWith(u"cannot read version: "), problem);
    QVERIFY(
        !model.index(0, SystemsModel::NameColumn).data(SystemsModel::VersionProblemRole).toBool());
}

void TestSystemsModel::filterShowsMatchingRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QStringList>("expected");

    const QString any;
    QTest::newRow("no filter shows all")
        << any << any << any << any
        << strings({"cert-shop", "db-primary", "edge-lb", "order-service", "report-etl"});
    QTest::newRow("word in name or process")
        << QStringLiteral("order") << any << any << any << strings({"db-primary", "order-service"});
    QTest::newRow("all words must match")
        << QStringLiteral("order billing") << any << any << any << strings({"db-primary"});
    QTest::newRow("case and spacing do not matter")
        << QStringLiteral("  ORDER   Intake ") << any << any << any
        << strings({"db-primary", "order-service"});
    QTest::newRow("shown kind name matches")
        << QStringLiteral("certificate") << any << any << any << strings({"cert-shop"});
    QTest::newRow("version text matches")
        << QStringLiteral("cu18") << any << any << any << strings({"cert-shop"});
    QTest::newRow("nothing matches")
        << QStringLiteral("mainframe") << any << any << any << QStringList();
    QTest::newRow("kind") << any << QStringLiteral("application") << any << any
                          << strings({"order-service", "report-etl"});
    QTest::newRow("environment") << any << any << QStringLiteral("Staging") << any
                                 << strings({"report-etl"});
    QTest::newRow("site") << any << any << any << QStringLiteral("Berlin")
                          << strings({"cert-shop", "report-etl"});
    QTest::newRow("site is exact, not a substring")
        << any << any << any << QStringLiteral("Frankfurt") << QStringList();
    QTest::newRow("text and kind together")
        << QStringLiteral("order") << QStringLiteral("application") << any << any
        << strings({"order-service"});
    QTest::newRow("every filter at once")
        << QStringLiteral("frankfurt") << QStringLiteral("database") << QStringLiteral("Production")
        << QStringLiteral("Frankfurt DC1") << strings({"db-primary"});
}

void TestSystemsModel::filterShowsMatchingRows()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, environment);
    QFETCH(QString, site);
    QFETCH(QStringList, expected);
    auto project = create(inventory());
    QVERIFY(project);
    SystemsModel model;
    model.setProject(project.get());
    SystemsFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(SystemsModel::NameColumn);
    proxy.setFilterText(text);
    proxy.setKindFilter(enumFromKey<SystemKind>(kind));
    proxy.setEnvironmentFilter(environment);
    proxy.setSiteFilter(site);
    QCOMPARE(columnValues(proxy), expected);
    proxy.setFilterText(QString());
    proxy.setKindFilter(std::nullopt);
    proxy.setEnvironmentFilter(QString());
    proxy.setSiteFilter(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestSystemsModel::filterFollowsEdits()
{
    auto project = create(inventory());
    QVERIFY(project);
    SystemsModel model;
    model.setProject(project.get());
    SystemsFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(QStringLiteral("kafka"));
    QCOMPARE(proxy.rowCount(), 0);
    // The cached filter text of a row must follow its edits, undo and redo.
    QVERIFY(model.setData(model.index(3, SystemsModel::NameColumn), QStringLiteral("kafka-1")));
    QCOMPARE(columnValues(proxy), QStringList{QStringLiteral("kafka-1")});
    project->undoStack()->undo();
    QCOMPARE(proxy.rowCount(), 0);
    project->undoStack()->redo();
    QCOMPARE(proxy.rowCount(), 1);
    // Removing a row before it shifts the cache; the row must still match.
    QVERIFY(edit::removeEntities(*project, QStringLiteral("remove"), EntityKind::System, {1}));
    QCOMPARE(columnValues(proxy), QStringList{QStringLiteral("kafka-1")});
    System added = makeSystem(project->allocateId(EntityKind::System), QStringLiteral("kafka-2"),
                              SystemKind::Middleware, QStringLiteral("Production"), QString(),
                              QStringLiteral("3.6"), QStringLiteral("3.7"), Level::Low);
    QVERIFY(edit::addEntities(*project, QStringLiteral("add"), {added}));
    QCOMPARE(proxy.rowCount(), 2);
    project->undoStack()->undo();
    project->undoStack()->undo();
    QCOMPARE(proxy.rowCount(), 1);
}

void TestSystemsModel::versionsSortNaturally_data()
{
    QTest::addColumn<QStringList>("versions");
    QTest::addColumn<QStringList>("ascending");

    QTest::newRow("numbers by value") << strings({"v1.10", "v1.9", "v1.2", "1.10.1"})
                                      << strings({"v1.2", "v1.9", "v1.10", "1.10.1"});
    QTest::newRow("pre-release before release")
        << strings({"2.0", "2.0-rc1", "1.9.9"}) << strings({"1.9.9", "2.0-rc1", "2.0"});
    QTest::newRow("debian revisions") << strings({"12.2.0-15", "12.2.0-14+deb12u1", "12.2.0"})
                                      << strings({"12.2.0", "12.2.0-14+deb12u1", "12.2.0-15"});
    QTest::newRow("unreadable last")
        << strings({"latest", "10", "", "9"}) << strings({"9", "10", "", "latest"});
}

void TestSystemsModel::versionsSortNaturally()
{
    QFETCH(QStringList, versions);
    QFETCH(QStringList, ascending);
    ProjectData data;
    for (int i = 0; i < versions.size(); ++i) {
        const Id id = i + 1;
        data.systems[id] = makeSystem(id, QStringLiteral("s%1").arg(id), SystemKind::Server,
                                      QStringLiteral("Production"), QString(), versions.at(i),
                                      versions.at(i), Level::Low);
    }
    auto project = create(data);
    QVERIFY(project);
    SystemsModel model;
    model.setProject(project.get());
    SystemsFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(SystemsModel::CurrentVersionColumn, Qt::AscendingOrder);
    QCOMPARE(columnValues(proxy, SystemsModel::CurrentVersionColumn), ascending);
    proxy.sort(SystemsModel::TargetVersionColumn, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(columnValues(proxy, SystemsModel::TargetVersionColumn), descending);
}

void TestSystemsModel::criticalitySortsByRank()
{
    auto project = create(inventory());
    QVERIFY(project);
    SystemsModel model;
    model.setProject(project.get());
    SystemsFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(SystemsModel::CriticalityColumn, Qt::DescendingOrder);
    const QStringList levels = columnValues(proxy, SystemsModel::CriticalityColumn);
    QCOMPARE(levels.first(), QStringLiteral("Critical"));
    QCOMPARE(levels.at(1), QStringLiteral("High"));
    QCOMPARE(levels.last(), QStringLiteral("Low"));
}

void TestSystemsModel::removalQuestionNamesWhatGoesWithTheSystem()
{
    auto project = create(test::richProject());
    QVERIFY(project);
    SystemsModel model;
    model.setProject(project.get());
    QCOMPARE(model.removalQuestion({1}),
             QStringLiteral("db-primary is needed by: order-service (1 dependency); also "
                            "referenced by 1 compatibility rule, 3 runbook steps, 1 window and "
                            "1 record entry. Delete anyway?"));
    QCOMPARE(model.removalQuestion({2}),
             QStringLiteral("order-service is referenced by 1 dependency, 1 compatibility rule "
                            "and 1 window. Delete anyway?"));
    // Together nothing outside the selection needs them, but rules and steps still change.
    QVERIFY(model.removalQuestion({1, 2}).startsWith(
        QStringLiteral("The 2 selected systems are referenced by 1 dependency")));

    auto lonely = create(inventory());
    QVERIFY(lonely);
    model.setProject(lonely.get());
    QCOMPARE(model.removalQuestion({3}), QString());
}

QTEST_GUILESS_MAIN(TestSystemsModel)
#include "tst_systemsmodel.moc"
