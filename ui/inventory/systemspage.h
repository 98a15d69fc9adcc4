#pragma once

#include "entities.h"
#include "page.h"

#include <QPointer>

#include <set>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace uw {

class SystemDetailsPanel;
class SystemsFilterModel;
class SystemsModel;

/**
 * The inventory: every system of the change in an editable, filterable table with the details
 * of the selected one beside it. All edits are undoable commands; the page only mirrors the
 * project and refreshes from its change signal.
 */
class SystemsPage : public Page
{
    Q_OBJECT

public:
    explicit SystemsPage(QWidget *parent = nullptr);
    ~SystemsPage() override;

    void setProject(Project *project) override;
    QString title() const override { return tr("Systems"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/systems.svg")); }

    bool canCopy() const override;
    /** Puts the selected systems on the clipboard as CSV that the import reads back. */
    void copy() override;
    bool canPaste() const override;
    /** Adds the systems on the clipboard (CSV with a header); existing names become copies. */
    void paste() override;
    bool canDelete() const override;
    /** Asks first when other entities depend on the selection; one undo step restores all. */
    void deleteSelection() override;
    bool canExportCsv() const override { return true; }
    QByteArray exportCsv() const override;

    /** Shows and selects a system, clearing filters that hide it, for "go there" links. */
    void selectSystem(Id id);
    /** The selected systems in the order the table shows them. */
    QList<Id> selectedIds() const;

signals:
    /** A system was double-clicked: other pages may show it (graph, compatibility). */
    void systemActivated(uw::Id id);

private:
    QHBoxLayout *createToolbar();
    void createTable();
    void fitColumns();
    void selectSystems(const QList<Id> &ids);
    void addSystem();
    void duplicateSelection();
    void onSelectionChanged();
    void refreshFilterChoices();
    void updateState();
    void clearFilters();
    std::set<QString> systemNames() const;
    static QString uniqueName(const QString &base, const std::set<QString> &taken);
    void showError(const QString &message);

    QPointer<Project> m_project;
    SystemsModel *m_model = nullptr;
    SystemsFilterModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_environmentFilter = nullptr;
    QComboBox *m_siteFilter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyHint = nullptr;
    SystemDetailsPanel *m_details = nullptr;
};

} // namespace uw
