// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/operations/relayschema.h"

#include "core/store/database.h"
#include "core/store/migrator.h"

// Q_INIT_RESOURCE must be used outside any namespace.
static void initRelayMigrations() {
    Q_INIT_RESOURCE(relay_migrations);
}

namespace Switchboard {

namespace {

Result<Migrator> relayMigrator(Database &database) {
    initRelayMigrations();
    auto migrations = Migrator::load(QStringLiteral(":/migrations/relay"));
    if (!migrations)
        return migrations.error();
    return Migrator(database, std::move(migrations).value());
}

} // namespace

Result<int> RelaySchema::migrate(Database &database) {
    auto migrator = relayMigrator(database);
    if (!migrator)
        return migrator.error();
    return migrator.value().migrate();
}

Status RelaySchema::requireCurrent(Database &database) {
    auto migrator = relayMigrator(database);
    if (!migrator)
        return migrator.error();
    auto current = migrator.value().currentVersion();
    if (!current)
        return current.error();
    const int latest = migrator.value().latestVersion();
    if (*current == 0)
        return Error{QStringLiteral("schema_missing"),
                     QStringLiteral("The database has no relay schema yet; run "
                                    "'switchboard-relay admin init' first.")};
    if (*current < latest)
        return Error{
            QStringLiteral("schema_outdated"),
            QStringLiteral("The database schema is at version %1, this relay needs %2; run "
                           "'switchboard-relay admin migrate'.")
                .arg(*current)
                .arg(latest)};
    if (*current > latest)
        return Error{QStringLiteral("database_too_new"),
                     QStringLiteral("The database schema (version %1) is newer than this relay "
                                    "(%2); upgrade switchboard-relay.")
                         .arg(*current)
                         .arg(latest)};
    return success();
}

} // namespace Switchboard
