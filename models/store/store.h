#pragma once

#include "documentstore.h"
#include "sqlite.h"

#include <QString>

#include <memory>

class QLockFile;

namespace uw {

/**
 * The project file. Every write happens inside a transaction that the caller opens with
 * transaction(), so a document change reaches the disk entirely or not at all.
 */
class WalCheckpointer;

class Store final : public DocumentStore
{
public:
    enum class Access { ReadWrite, ReadOnly };

    ~Store() override;

    /**
     * Opens an existing project. Every check (is it SQLite, is it ours, is it too new, is it
     * intact) runs before anything is written, so a refused file stays byte-for-byte as it was.
     */
    static Result<std::unique_ptr<Store>> open(const QString &path, Access access);
    /** Creates a new, empty project; refuses to overwrite an existing file. */
    static Result<std::unique_ptr<Store>> create(const QString &path);

    QString path() const { return m_path; }
    QString location() const override { return m_path; }
    const StoreInfo &info() const override { return m_info; }
    sql::Database &database() { return m_db; }

    Result<ProjectData> load();

    std::unique_ptr<DocumentTransaction> transaction(QString *error) override;
    bool writeEntity(const AnyEntity &entity, QString *error) override;
    bool removeEntity(EntityKind kind, Id id, QString *error) override;
    /** Writes a whole document into an empty store, e.g. a new project from the sample. */
    bool writeAll(const ProjectData &data, QString *error);

    bool appendAudit(AuditEntry &entry, QString *error) override;
    bool insertRun(Run &run, QString *error) override;
    bool updateRun(const Run &run, QString *error) override;
    bool appendRunEvent(RunEvent &event, AuditEntry &audit, QString *error) override;
    bool appendSamples(const QList<MetricSample> &samples, QString *error) override;
    bool dropSamplesBefore(Id metricId, const QDateTime &cutoffUtc, QString *error) override;

    /** Writes a consistent copy of the open project to path (SQLite's online backup). */
    bool copyTo(const QString &path, QString *error);
    Result<std::unique_ptr<DocumentStore>> saveCopyAs(const QString &path) override;

private:
    Store() = default;
    static Result<std::unique_ptr<Store>> openWritable(const QString &path, int fileVersion);
    static Result<std::unique_ptr<Store>> openForReading(
        const QString &path, int fileVersion, const QString &reason,
        sql::Database::Mode mode = sql::Database::Mode::ReadOnly);
    bool configureWritable(QString *error);
    /** Writes event as it is, without an audit entry: for whole documents being written. */
    bool insertRunEvent(RunEvent &event, QString *error);
    bool loadHistory(ProjectData &data, QString *error);

    QString m_path;
    StoreInfo m_info;
    sql::Database m_db;
    /** After m_db: it closes its connection first, so m_db's close removes the log. */
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<QLockFile> m_lock;
};

/** A copy of a file taken before migrating it, named NAME.bak-vN without overwriting any. */
QString migrationBackupPath(const QString &path, int fromVersion);

} // namespace uw
