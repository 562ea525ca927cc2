// SPDX-License-Identifier: GPL-3.0-or-later
// Every delivery of pywa's test data (shared/conformance/pywa, written by people outside this
// project from what Meta really sends), posted to one running relay as if Meta sent it for the
// Pizzeria's number: each is acknowledged, none is dead-lettered, and each becomes the record the
// parser says it describes, in the right tenant, or nothing at all.
#include "app/relay/http/metrics.h"
#include "core/meta/webhookparser.h"
#include "tests/relay/relayharness.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;

namespace {

const QString conformanceDir = QStringLiteral(SWITCHBOARD_CONFORMANCE_DIR);
const QString tenantNumber = QStringLiteral("PN1");
const QString tenantWaba = QStringLiteral("WABA-PN1");

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

//! Every case of every file, in file and key order: "file.json/key" → the delivery.
QMap<QString, QJsonObject> allCases() {
    QMap<QString, QJsonObject> cases;
    const QDir dir(conformanceDir);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(file.fileName()));
        const QJsonObject fileCases = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = fileCases.begin(); it != fileCases.end(); ++it)
            cases.insert(name + QLatin1Char('/') + it.key(), it.value().toObject());
    }
    return cases;
}

//! The delivery as Meta would post it for the test tenant: its number and WABA, and message and
//! status ids prefixed with the case name so that cases sharing "wamid.xyzxyz" do not collide.
QJsonObject forTenant(const QJsonObject &delivery, const QString &caseName) {
    QJsonObject result = delivery;
    QJsonArray entries = delivery.value(QLatin1String("entry")).toArray();
    for (qsizetype e = 0; e < entries.size(); ++e) {
        QJsonObject entry = entries[e].toObject();
        entry.insert(QStringLiteral("id"), tenantWaba);
        QJsonArray changes = entry.value(QLatin1String("changes")).toArray();
        for (qsizetype c = 0; c < changes.size(); ++c) {
            QJsonObject change = changes[c].toObject();
            QJsonObject value = change.value(QLatin1String("value")).toObject();
            if (value.contains(QLatin1String("metadata"))) {
                QJsonObject metadata = value.value(QLatin1String("metadata")).toObject();
                metadata.insert(QStringLiteral("phone_number_id"), tenantNumber);
                value.insert(QStringLiteral("metadata"), metadata);
            }
            for (const char *list : {"messages", "statuses", "message_echoes"}) {
                const QString key = QLatin1String(list);
                if (!value.value(key).isArray())
                    continue;
                QJsonArray items = value.value(key).toArray();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    QJsonObject item = items[i].toObject();
                    if (item.value(QLatin1String("id")).isString())
                        item.insert(QStringLiteral("id"),
                                    QString(caseName + QLatin1Char('.') +
                                            item.value(QLatin1String("id")).toString()));
                    items[i] = item;
                }
                value.insert(key, items);
            }
            change.insert(QStringLiteral("value"), value);
            changes[c] = change;
        }
        entry.insert(QStringLiteral("changes"), changes);
        entries[e] = entry;
    }
    result.insert(QStringLiteral("entry"), entries);
    return result;
}

//! A text the business sent from the WhatsApp Business app to pywa's customer, as Meta reports
//! it (smb_message_echoes, the shape of outgoing_message.json).
QByteArray echoDelivery(const QString &wamid) {
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("972123456789")},
                     {QStringLiteral("phone_number_id"), tenantNumber}}},
        {QStringLiteral("message_echoes"),
         QJsonArray{QJsonObject{
             {QStringLiteral("from"), QStringLiteral("972123456789")},
             {QStringLiteral("to"), QStringLiteral("972987654321")},
             {QStringLiteral("id"), wamid},
             {QStringLiteral("timestamp"), QStringLiteral("1689380400")},
             {QStringLiteral("type"), QStringLiteral("text")},
             {QStringLiteral("text"),
              QJsonObject{{QStringLiteral("body"), QStringLiteral("Your order is ready")}}}}}}};
    return compact(QJsonObject{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), tenantWaba},
                                {QStringLiteral("changes"),
                                 QJsonArray{QJsonObject{{QStringLiteral("field"),
                                                         QStringLiteral("smb_message_echoes")},
                                                        {QStringLiteral("value"), value}}}}}}}});
}

QJsonObject firstRecord(Database &db, const QString &sql, const QVariantList &bindings) {
    auto q = db.query(sql, bindings);
    if (!q || !(*q)->next())
        return {};
    return QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object();
}

//! Events of a kind appended to a log since `from`, whose data's `key` is `value`.
int appended(const QList<QJsonObject> &events, qsizetype from, const QString &type,
             const QString &key, const QString &value) {
    int found = 0;
    for (qsizetype i = from; i < events.size(); ++i) {
        const QJsonObject event = events[i];
        if (event.value(QLatin1String("type")).toString() == type &&
            event[QLatin1String("data")][key].toString() == value)
            ++found;
    }
    return found;
}

} // namespace

