// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace Switchboard {

//! Where a database lives, parsed from the one string operators write in SWITCHBOARD_DATABASE:
//! a SQLite file path, or `postgresql://user:pass@host:port/dbname`.
struct DatabaseUrl {
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    static Result<DatabaseUrl> parse(const QString &text);

    //! The URL with the password masked, fit for logs and error messages.
    QString redacted() const;
    //! The same server with another database name (tests create one database per case).
    DatabaseUrl withDatabase(const QString &name) const;
    QString toString() const;
};

} // namespace Switchboard
