#pragma once

#include "commands.h"
#include "entities.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QToolButton;

namespace uw {

class TextCommit;

class Project;

/**
 * The fields of one system that do not fit in a table cell. It pushes an edit for every change
 * and re-reads the system on every document change, so undo and redo show here as well.
 */
class SystemDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SystemDetailsPanel(QWidget *parent = nullptr);
    ~SystemDetailsPanel() override;

    void setProject(Project *project);
    void showSystem(Id id);
    void refresh();

private:
    const System *system() const;
    /** Pushes the shown system as apply changes it; typing merges through mergeId. */
    void flushTyping();
    void change(const QString &field, MergeId mergeId, const std::function<void(System &)> &apply);
    QList<Attribute> attributesInTable() const;
    QList<ConfigurationItem> itemsInTable() const;
    void showItems(const QList<ConfigurationItem> &items);

    QPointer<Project> m_project;
    Id m_id = 0;
    bool m_refreshing = false;
    /** Notes, peak usage and business processes, in that order. */
    QList<TextCommit *> m_typing;
    QLabel *m_heading = nullptr;
    QWidget *m_fields = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_peakUsage = nullptr;
    QPlainTextEdit *m_processes = nullptr;
    QTableWidget *m_attributes = nullptr;
    /** Name, value (or where a secret is kept) and a choice of where the value lives. */
    QTableWidget *m_items = nullptr;
    QList<QToolButton *> m_buttons;
};

} // namespace uw
