#pragma once

#include "clock.h"
#include "documentstore.h"
#include "entities.h"
#include "entityfields.h"
#include "result.h"
#include "sampleretention.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace uw {

/** The login name of whoever runs the program; edits are attributed to it until told otherwise. */
QString operatingSystemUser();

/** One entity's state before and after an edit; nullopt means "does not exist". */
struct EntityChange
{
    std::optional<AnyEntity> before;
    std::optional<AnyEntity> after;
};

/** What an applied edit touched, so that every view refreshes the same way on do/undo/redo. */
struct DocumentChange
{
    enum class Operation { Added, Modified, Removed };
    struct Item
    {
        EntityKind kind;
        Id id;
        Operation operation;
        /** The fields that differ (see entityfields.h); all of them for additions and removals. */
        FieldMask fields = allFields;
    };
    QList<Item> items;

    /** Whether an entity of kind was added, removed or had one of fields changed. */
    bool touches(EntityKind kind, FieldMask fields = allFields) const;
};

/**
 * An open project file and its document. The file is the truth: every edit is committed to it
 * in one transaction before memory and views change, so no unsaved state exists to lose.
 */
class Project : public QObject
{
    Q_OBJECT

public:
    /** Works on data as loaded from store; openProject() and createProject() make one for a file. */
    Project(std::unique_ptr<DocumentStore> store, ProjectData data);
    ~Project() override;

    QString filePath() const { return m_store->location(); }
    const StoreInfo &storeInfo() const { return m_store->info(); }
    bool isReadOnly() const { return m_store->info().readOnly; }

    const ProjectData &data() const { return m_data; }
    const Change &change() const { return m_data.change; }
    template<class T>
    const T *find(Id id) const
    {
        const auto &table = entityTable<T>(m_data);
        const auto it = table.find(id);
        return it == table.end() ? nullptr : &it->second;
    }
    std::optional<AnyEntity> findAny(EntityKind kind, Id id) const;

    QUndoStack *undoStack() const { return m_undoStack.get(); }

    /** A fresh id for a new entity of kind; never one in use. */
    Id allocateId(EntityKind kind);

    QString user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    /** Starts a run (append-only history, not undoable); returns its id. */
    Result<Id> startRun(Run run);
    bool finishRun(Id runId, const QDateTime &endedAtUtc, QString *error);
    /** Commits the event durably before returning, so the UI may show it as done afterwards. */
    Result<Id> recordRunEvent(RunEvent event);
    /**
     * Appends samples and, in the same transaction, drops what outgrew each metric's retention
     * (see sampleretention.h), announcing it through samplesDropped().
     */
    bool recordSamples(const QList<MetricSample> &samples, QString *error);

    /** Writes a consistent copy to path and continues working on the copy. */
    bool saveAs(const QString &path, QString *error);

signals:
    void documentChanged(const uw::DocumentChange &change);
    void historyAppended();
    /** A metric's samples older than beforeUtc left the file and data() to keep it bounded. */
    void samplesDropped(uw::Id metricId, const QDateTime &beforeUtc);
    void filePathChanged(const QString &path);
    /** An undo or redo could not be written; the document is unchanged. */
    void writeFailed(const QString &message);

private:
    // Only the undo command edits the document, so that every edit can be undone.
    friend class EditCommand;

    /**
     * Applies changes (forward: before -> after; backward: after -> before) to the file in one
     * transaction together with an audit entry, then to memory, then announces them.
     * On failure nothing changed anywhere.
     */
    bool applyChanges(const QList<EntityChange> &changes, bool forward, const QString &action,
                      QString *error);
    void keepFailedStepInPlace(int index);
    void applyInMemory(const std::optional<AnyEntity> &from, const std::optional<AnyEntity> &to,
                       DocumentChange &change);
    bool appendAudit(const QString &action, const QString &detail, QString *error);
    bool refuseWhenReadOnly(QString *error) const;

    std::unique_ptr<DocumentStore> m_store;
    ProjectData m_data;
    std::map<Id, SampleTimeline> m_sampleTimelines;
    /** The cutoffs of the prunes under way, which each poll of their metric continues. */
    std::map<Id, qint64> m_pendingPrunes;
    SeriesNamePool m_seriesNames;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::map<EntityKind, Id> m_lastIds;
    QString m_user;
    Clock m_clock = systemNow;
};

} // namespace uw

Q_DECLARE_METATYPE(uw::DocumentChange)
