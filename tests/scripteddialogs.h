#pragma once

#include "dialogs.h"

#include <QStringList>

namespace uw::test {

/** Answers dialogs the way a test says, and remembers what they asked. */
class ScriptedDialogs : public Dialogs
{
public:
    QString openFileName(QWidget *, const QString &, const QString &) override { return nextFile; }
    QString saveFileName(QWidget *, const QString &, const QString &) override { return nextFile; }
    Answer question(QWidget *, const QString &, const QString &text) override
    {
        questions.append(text);
        return nextAnswer;
    }
    void warning(QWidget *, const QString &, const QString &text) override
    {
        warnings.append(text);
    }
    void information(QWidget *, const QString &, const QString &text) override
    {
        informations.append(text);
    }
    QString text(QWidget *, const QString &, const QString &, const QString &) override
    {
        return nextText;
    }

    QString secret(QWidget *, const QString &, const QString &) override { return nextSecret; }

    QString nextFile;
    QString nextText;
    QString nextSecret;
    Answer nextAnswer = Answer::Cancel;
    QStringList questions;
    QStringList warnings;
    QStringList informations;
};

} // namespace uw::test
