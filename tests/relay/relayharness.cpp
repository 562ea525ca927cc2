// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/relay/relayharness.h"

#include "app/relay/accounts/accountstore.h"
#include "app/relay/connections/connectionstore.h"
#include "app/relay/events/eventlog.h"
#include "app/relay/http/relayserver.h"
#include "app/relay/ingest/ingestor.h"
#include "app/relay/operations/relayschema.h"
#include "app/relay/webhook/inboxstore.h"
#include "core/crypto/hmac.h"
#include "core/crypto/masterkey.h"
#include "core/crypto/passwordhash.h"
#include "core/crypto/secretbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace Switchboard::Test {

namespace {

PhoneNumber connectedNumber(const QString &id) {
    PhoneNumber number;
    number.id = id;
    number.status = QStringLiteral("CONNECTED");
    return number;
}

} // namespace

RelayHarness::RelayHarness(const QString &backend)
    : m_database(backend) {
    if (!m_database.error().isEmpty()) {
        m_error = m_database.error();
        return;
    }
    m_config.listenPort = 0;
    m_config.database = m_database.url();
    m_config.masterKeyFile = m_dir.filePath(QStringLiteral("master.key"));
    m_config.appId = QStringLiteral("1001");
    m_config.appSecret = QLatin1String(appSecret);
    m_config.verifyToken = QLatin1String(verifyToken);
    m_config.maxBody = 64 * 1024;
    m_config.graphUrl = QStringLiteral("http://127.0.0.1:9"); // nothing listens: no Meta here

    m_db = m_database.open();
    if (!m_db) {
        m_error = QStringLiteral("cannot open the test database");
        return;
    }
    auto migrated = RelaySchema::migrate(*m_db);
    auto key = MasterKey::create(m_config.masterKeyFile);
    if (!migrated || !key) {
        m_error = migrated ? key.error().message : migrated.error().message;
        return;
    }
    auto box = SecretBox::withKey(1, *key);
    AccountStore accounts(*m_db);
    const QString hash = PasswordHash({10, 8, 1}).hash(QLatin1String(password)).value();
    struct Seed {
        QString name, user, number;
        QString *id;
    };
    for (const Seed &seed :
         {Seed{QStringLiteral("Pizzeria"), QStringLiteral("pat"), QStringLiteral("PN1"), &tenantId},
          Seed{QStringLiteral("Clinic"), QStringLiteral("cleo"), QStringLiteral("PN2"),
               &otherTenantId}}) {
        auto id = accounts.createTenant(seed.name);
        if (!id) {
            m_error = id.error().message;
            return;
        }
        *seed.id = *id;
        auto user = accounts.createUser(*id, seed.user, AccountStore::Role::Owner, hash);
        auto connected =
            ConnectionStore(*m_db, &box.value())
                .connectNumber(*id, QStringLiteral("WABA-") + seed.number,
                               connectedNumber(seed.number), "token-of-" + seed.name.toUtf8());
        if (!user || !connected) {
            m_error = user ? connected.error().message : user.error().message;
            return;
        }
    }
    // A member of Pizzeria below admin, for the routes only owners and admins may call.
    if (auto staff =
            accounts.createUser(tenantId, QStringLiteral("sam"), AccountStore::Role::Staff, hash);
        !staff)
        m_error = staff.error().message;
}

RelayHarness::~RelayHarness() {
    stop();
    m_db.reset();
}

bool RelayHarness::start() {
    stop();
    RelayConfig config = m_config;
    config.listenPort = m_port; // a restart keeps its port, as a real one would
    m_relay = std::make_unique<Relay>(config);
    auto port = m_relay->start();
    if (!port) {
        m_error = port.error().message;
        return false;
    }
    m_port = *port;
    return true;
}

void RelayHarness::stop() {
    m_relay.reset();
}

