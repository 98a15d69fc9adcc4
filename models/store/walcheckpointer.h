#pragma once

#include "sqlite.h"

#include <QString>
#include <QThreadPool>

#include <atomic>
#include <optional>

struct sqlite3;

namespace uw {

/**
 * Copies the write-ahead log back into the project file on a worker thread. SQLite would
 * otherwise do it inside whichever commit crosses its threshold: an edit that happens to be
 * the thousandth page of log would hold the window up for the length of a checkpoint (90 to
 * 150 ms on a big project, with fsync). A passive checkpoint through a second connection never
 * blocks the writer; if it cannot finish, the next threshold tries again.
 */
class WalCheckpointer
{
public:
    /** Log pages after which a checkpoint starts: SQLite's own default. */
    static constexpr int thresholdPages = 1000;

    explicit WalCheckpointer(QString path);
    /** Waits for a running checkpoint and closes its connection. */
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /** Replaces db's automatic checkpoints with background ones; db must outlive neither. */
    void attach(sql::Database &db);

private:
    static int walCommitted(void *self, sqlite3 *db, const char *name, int pages);
    void checkpoint();

    QString m_path;
    /** Opened and used on the worker only. */
    std::optional<sql::Database> m_connection;
    std::atomic<bool> m_running = false;
    QThreadPool m_pool;
};

} // namespace uw
