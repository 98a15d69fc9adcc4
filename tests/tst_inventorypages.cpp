#include "commands.h"
#include "compatibility.h"
#include "dependenciesmodel.h"
#include "dependenciespage.h"
#include "dialogs.h"
#include "peoplemodel.h"
#include "peoplepage.h"
#include "plananalysis.h"
#include "projectfile.h"
#include "rulesmodel.h"
#include "rulespanel.h"
#include "sample.h"
#include "systempicker.h"
#include "windowsmodel.h"
#include "windowspage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uw;

namespace {

/** Answers questions from a script and remembers what was asked. */
class ScriptedDialogs : public Dialogs
{
public:
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &) override { return {}; }
    Answer question(QWidget *, const QString &, const QString &text) override
    {
        questions.append(text);
        return answers.isEmpty() ? Answer::Cancel : answers.takeFirst();
    }
    void warning(QWidget *, const QString &, const QString &text) override
    {
        warnings.append(text);
    }

    QList<Answer> answers;
    QStringList questions;
    QStringList warnings;
};

QModelIndex viewIndex(QTableView *view, Id id, int column)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(IdRole).toLongLong() == id)
            return model->index(row, column);
    }
    return {};
}

} // namespace

/**
 * The inventory pages driven like a user would: typing in pickers, clicking checkboxes, editing
 * times in place and answering "are you sure".
 */
class TestInventoryPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addsADependencyByTypingPartsOfSystemNames();
    void copiesSelectedDependenciesAsCsv();
    void editsTheVendorMatrixBelowTheDependencies();
    void togglesARoleByClickingItsCheckboxAndUndoes();
    void addsAWindowOnTheNextSaturdayNight_data();
    void addsAWindowOnTheNextSaturdayNight();
    void offersToPlanIntoANewWindowWhenThePlannedOneIsOver();
    void editsAWindowEndInItsOwnZoneAndShowsTheLength();
    void explainsAWallTimeThatDoesNotExist();
    void editsAvailabilityAsWallClockTimeInTheChangesZone();
    void asksBeforeDeletingAPersonNamedOnSteps();

private:
    template<class PageType>
    std::unique_ptr<PageType> showPage();

    QTemporaryDir m_dir;
    std::optional<ProjectData> m_sample;
    std::unique_ptr<Project> m_project;
    ScriptedDialogs m_dialogs;
    int m_fileNumber = 0;
};

void TestInventoryPages::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QString error;
    m_sample = sampleProject(&error);
    QVERIFY2(m_sample, qPrintable(error));
}

void TestInventoryPages::init()
{
    auto project = createProject(m_dir.filePath(QStringLiteral("sample%1.uwb").arg(++m_fileNumber)),
                                 *m_sample);
    QVERIFY(project);
    m_project = std::move(project.value());
    m_dialogs = {};
    Dialogs::setInstance(&m_dialogs);
}

void TestInventoryPages::cleanup()
{
    Dialogs::setInstance(nullptr);
    m_project.reset();
}

template<class PageType>
std::unique_ptr<PageType> TestInventoryPages::showPage()
{
    auto page = std::make_unique<PageType>();
    page->setProject(m_project.get());
    page->resize(1440, 900);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    return page;
}

