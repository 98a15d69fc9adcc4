#include "commands.h"
#include "peoplemodel.h"
#include "projectfile.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace uw;
using test::utc;

Q_DECLARE_METATYPE(uw::TimeInterval)

/**
 * The people table: roles are checkboxes (one undo step per click), availability reads in the
 * change's time zone, and every edit reaches the file.
 */
class TestPeopleModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsRolesAsCheckboxes();
    void availabilityReadsInTheChangesZone_data();
    void availabilityReadsInTheChangesZone();
    void availabilityFollowsTheChangesZone();
    void editIsOneUndoStepThatReachesTheFile_data();
    void editIsOneUndoStepThatReachesTheFile();
    void emptyNameIsRefused();
    void availabilityIsStoredSortedInUtc();
    void availabilityThatEndsBeforeItStartsIsRefused();

private:
    void verifyFileMatchesMemory();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<PeopleModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPeopleModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestPeopleModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = createProject(m_dir->filePath(QStringLiteral("people.uwb")), test::richProject());
    QVERIFY(project);
    m_project = std::move(project.value());
    m_model = std::make_unique<PeopleModel>();
    m_model->setProject(m_project.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPeopleModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_project.reset();
}

void TestPeopleModel::verifyFileMatchesMemory()
{
    auto reopened = openProject(m_project->filePath(), Store::Access::ReadOnly);
    QVERIFY(reopened);
    QString difference;
    QVERIFY2(test::sameDocument(reopened.value()->data(), m_project->data(), &difference),
             qPrintable(difference));
}

void TestPeopleModel::showsRolesAsCheckboxes()
{
    const int dana = m_model->rowOf(1);
    const auto state = [this, dana](int column) {
        return m_model->index(dana, column).data(Qt::CheckStateRole).value<Qt::CheckState>();
    };
    QCOMPARE(state(PeopleModel::ApproverColumn), Qt::Unchecked);
    QCOMPARE(state(PeopleModel::ExecutorColumn), Qt::Checked);
    QCOMPARE(state(PeopleModel::VerifierColumn), Qt::Checked);
    QCOMPARE(state(PeopleModel::LeadColumn), Qt::Unchecked);
    QVERIFY(m_model->flags(m_model->index(dana, PeopleModel::LeadColumn)) & Qt::ItemIsUserCheckable);
    QVERIFY(!m_model->index(dana, PeopleModel::NameColumn).data(Qt::CheckStateRole).isValid());
    QCOMPARE(m_model->index(dana, PeopleModel::ContactColumn).data().toString(),
             QStringLiteral("dana@example.org"));
    QVERIFY(
        m_model->index(dana, 0).data(FilterTextRole).toString().contains(QLatin1String("Verifier")));
}

void TestPeopleModel::availabilityReadsInTheChangesZone_data()
{
    QTest::addColumn<QList<TimeInterval>>("availability");
    QTest::addColumn<QString>("summary");

    QTest::newRow("no periods means always available") << QList<TimeInterval>() << "always";
    QTest::newRow("a night across midnight names both days")
        << QList<TimeInterval>{{utc(2026, 12, 5, 20), utc(2026, 12, 6, 4)}}
        << "Sat 5 Dec 21:00 – Sun 6 Dec 05:00";
    QTest::newRow("a period within one day names the day once")
        << QList<TimeInterval>{{utc(2026, 12, 6, 13), utc(2026, 12, 6, 17)}}
        << "Sun 6 Dec 14:00 – 18:00";
    QTest::newRow("more periods show the earliest and a count")
        << QList<TimeInterval>{{utc(2026, 12, 6, 13), utc(2026, 12, 6, 17)},
                               {utc(2026, 12, 5, 19), utc(2026, 12, 6, 3)},
                               {utc(2026, 12, 7, 8), utc(2026, 12, 7, 9)}}
        << "Sat 5 Dec 20:00 – Sun 6 Dec 04:00 (+2 more)";
    QTest::newRow("summer periods use summer time")
        << QList<TimeInterval>{{utc(2026, 7, 4, 20), utc(2026, 7, 5, 2)}}
        << "Sat 4 Jul 22:00 – Sun 5 Jul 04:00";
}

void TestPeopleModel::availabilityReadsInTheChangesZone()
{
    QFETCH(QList<TimeInterval>, availability);
    QFETCH(QString, summary);

    QVERIFY(m_model->setAvailability(1, availability));
    const QModelIndex cell = m_model->index(m_model->rowOf(1), PeopleModel::AvailabilityColumn);
    QCOMPARE(cell.data().toString(), summary);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString().count(QLatin1Char('\n')),
             std::max<qsizetype>(0, availability.size() - 1));
}

void TestPeopleModel::availabilityFollowsTheChangesZone()
{
    const QModelIndex cell = m_model->index(m_model->rowOf(1), PeopleModel::AvailabilityColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("Sat 5 Dec 21:00 – Sun 6 Dec 05:00"));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    Change change = m_project->change();
    change.timeZone = QStringLiteral("America/New_York");
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("zone"), change));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(cell.data().toString(), QStringLiteral("Sat 5 Dec 15:00 – 23:00"));
    QVERIFY(m_model->headerData(PeopleModel::AvailabilityColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("America/New_York")));
}

