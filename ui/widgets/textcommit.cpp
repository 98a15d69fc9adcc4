#include "textcommit.h"

#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace uw {
namespace {

/** Only the UI thread makes fields, so a plain list is enough. */
QList<TextCommit *> &liveCommits()
{
    static QList<TextCommit *> commits;
    return commits;
}

} // namespace

TextCommit::TextCommit(QWidget *field, std::function<QString()> text,
                       std::function<void(const QString &)> commit)
    : QObject(field)
    , m_text(std::move(text))
    , m_commit(std::move(commit))
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(pause);
    connect(&m_pause, &QTimer::timeout, this, &TextCommit::flush);
    field->installEventFilter(this);
    liveCommits().append(this);
}

TextCommit::~TextCommit()
{
    liveCommits().removeOne(this);
}

void TextCommit::flushAll()
{
    for (TextCommit *commit : QList<TextCommit *>(liveCommits()))
        commit->flush();
}

TextCommit::TextCommit(QLineEdit *field, std::function<void(const QString &)> commit)
    : TextCommit(
        field, [field] { return field->text(); }, std::move(commit))
{
    connect(field, &QLineEdit::textEdited, this, &TextCommit::markPending);
    connect(field, &QLineEdit::editingFinished, this, &TextCommit::flush);
}

TextCommit::TextCommit(QPlainTextEdit *field, std::function<void(const QString &)> commit)
    : TextCommit(
        field, [field] { return field->toPlainText(); }, std::move(commit))
{
    connect(field, &QPlainTextEdit::textChanged, this, &TextCommit::markPending);
}

void TextCommit::markPending()
{
    m_pending = true;
    m_pause.start();
}

void TextCommit::flush()
{
    m_pause.stop();
    if (!std::exchange(m_pending, false))
        return;
    m_commit(m_text());
}

bool TextCommit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut || event->type() == QEvent::Hide)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace uw
