#include "commands.h"
#include "dialogs.h"
#include "projectfile.h"
#include "systemsmodel.h"
#include "systemspage.h"
#include "testutil.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uw;

namespace {

/** Answers questions from a script and records what was asked, as a person would see it. */
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

/** The rich project plus a reporting system that also needs db-primary. */
ProjectData inventory()
{
    ProjectData data = test::richProject();
    System reporting = data.systems.at(2);
    reporting.id = 3;
    reporting.name = QStringLiteral("reporting");
    reporting.environment = QStringLiteral("Staging");
    reporting.site = QStringLiteral("Berlin");
    data.systems[3] = reporting;
    data.dependencies[2] = {2, 3, 1, DependencyKind::Data, QString(), false, QString()};
    data.dependencies[3] = {3, 3, 2, DependencyKind::Runtime, QString(), false, QString()};
    System lonely = reporting;
    lonely.id = 4;
    lonely.name = QStringLiteral("lonely-cache");
    lonely.site = QString();
    lonely.businessProcesses = {};
    data.systems[4] = lonely;
    return data;
}

} // namespace

class TestSystemsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingInTheFilterNarrowsTheTable();
    void comboFiltersNarrowTheTable();
    void addCreatesAUniqueSystemAndStartsEditingItsName();
    void duplicateCopiesTheSelectionInOneStep();
    void versionIsEditedThroughTheDelegate();
    void environmentIsPickedOrTyped();
    void kindIsPickedFromAList();
    void deletingANeededSystemAsksFirst();
    void deletingAnUnneededSystemDoesNotAsk();
    void notesTypedInTheDetailsReachTheDocument();
    void copyPutsCsvOnTheClipboard();
    void selectSystemClearsFiltersThatHideIt();
    void doubleClickActivatesTheSystem();
    void emptyProjectShowsAHint();
    void readOnlyProjectCannotBeEdited();

private:
    QModelIndex indexOf(Id id, int column) const;
    int visibleRows() const { return m_table->model()->rowCount(); }

    QTemporaryDir m_dir;
    int m_files = 0;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<SystemsPage> m_page;
    QTableView *m_table = nullptr;
};

void TestSystemsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    Dialogs::setInstance(&m_dialogs);
}

void TestSystemsPage::init()
{
    m_dialogs = ScriptedDialogs();
    auto created = createProject(m_dir.filePath(QStringLiteral("p%1.uwb").arg(++m_files)),
                                 inventory());
    QVERIFY(created);
    m_project = std::move(created.value());
    m_page = std::make_unique<SystemsPage>();
    m_page->setProject(m_project.get());
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_table = m_page->findChild<QTableView *>(QStringLiteral("systemsTable"));
    QVERIFY(m_table);
}

void TestSystemsPage::cleanup()
{
    m_page.reset();
    m_project.reset();
}

QModelIndex TestSystemsPage::indexOf(Id id, int column) const
{
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(IdRole).toLongLong() == id)
            return model->index(row, column);
    }
    return {};
}

void TestSystemsPage::typingInTheFilterNarrowsTheTable()
{
    auto *filter = m_page->findChild<QLineEdit *>(QStringLiteral("systemsFilter"));
    QVERIFY(filter);
    QCOMPARE(visibleRows(), 4);
    QTest::keyClicks(filter, QStringLiteral("order"));
    QCOMPARE(visibleRows(), 3); // db-primary and the two order-intake services
    QTest::keyClicks(filter, QStringLiteral(" berlin"));
    QCOMPARE(visibleRows(), 1);
    QCOMPARE(indexOf(3, SystemsModel::NameColumn).data().toString(), QStringLiteral("reporting"));
    QTest::keyClicks(filter, QStringLiteral("x"));
    QCOMPARE(visibleRows(), 0);
    filter->clear();
    QCOMPARE(visibleRows(), 4);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("systemsCount"))->text(),
             QStringLiteral("4 systems"));
}

