#include "csvvocabulary.h"

#include "enumkeys.h"

#include <QSet>

#include <array>
#include <span>

namespace uw::csvvocabulary {
namespace {

/** CMDB words for our enum values; keys and display names are accepted without listing. */
template<class E>
struct Synonym
{
    E value;
    /** Separated by "|". */
    const char *words;
};

const std::array systemKindSynonyms{
    Synonym<SystemKind>{SystemKind::Server,
                        "vm|virtual machine|virtual server|host|linux server|windows server|"
                        "win server|unix server|physical server|esx|esxi|esx server|vmware host|"
                        "hypervisor|aix|aix server|solaris|solaris server|hp ux|hp ux server|"
                        "hpux server"},
    Synonym<SystemKind>{SystemKind::OperatingSystem, "operating system"},
    Synonym<SystemKind>{SystemKind::Database,
                        "db|dbms|db instance|database instance|database server"},
    Synonym<SystemKind>{SystemKind::Middleware,
                        "app server|application server|web server|message queue|mq"},
    Synonym<SystemKind>{SystemKind::Application, "app|business application|software|service"},
    Synonym<SystemKind>{SystemKind::Endpoint, "workstation|desktop|laptop|pc"},
    Synonym<SystemKind>{SystemKind::NetworkDevice, "network|switch|router|firewall|load balancer"},
    Synonym<SystemKind>{SystemKind::Storage, "san|nas|storage array"},
    Synonym<SystemKind>{SystemKind::License, "licence|software license"},
    Synonym<SystemKind>{SystemKind::Certificate, "cert|tls certificate|ssl certificate"},
    Synonym<SystemKind>{SystemKind::Api, "web service|rest api"},
    Synonym<SystemKind>{SystemKind::Integration, "interface|esb|etl"},
    Synonym<SystemKind>{SystemKind::Monitoring, "monitor"},
};

const std::array levelSynonyms{
    Synonym<Level>{Level::Critical, "mission critical|most critical|very high"},
    Synonym<Level>{Level::Medium, "moderate|normal|standard"},
    Synonym<Level>{Level::Low, "minor|not critical|planning"},
};

const std::array dependencyKindSynonyms{
    Synonym<DependencyKind>{DependencyKind::Runtime,
                            "run time|depends on|uses|runs on|runs|hosted on|hosts|calls|"
                            "virtualized by|virtualizes|contains|contained by|members|member of|"
                            "cluster of|cluster|used by"},
    Synonym<DependencyKind>{
        DependencyKind::Data,
        "data flow|sends data to|receives data from|replicates to|stores data in"},
    Synonym<DependencyKind>{DependencyKind::Auth, "authentication|authenticates with|sso|identity"},
    Synonym<DependencyKind>{DependencyKind::Network,
                            "connected by|connects to|connects|ip connection"},
};

template<class E>
std::span<const Synonym<E>> synonymsOf()
{
    if constexpr (std::is_same_v<E, SystemKind>)
        return systemKindSynonyms;
    else if constexpr (std::is_same_v<E, Level>)
        return levelSynonyms;
    else
        return dependencyKindSynonyms;
}

/** Criticality as CMDBs number it: "1", "P1", "Tier 1", "1 - most critical" are critical. */
std::optional<Level> levelFromRank(QString word)
{
    for (const QLatin1String prefix :
         {QLatin1String("tier"), QLatin1String("priority"), QLatin1String("prio"),
          QLatin1String("sev"), QLatin1String("p")}) {
        if (word.startsWith(prefix) && word.size() > prefix.size()
            && word.at(prefix.size()).isDigit()) {
            word = word.sliced(prefix.size());
            break;
        }
    }
    constexpr std::array ranks{Level::Critical, Level::High, Level::Medium, Level::Low, Level::Low};
    const int rank = word.isEmpty() ? 0 : word.at(0).digitValue();
    if (rank < 1 || rank > int(ranks.size()) || (word.size() > 1 && word.at(1).isDigit()))
        return std::nullopt;
    return ranks[rank - 1];
}

} // namespace

QString normalized(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result += c.toCaseFolded();
    }
    return result;
}

template<class E>
QHash<QString, E> vocabularyOf()
{
    QHash<QString, E> words;
    for (const auto &synonym : synonymsOf<E>()) {
        for (const QString &word : QString::fromLatin1(synonym.words).split(u'|'))
            words.insert(normalized(word), synonym.value);
    }
    for (const QString &key : enumKeys<E>()) {
        const E value = *enumFromKey<E>(key);
        words.insert(normalized(enumDisplayName(value)), value);
        words.insert(normalized(key), value);
    }
    return words;
}

template<class E>
std::optional<E> parseEnum(const QHash<QString, E> &vocabulary, QStringView text)
{
    QString word = normalized(text);
    if constexpr (std::is_same_v<E, SystemKind>) {
        // ServiceNow class names: cmdb_ci_linux_server, cmdb_ci_db_instance, ...
        if (word.startsWith(QLatin1String("cmdbci")))
            word = word.sliced(6);
    }
    if constexpr (std::is_same_v<E, DependencyKind>) {
        // Relationship types name both directions: "Depends on::Used by".
        const qsizetype both = text.indexOf(QLatin1String("::"));
        if (both > 0)
            word = normalized(text.first(both));
    }
    const auto known = vocabulary.constFind(word);
    if (known != vocabulary.cend())
        return *known;
    if constexpr (std::is_same_v<E, Level>)
        return levelFromRank(word);
    // CMDBs have a class for every make of server (cmdb_ci_osx_server, cmdb_ci_ibm_i_server).
    if constexpr (std::is_same_v<E, SystemKind>) {
        if (word.endsWith(QLatin1String("server")))
            return SystemKind::Server;
    }
    return std::nullopt;
}

bool namesTheDependantSecond(QStringView relationship)
{
    // The direction the type reads in, from the first system to the second: a host contains
    // its virtual machines, so the second one depends on the first.
    static const QSet<QString> reversed{QStringLiteral("contains"),    QStringLiteral("hosts"),
                                        QStringLiteral("virtualizes"), QStringLiteral("usedby"),
                                        QStringLiteral("runs"),        QStringLiteral("provides")};
    const qsizetype both = relationship.indexOf(QLatin1String("::"));
    return reversed.contains(normalized(both > 0 ? relationship.first(both) : relationship));
}

std::optional<bool> parseBool(QStringView text)
{
    static const QHash<QString, bool> words{{QStringLiteral("yes"), true},
                                            {QStringLiteral("y"), true},
                                            {QStringLiteral("true"), true},
                                            {QStringLiteral("1"), true},
                                            {QStringLiteral("no"), false},
                                            {QStringLiteral("n"), false},
                                            {QStringLiteral("false"), false},
                                            {QStringLiteral("0"), false}};
    const auto known = words.constFind(normalized(text));
    return known == words.cend() ? std::nullopt : std::optional<bool>(*known);
}

QStringList parseList(QString text, QChar fileSeparator)
{
    if (fileSeparator != u';')
        text.replace(u';', u'|');
    QStringList items;
    for (const QString &item : text.split(u'|')) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

// The enums that CSV cells name; synonymsOf has word lists for these only.
#define UW_INSTANTIATE(E) \
    template QHash<QString, E> vocabularyOf<E>(); \
    template std::optional<E> parseEnum<E>(const QHash<QString, E> &, QStringView);

UW_INSTANTIATE(SystemKind)
UW_INSTANTIATE(Level)
UW_INSTANTIATE(DependencyKind)

#undef UW_INSTANTIATE

} // namespace uw::csvvocabulary
