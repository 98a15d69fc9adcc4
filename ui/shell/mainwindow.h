#pragma once

#include "csvimport.h"
#include "page.h"

#include <QMainWindow>
#include <QSet>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace uw {

class ChangeAssessor;
class Project;

/** The shell: navigation between pages, file handling, undo/redo and the read-only notice. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens path, closing the current project; failures are shown, never thrown. */
    bool openFile(const QString &path);
    Project *project() const { return m_project.get(); }
    /** Reads path and lets the user review and import its rows (File > Import). */
    void importCsv(ImportTarget target, const QString &path);
    /**
     * Reads a Microsoft Project XML file, shows what it would add, and adds it to the runbook as
     * one undoable edit when the user agrees (File > Import).
     */
    void importMspdi(const QString &path);
    /** Makes the project JSON at path a new project file at target and opens it. */
    bool importProjectJson(const QString &path, const QString &target);
    /** The page of type P, for navigation and tests. */
    template<class P>
    P *page() const
    {
        for (Page *candidate : m_pageList) {
            if (auto *match = qobject_cast<P *>(candidate))
                return match;
        }
        return nullptr;
    }
    void showPage(Page *page);
    /** Adds a runbook template's steps to the project as one undoable edit. */
    bool insertRunbookTemplate(const QString &templateId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void newProject();
    /**
     * Creates the project file path (.uwb added without a suffix) holding initial and opens it.
     * Refuses the open project's file and sourcePath, the file initial was read from.
     */
    bool createAndOpen(const QString &path, const ProjectData &initial, const QString &sourcePath);
    void openProject();
    void saveProjectAs();
    void closeProject();
    void showAbout();
    void setProject(std::unique_ptr<Project> project);
    void connectUndo(Project *project);
    void updateTitle();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void rebuildTemplateMenu();
    /** eager: the page follows every project at once instead of waiting to be shown. */
    void addPage(Page *page, bool eager = false);
    /**
     * Gives a page the project when it is first shown: the Plan and Graph pages take seconds
     * to analyse a large project, and opening should paint the page in front first.
     */
    void bindPage(Page *page);
    Page *currentPage() const;
    void updateEditActions();
    void copySelection();
    void cutSelection();
    void pasteIntoPage();
    void deleteSelection();
    void exportCurrentTable();

    std::unique_ptr<Project> m_project;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    /** The one plan analysis and verdict of the open project, shared by every page. */
    ChangeAssessor *m_assessor = nullptr;
    QList<Page *> m_pageList;
    /** Pages that show the current project; the others get it when they are first shown. */
    QSet<Page *> m_boundPages;
    QSet<Page *> m_eagerPages;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_exportAction = nullptr;
    QList<QAction *> m_importActions;
    QMenu *m_templateMenu = nullptr;
};

} // namespace uw
