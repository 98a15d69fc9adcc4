#pragma once

#include <QStyledItemDelegate>

namespace uw {

/**
 * Editors for the systems table: choices for enum columns (showing names, storing keys), the
 * project's environments with room for a new one, and a
 * version editor that warns while the text is not a readable version. Unreadable versions are
 * still accepted, because the compatibility check reports them as unknown rather than losing them.
 */
class SystemsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SystemsDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QWidget *createVersionEditor(QWidget *parent) const;
};

} // namespace uw
