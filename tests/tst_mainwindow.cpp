#include "changeassessor.h"
#include "commands.h"
#include "csvimportdialog.h"
#include "ganttview.h"
#include "graphpage.h"
#include "mainwindow.h"
#include "planmodel.h"
#include "planpage.h"
#include "projectfile.h"
#include "runpage.h"
#include "sample.h"
#include "scripteddialogs.h"
#include "systemspage.h"
#include "verdict.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace uw;
using uw::test::ScriptedDialogs;

namespace {

QAction *actionWithShortcut(QWidget *window, QKeySequence::StandardKey key)
{
    const QKeySequence wanted(key);
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut() == wanted)
            return action;
    }
    return nullptr;
}

/** The line edit a view opened for editing; closed editors are deleted first. */
QLineEdit *openEditor(QAbstractItemView *view)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (QLineEdit *edit : view->viewport()->findChildren<QLineEdit *>()) {
        if (edit->isVisible())
            return edit;
    }
    return nullptr;
}

qsizetype auditEntriesInFile(const QString &path)
{
    auto reopened = openProject(path, Store::Access::ReadOnly);
    return reopened ? reopened.value()->data().audit.size() : -1;
}

int rowOfName(QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

} // namespace

/** The real main window, driven through its widgets as a user would. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheSampleAndShowsItsName();
    void secondInstanceShowsTheReadOnlyBanner();
    void buildingTheInventoryByHandAndFromACsvReachesTheFile();
    void copiedSystemsPasteAsCopiesInOneUndoStep();
    void runbookTemplateIsInsertedFromTheMenuInOneUndoStep();
    void thePlanIsAnalysedAtOpenAndItsPageBuiltWhenShown();
    void theGraphAndTheRunHeaderShowThePlansVerdict();
    void badFileIsReportedAndNothingIsOpened();
    void typingIsOneEditWhenTheFieldIsLeft();
    void typingIsCommittedAfterAPause();
    void undoWhileTypingUndoesTheTyping();

private:
    QTemporaryDir m_dir;
    QString m_sample;
    ScriptedDialogs m_dialogs;
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Dialogs::setInstance(&m_dialogs);
}

void TestMainWindow::init()
{
    QString error;
    auto sample = sampleProject(&error);
    QVERIFY2(sample, qPrintable(error));
    m_sample = m_dir.filePath(
        QStringLiteral("sample-%1.uwb").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_sample);
    QVERIFY(createProject(m_sample, *sample));
    m_dialogs = ScriptedDialogs();
}

void TestMainWindow::cleanup()
{
    Dialogs::setInstance(&m_dialogs);
}

void TestMainWindow::opensTheSampleAndShowsItsName()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_sample));
    QVERIFY(window.windowTitle().contains(QFileInfo(m_sample).fileName()));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    auto *title = window.findChild<QLineEdit *>(QStringLiteral("changeTitle"));
    QCOMPARE(title->text(), window.project()->change().title);
}

void TestMainWindow::secondInstanceShowsTheReadOnlyBanner()
{
    MainWindow first;
    MainWindow second;
    first.show();
    second.show();
    QVERIFY(first.openFile(m_sample));
    QVERIFY(second.openFile(m_sample));
    auto *banner = second.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("another Upgrade Workbench")));
    QVERIFY(second.windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(!second.findChild<QWidget *>(QStringLiteral("addSystem"))->isEnabled());
}

void TestMainWindow::buildingTheInventoryByHandAndFromACsvReachesTheFile()
{
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(window.openFile(m_sample));
    Project *project = window.project();
    auto *systemsPage = window.page<SystemsPage>();
    window.showPage(systemsPage);
    auto *table = systemsPage->findChild<QTableView *>(QStringLiteral("systemsTable"));
    QAbstractItemModel *model = table->model();
    const int systemsBefore = model->rowCount();

    // Add a system through the button and name it by typing into the editor that opens.
    QWidget *addButton = systemsPage->findChild<QWidget *>(QStringLiteral("addSystem"));
    QTest::mouseClick(addButton, Qt::LeftButton);
    QCOMPARE(model->rowCount(), systemsBefore + 1);
    QLineEdit *nameEditor = openEditor(table);
    QVERIFY(nameEditor);
    nameEditor->selectAll();
    QTest::keyClicks(nameEditor, QStringLiteral("edge-proxy"));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    // The delegate commits through a queued call.
    QTRY_VERIFY(rowOfName(model, QStringLiteral("edge-proxy")) >= 0);
    const int row = rowOfName(model, QStringLiteral("edge-proxy"));

    // Edit its target version inline.
    int targetColumn = -1;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString().contains(QStringLiteral("Target")))
            targetColumn = column;
    }
    QVERIFY(targetColumn >= 0);
    const QModelIndex target = model->index(row, targetColumn);
    table->setCurrentIndex(target);
    table->edit(target);
    QLineEdit *versionEditor = openEditor(table);
    QVERIFY(versionEditor);
    versionEditor->selectAll();
    QTest::keyClicks(versionEditor, QStringLiteral("2.9.1"));
    QTest::keyClick(versionEditor, Qt::Key_Return);
    QTRY_COMPARE(model->index(rowOfName(model, QStringLiteral("edge-proxy")), targetColumn)
                     .data()
                     .toString(),
                 QStringLiteral("2.9.1"));

    // Undo and redo through the Edit menu.
    QAction *undo = actionWithShortcut(&window, QKeySequence::Undo);
    QAction *redo = actionWithShortcut(&window, QKeySequence::Redo);
    QVERIFY(undo && redo);
    QVERIFY(undo->text().contains(QStringLiteral("edge-proxy")) || undo->isEnabled());
    undo->trigger();
    QVERIFY(
        model->index(rowOfName(model, QStringLiteral("edge-proxy")), targetColumn).data().toString()
        != QStringLiteral("2.9.1"));
    redo->trigger();
    QCOMPARE(model->index(rowOfName(model, QStringLiteral("edge-proxy")), targetColumn)
                 .data()
                 .toString(),
             QStringLiteral("2.9.1"));

    // Delete a system others depend on: the question names them; No keeps it, Yes removes it.
    Id databaseId = 0;
    for (const auto &[id, dependency] : project->data().dependencies) {
        databaseId = dependency.dependencyId;
        break;
    }
    QVERIFY(databaseId);
    const QString databaseName = project->find<System>(databaseId)->name;
    systemsPage->selectSystem(databaseId);
    QAction *deleteAction = actionWithShortcut(&window, QKeySequence::Delete);
    QVERIFY(deleteAction && deleteAction->isEnabled());
    m_dialogs.nextAnswer = Dialogs::Answer::No;
    deleteAction->trigger();
    QCOMPARE(m_dialogs.questions.size(), 1);
    QVERIFY2(m_dialogs.questions.first().contains(databaseName),
             qPrintable(m_dialogs.questions.first()));
    QVERIFY(project->find<System>(databaseId));
    m_dialogs.nextAnswer = Dialogs::Answer::Yes;
    deleteAction->trigger();
    QVERIFY(!project->find<System>(databaseId));
    for (const auto &[id, dependency] : project->data().dependencies)
        QVERIFY(dependency.dependencyId != databaseId && dependency.dependentId != databaseId);

    // Import a CMDB export with good and bad rows, reviewing it in the dialog.
    const QString csvPath = m_dir.filePath(QStringLiteral("cmdb.csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Name;Class;Version;Environment;Location\r\n"
              "cache-03;server;7.2.4;production;Frankfurt DC1\r\n"
              "cache-04;server;7.2.4;production;Frankfurt DC2\r\n"
              ";server;1.0;production;Frankfurt DC1\r\n"
              "mystery-box;mainframe;1.0;production;Frankfurt DC1\r\n"
              "cache-03;server;7.2.4;production;Frankfurt DC1\r\n");
    csv.close();
    const int beforeImport = model->rowCount();
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<CsvImportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("2")), qPrintable(summary->text()));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                          Qt::LeftButton);
    });
    window.importCsv(ImportTarget::Systems, csvPath);
    // The mainframe is a class nobody mapped: it comes in as Other, with a note.
    QCOMPARE(model->rowCount(), beforeImport + 3);
    QCOMPARE(m_dialogs.informations.size(), 1);
    QVERIFY2(m_dialogs.informations.first().contains(QStringLiteral("3")),
             qPrintable(m_dialogs.informations.first()));

    // Everything the window showed is in the file.
    const ProjectData shown = project->data();
    window.close();
    auto reopened = openProject(m_sample, Store::Access::ReadOnly);
    QVERIFY(reopened);
    const ProjectData &onDisk = reopened.value()->data();
    QCOMPARE(onDisk.systems.size(), shown.systems.size());
    // One added by hand, one deleted, three imported.
    QCOMPARE(int(onDisk.systems.size()), systemsBefore + 3);
    QVERIFY(!onDisk.systems.count(databaseId));
    bool foundEdgeProxy = false;
    for (const auto &[id, system] : onDisk.systems) {
        if (system.name == QLatin1String("edge-proxy")) {
            foundEdgeProxy = true;
            QCOMPARE(system.targetVersion, QStringLiteral("2.9.1"));
        }
    }
    QVERIFY(foundEdgeProxy);
}

void TestMainWindow::copiedSystemsPasteAsCopiesInOneUndoStep()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_sample));
    Project *project = window.project();
    auto *systemsPage = window.page<SystemsPage>();
    window.showPage(systemsPage);
    const Id original = project->data().systems.begin()->first;
    const System source = *project->find<System>(original);
    systemsPage->selectSystem(original);
    const size_t before = project->data().systems.size();

    actionWithShortcut(&window, QKeySequence::Copy)->trigger();
    QAction *paste = actionWithShortcut(&window, QKeySequence::Paste);
    QVERIFY(paste->isEnabled());
    paste->trigger();
    QCOMPARE(project->data().systems.size(), before + 1);
    const QList<Id> selected = systemsPage->selectedIds();
    QCOMPARE(selected.size(), 1);
    const System *copy = project->find<System>(selected.first());
    QCOMPARE(copy->name, source.name + QStringLiteral(" (copy)"));
    QCOMPARE(copy->currentVersion, source.currentVersion);
    QCOMPARE(copy->systemKind, source.systemKind);

    actionWithShortcut(&window, QKeySequence::Undo)->trigger();
    QCOMPARE(project->data().systems.size(), before);
}

void TestMainWindow::runbookTemplateIsInsertedFromTheMenuInOneUndoStep()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_sample));
    Project *project = window.project();
    const size_t before = project->data().steps.size();

    QMenu *templates = nullptr;
    for (QMenu *menu : window.findChildren<QMenu *>()) {
        if (menu->title().contains(QStringLiteral("Template")))
            templates = menu;
    }
    QVERIFY(templates);
    emit templates->aboutToShow();
    QAction *blueGreen = nullptr;
    for (QAction *action : templates->actions()) {
        if (action->text().contains(QStringLiteral("blue-green"), Qt::CaseInsensitive))
            blueGreen = action;
    }
    QVERIFY2(blueGreen, "the blue-green template is listed");
    QVERIFY(blueGreen->isEnabled());
    // Cancelling the parameters inserts nothing; then the lead gives them.
    m_dialogs.nextValues = QStringList();
    blueGreen->trigger();
    QCOMPARE(project->data().steps.size(), before);
    m_dialogs.nextValues = QStringList{QStringLiteral("./deploy.sh green"),
                                       QStringLiteral("https://green.shop.test/health"),
                                       QStringLiteral("./switch.sh green"),
                                       QStringLiteral("./switch.sh blue"),
                                       QStringLiteral("./scale-down.sh blue")};
    blueGreen->trigger();
    QCOMPARE(m_dialogs.askedFields.size(), 5);
    QVERIFY(project->data().steps.size() > before);
    const auto &steps = project->data().steps;
    QVERIFY(std::any_of(steps.begin(), steps.end(), [](const auto &entry) {
        return entry.second.command.command == QLatin1String("./deploy.sh green");
    }));
    QVERIFY(std::any_of(steps.begin(), steps.end(), [](const auto &entry) {
        return entry.second.http.url == QLatin1String("https://green.shop.test/health");
    }));
    QVERIFY(m_dialogs.warnings.isEmpty());
    QVERIFY(
        project->undoStack()->undoText().contains(QStringLiteral("template"), Qt::CaseInsensitive));

    actionWithShortcut(&window, QKeySequence::Undo)->trigger();
    QCOMPARE(project->data().steps.size(), before);
    QVERIFY(!window.insertRunbookTemplate(QStringLiteral("no-such-template")));
    QCOMPARE(m_dialogs.warnings.size(), 1);
}

void TestMainWindow::thePlanIsAnalysedAtOpenAndItsPageBuiltWhenShown()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_sample));
    auto *plan = window.page<PlanPage>();
    // The analysis behind the verdict runs at once, in the background; the page stays unbuilt.
    QTRY_VERIFY_WITH_TIMEOUT(plan->assessor()->isSettled(), 30000);
    QVERIFY(plan->analyzer()->analysis().schedule.valid);
    QCOMPARE(plan->model()->rowCount(), 0);

    // Shown, it catches up with the analysis it missed, without waiting for another one.
    window.showPage(plan);
    QVERIFY(plan->model()->rowCount() > 0);
    QCOMPARE(plan->gantt()->chart().rows().size(),
             qsizetype(plan->model()->rowCount() + window.project()->data().steps.size()));
    auto *verdictTile = plan->findChild<QToolButton *>(QStringLiteral("summaryVerdict"));
    QVERIFY(verdictTile->text().contains(plan->assessor()->verdict().decisionText()));

    // A project opened while the plan is shown reaches it at once.
    actionWithShortcut(&window, QKeySequence::Close)->trigger();
    QCOMPARE(plan->model()->rowCount(), 0);
    QVERIFY(window.openFile(m_sample));
    QVERIFY(plan->model()->rowCount() > 0);
    QTRY_VERIFY(plan->analyzer()->analysis().schedule.valid);
}

void TestMainWindow::theGraphAndTheRunHeaderShowThePlansVerdict()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_sample));
    auto *graph = window.page<GraphPage>();
    window.showPage(graph);
    auto *decision = graph->findChild<QLabel *>(QStringLiteral("graphDecision"));
    QVERIFY(decision);
    // The Plan page need not have been opened: the window assesses the change once for all.
    ChangeAssessor *assessor = window.page<PlanPage>()->assessor();
    QTRY_VERIFY_WITH_TIMEOUT(assessor->isSettled(), 30000);
    QVERIFY(decision->isVisible());
    const Verdict &verdict = assessor->verdict();
    QVERIFY2(decision->text().startsWith(QStringLiteral("Decision: ") + verdict.decisionText()),
             qPrintable(decision->text()));
    QVERIFY(decision->toolTip().startsWith(verdict.headline()));
    for (const VerdictReason &blocker : verdict.blockers)
        QVERIFY(decision->toolTip().contains(blocker.message));

    auto *run = window.page<RunPage>();
    window.showPage(run);
    auto *runDecision = run->findChild<QLabel *>(QStringLiteral("runDecision"));
    QVERIFY(runDecision->isVisible());
    QCOMPARE(runDecision->text(), decision->text());
    QCOMPARE(runDecision->toolTip(), decision->toolTip());

    actionWithShortcut(&window, QKeySequence::Close)->trigger();
    QVERIFY(!runDecision->isVisible());
    window.showPage(graph);
    QVERIFY(!decision->isVisible());
}

void TestMainWindow::badFileIsReportedAndNothingIsOpened()
{
    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("meeting notes, not a project");
    file.close();
    MainWindow window;
    window.show();
    QVERIFY(!window.openFile(notes));
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY(m_dialogs.warnings.first().contains(QStringLiteral("notes.txt")));
    QVERIFY(!window.project());
}

void TestMainWindow::typingIsOneEditWhenTheFieldIsLeft()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_sample));
    Project *project = window.project();
    const qsizetype auditBefore = auditEntriesInFile(m_sample);
    auto *title = window.findChild<QLineEdit *>(QStringLiteral("changeTitle"));
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" (reviewed)"));
    // Nothing is written key by key.
    QCOMPARE(project->undoStack()->count(), 0);
    QCOMPARE(auditEntriesInFile(m_sample), auditBefore);

    // An edit elsewhere refreshes the page; the field keeps what is being typed.
    System system;
    system.id = project->allocateId(EntityKind::System);
    system.name = QStringLiteral("Added meanwhile");
    QVERIFY(edit::addEntities(*project, QStringLiteral("Add system"), {system}));
    QVERIFY(title->text().endsWith(QStringLiteral(" (reviewed)")));

    QTest::keyClick(title, Qt::Key_Return);
    QVERIFY(project->change().title.endsWith(QStringLiteral(" (reviewed)")));
    QCOMPARE(project->undoStack()->count(), 2);
    QCOMPARE(project->undoStack()->undoText(), QStringLiteral("Edit change title"));
    QCOMPARE(auditEntriesInFile(m_sample), auditBefore + 2);
}

void TestMainWindow::typingIsCommittedAfterAPause()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_sample));
    auto *purpose = window.findChild<QPlainTextEdit *>(QStringLiteral("changePurpose"));
    purpose->setFocus();
    purpose->moveCursor(QTextCursor::End);
    QTest::keyClicks(purpose, QStringLiteral(" Approved by the board."));
    QCOMPARE(window.project()->undoStack()->count(), 0);
    QTRY_COMPARE(window.project()->undoStack()->count(), 1);
    QVERIFY(window.project()->change().purpose.endsWith(QStringLiteral("by the board.")));
}

void TestMainWindow::undoWhileTypingUndoesTheTyping()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_sample));
    Change earlier = window.project()->change();
    earlier.title = QStringLiteral("An earlier edit");
    QVERIFY(edit::updateEntity(*window.project(), QStringLiteral("Edit title"), earlier));
    const QString original = window.project()->change().fromSummary;
    auto *from = window.findChild<QLineEdit *>(QStringLiteral("changeFrom"));
    from->setFocus();
    QTest::keyClicks(from, QStringLiteral(" and more"));
    actionWithShortcut(&window, QKeySequence::Undo)->trigger();
    QCOMPARE(window.project()->change().fromSummary, original);
    QCOMPARE(from->text(), original);
    QCOMPARE(window.project()->change().title, QStringLiteral("An earlier edit"));
    QCOMPARE(window.project()->undoStack()->redoText(), QStringLiteral("Edit change summary"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
