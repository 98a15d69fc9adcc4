#include "commands.h"
#include "projectfile.h"
#include "testutil.h"
#include "windowsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace uw;
using test::utc;

Q_DECLARE_METATYPE(uw::Window)

/**
 * The windows table: wall-clock times in each window's zone, true lengths across DST changes,
 * and edits that are one undo step each and refuse what cannot be right.
 */
class TestWindowsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsWallClockTimesInTheWindowsZone();
    void lengthIsTheTrueDurationAcrossDst_data();
    void lengthIsTheTrueDurationAcrossDst();
    void displayZoneShowsAllWindowsInOneZone();
    void systemNamesFollowRenames();
    void editIsOneUndoStepThatReachesTheFile_data();
    void editIsOneUndoStepThatReachesTheFile();
    void invalidEditIsRefused_data();
    void invalidEditIsRefused();

private:
    void verifyFileMatchesMemory();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<WindowsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestWindowsModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestWindowsModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = createProject(m_dir->filePath(QStringLiteral("windows.uwb")),
                                 test::richProject());
    QVERIFY(project);
    m_project = std::move(project.value());
    m_model = std::make_unique<WindowsModel>();
    m_model->setProject(m_project.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestWindowsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_project.reset();
}

void TestWindowsModel::verifyFileMatchesMemory()
{
    auto reopened = openProject(m_project->filePath(), Store::Access::ReadOnly);
    QVERIFY(reopened);
    QString difference;
    QVERIFY2(test::sameDocument(reopened.value()->data(), m_project->data(), &difference),
             qPrintable(difference));
}

void TestWindowsModel::showsWallClockTimesInTheWindowsZone()
{
    const int row = m_model->rowOf(1);
    const auto text = [this, row](int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role).toString();
    };
    QCOMPARE(text(WindowsModel::NameColumn), QStringLiteral("Saturday night"));
    QCOMPARE(text(WindowsModel::KindColumn), QStringLiteral("Maintenance window"));
    QCOMPARE(text(WindowsModel::StartColumn), QStringLiteral("Sat 2026-12-05 22:00 CET"));
    QCOMPARE(text(WindowsModel::EndColumn), QStringLiteral("Sun 2026-12-06 04:00 CET"));
    QCOMPARE(text(WindowsModel::StartColumn, Qt::ToolTipRole),
             QStringLiteral("Sat 2026-12-05 21:00 UTC"));
    QCOMPARE(text(WindowsModel::LengthColumn), QStringLiteral("6 h"));
    QCOMPARE(text(WindowsModel::TimeZoneColumn), QStringLiteral("Europe/Berlin"));
    QCOMPARE(text(WindowsModel::SystemsColumn), QStringLiteral("db-primary, order-service"));
    QCOMPARE(text(WindowsModel::StartColumn, WindowsModel::DisplayZoneRole),
             QStringLiteral("Europe/Berlin"));

    const QDateTime start
        = m_model->index(row, WindowsModel::StartColumn).data(Qt::EditRole).toDateTime();
    QCOMPARE(start, utc(2026, 12, 5, 21));
    QCOMPARE(start.timeSpec(), Qt::UTC);
    QCOMPARE(m_model->index(row, WindowsModel::LengthColumn).data(SortRole).toLongLong(), 6 * 3600);
    QVERIFY(!(m_model->flags(m_model->index(row, WindowsModel::LengthColumn)) & Qt::ItemIsEditable));
}

void TestWindowsModel::lengthIsTheTrueDurationAcrossDst_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QString>("startText");
    QTest::addColumn<QString>("endText");
    QTest::addColumn<QString>("length");

    QTest::newRow("Berlin 00:00-06:00 on fall-back night is 7 h")
        << "Europe/Berlin" << utc(2026, 10, 24, 22) << utc(2026, 10, 25, 5)
        << "Sun 2026-10-25 00:00 CEST"
        << "Sun 2026-10-25 06:00 CET"
        << "7 h";
    QTest::newRow("Berlin 00:00-06:00 on spring-forward night is 5 h")
        << "Europe/Berlin" << utc(2026, 3, 28, 23) << utc(2026, 3, 29, 4)
        << "Sun 2026-03-29 00:00 CET"
        << "Sun 2026-03-29 06:00 CEST"
        << "5 h";
    QTest::newRow("New York 00:00-06:00 on fall-back night is 7 h")
        << "America/New_York" << utc(2026, 11, 1, 4) << utc(2026, 11, 1, 11)
        << "Sun 2026-11-01 00:00 EDT"
        << "Sun 2026-11-01 06:00 EST"
        << "7 h";
    QTest::newRow("New York 22:00-04:30 on spring-forward night is 5 h 30 min")
        << "America/New_York" << utc(2026, 3, 8, 3) << utc(2026, 3, 8, 8, 30)
        << "Sat 2026-03-07 22:00 EST"
        << "Sun 2026-03-08 04:30 EDT"
        << "5 h 30 min";
}

void TestWindowsModel::lengthIsTheTrueDurationAcrossDst()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(QString, startText);
    QFETCH(QString, endText);
    QFETCH(QString, length);

    Window window = *m_project->find<Window>(1);
    window.timeZone = zone;
    window.startUtc = start;
    window.endUtc = end;
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("move"), window));
    const int row = m_model->rowOf(1);
    QCOMPARE(m_model->index(row, WindowsModel::StartColumn).data().toString(), startText);
    QCOMPARE(m_model->index(row, WindowsModel::EndColumn).data().toString(), endText);
    QCOMPARE(m_model->index(row, WindowsModel::LengthColumn).data().toString(), length);
}

