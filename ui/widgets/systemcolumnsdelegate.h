#pragma once

#include <QList>
#include <QStyledItemDelegate>

#include <functional>

namespace uw {

class Project;

/**
 * Edits the columns of a table that name a system with a SystemPicker, so that a system is
 * picked by typing part of its name in every table as in the add dialogs. The model takes the
 * system's id (EditRole). Text that names no single system changes nothing and is reported.
 */
class SystemColumnsDelegate : public QStyledItemDelegate
{
public:
    SystemColumnsDelegate(std::function<const Project *()> project, QList<int> systemColumns,
                          std::function<void(const QString &)> report, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    std::function<const Project *()> m_project;
    QList<int> m_systemColumns;
    std::function<void(const QString &)> m_report;
};

} // namespace uw
