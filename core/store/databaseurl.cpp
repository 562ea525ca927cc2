// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/databaseurl.h"

#include <QUrl>

#include <optional>

namespace Switchboard {

namespace {

Error invalid(const QString &problem) {
    return Error{QStringLiteral("invalid_database"),
                 QStringLiteral("SWITCHBOARD_DATABASE: %1").arg(problem)};
}

QString expectedForms() {
    return QStringLiteral("expected postgresql://user:pass@host:port/dbname, or over a Unix socket "
                          "postgresql://user@%2Frun%2Fpostgresql/dbname or "
                          "postgresql:///dbname?host=/run/postgresql");
}

bool isHexDigit(QChar c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

//! One URL component, percent-decoded as UTF-8; nothing when a '%' is not followed by two hex
//! digits (QUrl would pass such a '%' through, and the server would be looked up under it).
std::optional<QString> decoded(QStringView component) {
    for (qsizetype i = 0; i < component.size(); ++i) {
        if (component[i] == u'%' && (i + 2 >= component.size() || !isHexDigit(component[i + 1]) ||
                                     !isHexDigit(component[i + 2])))
            return std::nullopt;
    }
    if (component.isEmpty())
        return QString(); // null, as QUrl gives an absent part: no "user:@" when written back
    return QUrl::fromPercentEncoding(component.toUtf8());
}

std::optional<int> portNumber(QStringView text) {
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    for (const QChar c : text)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    const int port = text.toInt();
    if (port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

//! The host as QUrl normalises it (lower case, IDN, IPv6 without brackets), as before sockets.
std::optional<QString> hostName(const QString &host, bool ipv6) {
    QUrl check;
    check.setHost(ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host, QUrl::StrictMode);
    if (!check.isValid() || check.host().isEmpty())
        return std::nullopt;
    return check.host();
}

//! libpq's URI form for a socket, `passwordText` put in as given (percent-encoded, or masked).
QString socketUrl(const DatabaseUrl &url, const QString &passwordText) {
    QString text = QStringLiteral("postgresql://");
    if (!url.user.isEmpty() || !passwordText.isEmpty()) {
        text += QString::fromLatin1(QUrl::toPercentEncoding(url.user));
        if (!passwordText.isEmpty())
            text += QLatin1Char(':') + passwordText;
        text += QLatin1Char('@');
    }
    return text + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(url.databaseName)) +
           QStringLiteral("?host=") + QString::fromLatin1(QUrl::toPercentEncoding(url.host, "/")) +
           QStringLiteral("&port=") + QString::number(url.port);
}

Result<DatabaseUrl> parsePostgres(const QString &text) {
    for (const QChar c : text)
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f)
            return invalid(QStringLiteral("the PostgreSQL URL contains a space or control "
                                          "character; percent-encode it (a space is %20)"));
    if (text.contains(QLatin1Char('#')))
        return invalid(QStringLiteral("the PostgreSQL URL contains '#'; percent-encode it as %23"));

    // scheme://[user[:password]@][host][:port][/dbname][?host=…&port=…], as libpq reads it.
    QStringView rest = QStringView(text).mid(text.indexOf(QLatin1String("://")) + 3);
    QStringView query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
    }
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView authority = slash < 0 ? rest : rest.left(slash);
    const QStringView path = slash < 0 ? QStringView() : rest.mid(slash + 1);
    const qsizetype at = authority.lastIndexOf(u'@');
    const QStringView userInfo = at < 0 ? QStringView() : authority.left(at);
    const QStringView hostPort = authority.mid(at + 1);

    QStringView hostPart = hostPort;
    QStringView portPart;
    bool ipv6 = false;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        const QStringView after = close < 0 ? QStringView() : hostPort.mid(close + 1);
        if (close < 0 || (!after.isEmpty() && !after.startsWith(u':')))
            return invalid(QStringLiteral("the IPv6 address in the PostgreSQL URL is not closed "
                                          "as [address]:port; ") +
                           expectedForms());
        hostPart = hostPort.mid(1, close - 1);
        portPart = after.mid(1);
        ipv6 = true;
    } else if (const qsizetype colon = hostPort.indexOf(u':'); colon >= 0) {
        hostPart = hostPort.left(colon);
        portPart = hostPort.mid(colon + 1);
    }

