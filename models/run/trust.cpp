#include "trust.h"

#include "commandvariables.h"
#include "enumkeys.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <optional>

namespace uw {
namespace {

/** Gives lupdate and the runtime one context for these messages. */
class TrustText
{
    Q_DECLARE_TR_FUNCTIONS(uw::Trust)
};

const QString projectsKey = QStringLiteral("projects");
const QString digestKey = QStringLiteral("sha256");

QString projectKey(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

/** The record's content; an empty object when there is none yet, nullopt when unreadable. */
std::optional<QJsonObject> readRecord(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = TrustText::tr("The list of trusted projects %1 cannot be read: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = TrustText::tr("The list of trusted projects %1 is damaged (%2); remove it "
                                   "and trust your projects again.")
                         .arg(QDir::toNativeSeparators(path), parseError.errorString());
        return std::nullopt;
    }
    return document.object();
}

} // namespace

QList<ReviewItem> commandsToReview(const ProjectData &data)
{
    QList<ReviewItem> items;
    const auto add = [&items](ReviewItem::Kind kind, Id id, const QString &title,
                              const QString &text) -> ReviewItem & {
        ReviewItem &item = items.emplace_back();
        item.kind = kind;
        item.id = id;
        item.title = title;
        item.text = text;
        return item;
    };
    for (const auto &[id, step] : data.steps) {
        if (step.stepKind == StepKind::Command) {
            ReviewItem &item = add(ReviewItem::Kind::Command, id, step.title, step.command.command);
            for (const CommandVariable &variable : commandVariables(data, step))
                item.variables.append(describeSource(variable));
        } else if (step.stepKind == StepKind::HttpCheck)
            add(ReviewItem::Kind::HttpCheck, id, step.title,
                step.http.method.trimmed().toUpper() + u' ' + step.http.url);
    }
    for (const auto &[id, metric] : data.metrics) {
        if (metric.source == MetricSource::Command) {
            add(ReviewItem::Kind::MetricCommand, id, metric.name, metric.query);
        } else if (metric.source == MetricSource::Prometheus) {
            ReviewItem &item = add(ReviewItem::Kind::MetricQuery, id, metric.name,
                                   metric.serverUrl.trimmed());
            // The reader prefers the keychain when both are named; the review says what it uses.
            if (!metric.tokenKeychainKey.isEmpty()) {
                item.tokenSource = ReviewItem::TokenSource::Keychain;
                item.tokenName = metric.tokenKeychainKey;
            } else if (!metric.tokenVariable.isEmpty()) {
                item.tokenSource = ReviewItem::TokenSource::Environment;
                item.tokenName = metric.tokenVariable;
            }
        }
    }
    return items;
}

QByteArray commandsDigest(const ProjectData &data)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto addField = [&hash](const QByteArray &field) {
        hash.addData(QByteArray::number(field.size()) + ':');
        hash.addData(field);
    };
    for (const ReviewItem &item : commandsToReview(data)) {
        addField(QByteArray::number(int(item.kind)));
        addField(QByteArray::number(item.id));
        addField(item.text.toUtf8());
        if (item.kind == ReviewItem::Kind::Command) {
            // The words of the review are translated; the digest must not change with them.
            for (const CommandVariable &variable : commandVariables(data, data.steps.at(item.id))) {
                addField(variable.name.toUtf8());
                if (variable.item) {
                    addField(enumKey(variable.item->source).toUtf8());
                    addField(variable.item->value.toUtf8());
                    addField(variable.systemName.toUtf8());
                }
            }
        }
        if (item.kind == ReviewItem::Kind::MetricQuery) {
            addField(QByteArray::number(int(item.tokenSource)));
            addField(item.tokenName.toUtf8());
        }
    }
    return hash.result();
}

TrustStore::TrustStore(const QString &recordPath)
    : m_recordPath(recordPath.isEmpty() ? defaultPath() : recordPath)
{}

QString TrustStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("trusted-projects.json"));
}

bool TrustStore::isTrusted(const QString &projectPath, const ProjectData &data) const
{
    if (commandsToReview(data).isEmpty())
        return true;
    const auto record = readRecord(m_recordPath, nullptr);
    if (!record)
        return false;
    const QJsonObject entry
        = record->value(projectsKey).toObject().value(projectKey(projectPath)).toObject();
    return entry.value(digestKey).toString().toLatin1() == commandsDigest(data).toHex();
}

bool TrustStore::trust(const QString &projectPath, const ProjectData &data, const QString &user,
                       const QDateTime &trustedAtUtc, QString *error) const
{
    auto record = readRecord(m_recordPath, error);
    if (!record)
        return false;
    QJsonObject projects = record->value(projectsKey).toObject();
    projects.insert(projectKey(projectPath),
                    QJsonObject{
                        {digestKey, QString::fromLatin1(commandsDigest(data).toHex())},
                        {QStringLiteral("trustedBy"), user},
                        {QStringLiteral("trustedAt"), trustedAtUtc.toUTC().toString(Qt::ISODate)},
                    });
    record->insert(projectsKey, projects);

    const QString directory = QFileInfo(m_recordPath).absolutePath();
    QSaveFile file(m_recordPath);
    if (!QDir().mkpath(directory) || !file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(*record).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = TrustText::tr("The list of trusted projects %1 could not be written: %2.")
                         .arg(QDir::toNativeSeparators(m_recordPath), file.errorString());
        return false;
    }
    return true;
}

} // namespace uw
