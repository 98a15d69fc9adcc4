#pragma once

#include "entities.h"
#include "result.h"
#include "sqlite.h"

#include <QString>

#include <memory>

class QLockFile;

namespace uw {

struct StoreInfo
{
    int schemaVersion = 0;
    /** The version the file had before this open migrated it; 0 when nothing was migrated. */
    int migratedFrom = 0;
    /** The copy taken before migrating, so a failed or unwanted migration can be undone. */
    QString backupPath;
    bool readOnly = false;
    /** Why the file is read-only, for a visible notice; empty when writable. */
    QString readOnlyReason;
};

/**
 * The project file. Every write happens inside a transaction that the caller opens with
 * transaction(), so a document change reaches the disk entirely or not at all.
 */
class Store
{
public:
    enum class Access { ReadWrite, ReadOnly };

    ~Store();

    /**
     * Opens an existing project. Every check (is it SQLite, is it ours, is it too new, is it
     * intact) runs before anything is written, so a refused file stays byte-for-byte as it was.
     */
    static Result<std::unique_ptr<Store>> open(const QString &path, Access access);
    /** Creates a new, empty project; refuses to overwrite an existing file. */
    static Result<std::unique_ptr<Store>> create(const QString &path);

    QString path() const { return m_path; }
    const StoreInfo &info() const { return m_info; }
    sql::Database &database() { return m_db; }

    Result<ProjectData> load();

    std::unique_ptr<sql::Transaction> transaction(QString *error);
    bool writeEntity(const AnyEntity &entity, QString *error);
    bool removeEntity(EntityKind kind, Id id, QString *error);
    /** Writes a whole document into an empty store, e.g. a new project from the sample. */
    bool writeAll(const ProjectData &data, QString *error);

    /** Appends to the hash-chained audit log; fills in id and hashes. */
    bool appendAudit(AuditEntry &entry, QString *error);
    bool insertRun(Run &run, QString *error);
    bool updateRun(const Run &run, QString *error);
    /** Commits one run event durably before returning; fills in its id. */
    bool appendRunEvent(RunEvent &event, QString *error);
    bool appendSamples(const QList<MetricSample> &samples, QString *error);
    /** Drops a metric's samples older than cutoffUtc (its retention, see sampleretention.h). */
    bool dropSamplesBefore(Id metricId, const QDateTime &cutoffUtc, QString *error);

    /** Writes a consistent copy of the open project to path (SQLite's online backup). */
    bool copyTo(const QString &path, QString *error);

private:
    Store() = default;
    static Result<std::unique_ptr<Store>> openWritable(const QString &path, int fileVersion);
    static Result<std::unique_ptr<Store>> openForReading(const QString &path, int fileVersion,
                                                         const QString &reason);
    bool configureWritable(QString *error);
    bool loadHistory(ProjectData &data, QString *error);

    QString m_path;
    StoreInfo m_info;
    sql::Database m_db;
    std::unique_ptr<QLockFile> m_lock;
};

/** A copy of a file taken before migrating it, named NAME.bak-vN without overwriting any. */
QString migrationBackupPath(const QString &path, int fromVersion);

} // namespace uw