    DatabaseUrl url;
    url.backend = DatabaseUrl::Backend::Postgres;
    const qsizetype colon = userInfo.indexOf(u':');
    const auto user = decoded(colon < 0 ? userInfo : userInfo.left(colon));
    const auto password = decoded(colon < 0 ? QStringView() : userInfo.mid(colon + 1));
    const auto host = decoded(hostPart);
    const auto databaseName = decoded(path);
    if (!user || !password || !host || !databaseName)
        return invalid(QStringLiteral("the PostgreSQL URL has a '%' that is not followed by two "
                                      "hex digits; write a literal % as %25"));
    url.user = *user;
    url.password = *password;
    url.host = *host;
    url.databaseName = *databaseName;
    QString portText = portPart.toString();

    bool hostGiven = false;
    bool portGiven = false;
    for (const QStringView item : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        const auto key = decoded(equals < 0 ? item : item.left(equals));
        const auto value = decoded(equals < 0 ? QStringView() : item.mid(equals + 1));
        if (!key || !value)
            return invalid(QStringLiteral("a parameter of the PostgreSQL URL has a '%' that is not "
                                          "followed by two hex digits; write a literal % as %25"));
        if (*key == QLatin1String("host")) {
            if (hostGiven || !url.host.isEmpty())
                return invalid(QStringLiteral("the PostgreSQL URL names its host twice (before "
                                              "the database name and as ?host=); keep one"));
            if (value->isEmpty())
                return invalid(QStringLiteral("?host= in the PostgreSQL URL is empty; give a "
                                              "host or a socket directory such as "
                                              "?host=/run/postgresql"));
            url.host = *value;
            hostGiven = true;
        } else if (*key == QLatin1String("port")) {
            if (portGiven || !portText.isEmpty())
                return invalid(QStringLiteral("the PostgreSQL URL names its port twice (after "
                                              "the host and as ?port=); keep one"));
            portText = *value;
            portGiven = true;
        } else {
            // Never the value: it might be a password.
            return invalid(QStringLiteral("the PostgreSQL URL parameter '%1' is not supported; "
                                          "only host and port are")
                               .arg(*key));
        }
    }

    if (url.host.isEmpty())
        return invalid(QStringLiteral("the PostgreSQL URL names no host; ") + expectedForms());
    if (url.host.contains(QLatin1Char(',')))
        return invalid(QStringLiteral("the PostgreSQL URL names several hosts; the relay "
                                      "connects to one server"));
    if (!url.isUnixSocket()) {
        if (url.host.contains(QLatin1Char('/')))
            return invalid(QStringLiteral("the Unix socket directory '%1' in the PostgreSQL URL "
                                          "is not an absolute path; it must start with /")
                               .arg(url.host));
        const auto name = hostName(url.host, ipv6);
        if (!name)
            return invalid(QStringLiteral("'%1' in the PostgreSQL URL is not a valid host name; ")
                               .arg(url.host) +
                           expectedForms());
        url.host = *name;
    }
    if (!portText.isEmpty()) {
        const auto port = portNumber(portText);
        if (!port)
            return invalid(QStringLiteral("the port '%1' in the PostgreSQL URL is not a number "
                                          "from 1 to 65535")
                               .arg(portText));
        url.port = *port;
    }
    if (url.databaseName.isEmpty() || url.databaseName.contains(QLatin1Char('/')))
        return invalid(QStringLiteral("the PostgreSQL URL names no database; add /dbname after "
                                      "the host and port"));
    return url;
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(QStringLiteral("the setting is empty; give a SQLite file path or a "
                                      "postgresql:// URL"));
    if (trimmed.startsWith(QLatin1String("postgresql://")) ||
        trimmed.startsWith(QLatin1String("postgres://")))
        return parsePostgres(trimmed);
    if (trimmed.contains(QLatin1String("://")))
        return invalid(QStringLiteral("unsupported URL scheme; give a SQLite file path or a "
                                      "PostgreSQL URL, ") +
                       expectedForms());
    DatabaseUrl url;
    url.backend = Backend::Sqlite;
    url.sqlitePath = trimmed;
    return url;
}

QString DatabaseUrl::redacted() const {
    if (backend == Backend::Sqlite)
        return sqlitePath;
    if (isUnixSocket())
        return socketUrl(*this, password.isEmpty() ? QString() : QStringLiteral("***"));
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
    if (isUnixSocket())
        return socketUrl(*this, QString::fromLatin1(QUrl::toPercentEncoding(password)));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPassword(password);
    url.setPath(QLatin1Char('/') + databaseName);
    // Encoded, so that parse() reads a password with a space or a non-ASCII name back.
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Switchboard
