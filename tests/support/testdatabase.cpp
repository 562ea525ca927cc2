// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testdatabase.h"

#include <QRandomGenerator>
#include <QTest>

namespace Switchboard::Test {

namespace {

Result<DatabaseUrl> serverUrl() {
    const QString value = qEnvironmentVariable("SWITCHBOARD_TEST_POSTGRES");
    if (value.isEmpty())
        return Error{QStringLiteral("no_server"),
                     QStringLiteral("SWITCHBOARD_TEST_POSTGRES is not set: run the tests through "
                                    "ctest (fixture `postgres`) or ./packaging/dev.sh test")};
    return DatabaseUrl::parse(value);
}

} // namespace

void TestDatabase::addBackendRows() {
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

TestDatabase::TestDatabase(const QString &backend) {
    if (backend == QLatin1String("sqlite")) {
        m_url.backend = DatabaseUrl::Backend::Sqlite;
        m_url.sqlitePath = m_dir.filePath(QStringLiteral("test.sqlite"));
        return;
    }
    auto server = serverUrl();
    if (!server) {
        m_error = server.error().message;
        return;
    }
    auto admin = Database::open(*server);
    if (!admin) {
        m_error = admin.error().message;
        return;
    }
    m_createdName =
        QStringLiteral("sbtest_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    if (auto done = (*admin)->exec(QStringLiteral("CREATE DATABASE ") + m_createdName); !done) {
        m_error = done.error().message;
        m_createdName.clear();
        return;
    }
    m_url = server->withDatabase(m_createdName);
}

TestDatabase::~TestDatabase() {
    if (m_createdName.isEmpty())
        return;
    auto server = serverUrl();
    if (!server)
        return;
    if (auto admin = Database::open(*server))
        (void)(*admin)->exec(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_createdName));
}

std::unique_ptr<Database> TestDatabase::open() const {
    auto db = Database::open(m_url);
    if (!db) {
        qWarning("%s", qPrintable(db.error().message));
        return {};
    }
    return std::move(db).value();
}

} // namespace Switchboard::Test
