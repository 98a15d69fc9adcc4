#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QWidget;

namespace uw {

/**
 * File and message dialogs behind one small interface, so that GUI tests can answer them
 * instead of a person (the real ones are modal and would block a test).
 */
class Dialogs
{
public:
    enum class Answer { Yes, No, Cancel };

    virtual ~Dialogs() = default;
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    virtual Answer question(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warning(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void information(QWidget *parent, const QString &title, const QString &text);
    /** A line of text from the user, starting at suggestion; empty when cancelled. */
    virtual QString text(QWidget *parent, const QString &title, const QString &label,
                         const QString &suggestion);
    /** A secret such as a token, typed without being shown; empty when cancelled. */
    virtual QString secret(QWidget *parent, const QString &title, const QString &label);
    /**
     * One value for each field (its label and the suggestion it starts at), all of them
     * required, in the fields' order; nullopt when cancelled. text says what they are for.
     */
    virtual std::optional<QStringList> values(QWidget *parent, const QString &title,
                                              const QString &text,
                                              const QList<std::pair<QString, QString>> &fields);

    /** The dialogs in use; tests replace them with setInstance(). */
    static Dialogs &instance();
    static void setInstance(Dialogs *dialogs);
};

} // namespace uw
