// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/migration.h"

#include <vector>

namespace Switchboard {

class Database;

//! Brings a database's schema to the newest version this program knows.
//!
//! Each migration runs in its own transaction together with its row in `schema_migrations`, so a
//! failed step leaves the previous version intact; running twice applies nothing the second time;
//! a database whose recorded version is newer than the program is refused rather than touched. On
//! PostgreSQL an advisory lock serialises relays that start at the same moment.
class Migrator {
public:
    Migrator(Database &database, std::vector<Migration> migrations);

    //! Reads `NNNN_name.sql` files from a directory (usually a Qt resource directory).
    static Result<std::vector<Migration>> load(const QString &directory);

    //! The version recorded in the database, 0 when it has none.
    Result<int> currentVersion();
    int latestVersion() const;
    //! Applies what is missing; returns how many migrations were applied.
    Result<int> migrate();

private:
    Status lockForMigration();
    Status ensureTable();
    //! True when this call applied it, false when another process had already.
    Result<bool> apply(const Migration &migration);

    Database &m_database;
    std::vector<Migration> m_migrations;
};

} // namespace Switchboard