QString RelayHarness::baseUrl() const {
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QJsonObject RelayHarness::Reply::json() const {
    return QJsonDocument::fromJson(body).object();
}

RelayHarness::Reply RelayHarness::request(const QByteArray &method, const QString &path,
                                          const QByteArray &body,
                                          const QMap<QByteArray, QByteArray> &headers) {
    QNetworkRequest request(QUrl(baseUrl() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(15000))
        return {};
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    return result;
}

RelayHarness::Reply RelayHarness::get(const QString &path, const QString &token) {
    QMap<QByteArray, QByteArray> headers;
    if (!token.isEmpty())
        headers.insert("Authorization", "Bearer " + token.toUtf8());
    return request("GET", path, {}, headers);
}

QByteArray RelayHarness::sign(const QByteArray &body) {
    return "sha256=" + Hmac::hmacSha256(appSecret, body).value().toHex();
}

RelayHarness::Reply RelayHarness::postWebhook(const QByteArray &body, const QByteArray &signature) {
    return request("POST", QStringLiteral("/webhook"), body,
                   {{"X-Hub-Signature-256", signature.isEmpty() ? sign(body) : signature}});
}

QString RelayHarness::login(const QString &username) {
    const Reply reply =
        request("POST", QStringLiteral("/api/v1/auth/login"),
                QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                          {QStringLiteral("password"), QLatin1String(password)}})
                    .toJson(QJsonDocument::Compact));
    return reply.json().value(QStringLiteral("token")).toString();
}

QByteArray RelayHarness::textDelivery(const QString &phoneNumberId, const QString &wamid,
                                      const QString &from, const QString &text,
                                      const QString &name) {
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550001111")},
                     {QStringLiteral("phone_number_id"), phoneNumberId}}},
        {QStringLiteral("contacts"),
         QJsonArray{
             QJsonObject{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), name}}},
                         {QStringLiteral("wa_id"), from}}}},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{
             {QStringLiteral("from"), from},
             {QStringLiteral("id"), wamid},
             {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
             {QStringLiteral("type"), QStringLiteral("text")},
             {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}}}}};
    const QJsonObject delivery{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QString(QStringLiteral("WABA-") + phoneNumberId)},
             {QStringLiteral("changes"),
              QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                     {QStringLiteral("value"), value}}}}}}}};
    return QJsonDocument(delivery).toJson(QJsonDocument::Compact);
}

QByteArray RelayHarness::statusDelivery(const QString &phoneNumberId, const QString &wamid,
                                        const QString &status, const QString &errorCode) {
    QJsonObject statusObject{
        {QStringLiteral("id"), wamid},
        {QStringLiteral("status"), status},
        {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
        {QStringLiteral("recipient_id"), QStringLiteral("972500000001")}};
    if (!errorCode.isEmpty())
        statusObject.insert(
            QStringLiteral("errors"),
            QJsonArray{
                QJsonObject{{QStringLiteral("code"), errorCode.toInt()},
                            {QStringLiteral("title"), QStringLiteral("Re-engagement message")},
                            {QStringLiteral("message"), QStringLiteral("Re-engagement message")}}});
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550001111")},
                     {QStringLiteral("phone_number_id"), phoneNumberId}}},
        {QStringLiteral("statuses"), QJsonArray{statusObject}}};
    const QJsonObject delivery{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QString(QStringLiteral("WABA-") + phoneNumberId)},
             {QStringLiteral("changes"),
              QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                     {QStringLiteral("value"), value}}}}}}}};
    return QJsonDocument(delivery).toJson(QJsonDocument::Compact);
}

bool RelayHarness::waitIngested(int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (pendingDeliveries() == 0)
            return true;
        QTest::qWait(20);
    }
    return false;
}

QList<QJsonObject> RelayHarness::events(const QString &tenant) {
    QList<QJsonObject> result;
    EventLog log(*m_db);
    qint64 after = 0;
    for (;;) {
        auto page = log.page(tenant, after, 1000);
        if (!page)
            return result;
        for (const QByteArray &event : page->events)
            result << QJsonDocument::fromJson(event).object();
        after = page->nextAfter;
        if (!page->more)
            return result;
    }
}

qint64 RelayHarness::pendingDeliveries() {
    auto inbox = InboxStore::open(*m_db);
    if (!inbox)
        return -1;
    auto pending = inbox.value().pending();
    return pending ? *pending : -1;
}

qint64 RelayHarness::storedDeliveries() {
    auto inbox = InboxStore::open(*m_db);
    if (!inbox)
        return -1;
    auto stored = inbox.value().stored();
    return stored ? *stored : -1;
}

int RelayHarness::count(const QString &sql, const QVariantList &bindings) {
    auto q = m_db->query(sql, bindings);
    if (!q || !(*q)->next())
        return -1;
    return (*q)->value(0).toInt();
}

bool RelayHarness::execute(const QString &sql, const QVariantList &bindings) {
    return bool(m_db->query(sql, bindings));
}

} // namespace Switchboard::Test
