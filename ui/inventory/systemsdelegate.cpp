#include "systemsdelegate.h"

#include "enumkeys.h"
#include "environments.h"
#include "plaintext.h"
#include "systemsmodel.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QStyle>

namespace uw {
namespace {

template<class E>
QComboBox *createEnumCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const QString &key : enumKeys<E>())
        combo->addItem(enumDisplayName(*enumFromKey<E>(key)), key);
    return combo;
}

/** The application's warning icon, or the style's where the resource is not built in. */
QIcon warningIcon(const QWidget *widget)
{
    const QString svg = QStringLiteral(":/icons/warning.svg");
    if (QFile::exists(svg))
        return QIcon(svg);
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
}

} // namespace

SystemsDelegate::SystemsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *SystemsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QComboBox *combo = nullptr;
    switch (index.column()) {
    case SystemsModel::KindColumn:
        combo = createEnumCombo<SystemKind>(parent);
        break;
    case SystemsModel::EnvironmentColumn:
        // The project's environments, and any new name typed in.
        combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems(index.data(SystemsModel::EnvironmentChoicesRole).toStringList());
        combo->lineEdit()->setMaxLength(int(longestEnvironmentName));
        break;
    case SystemsModel::CriticalityColumn:
        combo = createEnumCombo<Level>(parent);
        break;
    case SystemsModel::CurrentVersionColumn:
    case SystemsModel::TargetVersionColumn:
        return createVersionEditor(parent);
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    // Picking a value is the whole edit: commit it without waiting for Enter or focus loss.
    // Qt declares createEditor const but its signals non-const, hence the cast.
    auto *self = const_cast<SystemsDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

QWidget *SystemsDelegate::createVersionEditor(QWidget *parent) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("versionEditor"));
    editor->setFrame(false);
    QAction *warning = editor->addAction(warningIcon(parent), QLineEdit::TrailingPosition);
    const QPalette normal = editor->palette();
    QPalette problem = normal;
    const QColor base = normal.color(QPalette::Base);
    // A tint rather than a fixed colour keeps the text readable in dark themes too.
    problem.setColor(QPalette::Base, QColor::fromRgbF(base.redF() * 0.7f + 0.3f,
                                                      base.greenF() * 0.75f, base.blueF() * 0.75f));
    const auto check = [editor, warning, normal, problem] {
        QString error;
        const bool readable = Version::parse(editor->text(), &error).has_value();
        const QString reason = readable ? QString() : tr("cannot read version: %1").arg(error);
        warning->setVisible(!readable);
        warning->setToolTip(plainToolTip(reason));
        editor->setToolTip(plainToolTip(reason));
        editor->setPalette(readable ? normal : problem);
        editor->setProperty("versionProblem", !readable);
    };
    connect(editor, &QLineEdit::textChanged, editor, check);
    check();
    return editor;
}

void SystemsDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->isEditable()) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SystemsDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->isEditable() ? combo->currentText() : combo->currentData(),
                       Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void SystemsDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(SystemsModel::VersionProblemRole).toBool()) {
        option->icon = warningIcon(option->widget);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

} // namespace uw
