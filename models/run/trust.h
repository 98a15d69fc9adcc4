#pragma once

#include "entities.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace uw {

/**
 * One thing a project would execute or send on its own, beyond this machine's screen, shown
 * for review before trusting.
 */
struct ReviewItem
{
    enum class Kind { Command, HttpCheck, MetricCommand, MetricQuery };
    enum class TokenSource { None, Environment, Keychain };
    Kind kind = Kind::Command;
    /** The step, or the metric for MetricCommand and MetricQuery. */
    Id id = 0;
    QString title;
    /** Exactly what would run or be reached: the shell command, "METHOD url", or the server. */
    QString text;
    /** Where a MetricQuery's bearer token comes from, and its variable's or entry's name. */
    TokenSource tokenSource = TokenSource::None;
    QString tokenName;
    /** For a Command: the variables it is given and where each value comes from. */
    QStringList variables;
    friend bool operator==(const ReviewItem &, const ReviewItem &) = default;
};

/**
 * Every command (with the variables it is given), HTTP check, metric command and Prometheus
 * server (with where its token comes from) of the project, in a stable order.
 */
QList<ReviewItem> commandsToReview(const ProjectData &data);

/** SHA-256 over commandsToReview(): any change to what would run or be reached changes it. */
QByteArray commandsDigest(const ProjectData &data);

/**
 * Which project files the user has reviewed and trusted, and with which commands. A project
 * opened from elsewhere runs nothing until trusted; changing any command withdraws the trust.
 * The record lives outside every project file (a project cannot vouch for itself), as JSON in
 * the application's data directory.
 */
class TrustStore
{
public:
    /** Keeps its record in recordPath; defaultPath() when empty. */
    explicit TrustStore(const QString &recordPath = {});

    /** trusted-projects.json in QStandardPaths::AppDataLocation. */
    static QString defaultPath();
    QString recordPath() const { return m_recordPath; }

    /** A project without anything to run is trusted as it is. */
    bool isTrusted(const QString &projectPath, const ProjectData &data) const;
    /** Records that user, at trustedAtUtc, trusts what the project at projectPath runs now. */
    bool trust(const QString &projectPath, const ProjectData &data, const QString &user,
               const QDateTime &trustedAtUtc, QString *error) const;

private:
    QString m_recordPath;
};

} // namespace uw
