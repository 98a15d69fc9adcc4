#include "walcheckpointer.h"

#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcCheckpoint, "uw.store.checkpoint")

namespace uw {

WalCheckpointer::WalCheckpointer(QString path)
    : m_path(std::move(path))
{
    m_pool.setMaxThreadCount(1);
}

WalCheckpointer::~WalCheckpointer()
{
    m_pool.waitForDone();
}

void WalCheckpointer::attach(sql::Database &db)
{
    // The hook replaces sqlite3_wal_autocheckpoint, which is itself a wal hook.
    sqlite3_wal_hook(db.handle(), &WalCheckpointer::walCommitted, this);
}

int WalCheckpointer::walCommitted(void *self, sqlite3 *, const char *, int pages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (pages >= thresholdPages && !checkpointer->m_running.exchange(true))
        checkpointer->m_pool.start([checkpointer] { checkpointer->checkpoint(); });
    return SQLITE_OK;
}

void WalCheckpointer::checkpoint()
{
    QString error;
    if (!m_connection) {
        m_connection = sql::Database::open(m_path, sql::Database::Mode::ReadWrite, &error);
        // A new connection reads the file, and learns that it is in WAL mode, on first use.
        if (m_connection && !m_connection->queryText("PRAGMA journal_mode", &error))
            m_connection.reset();
    }
    const int rc = m_connection
                       ? sqlite3_wal_checkpoint_v2(m_connection->handle(), nullptr,
                                                   SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr)
                       : SQLITE_CANTOPEN;
    // Nothing is lost when a checkpoint fails: the log keeps every commit and the file stays
    // whole; SQLite checkpoints again when the last connection closes.
    if (rc != SQLITE_OK) {
        qCWarning(lcCheckpoint).noquote()
            << QStringLiteral("Checkpoint of %1 failed: %2")
                   .arg(m_path, m_connection ? m_connection->lastError() : error);
    }
    m_running = false;
}

} // namespace uw
