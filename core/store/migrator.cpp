// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/migrator.h"

#include "core/logging.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace Switchboard {

namespace {

// Arbitrary constant shared by every Switchboard relay: the key of the migration advisory lock.
constexpr qint64 migrationLockKey = 0x5357424430303031;

QStringList statements(const QString &sql) {
    QStringList result;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            result << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

} // namespace

Migrator::Migrator(Database &database, std::vector<Migration> migrations)
    : m_database(database)
    , m_migrations(std::move(migrations)) {
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

Result<std::vector<Migration>> Migrator::load(const QString &directory) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_([A-Za-z0-9_]+)\\.sql$"));
    const QDir dir(directory);
    if (!dir.exists())
        return Error{QStringLiteral("migrations_missing"),
                     QStringLiteral("No migrations directory at %1.").arg(directory)};
    std::vector<Migration> migrations;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            return Error{QStringLiteral("migrations_invalid"),
                         QStringLiteral("Migration file %1 is not named NNNN_name.sql.").arg(file)};
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("migrations_invalid"),
                         QStringLiteral("Cannot read migration %1.").arg(file)};
        migrations.push_back(Migration{match.captured(1).toInt(), match.captured(2),
                                       QString::fromUtf8(f.readAll())});
    }
    return migrations;
}

int Migrator::latestVersion() const {
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

Status Migrator::lockForMigration() {
    if (m_database.backend() != Database::Backend::Postgres)
        return success();
    auto locked =
        m_database.query(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {migrationLockKey});
    if (!locked)
        return locked.error();
    return success();
}

Status Migrator::ensureTable() {
    // Under the lock: two PostgreSQL clients racing on CREATE TABLE IF NOT EXISTS can both try.
    if (auto done = m_database.begin(); !done)
        return done;
    Status step = lockForMigration();
    if (step)
        step = m_database.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY "
                           "KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    if (!step) {
        m_database.rollback();
        return step;
    }
    return m_database.commit();
}

Result<int> Migrator::currentVersion() {
    if (auto done = ensureTable(); !done)
        return done.error();
    auto q =
        m_database.query(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toInt();
}

Result<bool> Migrator::apply(const Migration &migration) {
    if (auto done = m_database.begin(); !done)
        return done.error();
    auto fail = [this](Error error) {
        m_database.rollback();
        return error;
    };
    if (auto locked = lockForMigration(); !locked)
        return fail(locked.error());
    // Another relay may have applied it while we waited for the lock.
    auto seen = m_database.query(
        QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"), {migration.version});
    if (!seen)
        return fail(seen.error());
    if ((*seen)->next()) {
        m_database.rollback();
        return false;
    }
    for (const QString &statement : statements(m_database.dialect(migration.sql))) {
        if (auto done = m_database.exec(statement); !done)
            return fail(Error{QStringLiteral("migration_failed"),
                              QStringLiteral("Migration %1 (%2) failed: %3")
                                  .arg(migration.version)
                                  .arg(migration.name, done.error().message)});
    }
    auto recorded = m_database.query(
        QStringLiteral(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
        {migration.version, migration.name,
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!recorded)
        return fail(recorded.error());
    if (auto done = m_database.commit(); !done)
        return done.error();
    qCInfo(Log::store) << "applied migration" << migration.version << migration.name;
    return true;
}

Result<int> Migrator::migrate() {
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Error{
            QStringLiteral("database_too_new"),
            QStringLiteral("The database schema is at version %1 but this program knows "
                           "only up to %2; upgrade Switchboard before using this database.")
                .arg(*current)
                .arg(latestVersion())};
    int applied = 0;
    for (const Migration &migration : m_migrations) {
        if (migration.version <= *current)
            continue;
        auto done = apply(migration);
        if (!done)
            return done.error();
        applied += *done ? 1 : 0;
    }
    return applied;
}

} // namespace Switchboard
