#pragma once

#include "planmodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QStyledItemDelegate>

namespace uw {

/**
 * Gives every row the Gantt's row height, so that table and timeline line up, and edits
 * owners with a list of people and estimates with a spin box.
 */
class PlanDelegate : public QStyledItemDelegate
{
public:
    PlanDelegate(const PlanModel *model, int rowHeight, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
        , m_rowHeight(rowHeight)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return {QStyledItemDelegate::sizeHint(option, index).width(), m_rowHeight};
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        const int column = index.column();
        if (column == PlanModel::OwnerColumn && m_model->project()) {
            auto *combo = new QComboBox(parent);
            combo->addItem(QCoreApplication::translate("uw::PlanPage", "(nobody)"), Id(0));
            for (const auto &[id, person] : m_model->project()->data().people)
                combo->addItem(person.name, id);
            return combo;
        }
        if (column >= PlanModel::OptimisticColumn && column <= PlanModel::PessimisticColumn) {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setRange(0, 100000);
            spin->setDecimals(1);
            spin->setSuffix(QCoreApplication::translate("uw::PlanPage", " min"));
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(
                std::max(0, combo->findData(index.data(PlanModel::OwnerIdRole).toLongLong())));
            return;
        }
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            spin->setValue(index.data(Qt::EditRole).toDouble());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData().toLongLong());
            return;
        }
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            model->setData(index, spin->value());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    const PlanModel *m_model;
    int m_rowHeight;
};

} // namespace uw
