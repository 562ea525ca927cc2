// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Switchboard {

class ApiCall;
class Database;
class RelayServer;
class RouteTable;

//! The tenant's menu: GET …/products, GET …/products/{id} and GET …/products/export for every
//! member; POST …/products, PATCH and DELETE …/products/{id} and POST …/products/import for
//! admins and owners. A record is the contract's Product plus `display_order`; a SKU is unique
//! per tenant (409 conflict); validation errors are 422 `invalid_field` naming the field. Each
//! change is a `product` event. Import replaces the whole menu (MenuImport) and answers the
//! change preview; `dry_run=true` (the default) changes nothing. `format=json|csv` (ProductCsv).
class ProductEndpoints : public QObject {
public:
    ProductEndpoints(RouteTable &routes, RelayServer *server, Database *database,
                     QObject *parent = nullptr);

private:
    void list(const ApiCall &call);
    void get(const ApiCall &call);
    void create(const ApiCall &call);
    void update(const ApiCall &call);
    void remove(const ApiCall &call);
    void exportMenu(const ApiCall &call);
    void importMenu(const ApiCall &call);

    RelayServer *m_server;
    Database *m_database;
};

} // namespace Switchboard
