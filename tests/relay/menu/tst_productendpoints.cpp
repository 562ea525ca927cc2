// SPDX-License-Identifier: GPL-3.0-or-later
// The menu's routes against a real relay, on SQLite and PostgreSQL: products created, read,
// changed and removed (each a `product` event), SKUs unique per tenant, validation naming the
// field, staff refused writes, another tenant refused everything, and the menu exported and
// imported as JSON and CSV with Hebrew names (a dry run changes nothing; the preview lists what
// is added, changed and removed).
#include "tests/relay/inbox/tenantcalls.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Switchboard::Test::RelayHarness;
using Switchboard::Test::TenantCalls;

namespace {

QJsonObject margherita() {
    return {
        {u"sku"_s, u"P1"_s},
        {u"name"_s, u"Margherita"_s},
        {u"name_he"_s, u"מרגריטה"_s},
        {u"category"_s, u"Pizza"_s},
        {u"price"_s, 42.5},
        {u"currency"_s, u"ILS"_s},
        {u"aliases"_s, QJsonArray{u"marg"_s}},
        {u"variants"_s,
         QJsonArray{QJsonObject{
             {u"name"_s, u"Size"_s},
             {u"required"_s, true},
             {u"options"_s, QJsonArray{QJsonObject{{u"label"_s, u"Small"_s}, {u"price_delta"_s, 0}},
                                       QJsonObject{{u"label"_s, u"Large"_s},
                                                   {u"label_he"_s, u"גדולה"_s},
                                                   {u"price_delta"_s, 8}}}}}}}};
}

} // namespace

class TestProductEndpoints : public QObject {
    Q_OBJECT

    std::unique_ptr<RelayHarness> m_relay;
    std::unique_ptr<TenantCalls> m_calls;
    QString m_pat, m_sam, m_ada, m_cleo;

    void setUp(const QString &backend) {
        m_relay = std::make_unique<RelayHarness>(backend);
        QVERIFY2(m_relay->error().isEmpty() && m_relay->start(), qPrintable(m_relay->error()));
        m_calls = std::make_unique<TenantCalls>(*m_relay);
        m_pat = m_relay->login(u"pat"_s);
        m_sam = m_relay->login(u"sam"_s);
        m_cleo = m_relay->login(u"cleo"_s);
        m_ada = m_calls->addAdmin();
        QVERIFY(!m_pat.isEmpty() && !m_sam.isEmpty() && !m_cleo.isEmpty() && !m_ada.isEmpty());
    }
    QJsonArray products(const QString &token) {
        return m_calls->call("GET", u"/products"_s, token).json().value(u"products"_s).toArray();
    }
    RelayHarness::Reply import(const QByteArray &body, const QString &format, bool dryRun,
                               const QString &token) {
        return m_relay->request(
            "POST",
            m_calls->path(u"/products/import?format=%1&dry_run=%2"_s.arg(
                format, dryRun ? u"true"_s : u"false"_s)),
            body,
            {{"Authorization", "Bearer " + token.toUtf8()},
             {"Content-Type", format == u"csv"_s ? "text/csv" : "application/json"}});
    }

private Q_SLOTS:
    void cleanup() {
        m_calls.reset();
        m_relay.reset();
    }

    void crud_data() { Test::TestDatabase::addBackendRows(); }
    void crud() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        const qint64 before = m_calls->lastSeq(m_pat);
        auto created = m_calls->call("POST", u"/products"_s, m_ada, margherita());
        QVERIFY2(created.status == 201, created.body.constData());
        const QJsonObject product = created.json();
        const QString id = product.value(u"id"_s).toString();
        QVERIFY(id.startsWith(u"pr_"_s));
        QCOMPARE(product.value(u"name_he"_s).toString(), u"מרגריטה"_s);
        QCOMPARE(product.value(u"price"_s).toDouble(), 42.5);
        QCOMPARE(product.value(u"available"_s).toBool(), true);
        QCOMPARE(product.value(u"display_order"_s).toInt(), 0);
        QCOMPARE(product.value(u"variants"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"options"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"label_he"_s)
                     .toString(),
                 u"גדולה"_s);

