#include "dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace uw {
namespace {

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
        const auto button = QMessageBox::question(parent, title, text,
                                                  QMessageBox::Yes | QMessageBox::No
                                                      | QMessageBox::Cancel);
        if (button == QMessageBox::Yes)
            return Answer::Yes;
        return button == QMessageBox::No ? Answer::No : Answer::Cancel;
    }

    void warning(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::warning(parent, title, text);
    }
};

Dialogs *current = nullptr;

} // namespace

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
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