void TestInventoryPages::addsADependencyByTypingPartsOfSystemNames()
{
    auto page = showPage<DependenciesPage>();
    QVERIFY(page);
    const int before = int(m_project->data().dependencies.size());
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addDependency")),
                      Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<QDialog *>(QStringLiteral("addDependencyDialog")))
                && dialog->isVisible());
    auto *dependent = dialog->findChild<SystemPicker *>(QStringLiteral("dependentPicker"));
    auto *dependency = dialog->findChild<SystemPicker *>(QStringLiteral("dependencyPicker"));
    auto *constraint = dialog->findChild<QLineEdit *>(QStringLiteral("dependencyConstraint"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("dependencyConstraintStatus"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());

    QTest::keyClicks(dependent, QStringLiteral("etl"));
    QCOMPARE(dependent->systemId(), Id(15)); // Report ETL
    QTest::keyClicks(dependency, QStringLiteral("postgres"));
    QCOMPARE(dependency->systemId(), Id(0)); // primary, replica and the exporter all match
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dependency, QStringLiteral("ql rep"));
    QCOMPARE(dependency->systemId(), Id(8)); // PostgreSQL replica (db-02)
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("addDependencySummary"))->text(),
             QStringLiteral("Report ETL will depend on PostgreSQL replica (db-02)."));
    dependent->completer()->popup()->hide();
    dependency->completer()->popup()->hide();

    QTest::keyClicks(constraint, QStringLiteral(">=13 <<16"));
    QVERIFY(status->text().startsWith(QStringLiteral("✗")));
    QVERIFY(!ok->isEnabled());
    constraint->clear();
    QTest::keyClicks(constraint, QStringLiteral(">=13 <16"));
    QCOMPARE(status->text(), QStringLiteral("✓ reads as >=13 <16"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QCOMPARE(int(m_project->data().dependencies.size()), before + 1);
    const Dependency &added = std::prev(m_project->data().dependencies.end())->second;
    QCOMPARE(added.dependentId, Id(15));
    QCOMPARE(added.dependencyId, Id(8));
    QCOMPARE(added.constraint, QStringLiteral(">=13 <16"));

    auto *table = page->findChild<QTableView *>(QStringLiteral("dependenciesTable"));
    const QModelIndex current = table->currentIndex();
    QCOMPARE(current.data(IdRole).toLongLong(), added.id);
    const QModelIndex now = current.siblingAtColumn(DependenciesModel::NowColumn);
    const QModelIndex after = current.siblingAtColumn(DependenciesModel::AfterUpgradeColumn);
    QCOMPARE(now.data().toString(), QStringLiteral("✓"));
    QCOMPARE(after.data().toString(), QStringLiteral("✗"));
    QCOMPARE(after.data(Qt::ToolTipRole).toString(),
             QStringLiteral("16.4 does not satisfy >=13 <16: 16.4 is not below 16"));

    m_project->undoStack()->undo();
    QCOMPARE(int(m_project->data().dependencies.size()), before);
}

void TestInventoryPages::editsTheVendorMatrixBelowTheDependencies()
{
    auto page = showPage<DependenciesPage>();
    QVERIFY(page);
    auto *rules = page->rules();
    QVERIFY(rules->isVisible());
    const size_t before = m_project->data().rules.size();
    QCOMPARE(rules->model()->rowCount(), int(before));
    QTest::mouseClick(rules->findChild<QPushButton *>(QStringLiteral("addRule")), Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = rules->findChild<QDialog *>(QStringLiteral("addRuleDialog")))
                && dialog->isVisible());
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *system = dialog->findChild<SystemPicker *>(QStringLiteral("ruleSystem"));
    auto *required = dialog->findChild<SystemPicker *>(QStringLiteral("ruleRequiredSystem"));
    QTest::keyClicks(system, QStringLiteral("order service"));
    system->completer()->popup()->hide();
    QCOMPARE(system->systemId(), Id(3));
    QTest::keyClicks(required, QStringLiteral("ql rep"));
    required->completer()->popup()->hide();
    QCOMPARE(required->systemId(), Id(8));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("ruleWhen")),
                     QStringLiteral(">=5.0"));
    auto *range = dialog->findChild<QLineEdit *>(QStringLiteral("ruleRange"));
    QTest::keyClicks(range, QStringLiteral(">=17 <<18"));
    QVERIFY(!ok->isEnabled());
    range->clear();
    QTest::keyClicks(range, QStringLiteral(">=17"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("ruleSource")),
                     QStringLiteral("Order service 5.1 matrix"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QCOMPARE(m_project->data().rules.size(), before + 1);
    const CompatibilityRule added = std::prev(m_project->data().rules.end())->second;
    QCOMPARE(added.requiredRange, QStringLiteral(">=17"));
    RulesModel *model = rules->model();
    const int row = model->rowOf(added.id);
    // Order service is at 4.8.2 now (the rule does not apply) and at 5.0.0 after the upgrade,
    // when the replica's 16.4 is too old.
    QCOMPARE(model->index(row, RulesModel::NowColumn).data().toString(), QStringLiteral("–"));
    QCOMPARE(model->index(row, RulesModel::AfterUpgradeColumn).data().toString(),
             QStringLiteral("✗"));
    const CompatibilityReport report = checkCompatibility(m_project->data());
    QVERIFY(std::any_of(report.findings.begin(), report.findings.end(),
                        [&added](const CompatibilityFinding &finding) {
                            return finding.source == CompatibilityFinding::Source::Rule
                                   && finding.sourceId == added.id;
                        }));

    // Edited in place: a range that does not read is refused with the reason.
    QVERIFY(!model->setData(model->index(row, RulesModel::RangeColumn), QStringLiteral(">=")));
    QVERIFY(rules->findChild<QLabel *>(QStringLiteral("rulesMessage"))->isVisible());
    QVERIFY(model->setData(model->index(row, RulesModel::RangeColumn), QStringLiteral(">=16")));
    QCOMPARE(model->index(row, RulesModel::AfterUpgradeColumn).data().toString(),
             QStringLiteral("✓"));

    auto *table = rules->table();
    table->selectionModel()->select(static_cast<QSortFilterProxyModel *>(table->model())
                                        ->mapFromSource(model->index(row, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::mouseClick(rules->findChild<QPushButton *>(QStringLiteral("deleteRule")), Qt::LeftButton);
    QCOMPARE(m_project->data().rules.size(), before);
}

void TestInventoryPages::copiesSelectedDependenciesAsCsv()
{
    auto page = showPage<DependenciesPage>();
    QVERIFY(page);
    QVERIFY(!page->canCopy());
    page->findChild<QLineEdit *>(QStringLiteral("dependenciesFilter"))
        ->setText(QStringLiteral("grafana prometheus"));
    auto *table = page->findChild<QTableView *>(QStringLiteral("dependenciesTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    QVERIFY(page->canCopy());
    QVERIFY(page->canDelete());
    page->copy();
    const QString csv = QApplication::clipboard()->text();
    QCOMPARE(csv.count(QLatin1Char('\n')), 2); // header and one row
    QVERIFY2(csv.contains(QLatin1String("Grafana")) && csv.contains(QLatin1String("Prometheus")),
             qPrintable(csv));
}

void TestInventoryPages::togglesARoleByClickingItsCheckboxAndUndoes()
{
    auto page = showPage<PeoplePage>();
    QVERIFY(page);
    auto *table = page->findChild<QTableView *>(QStringLiteral("peopleTable"));
    const Id sabine = 4;
    const int rolesBefore = m_project->find<Person>(sabine)->roles;
    QVERIFY(!(rolesBefore & RoleLead));
    const QModelIndex lead = viewIndex(table, sabine, PeopleModel::LeadColumn);
    QVERIFY(lead.isValid());

    QStyleOptionViewItem option;
    option.initFrom(table);
    option.rect = table->visualRect(lead);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect check = table->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator,
                                                       &option, table);
    const int steps = m_project->undoStack()->count();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, check.center());

    QCOMPARE(m_project->find<Person>(sabine)->roles, rolesBefore | RoleLead);
    QCOMPARE(lead.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(m_project->undoStack()->count(), steps + 1);

    m_project->undoStack()->undo();
    QCOMPARE(m_project->find<Person>(sabine)->roles, rolesBefore);
    QCOMPARE(lead.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
}

void TestInventoryPages::addsAWindowOnTheNextSaturdayNight_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");

    const auto utc = [](int month, int day, int hour, int minute = 0) {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
    };
    QTest::newRow("on a Wednesday, this week's Saturday 22:00-04:00 Berlin time")
        << utc(12, 2, 10) << utc(12, 5, 21) << utc(12, 6, 3);
    QTest::newRow("on Saturday at 21:00 Berlin time, tonight")
        << utc(12, 5, 20) << utc(12, 5, 21) << utc(12, 6, 3);
    QTest::newRow("on Saturday at 22:30 Berlin time, next week")
        << utc(12, 5, 21, 30) << utc(12, 12, 21) << utc(12, 13, 3);
    QTest::newRow("the night clocks fall back keeps local times and lasts 7 h")
        << utc(10, 21, 10) << utc(10, 24, 20) << utc(10, 25, 3);
}

void TestInventoryPages::addsAWindowOnTheNextSaturdayNight()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);

    m_project->setClock([now] { return now; });
    auto page = showPage<WindowsPage>();
    QVERIFY(page);
    const Id last = std::prev(m_project->data().windows.end())->first;
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addWindow")), Qt::LeftButton);

    const Window &added = std::prev(m_project->data().windows.end())->second;
    QVERIFY(added.id > last);
    QCOMPARE(added.startUtc, start);
    QCOMPARE(added.endUtc, end);
    QCOMPARE(added.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(added.windowKind, WindowKind::Maintenance);
    auto *table = page->findChild<QTableView *>(QStringLiteral("windowsTable"));
    QCOMPARE(table->currentIndex().data(IdRole).toLongLong(), added.id);
}

void TestInventoryPages::offersToPlanIntoANewWindowWhenThePlannedOneIsOver()
{
    // After the sample's Saturday night the plan's window is over: a new one takes the plan by
    // itself, nothing to ask.
    m_project->setClock([] { return QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC); });
    auto page = showPage<WindowsPage>();
    QVERIFY(page);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addWindow")), Qt::LeftButton);
    const Window next = std::prev(m_project->data().windows.end())->second;
    QVERIFY(m_dialogs.questions.isEmpty());
    QCOMPARE(planWindow(m_project->data(), m_project->now())->id, next.id);

    // A plan kept in a chosen window is asked about, and moves only on yes.
    Change change = m_project->change();
    change.planWindowId = 1;
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("Choose window"), change));
    m_dialogs.answers = {Dialogs::Answer::No};
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addWindow")), Qt::LeftButton);
    QCOMPARE(m_dialogs.questions.size(), 1);
    QVERIFY2(m_dialogs.questions.first().contains(QStringLiteral("already over")),
             qPrintable(m_dialogs.questions.first()));
    QCOMPARE(m_project->change().planWindowId, Id(1));
    m_dialogs.answers = {Dialogs::Answer::Yes};
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addWindow")), Qt::LeftButton);
    const Window added = std::prev(m_project->data().windows.end())->second;
    QCOMPARE(m_project->change().planWindowId, added.id);
    QCOMPARE(m_project->undoStack()->undoText(), QStringLiteral("Plan into %1").arg(added.name));
}

void TestInventoryPages::editsAWindowEndInItsOwnZoneAndShowsTheLength()
{
    auto page = showPage<WindowsPage>();
    QVERIFY(page);
    auto *table = page->findChild<QTableView *>(QStringLiteral("windowsTable"));
    const QModelIndex end = viewIndex(table, 1, WindowsModel::EndColumn);
    const QModelIndex length = end.siblingAtColumn(WindowsModel::LengthColumn);
    QCOMPARE(end.data().toString(), QStringLiteral("Sun 2026-12-06 04:00 CET"));
    QCOMPARE(length.data().toString(), QStringLiteral("6 h"));

    table->edit(end);
    QDateTimeEdit *editor = nullptr;
    QTRY_VERIFY((editor = table->viewport()->findChild<QDateTimeEdit *>()));
    // The editor shows Berlin wall-clock time, not UTC (03:00) nor this machine's zone.
    QCOMPARE(editor->dateTime(), QDateTime(QDate(2026, 12, 6), QTime(4, 0), Qt::UTC));
    editor->setDateTime(QDateTime(QDate(2026, 12, 6), QTime(5, 30), Qt::UTC));
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_COMPARE(length.data().toString(), QStringLiteral("7 h 30 min"));
    QCOMPARE(m_project->find<Window>(1)->endUtc,
             QDateTime(QDate(2026, 12, 6), QTime(4, 30), Qt::UTC));
    QCOMPARE(end.data().toString(), QStringLiteral("Sun 2026-12-06 05:30 CET"));
}

void TestInventoryPages::explainsAWallTimeThatDoesNotExist()
{
    Window spring = *m_project->find<Window>(1);
    spring.startUtc = QDateTime(QDate(2026, 3, 28), QTime(23, 0), Qt::UTC); // 00:00 CET
    spring.endUtc = QDateTime(QDate(2026, 3, 29), QTime(4, 0), Qt::UTC);    // 06:00 CEST
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("spring"), spring));
    auto page = showPage<WindowsPage>();
    QVERIFY(page);
    auto *table = page->findChild<QTableView *>(QStringLiteral("windowsTable"));
    const QModelIndex end = viewIndex(table, 1, WindowsModel::EndColumn);

    table->edit(end);
    QDateTimeEdit *editor = nullptr;
    QTRY_VERIFY((editor = table->viewport()->findChild<QDateTimeEdit *>()));
    editor->setDateTime(QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::UTC));
    QTest::keyClick(editor, Qt::Key_Return);

    // 02:30 never happens that night in Berlin: the window ends at the jump to 03:00 CEST.
    QTRY_COMPARE(m_project->find<Window>(1)->endUtc,
                 QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC));
    QCOMPARE(end.data().toString(), QStringLiteral("Sun 2026-03-29 03:00 CEST"));
    QCOMPARE(end.siblingAtColumn(WindowsModel::LengthColumn).data().toString(),
             QStringLiteral("2 h"));
    auto *message = page->findChild<QLabel *>(QStringLiteral("windowsMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("clocks jump forward")),
             qPrintable(message->text()));
}