        // Staff read; every member sees the same record.
        QCOMPARE(products(m_sam).size(), 1);
        auto one = m_calls->call("GET", u"/products/"_s + id, m_sam);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json(), product);

        // A SKU is the tenant's once; validation names the field.
        auto twice = m_calls->call("POST", u"/products"_s, m_pat, margherita());
        QCOMPARE(twice.status, 409);
        QJsonObject bad = margherita();
        bad.insert(u"sku"_s, u"P2"_s);
        bad.insert(u"price"_s, u"cheap"_s);
        auto invalid = m_calls->call("POST", u"/products"_s, m_pat, bad);
        QCOMPARE(invalid.status, 422);
        QCOMPARE(TenantCalls::errorCode(invalid), u"invalid_field"_s);
        QVERIFY2(invalid.body.contains("price"), invalid.body.constData());
        bad = margherita();
        bad.insert(u"sku"_s, u"P2"_s);
        bad.insert(u"colour"_s, u"red"_s);
        auto unknown = m_calls->call("POST", u"/products"_s, m_pat, bad);
        QCOMPARE(unknown.status, 422);
        QVERIFY(unknown.body.contains("colour"));
        bad = margherita();
        bad.remove(u"name"_s);
        QVERIFY(m_calls->call("POST", u"/products"_s, m_pat, bad).body.contains("name"));

        // A product needs no SKU.
        auto plain =
            m_calls->call("POST", u"/products"_s, m_pat,
                          {{u"name"_s, u"Water"_s}, {u"price"_s, 5}, {u"currency"_s, u"ILS"_s}});
        QVERIFY2(plain.status == 201, plain.body.constData());
        QCOMPARE(
            m_calls->call("DELETE", u"/products/"_s + plain.json().value(u"id"_s).toString(), m_pat)
                .status,
            204);

        // PATCH changes what it names.
        auto patched =
            m_calls->call("PATCH", u"/products/"_s + id, m_ada,
                          {{u"price"_s, 45}, {u"available"_s, false}, {u"display_order"_s, 3}});
        QVERIFY2(patched.status == 200, patched.body.constData());
        QCOMPARE(patched.json().value(u"price"_s).toDouble(), 45.0);
        QCOMPARE(patched.json().value(u"available"_s).toBool(), false);
        QCOMPARE(patched.json().value(u"display_order"_s).toInt(), 3);
        QCOMPARE(patched.json().value(u"name_he"_s).toString(), u"מרגריטה"_s);

        // Staff may not write; another tenant sees nothing and changes nothing.
        QCOMPARE(m_calls->call("POST", u"/products"_s, m_sam, margherita()).status, 403);
        QCOMPARE(m_calls->call("PATCH", u"/products/"_s + id, m_sam, {{u"price"_s, 1}}).status,
                 403);
        QCOMPARE(m_calls->call("DELETE", u"/products/"_s + id, m_sam).status, 403);
        QCOMPARE(m_calls
                     ->call("POST", u"/products/import?dry_run=true"_s, m_sam,
                            {{u"products"_s, QJsonArray()}})
                     .status,
                 403);
        QCOMPARE(m_calls->call("GET", u"/products"_s, m_cleo).status, 403);
        QCOMPARE(m_calls->call("GET", u"/products/"_s + id, m_cleo).status, 403);
        QCOMPARE(m_calls->call("DELETE", u"/products/"_s + id, m_cleo).status, 403);
        // …nor through her own tenant's path.
        QCOMPARE(
            m_calls->call("GET", u"/products/"_s + id, m_cleo, {}, m_relay->otherTenantId).status,
            404);
        QCOMPARE(m_calls->call("DELETE", u"/products/"_s + id, m_cleo, {}, m_relay->otherTenantId)
                     .status,
                 404);
        QCOMPARE(m_calls->call("GET", u"/products"_s, m_cleo, {}, m_relay->otherTenantId)
                     .json()
                     .value(u"products"_s)
                     .toArray()
                     .size(),
                 0);

        auto removed = m_calls->call("DELETE", u"/products/"_s + id, m_pat);
        QCOMPARE(removed.status, 204);
        QCOMPARE(m_calls->call("GET", u"/products/"_s + id, m_sam).status, 404);
        QCOMPARE(m_calls->call("DELETE", u"/products/"_s + id, m_pat).status, 404);

        const QList<QJsonObject> events = m_calls->eventsOf(m_pat, u"product"_s, before);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.at(0).value(u"op"_s).toString(), u"upsert"_s);
        QCOMPARE(events.at(3).value(u"data"_s).toObject().value(u"price"_s).toDouble(), 45.0);
        QCOMPARE(events.at(4).value(u"op"_s).toString(), u"delete"_s);
        QCOMPARE(events.at(4).value(u"data"_s).toObject().value(u"id"_s).toString(), id);
    }

    void importJson_data() { Test::TestDatabase::addBackendRows(); }
    void importJson() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        const QString keptId = m_calls->call("POST", u"/products"_s, m_pat, margherita())
                                   .json()
                                   .value(u"id"_s)
                                   .toString();
        QJsonObject cola{{u"sku"_s, u"D1"_s},       {u"name"_s, u"Cola"_s},
                         {u"name_he"_s, u"קולה"_s}, {u"price"_s, 8},
                         {u"currency"_s, u"ILS"_s}, {u"category"_s, u"Drinks"_s}};
        const QString goneId =
            m_calls->call("POST", u"/products"_s, m_pat, cola).json().value(u"id"_s).toString();
        QJsonObject changed = margherita();
        changed.insert(u"price"_s, 44);
        const QJsonObject added{{u"sku"_s, u"P3"_s},         {u"name"_s, u"Pepperoni"_s},
                                {u"name_he"_s, u"פפרוני"_s}, {u"price"_s, 52},
                                {u"currency"_s, u"ILS"_s},   {u"category"_s, u"Pizza"_s}};
        const QByteArray body = TenantCalls::json({{u"products"_s, QJsonArray{changed, added}}});
        const qint64 before = m_calls->lastSeq(m_pat);

        auto preview = import(body, u"json"_s, true, m_ada);
        QVERIFY2(preview.status == 200, preview.body.constData());
        QJsonObject plan = preview.json();
        QCOMPARE(plan.value(u"dry_run"_s).toBool(), true);
        QCOMPARE(plan.value(u"added"_s).toArray().size(), 1);
        QCOMPARE(plan.value(u"added"_s).toArray().first().toObject().value(u"name_he"_s).toString(),
                 u"פפרוני"_s);
        QCOMPARE(plan.value(u"changed"_s).toArray().size(), 1);
        const QJsonObject change = plan.value(u"changed"_s).toArray().first().toObject();
        QCOMPARE(change.value(u"before"_s).toObject().value(u"price"_s).toDouble(), 42.5);
        QCOMPARE(change.value(u"after"_s).toObject().value(u"price"_s).toDouble(), 44.0);
        QCOMPARE(change.value(u"after"_s).toObject().value(u"id"_s).toString(), keptId);
        QCOMPARE(plan.value(u"removed"_s).toArray().size(), 1);
        QCOMPARE(plan.value(u"removed"_s).toArray().first().toObject().value(u"id"_s).toString(),
                 goneId);
        // The dry run changed nothing.
        QCOMPARE(products(m_sam).size(), 2);
        QCOMPARE(m_calls->eventsOf(m_pat, u"product"_s, before).size(), 0);

        auto applied = import(body, u"json"_s, false, m_ada);
        QVERIFY2(applied.status == 200, applied.body.constData());
        QCOMPARE(applied.json().value(u"dry_run"_s).toBool(), false);
        const QJsonArray now = products(m_sam);
        QCOMPARE(now.size(), 2);
        QStringList names;
        for (const QJsonValue &p : now)
            names << p.toObject().value(u"name"_s).toString();
        QCOMPARE(names, (QStringList{u"Margherita"_s, u"Pepperoni"_s}));
        QCOMPARE(m_calls->eventsOf(m_pat, u"product"_s, before).size(), 3);

        // The same import again changes nothing; a bad one names the product and field.
        auto again = import(body, u"json"_s, false, m_ada);
        QCOMPARE(again.json().value(u"changed"_s).toArray().size(), 0);
        QCOMPARE(again.json().value(u"added"_s).toArray().size(), 0);
        QCOMPARE(again.json().value(u"removed"_s).toArray().size(), 0);
        QJsonObject broken = added;
        broken.remove(u"currency"_s);
        auto refused = import(TenantCalls::json({{u"products"_s, QJsonArray{changed, broken}}}),
                              u"json"_s, false, m_ada);
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.body.contains("products[1]") && refused.body.contains("currency"),
                 refused.body.constData());
        QCOMPARE(products(m_sam).size(), 2);
    }

    void csvRoundTrip_data() { Test::TestDatabase::addBackendRows(); }
    void csvRoundTrip() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_calls->call("POST", u"/products"_s, m_pat, margherita()).status == 201);
        auto exported = m_calls->call("GET", u"/products/export?format=csv"_s, m_sam);
        QCOMPARE(exported.status, 200);
        QVERIFY(exported.headers.value("content-type").startsWith("text/csv"));
        const QString csv = QString::fromUtf8(exported.body);
        QVERIFY2(csv.startsWith(u"id,sku,name,name_he,category,price,currency,aliases,variants,"
                                u"available,display_order\r\n"_s),
                 exported.body.constData());
        QVERIFY2(csv.contains(u"Size*: Small | Large/גדולה=+8"_s), exported.body.constData());
        QVERIFY(csv.contains(u"מרגריטה"_s));

        // Exported, imported back: nothing changes.
        auto same = import(exported.body, u"csv"_s, true, m_pat);
        QVERIFY2(same.status == 200, same.body.constData());
        QCOMPARE(same.json().value(u"changed"_s).toArray().size(), 0);
        QCOMPARE(same.json().value(u"added"_s).toArray().size(), 0);

        // A spreadsheet written by hand (BOM, quoted cells, columns in another order).
        const QByteArray sheet =
            "\xEF\xBB\xBF"
            "name,name_he,sku,price,currency,category,variants,aliases,available\r\n"
            "Margherita,מרגריטה,P1,43,ILS,Pizza,\"Size*: Small | Large/גדולה=+9\",marg,true\r\n"
            "\"Salad, Greek\",סלט יווני,S1,38.90,ILS,Salads,\"Extras: Olives/זיתים=+3 | "
            "Feta=+4.50\",greek | יווני,no\r\n";
        auto preview = import(sheet, u"csv"_s, true, m_ada);
        QVERIFY2(preview.status == 200, preview.body.constData());
        QCOMPARE(preview.json().value(u"changed"_s).toArray().size(), 1);
        QCOMPARE(preview.json().value(u"added"_s).toArray().size(), 1);
        QCOMPARE(products(m_sam).size(), 1);
        auto applied = import(sheet, u"csv"_s, false, m_ada);
        QCOMPARE(applied.status, 200);
        const QJsonArray menu = products(m_sam);
        QCOMPARE(menu.size(), 2);
        QJsonObject salad;
        for (const QJsonValue &p : menu) {
            if (p.toObject().value(u"sku"_s).toString() == u"S1"_s)
                salad = p.toObject();
        }
        QCOMPARE(salad.value(u"name"_s).toString(), u"Salad, Greek"_s);
        QCOMPARE(salad.value(u"name_he"_s).toString(), u"סלט יווני"_s);
        QCOMPARE(salad.value(u"price"_s).toDouble(), 38.9);
        QCOMPARE(salad.value(u"available"_s).toBool(), false);
        QCOMPARE(salad.value(u"aliases"_s).toArray(), (QJsonArray{u"greek"_s, u"יווני"_s}));
        const QJsonObject extras = salad.value(u"variants"_s).toArray().first().toObject();
        QCOMPARE(extras.value(u"required"_s).toBool(), false);
        QCOMPARE(extras.value(u"options"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"price_delta"_s)
                     .toDouble(),
                 4.5);
        QCOMPARE(
            extras.value(u"options"_s).toArray().at(0).toObject().value(u"label_he"_s).toString(),
            u"זיתים"_s);

        auto exportedJson = m_calls->call("GET", u"/products/export?format=json"_s, m_sam);
        QCOMPARE(exportedJson.json().value(u"products"_s).toArray(), menu);

        // A bad cell names its row and column.
        auto refused = import("name,price,currency\r\nCola,free,ILS\r\n", u"csv"_s, false, m_ada);
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.body.contains("row 2, price"), refused.body.constData());
        QCOMPARE(import("name,price,colour\r\n", u"csv"_s, true, m_ada).status, 422);
        QCOMPARE(m_calls->call("GET", u"/products/export?format=xml"_s, m_sam).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestProductEndpoints)
#include "tst_productendpoints.moc"
