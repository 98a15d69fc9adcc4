#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace uw::sql {

class Statement;

/** Owns one SQLite connection; closed on destruction. */
class Database
{
public:
    /**
     * ReadOnlyUnshared reads a file nobody else has open without leaving a trace beside it (no
     * -wal or -shm file): only when no other connection can be writing it.
     */
    enum class Mode { ReadOnly, ReadOnlyUnshared, ReadWrite, Create };

    Database() = default;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /**
     * Opens by URI so that read-only access never creates or modifies the main file. On failure
     * errorCode (when given) receives SQLite's extended result code.
     */
    static std::optional<Database> open(const QString &path, Mode mode, QString *error,
                                        int *errorCode = nullptr);
    static std::optional<Database> openMemory(QString *error);

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    /** Runs one or more statements without results. */
    bool exec(const char *sql, QString *error = nullptr);
    Statement prepare(const char *sql);
    /** The first row's first column of a query, as text, or nullopt on error. */
    std::optional<QString> queryText(const char *sql, QString *error = nullptr);
    std::optional<qint64> queryInt(const char *sql, QString *error = nullptr);
    QString lastError() const;
    int lastErrorCode() const;
    qint64 lastInsertRowId() const;
    /** Copies the whole database into target through SQLite's online backup API. */
    bool backupTo(Database &target, QString *error);

private:
    explicit Database(sqlite3 *db)
        : m_db(db)
    {}
    sqlite3 *m_db = nullptr;
};

/** A prepared statement; bind positions start at 1, column indexes at 0. */
class Statement
{
public:
    enum class StepResult { Row, Done, Error };

    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value);
    Statement &bindNull(int index);
    /** Binds 0 as NULL: entity ids use 0 for "none" and NULL keeps foreign keys meaningful. */
    Statement &bindId(int index, qint64 id);

    StepResult step();
    /** Steps once and expects completion; for INSERT/UPDATE/DELETE. */
    bool run();
    void reset();

    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    bool columnIsNull(int column) const;

    QString error() const;

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *stmt, QString prepareError)
        : m_db(db)
        , m_stmt(stmt)
        , m_prepareError(std::move(prepareError))
    {}
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
};

/** BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless committed. */
class Transaction
{
public:
    explicit Transaction(Database &db);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    bool isActive() const { return m_active; }
    bool commit(QString *error = nullptr);
    QString beginError() const { return m_beginError; }

private:
    Database &m_db;
    bool m_active = false;
    QString m_beginError;
};

/**
 * What went wrong around the file rather than in it, for an SQLite result code: a full disk,
 * an input/output error, no permission, no memory, a lock held elsewhere. Empty for codes that
 * speak of the file's content (damaged, not a database) or of success.
 */
QString environmentProblem(int extendedCode);

} // namespace uw::sql