void TestInventoryPages::editsAvailabilityAsWallClockTimeInTheChangesZone()
{
    auto page = showPage<PeoplePage>();
    QVERIFY(page);
    auto *table = page->findChild<QTableView *>(QStringLiteral("peopleTable"));
    const Id lukas = 2; // available 2026-12-05 19:30 UTC to 12-06 04:30 UTC
    table->selectRow(viewIndex(table, lukas, 0).row());
    auto *periods = page->findChild<QTableWidget *>(QStringLiteral("availabilityPeriods"));
    QCOMPARE(periods->rowCount(), 1);
    auto *end = periods->findChild<QDateTimeEdit *>(QStringLiteral("periodEnd"));
    QCOMPARE(end->dateTime(), QDateTime(QDate(2026, 12, 6), QTime(5, 30), Qt::UTC)); // Berlin

    const int steps = m_project->undoStack()->count();
    end->setDateTime(QDateTime(QDate(2026, 12, 6), QTime(6, 0), Qt::UTC));
    QTest::keyClick(end, Qt::Key_Return);
    QCOMPARE(m_project->find<Person>(lukas)->availability.first().endUtc,
             QDateTime(QDate(2026, 12, 6), QTime(5, 0), Qt::UTC));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);

    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addAvailability")),
                      Qt::LeftButton);
    QCOMPARE(m_project->find<Person>(lukas)->availability.size(), 2);
    QTRY_COMPARE(periods->rowCount(), 2);
    QTest::mouseClick(periods->findChildren<QPushButton *>(QStringLiteral("removePeriod")).first(),
                      Qt::LeftButton);
    QCOMPARE(m_project->find<Person>(lukas)->availability.size(), 1);
    QTRY_COMPARE(periods->rowCount(), 1);
    QCOMPARE(m_project->undoStack()->count(), steps + 3);
}