void TestSystemsPage::comboFiltersNarrowTheTable()
{
    auto *kind = m_page->findChild<QComboBox *>(QStringLiteral("kindFilter"));
    auto *environment = m_page->findChild<QComboBox *>(QStringLiteral("environmentFilter"));
    auto *site = m_page->findChild<QComboBox *>(QStringLiteral("siteFilter"));
    QCOMPARE(kind->itemText(0), QStringLiteral("All kinds"));
    QCOMPARE(site->count(), 4); // "All sites", Berlin, Frankfurt DC1, Frankfurt DC2
    kind->setCurrentIndex(kind->findData(QStringLiteral("application")));
    QCOMPARE(visibleRows(), 3);
    environment->setCurrentIndex(environment->findData(QStringLiteral("Staging")));
    QCOMPARE(visibleRows(), 2);
    site->setCurrentIndex(site->findText(QStringLiteral("Berlin")));
    QCOMPARE(visibleRows(), 1);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("systemsCount"))->text(),
             QStringLiteral("1 of 4 systems"));

    // A site that disappears from the data leaves the list and stops filtering.
    System reporting = *m_project->find<System>(3);
    reporting.site = QStringLiteral("Hamburg");
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("move"), reporting));
    QCOMPARE(site->findText(QStringLiteral("Berlin")), -1);
    QCOMPARE(site->currentIndex(), 0);
    QCOMPARE(visibleRows(), 2);
}

void TestSystemsPage::addCreatesAUniqueSystemAndStartsEditingItsName()
{
    auto *add = m_page->findChild<QPushButton *>(QStringLiteral("addSystem"));
    const int commands = m_project->undoStack()->count();
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_project->data().systems.size(), size_t(5));
    QCOMPARE(m_project->undoStack()->count(), commands + 1);
    QCOMPARE(visibleRows(), 5);
    const QModelIndex current = m_table->currentIndex();
    QCOMPARE(current.data().toString(), QStringLiteral("New system"));
    QCOMPARE(current.column(), int(SystemsModel::NameColumn));
    auto *editor = qobject_cast<QLineEdit *>(m_table->indexWidget(current));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Escape);

    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_table->currentIndex().data().toString(), QStringLiteral("New system 2"));
    m_project->undoStack()->undo();
    m_project->undoStack()->undo();
    QCOMPARE(visibleRows(), 4);
}

void TestSystemsPage::duplicateCopiesTheSelectionInOneStep()
{
    m_table->selectionModel()->select(indexOf(1, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_table->selectionModel()->select(indexOf(2, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const int commands = m_project->undoStack()->count();
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("duplicateSystem")),
                      Qt::LeftButton);
    QCOMPARE(m_project->undoStack()->count(), commands + 1);
    QCOMPARE(m_project->data().systems.size(), size_t(6));
    QStringList selected;
    for (Id id : m_page->selectedIds())
        selected.append(m_project->find<System>(id)->name);
    selected.sort();
    QCOMPARE(selected, QStringList({QStringLiteral("db-primary (copy)"),
                                    QStringLiteral("order-service (copy)")}));
    const System *copy = m_project->find<System>(m_page->selectedIds().first());
    QCOMPARE(copy->attributes, m_project->find<System>(1)->attributes);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->data().systems.size(), size_t(4));
}

void TestSystemsPage::versionIsEditedThroughTheDelegate()
{
    const QModelIndex target = indexOf(1, SystemsModel::TargetVersionColumn);
    QVERIFY(target.isValid());
    m_table->setCurrentIndex(target);
    m_table->edit(target);
    auto *editor = qobject_cast<QLineEdit *>(m_table->indexWidget(target));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("16.4"));
    editor->setText(QStringLiteral("latest"));
    QVERIFY(editor->property("versionProblem").toBool());
    QVERIFY(editor->toolTip().contains(QStringLiteral("cannot read version")));
    editor->setText(QStringLiteral("17.0"));
    QVERIFY(!editor->property("versionProblem").toBool());
    const int commands = m_project->undoStack()->count();
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits through a queued call.
    QTRY_COMPARE(m_project->find<System>(1)->targetVersion, QStringLiteral("17.0"));
    QCOMPARE(m_project->undoStack()->count(), commands + 1);
    QCOMPARE(indexOf(1, SystemsModel::TargetVersionColumn).data().toString(),
             QStringLiteral("17.0"));

    m_project->undoStack()->undo();
    QCOMPARE(indexOf(1, SystemsModel::TargetVersionColumn).data().toString(),
             QStringLiteral("16.4"));
    m_project->undoStack()->redo();
    QCOMPARE(indexOf(1, SystemsModel::TargetVersionColumn).data().toString(),
             QStringLiteral("17.0"));

    // An unreadable version is accepted and marked in the cell.
    const QModelIndex current = indexOf(2, SystemsModel::CurrentVersionColumn);
    m_table->edit(current);
    editor = qobject_cast<QLineEdit *>(m_table->indexWidget(current));
    QVERIFY(editor);
    editor->setText(QStringLiteral("latest"));
    QTest::keyClick(editor, Qt::Key_Enter);
    QTRY_COMPARE(m_project->find<System>(2)->currentVersion, QStringLiteral("latest"));
    QVERIFY(indexOf(2, SystemsModel::CurrentVersionColumn)
                .data(SystemsModel::VersionProblemRole)
                .toBool());
}

