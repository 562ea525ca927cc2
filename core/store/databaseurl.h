// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace Switchboard {

//! Where a database lives, parsed from the one string operators write in SWITCHBOARD_DATABASE:
//! a SQLite file path, or a PostgreSQL URL in libpq's form: `postgresql://user:pass@host:port/db`
//! over TCP, or over a Unix socket with the socket directory percent-encoded as the host
//! (`postgresql://user@%2Frun%2Fpostgresql/db`) or given as a parameter
//! (`postgresql:///db?host=/run/postgresql`). `host` and `port` are the only parameters: any
//! other (say `sslmode`) is refused rather than silently ignored.
struct DatabaseUrl {
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    //! A host name, an IP address, or a Unix socket directory (an absolute path), which is how
    //! QPSQL and libpq tell them apart.
    QString host;
    //! The TCP port, or over a socket the number in the socket's file name (.s.PGSQL.<port>).
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    //! Fails with `invalid_database` and a message naming SWITCHBOARD_DATABASE, never echoing
    //! the password.
    static Result<DatabaseUrl> parse(const QString &text);

    bool isUnixSocket() const { return host.startsWith(QLatin1Char('/')); }
    //! The URL with the password masked, fit for logs and error messages.
    QString redacted() const;
    //! The same server with another database name (tests create one database per case).
    DatabaseUrl withDatabase(const QString &name) const;
    //! A URL parse() reads back to the same value; a socket as `…/db?host=/dir&port=N`.
    QString toString() const;
};

} // namespace Switchboard
