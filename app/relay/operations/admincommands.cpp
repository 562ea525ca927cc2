// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/operations/admincommands.h"

#include "app/relay/accounts/accountstore.h"
#include "app/relay/connections/connectionstore.h"
#include "app/relay/connections/tokencheck.h"
#include "app/relay/operations/relayschema.h"
#include "app/relay/operations/sealingbox.h"
#include "core/crypto/masterkey.h"
#include "core/crypto/passwordhash.h"
#include "core/crypto/secretbox.h"
#include "core/meta/graphclient.h"
#include "core/store/database.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

namespace Switchboard {

namespace {

//! Options of one admin command; `admin` words before it are not options.
struct Options {
    QCommandLineParser parser;
    QString error;

    Options(const QStringList &arguments, const QList<QCommandLineOption> &options) {
        parser.addOptions(options);
        if (!parser.parse(QStringList{QStringLiteral("admin")} + arguments.mid(1)))
            error = parser.errorText();
        else if (!parser.positionalArguments().isEmpty())
            error = QStringLiteral("unexpected argument '%1'")
                        .arg(parser.positionalArguments().first());
    }
};

Result<std::unique_ptr<Database>> openCurrent(const RelayConfig &config) {
    auto db = Database::open(config.database);
    if (!db)
        return db.error();
    if (auto current = RelaySchema::requireCurrent(**db); !current)
        return current.error();
    return db;
}

Status required(const Options &options, const QStringList &names) {
    if (!options.error.isEmpty())
        return Error{QStringLiteral("usage"), options.error};
    for (const QString &name : names) {
        if (options.parser.value(name).trimmed().isEmpty())
            return Error{QStringLiteral("usage"), QStringLiteral("--%1 is required").arg(name)};
    }
    return success();
}

} // namespace

AdminCommands::AdminCommands(RelayConfig config, QTextStream &in, QTextStream &out)
    : m_config(std::move(config))
    , m_in(in)
    , m_out(out) {}

int AdminCommands::run(const QStringList &arguments) {
    const QString command = arguments.value(0);
    Status result = Error{QStringLiteral("usage"),
                          QStringLiteral("unknown admin command '%1'; one of init, create-tenant, "
                                         "create-user, connect-number, migrate")
                              .arg(command)};
    if (command == QLatin1String("init"))
        result = init();
    else if (command == QLatin1String("migrate"))
        result = migrate();
    else if (command == QLatin1String("create-tenant"))
        result = createTenant(arguments);
    else if (command == QLatin1String("create-user"))
        result = createUser(arguments);
    else if (command == QLatin1String("connect-number"))
        result = connectNumber(arguments);
    m_out.flush();
    if (!result) {
        std::fprintf(stderr, "switchboard-relay admin %s: %s\n", qPrintable(command),
                     qPrintable(result.error().message));
        return result.error().code == QLatin1String("usage") ? 2 : 1;
    }
    return 0;
}

Status AdminCommands::init() {
    auto db = Database::open(m_config.database);
    if (!db)
        return db.error();
    auto applied = RelaySchema::migrate(**db);
    if (!applied)
        return applied.error();
    const bool existed = QFileInfo::exists(m_config.masterKeyFile);
    auto key = MasterKey::loadOrCreate(m_config.masterKeyFile);
    if (!key)
        return key.error();
    m_out << "schema: " << *applied << " migration(s) applied\n"
          << "master key: " << (existed ? "kept " : "created ") << m_config.masterKeyFile << '\n';
    return success();
}

Status AdminCommands::migrate() {
    auto db = Database::open(m_config.database);
    if (!db)
        return db.error();
    auto applied = RelaySchema::migrate(**db);
    if (!applied)
        return applied.error();
    m_out << *applied << " migration(s) applied\n";
    return success();
}

Status AdminCommands::createTenant(const QStringList &arguments) {
    Options options(arguments, {{QStringLiteral("name"), QString(), QStringLiteral("NAME")}});
    if (auto ok = required(options, {QStringLiteral("name")}); !ok)
        return ok;
    auto db = openCurrent(m_config);
    if (!db)
        return db.error();
    auto id = AccountStore(**db).createTenant(options.parser.value(QStringLiteral("name")));
    if (!id)
        return id.error();
    m_out << *id << '\n';
    return success();
}

Status AdminCommands::createUser(const QStringList &arguments) {
    Options options(arguments, {{QStringLiteral("tenant"), QString(), QStringLiteral("ID")},
                                {QStringLiteral("username"), QString(), QStringLiteral("U")},
                                {QStringLiteral("role"), QString(), QStringLiteral("ROLE")},
                                QCommandLineOption(QStringLiteral("password-stdin"))});
    if (auto ok = required(options, {QStringLiteral("tenant"), QStringLiteral("username"),
                                     QStringLiteral("role")});
        !ok)
        return ok;
    const auto role = AccountStore::parseRole(options.parser.value(QStringLiteral("role")));
    if (!role)
        return Error{QStringLiteral("usage"),
                     QStringLiteral("--role must be owner, admin or staff")};
    auto password = secretFromStdin(options.parser, QStringLiteral("password-stdin"));
    if (!password)
        return password.error();
    if (password->size() < 8)
        return Error{
            QStringLiteral("weak_password"),
            QStringLiteral("the password read from stdin must have at least 8 characters")};
    auto db = openCurrent(m_config);
    if (!db)
        return db.error();
    auto hash = PasswordHash().hash(*password);
    if (!hash)
        return hash.error();
    auto id = AccountStore(**db).createUser(options.parser.value(QStringLiteral("tenant")),
                                            options.parser.value(QStringLiteral("username")), *role,
                                            *hash);
    if (!id)
        return id.error();
    m_out << *id << '\n';
    return success();
}

Status AdminCommands::connectNumber(const QStringList &arguments) {
    Options options(arguments, {{QStringLiteral("tenant"), QString(), QStringLiteral("ID")},
                                {QStringLiteral("waba-id"), QString(), QStringLiteral("W")},
                                {QStringLiteral("phone-number-id"), QString(), QStringLiteral("P")},
                                QCommandLineOption(QStringLiteral("access-token-stdin")),
                                QCommandLineOption(QStringLiteral("no-token-check"))});
    if (auto ok = required(options, {QStringLiteral("tenant"), QStringLiteral("waba-id"),
                                     QStringLiteral("phone-number-id")});
        !ok)
        return ok;
    auto token = secretFromStdin(options.parser, QStringLiteral("access-token-stdin"));
    if (!token)
        return token.error();
    auto db = openCurrent(m_config);
    if (!db)
        return db.error();
    auto box = loadSealingBox(m_config.masterKeyFile);
    if (!box)
        return box.error();
    const QString tenant = options.parser.value(QStringLiteral("tenant"));
    auto exists = AccountStore(**db).tenantExists(tenant);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error{QStringLiteral("not_found"), QStringLiteral("no tenant %1").arg(tenant)};
    // Meta is asked first (debug_token, then the number), unless the operator connects a number
    // Meta does not know on purpose (load tests, offline demos).
    PhoneNumber number;
    number.id = options.parser.value(QStringLiteral("phone-number-id"));
    number.status = QStringLiteral("CONNECTED");
    if (!options.parser.isSet(QStringLiteral("no-token-check"))) {
        if (m_config.appId.isEmpty() || m_config.appSecret.isEmpty())
            return Error{QStringLiteral("SWITCHBOARD_APP_SECRET"),
                         QStringLiteral("checking the token with Meta needs SWITCHBOARD_APP_ID and "
                                        "SWITCHBOARD_APP_SECRET (or pass --no-token-check)")};
        QNetworkAccessManager network;
        GraphClient graph(&network, QUrl(m_config.graphUrl), m_config.graphVersion);
        QEventLoop loop;
        std::unique_ptr<TokenCheck> check(
            TokenCheck::start(&graph, m_config.appId, m_config.appSecret, token.value(),
                              options.parser.value(QStringLiteral("waba-id")), number.id, nullptr));
        QObject::connect(check.get(), &TokenCheck::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (!check->ok())
            return check->error();
        number = check->number();
    }
    auto connection = ConnectionStore(**db, &box.value())
                          .connectNumber(tenant, options.parser.value(QStringLiteral("waba-id")),
                                         number, token->toUtf8());
    if (!connection)
        return connection.error();
    m_out << "connected " << options.parser.value(QStringLiteral("phone-number-id")) << " to "
          << tenant << '\n';
    return success();
}

Result<QString> AdminCommands::secretFromStdin(const QCommandLineParser &parser,
                                               const QString &flag) {
    if (!parser.isSet(flag))
        return Error{
            QStringLiteral("usage"),
            QStringLiteral("--%1 is required (secrets never go on the command line)").arg(flag)};
    const QString secret = m_in.readLine().trimmed();
    if (secret.isEmpty())
        return Error{QStringLiteral("usage"),
                     QStringLiteral("nothing on stdin for --%1").arg(flag)};
    return secret;
}

} // namespace Switchboard
