#include "mainwindow.h"

#include "dialogs.h"
#include "page.h"
#include "project.h"
#include "textcommit.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

// The Edit menu: undo and redo of the project, and the clipboard actions of the page in front.
namespace uw {

void MainWindow::connectUndo(Project *project)
{
    m_undoAction->disconnect();
    m_redoAction->disconnect();
    if (!project) {
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
        return;
    }
    QUndoStack *stack = project->undoStack();
    // Typing not yet committed is the latest edit: it is committed first, then undone.
    connect(m_undoAction, &QAction::triggered, stack, [stack] {
        TextCommit::flushAll();
        stack->undo();
    });
    connect(m_redoAction, &QAction::triggered, stack, [stack] {
        TextCommit::flushAll();
        stack->redo();
    });
    const auto updateUndo = [this, stack] {
        m_undoAction->setEnabled(stack->canUndo());
        m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                               : tr("&Undo"));
        m_redoAction->setEnabled(stack->canRedo());
        m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                               : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, m_undoAction, updateUndo);
    updateUndo();
}

void MainWindow::updateEditActions()
{
    Page *page = currentPage();
    const bool writable = m_project && !m_project->isReadOnly();
    m_copyAction->setEnabled(page && page->canCopy());
    m_cutAction->setEnabled(writable && page && page->canCopy() && page->canDelete());
    m_pasteAction->setEnabled(writable && page && page->canPaste());
    m_deleteAction->setEnabled(writable && page && page->canDelete());
    m_exportAction->setEnabled(m_project && page && page->canExportCsv());
}

void MainWindow::copySelection()
{
    if (Page *page = currentPage(); page && page->canCopy())
        page->copy();
}

void MainWindow::cutSelection()
{
    if (Page *page = currentPage(); page && page->canCopy() && page->canDelete()) {
        page->copy();
        page->deleteSelection();
    }
}

void MainWindow::pasteIntoPage()
{
    if (Page *page = currentPage(); page && page->canPaste())
        page->paste();
}

void MainWindow::deleteSelection()
{
    if (Page *page = currentPage(); page && page->canDelete())
        page->deleteSelection();
}

void MainWindow::exportCurrentTable()
{
    Page *page = currentPage();
    if (!page)
        return;
    const QByteArray csv = page->exportCsv();
    const QString path = Dialogs::instance().saveFileName(this,
                                                          tr("Export %1 as CSV").arg(page->title()),
                                                          tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size()) {
        Dialogs::instance().warning(this, tr("Cannot export"),
                                    tr("%1 could not be written: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()
        ->showMessage(tr("Exported %1 to %2").arg(page->title(), QDir::toNativeSeparators(path)),
                      5000);
}

} // namespace uw
