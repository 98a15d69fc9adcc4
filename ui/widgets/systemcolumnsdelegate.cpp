#include "systemcolumnsdelegate.h"

#include "entities.h"
#include "systempicker.h"

namespace uw {

SystemColumnsDelegate::SystemColumnsDelegate(std::function<const Project *()> project,
                                             QList<int> systemColumns,
                                             std::function<void(const QString &)> report,
                                             QObject *parent)
    : QStyledItemDelegate(parent)
    , m_project(std::move(project))
    , m_systemColumns(std::move(systemColumns))
    , m_report(std::move(report))
{}

QWidget *SystemColumnsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    if (!m_systemColumns.contains(index.column()))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *picker = new SystemPicker(parent);
    picker->setProject(m_project());
    return picker;
}

void SystemColumnsDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *picker = qobject_cast<SystemPicker *>(editor))
        picker->setSystemId(index.data(Qt::EditRole).value<Id>());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void SystemColumnsDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                         const QModelIndex &index) const
{
    auto *picker = qobject_cast<SystemPicker *>(editor);
    if (!picker) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (const Id id = picker->systemId())
        model->setData(index, id);
    else if (!picker->currentText().trimmed().isEmpty())
        m_report(SystemPicker::tr("No single system matches \"%1\"; nothing changed.")
                     .arg(picker->currentText().trimmed()));
}

} // namespace uw