void TestSystemsPage::environmentIsPickedOrTyped()
{
    const QModelIndex environment = indexOf(2, SystemsModel::EnvironmentColumn);
    m_table->edit(environment);
    auto *editor = qobject_cast<QComboBox *>(m_table->indexWidget(environment));
    QVERIFY(editor && editor->isEditable());
    // The project's environments first, then the common ones it does not use yet.
    QCOMPARE(editor->itemText(0), QStringLiteral("Staging"));
    QVERIFY(editor->findText(QStringLiteral("DR")) >= 0);
    editor->setCurrentText(QStringLiteral("disaster recovery"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_project->find<System>(2)->environment, QStringLiteral("DR"));

    m_table->edit(environment);
    editor = qobject_cast<QComboBox *>(m_table->indexWidget(environment));
    QVERIFY(editor);
    editor->setCurrentText(QStringLiteral("Lab Berlin"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_project->find<System>(2)->environment, QStringLiteral("Lab Berlin"));
    auto *filter = m_page->findChild<QComboBox *>(QStringLiteral("environmentFilter"));
    QVERIFY2(filter->findData(QStringLiteral("Lab Berlin")) >= 0,
             "the filter offers the environments the systems are in");
}

void TestSystemsPage::kindIsPickedFromAList()
{
    const QModelIndex kind = indexOf(2, SystemsModel::KindColumn);
    m_table->edit(kind);
    auto *editor = qobject_cast<QComboBox *>(m_table->indexWidget(kind));
    QVERIFY(editor);
    QCOMPARE(editor->currentText(), QStringLiteral("Application"));
    QCOMPARE(editor->count(), 15);
    const int api = editor->findData(QStringLiteral("api"));
    QCOMPARE(editor->itemText(api), QStringLiteral("API"));
    editor->setCurrentIndex(api);
    emit editor->activated(api); // what a click in the open list does
    QCOMPARE(m_project->find<System>(2)->systemKind, SystemKind::Api);
    QCOMPARE(indexOf(2, SystemsModel::KindColumn).data().toString(), QStringLiteral("API"));
}

void TestSystemsPage::deletingANeededSystemAsksFirst()
{
    const size_t dependencies = m_project->data().dependencies.size();
    m_page->selectSystem(1);
    QVERIFY(m_page->canDelete());
    auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("deleteSystem"));
    m_dialogs.answers = {Dialogs::Answer::No};
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_dialogs.questions.size(), 1);
    const QString question = m_dialogs.questions.first();
    QVERIFY2(question.startsWith(QStringLiteral(
                 "db-primary is needed by: order-service, reporting (2 dependencies)")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("3 runbook steps")), qPrintable(question));
    QVERIFY(m_project->find<System>(1));

    const int commands = m_project->undoStack()->count();
    m_dialogs.answers = {Dialogs::Answer::Yes};
    m_page->deleteSelection();
    QVERIFY(!m_project->find<System>(1));
    QCOMPARE(m_project->data().dependencies.size(), size_t(1)); // reporting -> order-service
    QVERIFY(m_project->data().rules.empty());
    QVERIFY(m_project->data().steps.at(1).systemIds.isEmpty());
    QCOMPARE(m_project->undoStack()->count(), commands + 1);
    QCOMPARE(visibleRows(), 3);

    m_project->undoStack()->undo();
    QVERIFY(m_project->find<System>(1));
    QCOMPARE(m_project->data().dependencies.size(), dependencies);
    QCOMPARE(m_project->data().rules.size(), size_t(1));
    QCOMPARE(m_project->data().steps.at(1).systemIds, QList<Id>{1});
    QCOMPARE(visibleRows(), 4);
}

void TestSystemsPage::deletingAnUnneededSystemDoesNotAsk()
{
    m_page->selectSystem(4);
    m_page->deleteSelection();
    QVERIFY(m_dialogs.questions.isEmpty());
    QVERIFY(!m_project->find<System>(4));
    QCOMPARE(visibleRows(), 3);
}

