#pragma once

#include "entities.h"
#include "page.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace uw {

class WindowsModel;

/**
 * Maintenance windows, change freezes, blackouts and peak periods, with the systems each one
 * affects. Times are edited as wall-clock time in the window's zone and stored in UTC, so a
 * window agreed as "Saturday 22:00 Berlin time" stays exactly that.
 */
class WindowsPage : public Page
{
    Q_OBJECT

public:
    explicit WindowsPage(QWidget *parent = nullptr);

    void setProject(Project *project) override;
    QString title() const override { return tr("Windows"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/windows.svg")); }

    bool canCopy() const override;
    /** Puts the selected windows on the clipboard as CSV. */
    void copy() override;
    bool canDelete() const override;
    /** Deletes the selected windows in one undoable step. */
    void deleteSelection() override;
    bool canExportCsv() const override { return true; }
    QByteArray exportCsv() const override;

    /** Shows and selects a window, e.g. from a schedule conflict. */
    void selectWindow(Id id);

private:
    void addWindow();
    /**
     * Asks whether to plan into window, a maintenance window just added, when the plan would
     * not move there by itself (it is kept in a chosen window, or in one already over).
     */
    void offerToPlanInto(const Window &window);
    Window defaultWindow() const;
    void showMessage(const QString &message);
    void updateActions();
    QList<Id> selectedIds() const;
    Id currentWindowId() const;
    void refreshSystems();
    void filterSystems();
    void onSystemToggled(QListWidgetItem *item);

    Project *m_project = nullptr;
    WindowsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_displayZone = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_message = nullptr;
    QGroupBox *m_systemsBox = nullptr;
    QLineEdit *m_systemsFilter = nullptr;
    QListWidget *m_systems = nullptr;
    bool m_fillingSystems = false;
};

} // namespace uw