void TestPeopleModel::editIsOneUndoStepThatReachesTheFile_data()
{
    QTest::addColumn<Id>("person");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("roles");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("contact");

    const Person dana = test::richProject().people.at(1);
    const Person casey = test::richProject().people.at(2);
    const QVariant checked = int(Qt::Checked);
    const QVariant unchecked = int(Qt::Unchecked);
    QTest::newRow("ticking approver adds the role")
        << Id(1) << int(PeopleModel::ApproverColumn) << checked << int(Qt::CheckStateRole)
        << (dana.roles | RoleApprover) << dana.name << dana.contact;
    QTest::newRow("unticking verifier removes only that role")
        << Id(1) << int(PeopleModel::VerifierColumn) << unchecked << int(Qt::CheckStateRole)
        << int(RoleExecutor) << dana.name << dana.contact;
    QTest::newRow("unticking lead keeps approver")
        << Id(2) << int(PeopleModel::LeadColumn) << unchecked << int(Qt::CheckStateRole)
        << int(RoleApprover) << casey.name << casey.contact;
    QTest::newRow("renaming trims the name")
        << Id(1) << int(PeopleModel::NameColumn) << QVariant(QStringLiteral(" Dana Berg "))
        << int(Qt::EditRole) << dana.roles << QStringLiteral("Dana Berg") << dana.contact;
    QTest::newRow("contact can be cleared")
        << Id(2) << int(PeopleModel::ContactColumn) << QVariant(QString()) << int(Qt::EditRole)
        << casey.roles << casey.name << QString();
}

void TestPeopleModel::editIsOneUndoStepThatReachesTheFile()
{
    QFETCH(Id, person);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(int, role);
    QFETCH(int, roles);
    QFETCH(QString, name);
    QFETCH(QString, contact);

    const ProjectData before = m_project->data();
    const int steps = m_project->undoStack()->count();
    QVERIFY(m_model->setData(m_model->index(m_model->rowOf(person), column), value, role));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    const Person *edited = m_project->find<Person>(person);
    QCOMPARE(edited->roles, roles);
    QCOMPARE(edited->name, name);
    QCOMPARE(edited->contact, contact);
    verifyFileMatchesMemory();

    m_project->undoStack()->undo();
    QString difference;
    QVERIFY2(test::sameDocument(m_project->data(), before, &difference), qPrintable(difference));
    verifyFileMatchesMemory();
}

void TestPeopleModel::emptyNameIsRefused()
{
    const int steps = m_project->undoStack()->count();
    QSignalSpy failed(m_model.get(), &PeopleModel::editFailed);
    const QModelIndex name = m_model->index(m_model->rowOf(1), PeopleModel::NameColumn);
    QVERIFY(!m_model->setData(name, QStringLiteral("   ")));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_project->undoStack()->count(), steps);
    QCOMPARE(name.data().toString(), QStringLiteral("Dana DBA"));
    // Role columns change through their checkbox, not through text.
    QVERIFY(!m_model->setData(m_model->index(0, PeopleModel::LeadColumn), QStringLiteral("yes")));
    QVERIFY(!m_model->setData(m_model->index(0, PeopleModel::AvailabilityColumn),
                              QStringLiteral("always")));
    QCOMPARE(m_project->undoStack()->count(), steps);
}

void TestPeopleModel::availabilityIsStoredSortedInUtc()
{
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    const QDateTime localStart(QDate(2026, 12, 6), QTime(14, 0), berlin);
    const QDateTime localEnd(QDate(2026, 12, 6), QTime(18, 0), berlin);
    const int steps = m_project->undoStack()->count();
    QVERIFY(m_model->setAvailability(1, {{localStart, localEnd},
                                         {utc(2026, 12, 5, 20), utc(2026, 12, 6, 4)}}));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    const QList<TimeInterval> expected{{utc(2026, 12, 5, 20), utc(2026, 12, 6, 4)},
                                       {utc(2026, 12, 6, 13), utc(2026, 12, 6, 17)}};
    const QList<TimeInterval> stored = m_project->find<Person>(1)->availability;
    QCOMPARE(stored, expected);
    QCOMPARE(stored.at(1).startUtc.timeSpec(), Qt::UTC);
    verifyFileMatchesMemory();
}

void TestPeopleModel::availabilityThatEndsBeforeItStartsIsRefused()
{
    const QList<TimeInterval> before = m_project->find<Person>(1)->availability;
    QSignalSpy failed(m_model.get(), &PeopleModel::editFailed);
    QVERIFY(!m_model->setAvailability(1, {{utc(2026, 12, 6, 4), utc(2026, 12, 5, 20)}}));
    QVERIFY(!m_model->setAvailability(1, {{utc(2026, 12, 6, 4), utc(2026, 12, 6, 4)}}));
    QVERIFY(!m_model->setAvailability(1, {{QDateTime(), utc(2026, 12, 6, 4)}}));
    QCOMPARE(failed.size(), 3);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("end after it starts")));
    QCOMPARE(m_project->find<Person>(1)->availability, before);
}

QTEST_GUILESS_MAIN(TestPeopleModel)
#include "tst_peoplemodel.moc"
