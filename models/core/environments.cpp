#include "environments.h"

#include <QSet>

#include <array>

namespace uw {
namespace {

struct CommonEnvironment
{
    /** Stored as written here, so that files agree whatever language their authors use. */
    const char *name;
    /** Other ways of writing it, in lower case without spaces or punctuation, "|" between. */
    const char *synonyms;
};

constexpr std::array commonNames{
    CommonEnvironment{"Production", "production|prod|prd|live"},
    CommonEnvironment{"Staging", "staging|stage|stg|preprod|preproduction"},
    CommonEnvironment{"Pilot", "pilot|canary|earlyadopter"},
    CommonEnvironment{"QA", "qa|qualityassurance"},
    CommonEnvironment{"Test", "test|tst|testing|uat"},
    CommonEnvironment{"Development", "development|dev|develop"},
    CommonEnvironment{"DR", "dr|disasterrecovery"},
    CommonEnvironment{"Training", "training"},
};

QString lettersAndDigits(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result += c.toCaseFolded();
    }
    return result;
}

} // namespace

QString environmentName(QStringView text)
{
    const QString simplified = text.toString().simplified();
    const QString word = lettersAndDigits(simplified);
    for (const CommonEnvironment &common : commonNames) {
        const QStringList synonyms = QString::fromLatin1(common.synonyms).split(u'|');
        if (synonyms.contains(word))
            return QString::fromLatin1(common.name);
    }
    return simplified;
}

QStringList commonEnvironments()
{
    QStringList names;
    for (const CommonEnvironment &common : commonNames)
        names.append(QString::fromLatin1(common.name));
    return names;
}

QStringList environmentChoices(const ProjectData &data)
{
    QStringList choices;
    QSet<QString> seen;
    const auto offer = [&](const QString &name) {
        if (!name.isEmpty() && !seen.contains(name)) {
            seen.insert(name);
            choices.append(name);
        }
    };
    for (const auto &[id, system] : data.systems)
        offer(system.environment);
    for (const QString &common : commonEnvironments())
        offer(common);
    return choices;
}

} // namespace uw
