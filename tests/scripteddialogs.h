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

    /** nextValues when set, else every field's suggestion, as if OK was pressed at once. */
    std::optional<QStringList> values(QWidget *, const QString &, const QString &,
                                      const QList<std::pair<QString, QString>> &fields) override
    {
        askedFields = fields;
        if (nextValues)
            return nextValues->isEmpty() ? std::nullopt : nextValues;
        QStringList suggestions;
        for (const auto &[label, suggestion] : fields)
            suggestions.append(suggestion);
        return suggestions;
    }

    QString nextFile;
    QString nextText;
    QString nextSecret;
    /** An empty list cancels. */
    std::optional<QStringList> nextValues;
    QList<std::pair<QString, QString>> askedFields;
    Answer nextAnswer = Answer::Cancel;
    QStringList questions;
    QStringList warnings;
    QStringList informations;
};

} // namespace uw::test
