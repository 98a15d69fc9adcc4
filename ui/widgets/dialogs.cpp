#include "dialogs.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace uw {
namespace {

/**
 * A message box that shows text as typed: messages name systems, steps and files from a
 * project, which must never be rendered as HTML.
 */
QMessageBox::StandardButton showMessage(QWidget *parent, QMessageBox::Icon icon,
                                        const QString &title, const QString &text,
                                        QMessageBox::StandardButtons buttons)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    return QMessageBox::StandardButton(box.exec());
}

class WidgetDialogs : public Dialogs
{
public:
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override
    {
        return QFileDialog::getOpenFileName(parent, title, QString(), filter);
    }

    QString saveFileName(QWidget *parent, const QString &title, const QString &filter) override
    {
        return QFileDialog::getSaveFileName(parent, title, QString(), filter);
    }

    Answer question(QWidget *parent, const QString &title, const QString &text) override
    {
        const auto button = showMessage(parent, QMessageBox::Question, title, text,
                                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (button == QMessageBox::Yes)
            return Answer::Yes;
        return button == QMessageBox::No ? Answer::No : Answer::Cancel;
    }

    void warning(QWidget *parent, const QString &title, const QString &text) override
    {
        showMessage(parent, QMessageBox::Warning, title, text, QMessageBox::Ok);
    }
};

Dialogs *current = nullptr;

} // namespace

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    showMessage(parent, QMessageBox::Information, title, text, QMessageBox::Ok);
}

QString Dialogs::text(QWidget *parent, const QString &title, const QString &label,
                      const QString &suggestion)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, suggestion).trimmed();
}

QString Dialogs::secret(QWidget *parent, const QString &title, const QString &label)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Password).trimmed();
}

std::optional<QStringList> Dialogs::values(QWidget *parent, const QString &title,
                                           const QString &text,
                                           const QList<std::pair<QString, QString>> &fields)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setObjectName(QStringLiteral("valuesDialog"));
    auto *intro = new QLabel(text);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QList<QLineEdit *> edits;
    for (const auto &[label, suggestion] : fields) {
        auto *edit = new QLineEdit(suggestion);
        edit->setMinimumWidth(320);
        form->addRow(label, edit);
        edits.append(edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto updateOk = [ok, &edits] {
        ok->setEnabled(std::all_of(edits.begin(), edits.end(), [](const QLineEdit *edit) {
            return !edit->text().trimmed().isEmpty();
        }));
    };
    for (QLineEdit *edit : std::as_const(edits))
        QObject::connect(edit, &QLineEdit::textChanged, &dialog, updateOk);
    updateOk();
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QStringList values;
    for (const QLineEdit *edit : std::as_const(edits))
        values.append(edit->text().trimmed());
    return values;
}

Dialogs &Dialogs::instance()
{
    static WidgetDialogs widgets;
    return current ? *current : widgets;
}

void Dialogs::setInstance(Dialogs *dialogs)
{
    current = dialogs;
}

} // namespace uw
