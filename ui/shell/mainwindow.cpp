#include "mainwindow.h"

#include "changeassessor.h"
#include "changepage.h"
#include "csvimportdialog.h"
#include "dependenciespage.h"
#include "dialogs.h"
#include "graphpage.h"
#include "metricmonitor.h"
#include "metricspage.h"
#include "peoplepage.h"
#include "planpage.h"
#include "projectfile.h"
#include "reportdialog.h"
#include "runbooktemplates.h"
#include "runpage.h"
#include "schema.h"
#include "systemspage.h"
#include "textcommit.h"
#include "windowspage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <sqlite3.h>

namespace uw {
namespace {

constexpr int maxRecentFiles = 8;

/** Draws navigation entries without the focus frame: the highlight already shows the page. */
class NavigationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->state &= ~QStyle::State_HasFocus;
    }
};
const auto recentFilesKey = QStringLiteral("recentFiles");

QString projectFilter()
{
    return MainWindow::tr("Upgrade Workbench projects (*.uwb);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_assessor(new ChangeAssessor(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral(
        "QLabel#readOnlyBanner { background: #fff4ce; color: #5c4400; padding: 8px 12px; "
        "border-bottom: 1px solid #e0c96b; }"));
    m_readOnlyBanner->hide();

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMinimumWidth(160);
    m_navigation->setMaximumWidth(260);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: palette(window); padding-top: 8px; }"
                       "QListWidget#navigation::item { padding: 8px 10px; border-radius: 4px; }"
                       "QListWidget#navigation::item:selected { background: palette(highlight); "
                       "color: palette(highlighted-text); }"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pageList.size())
            bindPage(m_pageList[row]);
        m_pages->setCurrentIndex(row);
        updateEditActions();
    });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    createActions();
    addPage(new ChangePage(this));
    addPage(new SystemsPage(this));
    addPage(new DependenciesPage(this));
    addPage(new PeoplePage(this));
    addPage(new WindowsPage(this));
    addPage(new GraphPage(m_assessor, this));
    addPage(new PlanPage(m_assessor, this));
    // The run page shows the key metrics and takes their rollback triggers; it comes after the
    // metrics page, whose monitor it shares, so the first project reaches it through the signal.
    // Both take every project at once: a run left open resumes, its metrics are polled.
    auto *metrics = new MetricsPage(this);
    auto *run = new RunPage(this);
    connect(metrics, &MetricsPage::monitorChanged, run, &RunPage::setMetricMonitor);
    connect(run, &RunPage::metricActivated, this, [this, metrics](Id metricId) {
        showPage(metrics);
        metrics->showMetric(metricId);
    });
    addPage(metrics, true);
    addPage(run, true);
    // One verdict for the window: the Plan strip, the Graph's findings and the Run header.
    connect(m_assessor, &ChangeAssessor::verdictChanged, this, [this, run] {
        const Verdict *verdict = m_assessor->isSettled() ? &m_assessor->verdict() : nullptr;
        page<GraphPage>()->showVerdict(verdict);
        run->showVerdict(verdict);
    });
    // The graph and the inventory follow each other's selection; a double-click goes there.
    connect(page<GraphPage>(), &GraphPage::systemActivated, this, [this](Id id) {
        showPage(page<SystemsPage>());
        page<SystemsPage>()->selectSystem(id);
    });
    connect(page<SystemsPage>(), &Page::editActionsChanged, this, [this] {
        if (const QList<Id> ids = page<SystemsPage>()->selectedIds(); ids.size() == 1)
            page<GraphPage>()->selectSystem(ids.first());
    });
    m_navigation->setCurrentRow(0);
    setProject(nullptr);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &MainWindow::updateEditActions);

    statusBar();
    updateTitle();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    connect(qApp, &QApplication::aboutToQuit, this, [this, splitter] {
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    });
}

MainWindow::~MainWindow()
{
    // Pages let go of the project (and commit what is being typed) before it is destroyed.
    setProject(nullptr);
}

void MainWindow::addPage(Page *page, bool eager)
{
    m_pageList.append(page);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setSizeHint(QSize(0, 40));
    if (eager)
        m_eagerPages.insert(page);
    page->setProject(m_project.get());
    connect(page, &Page::editActionsChanged, this, &MainWindow::updateEditActions);
}

void MainWindow::bindPage(Page *page)
{
    if (m_boundPages.contains(page))
        return;
    m_boundPages.insert(page);
    page->setProject(m_project.get());
    // The graph missed the inventory's selection while it waited to be shown.
    if (const QList<Id> ids = this->page<SystemsPage>()->selectedIds(); ids.size() == 1)
        this->page<GraphPage>()->selectSystem(ids.first());
}

