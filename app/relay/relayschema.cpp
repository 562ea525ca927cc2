// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/relayschema.h"

#include "core/crypto/masterkey.h"
#include "core/crypto/random.h"
#include "core/crypto/secretbox.h"
#include "core/store/database.h"
#include "core/store/migrator.h"

#include <QDateTime>
#include <QJsonDocument>

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

Result<SecretBox> loadSealingBox(const QString &masterKeyFile) {
    auto key = MasterKey::load(masterKeyFile);
    if (!key)
        return Error{key.error().code,
                     key.error().message +
                         QStringLiteral(" (SWITCHBOARD_MASTER_KEY_FILE; "
                                        "'switchboard-relay admin init' creates it)")};
    return SecretBox::withKey(1, *key);
}

QString newId(const char *prefix) {
    auto bytes = randomBytes(16);
    if (!bytes)
        qFatal("no randomness available: %s", qPrintable(bytes.error().message));
    // Milliseconds since the epoch, 12 hex digits (until the year 10889), lead: ids made one
    // after another sort together, so a new row's index entry lands on the page the previous one
    // used instead of a random page of the index (fewer pages written per commit).
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    return QLatin1String(prefix) + QStringLiteral("%1").arg(ms, 12, 16, QLatin1Char('0')) +
           QString::fromLatin1(bytes->toHex());
}

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString storedJson(const QJsonObject &record) {
    return QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

QJsonObject storedObject(const QString &json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace Switchboard
