// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/database.h"

#include <QTemporaryDir>

#include <memory>

namespace Switchboard::Test {

//! A fresh, empty database for one test case, on either backend, removed afterwards.
//!
//! PostgreSQL cases create a uniquely named database on the server named by
//! SWITCHBOARD_TEST_POSTGRES (ctest's `postgres` fixture provides it) and drop it at the end.
class TestDatabase {
public:
    //! `backend` is "sqlite" or "postgresql".
    explicit TestDatabase(const QString &backend);
    ~TestDatabase();

    //! Empty when the database could be created; otherwise what went wrong, for QFAIL.
    QString error() const { return m_error; }
    QString url() const { return m_url.toString(); }
    const DatabaseUrl &databaseUrl() const { return m_url; }
    std::unique_ptr<Database> open() const;

    //! Adds the `backend` column with a row per backend, for data-driven tests.
    static void addBackendRows();

private:
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_error;
    QString m_createdName;
};

} // namespace Switchboard::Test
