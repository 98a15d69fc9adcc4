#pragma once

#include "entities.h"
#include "result.h"

#include <QString>

#include <memory>

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

/** A unit of writes that reaches the store entirely or not at all; rolled back unless committed. */
class DocumentTransaction
{
public:
    virtual ~DocumentTransaction() = default;
    virtual bool commit(QString *error) = 0;
};

/**
 * Where a project's document lives. The document layer writes through this interface only, so
 * it does not know (or link) the database that holds the data; the store library implements it.
 * Every write happens inside a transaction the caller opened with transaction().
 */
class DocumentStore
{
public:
    virtual ~DocumentStore() = default;

    /** Where the document is, for titles and messages (a file path). */
    virtual QString location() const = 0;
    virtual const StoreInfo &info() const = 0;

    virtual std::unique_ptr<DocumentTransaction> transaction(QString *error) = 0;
    virtual bool writeEntity(const AnyEntity &entity, QString *error) = 0;
    virtual bool removeEntity(EntityKind kind, Id id, QString *error) = 0;

    /** Appends to the hash-chained audit log; fills in id and hashes. */
    virtual bool appendAudit(AuditEntry &entry, QString *error) = 0;
    virtual bool insertRun(Run &run, QString *error) = 0;
    virtual bool updateRun(const Run &run, QString *error) = 0;
    /**
     * Appends a run event and, as its audit entry, audit with the event's digest as detail, so
     * that a rewritten event is detectable; fills in the ids.
     */
    virtual bool appendRunEvent(RunEvent &event, AuditEntry &audit, QString *error) = 0;
    virtual bool appendSamples(const QList<MetricSample> &samples, QString *error) = 0;
    /** Drops a metric's samples older than cutoffUtc (its retention, see sampleretention.h). */
    virtual bool dropSamplesBefore(Id metricId, const QDateTime &cutoffUtc, QString *error) = 0;

    /** Writes a consistent copy to path and returns the copy, opened for writing. */
    virtual Result<std::unique_ptr<DocumentStore>> saveCopyAs(const QString &path) = 0;
};

} // namespace uw
