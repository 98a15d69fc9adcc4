#include "store.h"

#include "logging.h"
#include "schema.h"
#include "walcheckpointer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QtEndian>

#include <sqlite3.h>

namespace uw {
namespace {

/** Gives lupdate and the runtime one context for the store's messages. */
class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(uw::Store)
};

Error fileError(ErrorCode code, const QString &message, const QString &path)
{
    return Error{code, message.arg(QDir::toNativeSeparators(path))};
}

constexpr int sqliteHeaderSize = 100;

struct HeaderFacts
{
    int userVersion = 0;
};

/** Reads the facts SQLite keeps in the first 100 bytes, without letting SQLite touch the file. */
Result<HeaderFacts> inspectHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fileError(ErrorCode::FileMissing, StoreText::tr("The file %1 does not exist."), path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileMissing,
                     StoreText::tr("The file %1 cannot be read: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    const QByteArray header = file.read(sqliteHeaderSize);
    const qint64 fileSize = file.size();
    if (header.size() < sqliteHeaderSize
        || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return fileError(
            ErrorCode::NotSqlite,
            StoreText::tr("%1 is not an Upgrade Workbench project: it is not an SQLite database."),
            path);
    const auto be32 = [&header](int offset) {
        return qFromBigEndian<quint32>(header.constData() + offset);
    };
    HeaderFacts facts;
    facts.userVersion = int(be32(60));
    if (be32(68) != quint32(schema::applicationId)) {
        return Error{ErrorCode::NotOurs,
                     StoreText::tr(
                         "%1 is an SQLite database of another program, not an Upgrade Workbench "
                         "project.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    if (facts.userVersion > schema::currentVersion()) {
        return Error{
            ErrorCode::TooNew,
            StoreText::tr(
                "%1 was written by a newer Upgrade Workbench (file format %2; this version "
                "reads up to %3). Open it with a newer version of the program.")
                .arg(QDir::toNativeSeparators(path))
                .arg(facts.userVersion)
                .arg(schema::currentVersion())};
    }
    // The page count in the header is trustworthy only when its validity counter matches.
    const quint32 pageSizeField = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const qint64 pageCount = be32(28);
    if (be32(92) == be32(24) && pageCount > 0 && pageSize * pageCount > fileSize) {
        return Error{ErrorCode::Damaged,
                     StoreText::tr(
                         "%1 is damaged: it is shorter than its header says (%2 of %3 bytes). "
                         "Restore it from a backup.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(fileSize)
                         .arg(pageSize * pageCount)};
    }
    return facts;
}

/**
 * The file could not be read for a reason of the machine, not of its content: saying so keeps
 * a user from replacing a good file with an older backup.
 */
Error unreadableHere(const QString &path, const QString &problem)
{
    return Error{ErrorCode::Failed,
                 StoreText::tr("%1 cannot be read here: %2. Nothing suggests the file itself is "
                               "damaged; deal with that and try again.")
                     .arg(QDir::toNativeSeparators(path), problem)};
}

/** Runs SQLite's own consistency check through a read-only connection. */
std::optional<Error> checkIntegrity(sql::Database &db, const QString &path)
{
    QString sqlError;
    const auto result = db.queryText("PRAGMA quick_check(1)", &sqlError);
    if (result && *result == QLatin1String("ok"))
        return std::nullopt;
    if (!result) {
        if (const QString problem = sql::environmentProblem(db.lastErrorCode()); !problem.isEmpty())
            return unreadableHere(path, problem);
    }
    return Error{ErrorCode::Damaged,
                 StoreText::tr("%1 is damaged (%2). Restore it from a backup.")
                     .arg(QDir::toNativeSeparators(path), result ? *result : sqlError)};
}

bool isMarkedReadOnly(const QString &path)
{
    // Permission bits are checked too because root may write anything: a user who marked a
    // project read-only meant it, whoever runs the program.
    const QFileInfo info(path);
    return !info.isWritable() || !(info.permissions() & QFile::WriteOwner)
           || !QFileInfo(info.absolutePath()).isWritable();
}

std::unique_ptr<QLockFile> tryLock(const QString &path, QString *holder)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock->getLockInfo(&pid, &host, &application))
        *holder = StoreText::tr("process %1 on %2").arg(pid).arg(host);
    return nullptr;
}

/**
 * No Upgrade Workbench edits path (no lock) and no connection has its log or shared memory
 * open (no -wal or -shm beside it): reading it as immutable is safe and leaves nothing behind.
 */
bool isUnshared(const QString &path)
{
    for (const char *suffix : {".lock", "-wal", "-shm"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            return false;
    return true;
}

} // namespace

QString migrationBackupPath(const QString &path, int fromVersion)
{
    const QString base = path + QStringLiteral(".bak-v%1").arg(fromVersion);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QStringLiteral("-%1").arg(n);
    return candidate;
}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString &path, Access access)
{
    const auto header = inspectHeader(path);
    if (!header)
        return header.error();
    // A look that nobody else shares (no editor's lock, no other reader's -shm) leaves the
    // folder as it found it; otherwise it reads beside the others the usual way.
    const auto readMode = access == Access::ReadOnly && isUnshared(path)
                              ? sql::Database::Mode::ReadOnlyUnshared
                              : sql::Database::Mode::ReadOnly;
    {
        QString sqlError;
        int sqlCode = 0;
        auto probe = sql::Database::open(path, readMode, &sqlError, &sqlCode);
        if (!probe) {
            if (const QString problem = sql::environmentProblem(sqlCode); !problem.isEmpty())
                return unreadableHere(path, problem);
            return Error{ErrorCode::Damaged, StoreText::tr("%1 cannot be opened: %2.")
                                                 .arg(QDir::toNativeSeparators(path), sqlError)};
        }
        if (auto damage = checkIntegrity(*probe, path))
            return *damage;
    }
    if (access == Access::ReadOnly)
        return openForReading(path, header.value().userVersion, QString(), readMode);
    if (isMarkedReadOnly(path)) {
        return openForReading(path, header.value().userVersion,
                              StoreText::tr("%1 is read-only on disk; it is open for viewing only.")
                                  .arg(QDir::toNativeSeparators(path)));
    }
    return openWritable(path, header.value().userVersion);
}

Result<std::unique_ptr<Store>> Store::openWritable(const QString &path, int fileVersion)
{
    QString holder;
    auto lock = tryLock(path, &holder);
    if (!lock) {
        return openForReading(path, fileVersion,
                              StoreText::tr(
                                  "%1 is open in another Upgrade Workbench (%2); it is open for "
                                  "viewing only here. Close it there to edit it.")
                                  .arg(QDir::toNativeSeparators(path), holder));
    }
    std::unique_ptr<Store> store(new Store);
    store->m_path = path;
    store->m_lock = std::move(lock);
    QString sqlError;
    if (fileVersion < schema::currentVersion()) {
        const QString backupPath = migrationBackupPath(path, fileVersion);
        auto source = sql::Database::open(path, sql::Database::Mode::ReadOnly, &sqlError);
        auto copy = source ? sql::Database::open(backupPath, sql::Database::Mode::Create, &sqlError)
                           : std::nullopt;
        if (!copy || !source->backupTo(*copy, &sqlError)) {
            return Error{ErrorCode::Failed,
                         StoreText::tr(
                             "%1 needs updating to the current file format, but the safety copy "
                             "%2 could not be written (%3). Nothing was changed.")
                             .arg(QDir::toNativeSeparators(path),
                                  QDir::toNativeSeparators(backupPath), sqlError)};
        }
        store->m_info.migratedFrom = fileVersion;
        store->m_info.backupPath = backupPath;
        qCInfo(lcStore) << "migrating" << path << "from version" << fileVersion << "backup"
                        << backupPath;
    }
    auto db = sql::Database::open(path, sql::Database::Mode::ReadWrite, &sqlError);
    if (!db) {
        return Error{ErrorCode::Failed, StoreText::tr("%1 cannot be opened for writing: %2.")
                                            .arg(QDir::toNativeSeparators(path), sqlError)};
    }
    store->m_db = std::move(*db);
    if (!store->configureWritable(&sqlError) || !schema::migrate(store->m_db, &sqlError)) {
        return Error{ErrorCode::Failed,
                     StoreText::tr(
                         "%1 could not be prepared for editing: %2. The file is as it was before "
                         "this attempt.")
                         .arg(QDir::toNativeSeparators(path), sqlError)};
    }
    store->m_info.schemaVersion = schema::currentVersion();
    return store;
}

Result<std::unique_ptr<Store>> Store::openForReading(const QString &path, int fileVersion,
                                                     const QString &reason,
                                                     sql::Database::Mode mode)
{
    std::unique_ptr<Store> store(new Store);
    store->m_path = path;
    store->m_info.readOnly = true;
    store->m_info.readOnlyReason = reason;
    store->m_info.schemaVersion = fileVersion;
    QString sqlError;
    auto db = sql::Database::open(path, mode, &sqlError);
    if (!db) {
        return Error{ErrorCode::Failed, StoreText::tr("%1 cannot be opened: %2.")
                                            .arg(QDir::toNativeSeparators(path), sqlError)};
    }
    if (fileVersion < schema::currentVersion()) {
        // An older file is read through a migrated copy in memory: the file itself is not ours
        // to change when the user asked only to look.
        auto memory = sql::Database::openMemory(&sqlError);
        if (!memory || !db->backupTo(*memory, &sqlError) || !schema::migrate(*memory, &sqlError)) {
            return Error{ErrorCode::Failed,
                         StoreText::tr("%1 uses an older file format that could not be read: %2.")
                             .arg(QDir::toNativeSeparators(path), sqlError)};
        }
        db = std::move(memory);
    }
    store->m_db = std::move(*db);
    store->m_db.exec("PRAGMA query_only = ON");
    return store;
}

Result<std::unique_ptr<Store>> Store::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return fileError(ErrorCode::AlreadyExists,
                         StoreText::tr(
                             "%1 already exists; choose another name or remove it first."),
                         path);
    QString holder;
    auto lock = tryLock(path, &holder);
    if (!lock)
        return Error{ErrorCode::Locked,
                     StoreText::tr("%1 is being created by another program (%2).")
                         .arg(QDir::toNativeSeparators(path), holder)};
    std::unique_ptr<Store> store(new Store);
    store->m_path = path;
    store->m_lock = std::move(lock);
    QString sqlError;
    auto db = sql::Database::open(path, sql::Database::Mode::Create, &sqlError);
    if (db) {
        store->m_db = std::move(*db);
        const std::string setId = "PRAGMA application_id = "
                                  + std::to_string(schema::applicationId);
        if (store->m_db.exec(setId.c_str(), &sqlError) && store->configureWritable(&sqlError)
            && schema::migrate(store->m_db, &sqlError)) {
            store->m_info.schemaVersion = schema::currentVersion();
            return store;
        }
    }
    store.reset();
    QFile::remove(path);
    return Error{ErrorCode::Failed, StoreText::tr("%1 could not be created: %2.")
                                        .arg(QDir::toNativeSeparators(path), sqlError)};
}

bool Store::configureWritable(QString *error)
{
    // FULL makes every commit durable before it returns: what the user saw saved survives a
    // power cut, which matters more here than the fraction of a millisecond it costs.
    // The log is cut back to 4 MB once checkpointed, so a long session leaves no big file behind.
    if (!m_db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                   "PRAGMA foreign_keys = ON; PRAGMA journal_size_limit = 4194304;",
                   error))
        return false;
    m_checkpointer = std::make_unique<WalCheckpointer>(m_path);
    m_checkpointer->attach(m_db);
    return true;
}

namespace {

class SqliteTransaction final : public DocumentTransaction
{
public:
    explicit SqliteTransaction(sql::Database &db)
        : m_transaction(db)
    {}
    bool isActive() const { return m_transaction.isActive(); }
    QString beginError() const { return m_transaction.beginError(); }
    bool commit(QString *error) override { return m_transaction.commit(error); }

private:
    sql::Transaction m_transaction;
};

} // namespace

std::unique_ptr<DocumentTransaction> Store::transaction(QString *error)
{
    auto transaction = std::make_unique<SqliteTransaction>(m_db);
    if (!transaction->isActive()) {
        if (error)
            *error = transaction->beginError();
        return nullptr;
    }
    // Checked at commit, so a change set may add a system and its dependencies in any order.
    m_db.exec("PRAGMA defer_foreign_keys = ON");
    return transaction;
}

Result<std::unique_ptr<DocumentStore>> Store::saveCopyAs(const QString &path)
{
    QString error;
    if (!copyTo(path, &error))
        return Error{ErrorCode::Failed, error};
    auto copy = Store::open(path, Access::ReadWrite);
    if (!copy)
        return copy.error();
    return std::unique_ptr<DocumentStore>(std::move(copy.value()));
}

bool Store::copyTo(const QString &path, QString *error)
{
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = StoreText::tr("%1 exists and cannot be replaced.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    auto target = sql::Database::open(path, sql::Database::Mode::Create, error);
    if (!target)
        return false;
    if (!m_db.backupTo(*target, error))
        return false;
    return target->exec("PRAGMA journal_mode = WAL", error);
}

} // namespace uw
