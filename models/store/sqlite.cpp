#include "sqlite.h"

#include <QCoreApplication>
#include <QUrl>

#include <sqlite3.h>

namespace uw::sql {
namespace {

struct SqliteText
{
    Q_DECLARE_TR_FUNCTIONS(uw::Sqlite)
};

QString messageOf(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

std::optional<Database> Database::open(const QString &path, Mode mode, QString *error,
                                       int *errorCode)
{
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
    case Mode::ReadOnlyUnshared:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    QUrl uri = QUrl::fromLocalFile(path);
    if (mode == Mode::ReadOnly)
        uri.setQuery(QStringLiteral("mode=ro"));
    // Immutable: no locks and no shared-memory file, so SQLite creates nothing beside the file.
    if (mode == Mode::ReadOnlyUnshared)
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(uri.toEncoded().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setError(error, messageOf(db));
        if (errorCode)
            *errorCode = db ? sqlite3_extended_errcode(db) : rc;
        sqlite3_close_v2(db);
        return std::nullopt;
    }
    sqlite3_extended_result_codes(db, 1);
    // A project that another process writes (a run in progress) must not fail at once.
    sqlite3_busy_timeout(db, 5000);
    return Database(db);
}

std::optional<Database> Database::openMemory(QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        setError(error, messageOf(db));
        sqlite3_close_v2(db);
        return std::nullopt;
    }
    return Database(db);
}

bool Database::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        setError(error, message ? QString::fromUtf8(message) : messageOf(m_db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

Statement Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return Statement(m_db, nullptr, messageOf(m_db));
    return Statement(m_db, stmt, QString());
}

std::optional<QString> Database::queryText(const char *sql, QString *error)
{
    Statement statement = prepare(sql);
    switch (statement.step()) {
    case Statement::StepResult::Row:
        return statement.columnText(0);
    case Statement::StepResult::Done:
        return QString();
    case Statement::StepResult::Error:
        break;
    }
    setError(error, statement.error());
    return std::nullopt;
}

std::optional<qint64> Database::queryInt(const char *sql, QString *error)
{
    Statement statement = prepare(sql);
    switch (statement.step()) {
    case Statement::StepResult::Row:
        return statement.columnInt(0);
    case Statement::StepResult::Done:
        return 0;
    case Statement::StepResult::Error:
        break;
    }
    setError(error, statement.error());
    return std::nullopt;
}

QString Database::lastError() const
{
    return messageOf(m_db);
}

int Database::lastErrorCode() const
{
    return sqlite3_extended_errcode(m_db);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool Database::backupTo(Database &target, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    if (!backup) {
        setError(error, messageOf(target.m_db));
        return false;
    }
    const int stepResult = sqlite3_backup_step(backup, -1);
    const int finishResult = sqlite3_backup_finish(backup);
    if (stepResult != SQLITE_DONE || finishResult != SQLITE_OK) {
        setError(error, messageOf(target.m_db));
        return false;
    }
    return true;
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_prepareError(std::move(other.m_prepareError))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_prepareError = std::move(other.m_prepareError);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindId(int index, qint64 id)
{
    return id == 0 ? bindNull(index) : bind(index, id);
}

Statement::StepResult Statement::step()
{
    if (!m_stmt)
        return StepResult::Error;
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        return StepResult::Row;
    case SQLITE_DONE:
        return StepResult::Done;
    default:
        return StepResult::Error;
    }
}

bool Statement::run()
{
    const bool done = step() == StepResult::Done;
    if (m_stmt)
        sqlite3_reset(m_stmt);
    return done;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::error() const
{
    return m_stmt ? messageOf(m_db) : m_prepareError;
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_active = m_db.exec("BEGIN IMMEDIATE", &m_beginError);
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.exec("ROLLBACK");
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        setError(error, m_beginError);
        return false;
    }
    if (!m_db.exec("COMMIT", error))
        return false;
    m_active = false;
    return true;
}

QString environmentProblem(int extendedCode)
{
    switch (extendedCode & 0xff) {
    case SQLITE_FULL:
        return SqliteText::tr("the disk is full");
    case SQLITE_IOERR:
        return SqliteText::tr("the disk reported an input/output error");
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_AUTH:
        return SqliteText::tr("the file or its folder cannot be opened or written here");
    case SQLITE_NOMEM:
        return SqliteText::tr("the machine is out of memory");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return SqliteText::tr("another program holds it locked");
    default:
        return {};
    }
}

} // namespace uw::sql
