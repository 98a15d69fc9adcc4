#pragma once

#include "entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace uw {

class Project;
class RulesModel;

/**
 * The vendor compatibility matrix under the dependencies: rules such as "order service below
 * 5.0 needs PostgreSQL below 16", each with whether it holds now and after the upgrade and the
 * document it comes from. Added through a dialog that reads the ranges as they are typed,
 * edited in place, imported from CSV (File › Import › Compatibility Rules from CSV).
 */
class RulesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RulesPanel(QWidget *parent = nullptr);

    void setProject(Project *project);
    RulesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /** Opens the dialog that adds a rule; the rule is added when it is accepted. */
    void addRule();
    void deleteSelection();

private:
    void showMessage(const QString &message);
    void updateActions();
    QList<Id> selectedIds() const;

    Project *m_project = nullptr;
    RulesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_delete;
    QLabel *m_message;
};

} // namespace uw