void TestWindowsModel::displayZoneShowsAllWindowsInOneZone()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    m_model->setDisplayZone(QStringLiteral("America/New_York"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(headers.size(), 1);
    const int row = m_model->rowOf(1);
    QCOMPARE(m_model->index(row, WindowsModel::StartColumn).data().toString(),
             QStringLiteral("Sat 2026-12-05 16:00 EST"));
    QCOMPARE(m_model->index(row, WindowsModel::StartColumn)
                 .data(WindowsModel::DisplayZoneRole)
                 .toString(),
             QStringLiteral("America/New_York"));
    QCOMPARE(m_model->headerData(WindowsModel::StartColumn, Qt::Horizontal).toString(),
             QStringLiteral("Start (America/New_York)"));
    // The window keeps its own zone; only the reading changes.
    QCOMPARE(m_model->index(row, WindowsModel::TimeZoneColumn).data().toString(),
             QStringLiteral("Europe/Berlin"));

    m_model->setDisplayZone(QString());
    QCOMPARE(m_model->index(row, WindowsModel::StartColumn).data().toString(),
             QStringLiteral("Sat 2026-12-05 22:00 CET"));
}

void TestWindowsModel::systemNamesFollowRenames()
{
    const QModelIndex systems = m_model->index(m_model->rowOf(1), WindowsModel::SystemsColumn);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    System system = *m_project->find<System>(2);
    system.name = QStringLiteral("checkout");
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("rename"), system));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(systems.data().toString(), QStringLiteral("checkout, db-primary"));
}

void TestWindowsModel::editIsOneUndoStepThatReachesTheFile_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<Window>("expected");

    const Window original = test::richProject().windows.at(1);
    Window renamed = original;
    renamed.name = QStringLiteral("Sunday early");
    QTest::newRow("name is trimmed")
        << int(WindowsModel::NameColumn) << QVariant(QStringLiteral(" Sunday early ")) << renamed;
    Window freeze = original;
    freeze.windowKind = WindowKind::ChangeFreeze;
    QTest::newRow("kind is set by its key")
        << int(WindowsModel::KindColumn) << QVariant(QStringLiteral("freeze")) << freeze;
    Window later = original;
    later.endUtc = utc(2026, 12, 6, 5, 30);
    QTest::newRow("end moves later")
        << int(WindowsModel::EndColumn) << QVariant(utc(2026, 12, 6, 5, 30)) << later;
    Window fromZone = original;
    fromZone.startUtc = utc(2026, 12, 5, 20);
    QTest::newRow("start given in another zone is stored in UTC")
        << int(WindowsModel::StartColumn)
        << QVariant(QDateTime(QDate(2026, 12, 5), QTime(21, 0),
                              QTimeZone(QByteArrayLiteral("Europe/Berlin"))))
        << fromZone;
    Window zone = original;
    zone.timeZone = QStringLiteral("America/New_York");
    QTest::newRow("zone changes, instants stay")
        << int(WindowsModel::TimeZoneColumn) << QVariant(QStringLiteral("America/New_York"))
        << zone;
    Window systems = original;
    systems.systemIds = {1};
    QTest::newRow("affected systems are ids")
        << int(WindowsModel::SystemsColumn) << QVariant(QVariantList{Id(1), Id(1)}) << systems;
}

void TestWindowsModel::editIsOneUndoStepThatReachesTheFile()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(Window, expected);

    const ProjectData before = m_project->data();
    const int steps = m_project->undoStack()->count();
    QVERIFY(m_model->setData(m_model->index(m_model->rowOf(1), column), value));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QCOMPARE(*m_project->find<Window>(1), expected);
    verifyFileMatchesMemory();

    m_project->undoStack()->undo();
    QString difference;
    QVERIFY2(test::sameDocument(m_project->data(), before, &difference), qPrintable(difference));
    verifyFileMatchesMemory();
}

void TestWindowsModel::invalidEditIsRefused_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("end before start")
        << int(WindowsModel::EndColumn) << QVariant(utc(2026, 12, 5, 20)) << "end after it starts";
    QTest::newRow("end equal to start")
        << int(WindowsModel::EndColumn) << QVariant(utc(2026, 12, 5, 21)) << "end after it starts";
    QTest::newRow("start after end")
        << int(WindowsModel::StartColumn) << QVariant(utc(2026, 12, 6, 5)) << "end after it starts";
    QTest::newRow("not a time") << int(WindowsModel::StartColumn)
                                << QVariant(QStringLiteral("tonight")) << "not a valid time";
    QTest::newRow("unknown zone") << int(WindowsModel::TimeZoneColumn)
                                  << QVariant(QStringLiteral("Mars/Olympus_Mons"))
                                  << "not a known time zone";
    QTest::newRow("abbreviation instead of a zone")
        << int(WindowsModel::TimeZoneColumn) << QVariant(QStringLiteral("CEST"))
        << "not a known time zone";
    QTest::newRow("empty name") << int(WindowsModel::NameColumn) << QVariant(QString())
                                << "needs a name";
    QTest::newRow("unknown kind") << int(WindowsModel::KindColumn)
                                  << QVariant(QStringLiteral("holiday")) << "not a kind";
    QTest::newRow("unknown system")
        << int(WindowsModel::SystemsColumn) << QVariant(QVariantList{Id(1), Id(42)})
        << "no system with id 42";
    QTest::newRow("length is computed")
        << int(WindowsModel::LengthColumn) << QVariant(QStringLiteral("2 h")) << QString();
}

void TestWindowsModel::invalidEditIsRefused()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, message);

    const ProjectData before = m_project->data();
    const int steps = m_project->undoStack()->count();
    QSignalSpy failed(m_model.get(), &WindowsModel::editFailed);
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

QTEST_GUILESS_MAIN(TestWindowsModel)
#include "tst_windowsmodel.moc"
