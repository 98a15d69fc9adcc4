#pragma once

#include "entities.h"
#include "page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace uw {

class DependenciesModel;
class RulesPanel;

/**
 * Who needs whom, with the constraint on the version needed and whether it holds today and
 * after the upgrade, and below it the vendor compatibility matrix (RulesPanel). Systems are
 * picked by typing part of their name; every edit is undoable.
 */
class DependenciesPage : public Page
{
    Q_OBJECT

public:
    explicit DependenciesPage(QWidget *parent = nullptr);

    void setProject(Project *project) override;
    QString title() const override { return tr("Dependencies"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/dependencies.svg")); }

    bool canCopy() const override;
    /** Puts the selected rows on the clipboard as CSV, with system names rather than ids. */
    void copy() override;
    bool canDelete() const override;
    /** Deletes the selected dependencies in one undoable step. */
    void deleteSelection() override;
    bool canExportCsv() const override { return true; }
    QByteArray exportCsv() const override;

    /** Shows and selects a dependency, e.g. from a compatibility finding; clears a hiding filter. */
    void selectDependency(Id id);
    /** The vendor compatibility matrix below the dependencies. */
    RulesPanel *rules() const { return m_rules; }

private:
    void addDependency();
    void applyFilter(const QString &text);
    void showMessage(const QString &message);
    void updateActions();
    QList<Id> selectedIds() const;

    Project *m_project = nullptr;
    DependenciesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_message = nullptr;
    RulesPanel *m_rules = nullptr;
};

} // namespace uw