void TestSystemsPage::notesTypedInTheDetailsReachTheDocument()
{
    auto *details = m_page->findChild<QWidget *>(QStringLiteral("systemDetails"));
    auto *notes = details->findChild<QPlainTextEdit *>(QStringLiteral("systemNotes"));
    QVERIFY(notes);
    QVERIFY(!notes->isEnabled() || notes->toPlainText().isEmpty());
    m_page->selectSystem(1);
    const QString original = m_project->find<System>(1)->notes;
    QCOMPARE(notes->toPlainText(), original);
    notes->moveCursor(QTextCursor::End);
    const int commands = m_project->undoStack()->count();
    QTest::keyClicks(notes, QStringLiteral(" (checked)"));
    // Committed after a pause in typing, as one edit.
    QCOMPARE(m_project->find<System>(1)->notes, original);
    QTRY_COMPARE(m_project->find<System>(1)->notes, original + QStringLiteral(" (checked)"));
    QCOMPARE(notes->toPlainText(), original + QStringLiteral(" (checked)"));
    QCOMPARE(m_project->undoStack()->count(), commands + 1);

    m_project->undoStack()->undo();
    QCOMPARE(notes->toPlainText(), original);
    m_page->selectSystem(2);
    QCOMPARE(notes->toPlainText(), QString());
    auto *processes = details->findChild<QPlainTextEdit *>(QStringLiteral("systemProcesses"));
    processes->moveCursor(QTextCursor::End);
    QTest::keyClick(processes, Qt::Key_Return);
    QTest::keyClicks(processes, QStringLiteral("refunds"));
    // Choosing another system commits what was typed for this one.
    m_page->selectSystem(1);
    QCOMPARE(m_project->find<System>(2)->businessProcesses,
             QStringList({QStringLiteral("order intake"), QStringLiteral("refunds")}));
}

void TestSystemsPage::copyPutsCsvOnTheClipboard()
{
    QVERIFY(!m_page->canCopy());
    m_page->selectSystem(2);
    QVERIFY(m_page->canCopy());
    m_page->copy();
    const QString text = QApplication::clipboard()->text();
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().startsWith(QStringLiteral("name,")));
    QVERIFY(lines.last().startsWith(QStringLiteral("order-service,")));
    QCOMPARE(QString::fromUtf8(m_page->exportCsv()).count(QStringLiteral("\r\n")), 5);
}

void TestSystemsPage::selectSystemClearsFiltersThatHideIt()
{
    auto *filter = m_page->findChild<QLineEdit *>(QStringLiteral("systemsFilter"));
    QTest::keyClicks(filter, QStringLiteral("reporting"));
    QCOMPARE(visibleRows(), 1);
    m_page->selectSystem(2);
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(m_page->selectedIds(), QList<Id>{2});
}

void TestSystemsPage::doubleClickActivatesTheSystem()
{
    QSignalSpy activated(m_page.get(), &SystemsPage::systemActivated);
    const QRect cell = m_table->visualRect(indexOf(3, SystemsModel::SiteColumn));
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(m_table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().value<Id>(), Id(3));
}

void TestSystemsPage::emptyProjectShowsAHint()
{
    auto created = createProject(m_dir.filePath(QStringLiteral("empty.uwb")));
    QVERIFY(created);
    m_page->setProject(created.value().get());
    auto *hint = m_page->findChild<QLabel *>(QStringLiteral("systemsEmptyHint"));
    QVERIFY(hint->isVisible());
    QVERIFY(!m_table->isVisible());
    QVERIFY(hint->text().startsWith(QStringLiteral("No systems yet")));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addSystem")), Qt::LeftButton);
    QVERIFY(m_table->isVisible());
    QVERIFY(!hint->isVisible());
    m_page->setProject(nullptr);
    QVERIFY(hint->isVisible());
}

void TestSystemsPage::readOnlyProjectCannotBeEdited()
{
    const QString path = m_project->filePath();
    auto reader = openProject(path, Store::Access::ReadOnly);
    QVERIFY(reader);
    m_page->setProject(reader.value().get());
    m_page->selectSystem(1);
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("addSystem"))->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("deleteSystem"))->isEnabled());
    QVERIFY(!m_page->canDelete());
    QVERIFY(m_page->canCopy());
    QVERIFY(!(indexOf(1, SystemsModel::NameColumn).flags() & Qt::ItemIsEditable));
    auto *notes = m_page->findChild<QPlainTextEdit *>(QStringLiteral("systemNotes"));
    QVERIFY(notes->isReadOnly());
    m_page->setProject(nullptr);
}

QTEST_MAIN(TestSystemsPage)
#include "tst_systemspage.moc"