class TestRelayConformance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QDir(conformanceDir).exists(), qPrintable(conformanceDir));
        QVERIFY2(allCases().size() >= 72, "the pywa folder lost cases");
        m_relay = std::make_unique<RelayHarness>();
        QVERIFY2(m_relay->error().isEmpty() && m_relay->start(), qPrintable(m_relay->error()));
        m_db = m_relay->database().open();
        QVERIFY(m_db);
    }

    void cleanupTestCase() {
        m_db.reset();
        m_relay.reset();
    }

    void deliveries_data() {
        QTest::addColumn<QByteArray>("body");
        const QMap<QString, QJsonObject> cases = allCases();
        for (auto it = cases.cbegin(); it != cases.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << compact(forTenant(it.value(), it.key()));
    }

    void deliveries() {
        QFETCH(QByteArray, body);
        RelayHarness &relay = *m_relay;
        // What the relay should make of it, by the parser every ingest goes through.
        const Result<WebhookDelivery> parsed = parseWebhook(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));

        const QList<QJsonObject> before = relay.events(relay.tenantId);
        const qsizetype otherBefore = relay.events(relay.otherTenantId).size();
        QMap<QString, bool> templateKnown;
        for (const WebhookChange &change : parsed->changes) {
            if (const auto *update = change.as<TemplateChange>())
                templateKnown[update->name + QLatin1Char('/') + update->language] =
                    relay.count(QStringLiteral("SELECT COUNT(*) FROM templates WHERE tenant_id = ? "
                                               "AND name = ? AND language = ?"),
                                {relay.tenantId, update->name, update->language}) == 1;
        }

        const auto reply = relay.postWebhook(body);
        QCOMPARE(reply.status, 200);
        QVERIFY(relay.waitIngested());
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM dead_letters")), 0);
        QCOMPARE(relay.events(relay.otherTenantId).size(), otherBefore);
        const QList<QJsonObject> after = relay.events(relay.tenantId);

        bool recordsExpected = false;
        for (const WebhookChange &change : parsed->changes) {
            const Message *expected = nullptr;
            QString customerWaId;
            if (const auto *inbound = change.as<InboundMessageChange>()) {
                expected = &inbound->message;
                customerWaId = inbound->customerWaId;
            } else if (const auto *echo = change.as<EchoChange>()) {
                expected = &echo->message;
                customerWaId = echo->customerWaId;
            }
            if (expected) {
                recordsExpected = true;
                const QJsonObject stored = firstRecord(
                    *m_db,
                    QStringLiteral("SELECT data FROM messages WHERE tenant_id = ? AND wamid = ?"),
                    {relay.tenantId, expected->wamid});
                QVERIFY2(!stored.isEmpty(), qPrintable(expected->wamid));
                QCOMPARE(stored.value(QLatin1String("type")).toString(), toString(expected->type));
                QCOMPARE(stored.value(QLatin1String("text")).toString(), expected->text);
                QCOMPARE(stored.value(QLatin1String("direction")).toString(),
                         toString(expected->direction));
                QCOMPARE(stored.value(QLatin1String("status")).toString(),
                         toString(expected->status));
                // The whole record: what the parser read, with the ids the relay assigned.
                Message full = *expected;
                full.id = stored.value(QLatin1String("id")).toString();
                full.conversationId = stored.value(QLatin1String("conversation_id")).toString();
                full.customerId = stored.value(QLatin1String("customer_id")).toString();
                QCOMPARE(compact(stored), compact(toJson(full)));
                const QJsonObject customer =
                    firstRecord(*m_db,
                                QStringLiteral("SELECT data FROM customers WHERE tenant_id = ? AND "
                                               "wa_id = ?"),
                                {relay.tenantId, customerWaId});
                QCOMPARE(customer.value(QLatin1String("id")).toString(), full.customerId);
                QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE id = "
                                                    "? AND customer_id = ? AND phone_number_id = "
                                                    "?"),
                                     {full.conversationId, full.customerId, tenantNumber}),
                         1);
                QCOMPARE(appended(after, before.size(), QStringLiteral("message"),
                                  QStringLiteral("wamid"), expected->wamid),
                         1);
            } else if (const auto *status = change.as<StatusChange>()) {
                // About a message this relay never stored: nothing to update, nothing created.
                QCOMPARE(
                    relay.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE wamid = ?"),
                                {status->wamid}),
                    0);
            } else if (const auto *update = change.as<TemplateChange>()) {
                recordsExpected = true;
                const QJsonObject stored = firstRecord(
                    *m_db,
                    QStringLiteral("SELECT data FROM templates WHERE tenant_id = ? AND name = ? "
                                   "AND language = ?"),
                    {relay.tenantId, update->name, update->language});
                QVERIFY2(!stored.isEmpty(), qPrintable(update->name));
                QCOMPARE(stored.value(QLatin1String("id")).toString(), update->templateId);
                if (update->status)
                    QCOMPARE(stored.value(QLatin1String("status")).toString(),
                             toString(*update->status));
                if (update->status == TemplateStatus::Rejected)
                    QCOMPARE(stored.value(QLatin1String("rejected_reason")).toString(),
                             update->reason);
                if (update->mappedCategory)
                    QCOMPARE(stored.value(QLatin1String("category")).toString(),
                             toString(*update->mappedCategory));
                if (!update->quality.isEmpty())
                    QCOMPARE(stored.value(QLatin1String("quality")).toString(), update->quality);
                if (update->components) // an edit: the record shows the new text
                    QCOMPARE(stored.value(QLatin1String("components")).toArray(),
                             *update->components);
                if (!templateKnown.value(update->name + QLatin1Char('/') + update->language))
                    QCOMPARE(appended(after, before.size(), QStringLiteral("template"),
                                      QStringLiteral("name"), update->name),
                             1);
            } else if (const auto *account = change.as<AccountChange>()) {
                recordsExpected = true; // a connection event when a number or status changes
                if (account->banState == QLatin1String("REINSTATE")) {
                    // Meta lifted a ban: the business can still message its customers.
                    QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM connections WHERE "
                                                        "tenant_id = ? AND status = 'connected'"),
                                         {relay.tenantId}),
                             1);
                }
                if (!account->affectedWabaId.isEmpty() && account->affectedWabaId != tenantWaba)
                    QCOMPARE(after.size(), before.size()); // about a WABA no tenant has
            }
        }
        // Statuses of messages the relay never stored, edits, revokes, calls, preferences: a
        // console sees nothing new.
        if (!recordsExpected)
            QCOMPARE(after.size(), before.size());
    }

    void statusesOfStoredMessages_data() {
        QTest::addColumn<QByteArray>("body");
        const QMap<QString, QJsonObject> cases = allCases();
        for (auto it = cases.cbegin(); it != cases.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("message_status.json/")))
                QTest::newRow(qPrintable(it.key()))
                    << compact(forTenant(it.value(), it.key() + QStringLiteral(".stored")));
        }
    }

    //! The same status deliveries, now about a message the business sent (an echo from the
    //! WhatsApp Business app): the ticks move as Meta's word says, a failure keeps its reason.
    void statusesOfStoredMessages() {
        QFETCH(QByteArray, body);
        RelayHarness &relay = *m_relay;
        const Result<WebhookDelivery> parsed = parseWebhook(body);
        QVERIFY2(parsed.ok() && parsed->changes.size() == 1, QTest::currentDataTag());
        const auto *status = parsed->changes.front().as<StatusChange>();
        QVERIFY(status);
        QCOMPARE(relay.postWebhook(echoDelivery(status->wamid)).status, 200);
        QVERIFY(relay.waitIngested());
        QCOMPARE(firstRecord(*m_db,
                             QStringLiteral("SELECT data FROM messages WHERE tenant_id = ? AND "
                                            "wamid = ?"),
                             {relay.tenantId, status->wamid})
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("sent"));
        const qsizetype before = relay.events(relay.tenantId).size();

        QCOMPARE(relay.postWebhook(body).status, 200);
        QVERIFY(relay.waitIngested());
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM dead_letters")), 0);
        const QJsonObject stored = firstRecord(
            *m_db, QStringLiteral("SELECT data FROM messages WHERE tenant_id = ? AND wamid = ?"),
            {relay.tenantId, status->wamid});
        QCOMPARE(stored.value(QLatin1String("status")).toString(), toString(status->status));
        if (status->error) {
            const QJsonObject error = stored.value(QLatin1String("error")).toObject();
            QCOMPARE(error.value(QLatin1String("code")).toString(), status->error->code);
            QCOMPARE(error.value(QLatin1String("title")).toString(), status->error->title);
        }
        const QList<QJsonObject> after = relay.events(relay.tenantId);
        const bool moved = status->status != MessageStatus::Sent; // the echo is already sent
        QCOMPARE(appended(after, before, QStringLiteral("message"), QStringLiteral("status"),
                          toString(status->status)),
                 moved ? 1 : 0);
        QCOMPARE(after.size(), before + (moved ? 1 : 0));
    }

    void relayStillServes() {
        RelayHarness &relay = *m_relay;
        const auto health = relay.get(QStringLiteral("/healthz"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        // Every case, and an echo and a status for each status case.
        int statusCases = 0;
        for (const QString &name : allCases().keys())
            statusCases += name.startsWith(QLatin1String("message_status.json/")) ? 1 : 0;
        QCOMPARE(relay.storedDeliveries(), int(allCases().size()) + 2 * statusCases);
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM dead_letters")), 0);
        // Everything addressed to the Pizzeria stayed there.
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id <> ?"),
                             {relay.tenantId}),
                 0);
        int messages = 0;
        for (const QJsonObject &delivery : allCases()) {
            const auto parsed = parseWebhook(compact(delivery));
            QVERIFY(parsed.ok());
            for (const WebhookChange &change : parsed->changes)
                messages += change.as<InboundMessageChange>() || change.as<EchoChange>() ? 1 : 0;
        }
        QVERIFY(messages >= 30);
        QCOMPARE(relay.count(QStringLiteral("SELECT COUNT(*) FROM messages")),
                 messages + statusCases);
    }

private:
    std::unique_ptr<RelayHarness> m_relay;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestRelayConformance)
#include "tst_relayconformance.moc"