void MainWindow::showPage(Page *page)
{
    const int row = int(m_pageList.indexOf(page));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

void MainWindow::importCsv(ImportTarget target, const QString &path)
{
    if (!m_project)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::instance().warning(this, tr("Cannot import"),
                                    tr("%1 cannot be read: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    CsvImportDialog dialog(m_project.get(), target, file.readAll(), QFileInfo(path).fileName(),
                           this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (target == ImportTarget::Systems)
        showPage(page<SystemsPage>());
    else
        showPage(page<DependenciesPage>());
    Dialogs::instance().information(this, tr("Import finished"), dialog.resultSummary());
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_pages->currentWidget());
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openProject);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    m_saveAsAction = file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this,
                                     &MainWindow::saveProjectAs);
    m_closeAction = file->addAction(tr("&Close"), QKeySequence::Close, this,
                                    &MainWindow::closeProject);
    file->addSeparator();
    QMenu *importMenu = file->addMenu(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import"));
    const QList<std::tuple<QString, QString, ImportTarget>> imports{
        {tr("&Systems from CSV…"), tr("Import systems"), ImportTarget::Systems},
        {tr("&Dependencies from CSV…"), tr("Import dependencies"), ImportTarget::Dependencies},
        {tr("&Compatibility Rules from CSV…"), tr("Import compatibility rules"),
         ImportTarget::Rules},
    };
    for (const auto &[text, title, target] : imports) {
        m_importActions.append(importMenu->addAction(text, this, [this, title, target] {
            const QString path = Dialogs::instance()
                                     .openFileName(this, title,
                                                   tr("CSV files (*.csv *.txt);;All files (*)"));
            if (!path.isEmpty())
                importCsv(target, path);
        }));
    }
    m_importActions.append(
        importMenu->addAction(tr("&Runbook from Microsoft Project XML…"), this, [this] {
            const QString path = Dialogs::instance()
                                     .openFileName(this, tr("Import runbook"),
                                                   tr("Microsoft Project XML (*.xml);;"
                                                      "All files (*)"));
            if (!path.isEmpty())
                importMspdi(path);
        }));
    importMenu->addSeparator();
    // Not among m_importActions: a new project needs no open one.
    importMenu->addAction(tr("&Project from JSON…"), this, [this] {
        Dialogs &dialogs = Dialogs::instance();
        const QString path = dialogs.openFileName(this, tr("Project from JSON"),
                                                  tr("Project JSON (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        const QString target
            = dialogs.saveFileName(this, tr("New project from %1").arg(QFileInfo(path).fileName()),
                                   projectFilter());
        if (!target.isEmpty())
            importProjectJson(path, target);
    });
    m_exportAction = file->addAction(QIcon(QStringLiteral(":/icons/export.svg")),
                                     tr("&Export Table as CSV…"), this,
                                     &MainWindow::exportCurrentTable);
    QMenu *reportMenu = file->addMenu(tr("Export &Report"));
    reportMenu->setObjectName(QStringLiteral("reportMenu"));
    for (const ReportKind kind : {ReportKind::Plan, ReportKind::Run}) {
        reportMenu->addAction(reportKindName(kind) + QStringLiteral("…"), this, [this, kind] {
            if (!m_project)
                return;
            ReportDialog dialog(m_project.get(), kind, m_assessor->analyzer(), this);
            dialog.exec();
        });
    }
    connect(file, &QMenu::aboutToShow, reportMenu,
            [this, reportMenu] { reportMenu->setEnabled(m_project != nullptr); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = editMenu->addAction(tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = editMenu->addAction(tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    editMenu->addSeparator();
    m_cutAction = editMenu->addAction(tr("Cu&t"), QKeySequence::Cut, this,
                                      &MainWindow::cutSelection);
    m_copyAction = editMenu->addAction(tr("&Copy"), QKeySequence::Copy, this,
                                       &MainWindow::copySelection);
    m_pasteAction = editMenu->addAction(tr("&Paste"), QKeySequence::Paste, this,
                                        &MainWindow::pasteIntoPage);
    m_deleteAction = editMenu->addAction(tr("&Delete"), QKeySequence::Delete, this,
                                         &MainWindow::deleteSelection);
    // Shortcuts of the Edit menu must not steal keys from line edits and table editors.
    for (QAction *action : {m_cutAction, m_copyAction, m_pasteAction, m_deleteAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleNavigation = view->addAction(tr("Show &Navigation"));
    toggleNavigation->setCheckable(true);
    toggleNavigation->setChecked(true);
    connect(toggleNavigation, &QAction::toggled, m_navigation, &QWidget::setVisible);
    view->addSeparator();
    for (int key = 1; key <= 9; ++key) {
        auto *goToPage = new QAction(this);
        goToPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + key)));
        connect(goToPage, &QAction::triggered, this, [this, key] {
            if (key <= m_navigation->count())
                m_navigation->setCurrentRow(key - 1);
        });
        addAction(goToPage);
    }

    QMenu *runbook = menuBar()->addMenu(tr("&Runbook"));
    m_templateMenu = runbook->addMenu(tr("Insert &Template"));
    connect(m_templateMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildTemplateMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Upgrade Workbench"), this, &MainWindow::showAbout);
}

bool MainWindow::openFile(const QString &path)
{
    auto project = uw::openProject(path);
    if (!project) {
        Dialogs::instance().warning(this, tr("Cannot open project"), project.error().message);
        return false;
    }
    setProject(std::move(project.value()));
    addRecentFile(path);
    return true;
}

void MainWindow::newProject()
{
    const QString path = Dialogs::instance().saveFileName(this, tr("New project"), projectFilter());
    if (!path.isEmpty())
        createAndOpen(path, {}, {});
}

bool MainWindow::createAndOpen(const QString &path, const ProjectData &initial,
                               const QString &sourcePath)
{
    const QString withSuffix = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".uwb")
                                                                  : path;
    QString problem;
    if (m_project && QFileInfo(withSuffix) == QFileInfo(m_project->filePath()))
        problem = tr("%1 is the project that is open now.").arg(QDir::toNativeSeparators(withSuffix));
    else if (!sourcePath.isEmpty() && QFileInfo(withSuffix) == QFileInfo(sourcePath))
        problem = tr("The new project needs a file of its own: %1 is the file it is made from.")
                      .arg(QDir::toNativeSeparators(sourcePath));
    if (!problem.isEmpty()) {
        Dialogs::instance().warning(this, tr("Cannot create project"), problem);
        return false;
    }
    // The save dialog has already asked whether to replace an existing file.
    if (QFileInfo::exists(withSuffix))
        QFile::remove(withSuffix);
    auto project = createProject(withSuffix, initial);
    if (!project) {
        Dialogs::instance().warning(this, tr("Cannot create project"), project.error().message);
        return false;
    }
    setProject(std::move(project.value()));
    addRecentFile(withSuffix);
    return true;
}

void MainWindow::openProject()
{
    const QString path = Dialogs::instance().openFileName(this, tr("Open project"), projectFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveProjectAs()
{
    if (!m_project)
        return;
    const QString path = Dialogs::instance().saveFileName(this, tr("Save project as"),
                                                          projectFilter());
    if (path.isEmpty())
        return;
    TextCommit::flushAll();
    QString error;
    if (!m_project->saveAs(path, &error)) {
        Dialogs::instance().warning(this, tr("Cannot save project"), error);
        return;
    }
    addRecentFile(path);
    setProject(std::move(m_project));
}

void MainWindow::closeProject()
{
    setProject(nullptr);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Nothing to ask: every edit is already in the file.
    setProject(nullptr);
    event->accept();
}

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    // What is being typed reaches the old project's file; pages then let go of the project
    // before it is destroyed.
    TextCommit::flushAll();
    for (Page *page : std::as_const(m_pageList))
        if (m_boundPages.contains(page))
            page->setProject(nullptr);
    m_assessor->setProject(nullptr);
    m_project = std::move(project);
    Project *current = m_project.get();
    // Analysed at once, in the background: the verdict shows on every page, not only the Plan.
    m_assessor->setProject(current);
    // Opening paints the shown page first; the others analyse when shown (see bindPage).
    m_boundPages = m_eagerPages;
    if (Page *shown = currentPage())
        m_boundPages.insert(shown);
    for (Page *page : std::as_const(m_pageList))
        if (m_boundPages.contains(page))
            page->setProject(current);

    connectUndo(current);
    if (current) {
        connect(current, &Project::writeFailed, this, [this](const QString &message) {
            Dialogs::instance().warning(this, tr("Change not saved"), message);
        });
        connect(current, &Project::filePathChanged, this, &MainWindow::updateTitle);
    }
    m_saveAsAction->setEnabled(current);
    m_closeAction->setEnabled(current);
    for (QAction *action : std::as_const(m_importActions))
        action->setEnabled(current && !current->isReadOnly());

    const bool readOnly = current && current->isReadOnly();
    m_readOnlyBanner->setVisible(readOnly);
    if (readOnly)
        m_readOnlyBanner->setText(current->storeInfo().readOnlyReason.isEmpty()
                                      ? tr("This project is open read-only.")
                                      : current->storeInfo().readOnlyReason);
    if (current && current->storeInfo().migratedFrom > 0) {
        statusBar()->showMessage(
            tr("Updated from file format %1; a copy of the original is at %2")
                .arg(current->storeInfo().migratedFrom)
                .arg(QDir::toNativeSeparators(current->storeInfo().backupPath)));
    }
    updateTitle();
    updateEditActions();
}

void MainWindow::updateTitle()
{
    if (!m_project) {
        setWindowTitle(tr("Upgrade Workbench"));
        return;
    }
    const QString name = QFileInfo(m_project->filePath()).fileName();
    setWindowTitle(m_project->isReadOnly() ? tr("%1 (read-only) — Upgrade Workbench").arg(name)
                                           : tr("%1 — Upgrade Workbench").arg(name));
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(recentFilesKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(recentFilesKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(recentFilesKey).toStringList();
    for (const QString &file : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(file), this,
                                [this, file] { openFile(file); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::rebuildTemplateMenu()
{
    // Read on every opening, so user templates saved meanwhile show up.
    m_templateMenu->clear();
    QStringList problems;
    const QList<RunbookTemplate> templates = availableTemplates(&problems);
    for (const RunbookTemplate &runbookTemplate : std::as_const(templates)) {
        QAction *action = m_templateMenu->addAction(
            tr("%1 (%2 steps)").arg(runbookTemplate.name).arg(runbookTemplate.steps.size()), this,
            [this, id = runbookTemplate.id] { insertRunbookTemplate(id); });
        action->setToolTip(runbookTemplate.description);
        action->setEnabled(m_project && !m_project->isReadOnly());
    }
    m_templateMenu->setToolTipsVisible(true);
    if (!problems.isEmpty()) {
        m_templateMenu->addSeparator();
        QAction *notice = m_templateMenu->addAction(tr("Some templates could not be read"));
        notice->setToolTip(problems.join(QLatin1Char('\n')));
        notice->setEnabled(false);
    }
}

bool MainWindow::insertRunbookTemplate(const QString &templateId)
{
    if (!m_project)
        return false;
    QStringList problems;
    const QList<RunbookTemplate> templates = availableTemplates(&problems);
    const auto match = std::find_if(templates.cbegin(), templates.cend(),
                                    [&templateId](const RunbookTemplate &candidate) {
                                        return candidate.id == templateId;
                                    });
    if (match == templates.cend()) {
        Dialogs::instance().warning(this, tr("Cannot insert template"),
                                    tr("There is no runbook template '%1'.").arg(templateId));
        return false;
    }
    QMap<QString, QString> values;
    if (!match->parameters.isEmpty()) {
        QList<std::pair<QString, QString>> fields;
        for (const TemplateParameter &parameter : match->parameters)
            fields.append({tr("%1 ({{%2}}):")
                               .arg(parameter.label.isEmpty() ? parameter.name : parameter.label,
                                    parameter.name),
                           parameter.defaultValue});
        const std::optional<QStringList> given = Dialogs::instance().values(
            this, tr("Insert %1").arg(match->name),
            tr("The template's commands and checks use these values. You can still change "
               "each step afterwards in the Plan page's step details."),
            fields);
        if (!given)
            return false;
        for (qsizetype index = 0; index < match->parameters.size(); ++index)
            values.insert(match->parameters[index].name, given->value(index));
    }
    QString error;
    if (!insertTemplate(*m_project, *match, &error, values)) {
        Dialogs::instance().warning(this, tr("Cannot insert template"), error);
        return false;
    }
    statusBar()->showMessage(tr("Added %1 steps from the template %2")
                                 .arg(match->steps.size())
                                 .arg(match->name),
                             8000);
    return true;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Upgrade Workbench"),
                       tr("<h3>Upgrade Workbench %1</h3>"
                          "<p>Plan, run and record upgrades of production systems.</p>"
                          "<p>Qt %2 · SQLite %3 · file format %4</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                QString::fromLatin1(qVersion()),
                                QString::fromLatin1(sqlite3_libversion()))
                           .arg(schema::currentVersion()));
}

} // namespace uw
