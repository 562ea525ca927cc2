// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/database.h"
#include "tests/support/testdatabase.h"

#include <memory>

namespace Switchboard::Test {

//! What the relay's store classes are tested on: a migrated relay database on the backend of the
//! current data row (TestDatabase::addBackendRows), with tenants A and B unless told otherwise.
//! `error` says why it could not be made; tests check it first.
struct RelayDatabase {
    enum class Tenants { None, AandB };
    explicit RelayDatabase(const QString &backend, Tenants tenants = Tenants::AandB);

    TestDatabase test;
    std::unique_ptr<Database> database;
    QString tenantA;
    QString tenantB;
    QString error;
};

} // namespace Switchboard::Test
