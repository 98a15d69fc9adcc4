#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

class QLineEdit;
class QPlainTextEdit;

namespace uw {

/**
 * Commits what a person types into a text field as one edit once they are done with it: when
 * the field loses focus, on Return, or after a pause in typing. Typing a title is then one
 * transaction and one audit entry, not one a keystroke.
 *
 * Only typing marks the field pending: text set by the program (a refresh, with signals
 * blocked) is never sent back to the document.
 */
class TextCommit : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds pause{800};

    TextCommit(QLineEdit *field, std::function<void(const QString &)> commit);
    TextCommit(QPlainTextEdit *field, std::function<void(const QString &)> commit);
    ~TextCommit() override;

    /** Commits every field's typing, e.g. before an undo, a save or closing the project. */
    static void flushAll();

    /** True while typed text has not reached the document; a refresh must not replace it. */
    bool isPending() const { return m_pending; }
    /** Commits typed text now, e.g. before the field starts showing another entity. */
    void flush();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TextCommit(QWidget *field, std::function<QString()> text,
               std::function<void(const QString &)> commit);
    void markPending();

    std::function<QString()> m_text;
    std::function<void(const QString &)> m_commit;
    QTimer m_pause;
    bool m_pending = false;
};

} // namespace uw
