// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/relay/relaydatabase.h"

#include "app/relay/accounts/accountstore.h"
#include "app/relay/operations/relayschema.h"

namespace Switchboard::Test {

RelayDatabase::RelayDatabase(const QString &backend, Tenants tenants)
    : test(backend) {
    if (!test.error().isEmpty()) {
        error = test.error();
        return;
    }
    database = test.open();
    if (!database) {
        error = QStringLiteral("cannot open the test database");
        return;
    }
    if (auto migrated = RelaySchema::migrate(*database); !migrated) {
        error = migrated.error().message;
        return;
    }
    if (tenants == Tenants::None)
        return;
    AccountStore accounts(*database);
    auto a = accounts.createTenant(QStringLiteral("A"));
    auto b = accounts.createTenant(QStringLiteral("B"));
    if (!a || !b) {
        error = a ? b.error().message : a.error().message;
        return;
    }
    tenantA = *a;
    tenantB = *b;
}

} // namespace Switchboard::Test