void TestInventoryPages::asksBeforeDeletingAPersonNamedOnSteps()
{
    auto page = showPage<PeoplePage>();
    QVERIFY(page);
    auto *table = page->findChild<QTableView *>(QStringLiteral("peopleTable"));
    auto *remove = page->findChild<QPushButton *>(QStringLiteral("deletePerson"));
    const Id sabine = 4;
    table->selectRow(viewIndex(table, sabine, 0).row());
    QVERIFY(remove->isEnabled());
    const int steps = m_project->undoStack()->count();

    m_dialogs.answers = {Dialogs::Answer::No, Dialogs::Answer::Yes};
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_dialogs.questions.size(), 1);
    const QString question = m_dialogs.questions.first();
    QVERIFY2(question.contains(QLatin1String("Sabine Keller is named on 2 step")),
             qPrintable(question));
    QVERIFY2(question.contains(QLatin1String("1 approval")), qPrintable(question));
    for (const auto &[id, step] : m_project->data().steps) {
        if (step.approverId == sabine)
            QVERIFY2(question.contains(step.title), qPrintable(question));
    }
    QVERIFY(m_project->find<Person>(sabine));
    QCOMPARE(m_project->undoStack()->count(), steps);

    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_dialogs.questions.size(), 2);
    QVERIFY(!m_project->find<Person>(sabine));
    QVERIFY(m_project->data().approvals.empty());
    for (const auto &[id, step] : m_project->data().steps)
        QVERIFY(step.approverId != sabine);
    QCOMPARE(m_project->undoStack()->count(), steps + 1);

    m_project->undoStack()->undo();
    QVERIFY(m_project->find<Person>(sabine));
    QCOMPARE(m_project->data().approvals.size(), size_t(1));
}

QTEST_MAIN(TestInventoryPages)
#include "tst_inventorypages.moc"
