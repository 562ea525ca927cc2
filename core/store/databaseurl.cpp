// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/databaseurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace Switchboard {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{QStringLiteral("invalid_database"),
                     QStringLiteral("The database setting is empty.")};

    DatabaseUrl url;
    if (!trimmed.startsWith(QLatin1String("postgresql://")) &&
        !trimmed.startsWith(QLatin1String("postgres://"))) {
        if (trimmed.contains(QLatin1String("://")))
            return Error{
                QStringLiteral("invalid_database"),
                QStringLiteral("Unsupported database URL scheme; use a SQLite file path or "
                               "postgresql://user:pass@host:port/dbname.")};
        url.backend = Backend::Sqlite;
        url.sqlitePath = trimmed;
        return url;
    }

    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return Error{QStringLiteral("invalid_database"),
                     QStringLiteral("The PostgreSQL URL is not valid; expected "
                                    "postgresql://user:pass@host:port/dbname.")};
    url.backend = Backend::Postgres;
    url.host = parsed.host();
    url.port = parsed.port(5432);
    url.user = parsed.userName(QUrl::FullyDecoded);
    url.password = parsed.password(QUrl::FullyDecoded);
    url.databaseName = parsed.path(QUrl::FullyDecoded).mid(1);
    if (url.databaseName.isEmpty() || url.databaseName.contains(QLatin1Char('/')))
        return Error{QStringLiteral("invalid_database"),
                     QStringLiteral("The PostgreSQL URL names no database; add /dbname after the "
                                    "host and port.")};
    return url;
}

QString DatabaseUrl::redacted() const {
    if (backend == Backend::Sqlite)
        return sqlitePath;
    DatabaseUrl copy = *this;
    if (!copy.password.isEmpty())
        copy.password = QStringLiteral("***");
    return copy.toString();
}

DatabaseUrl DatabaseUrl::withDatabase(const QString &name) const {
    DatabaseUrl copy = *this;
    copy.databaseName = name;
    return copy;
}

QString DatabaseUrl::toString() const {
    if (backend == Backend::Sqlite)
        return sqlitePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPassword(password);
    url.setPath(QLatin1Char('/') + databaseName);
    return url.toString();
}

} // namespace Switchboard
