#pragma once

#include <QIcon>
#include <QWidget>

namespace uw {

class Project;

/**
 * A page of the main window. The window routes the Edit menu (copy, paste, delete) and
 * File > Export to CSV to the current page; a page says what it supports.
 */
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /** nullptr when no project is open. The page shows the project, never owns it. */
    virtual void setProject(Project *project) = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    virtual bool canCopy() const { return false; }
    virtual void copy() {}
    virtual bool canPaste() const { return false; }
    virtual void paste() {}
    virtual bool canDelete() const { return false; }
    virtual void deleteSelection() {}
    /** Whether File > Export applies; cheap, unlike building the CSV itself. */
    virtual bool canExportCsv() const { return false; }
    /** The page's table as CSV for File > Export. */
    virtual QByteArray exportCsv() const { return {}; }

signals:
    /** Selection or project changed: the window re-reads canCopy/canPaste/canDelete. */
    void editActionsChanged();
};

} // namespace uw
