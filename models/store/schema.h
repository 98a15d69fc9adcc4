#pragma once

#include <QString>

namespace uw::sql {
class Database;
}

namespace uw::schema {

/** "UWB1" in the SQLite header: tells our files apart from any other SQLite database. */
constexpr int applicationId = 0x55574231;

/** The schema version this build writes; files with a higher user_version are refused. */
int currentVersion();

/**
 * Brings a database from its user_version up to currentVersion(), each migration in its own
 * transaction that also sets user_version, so that a failure leaves the last complete version.
 */
bool migrate(sql::Database &db, QString *error);

} // namespace uw::schema
