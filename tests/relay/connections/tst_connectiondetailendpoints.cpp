// SPDX-License-Identifier: GPL-3.0-or-later
// The Connection page's routes against a real relay whose Graph API is the in-process sandbox:
// the business profile read and edited at Meta (fields checked as Meta checks them, another
// tenant's number not found, Meta's refusal a 502 with its code), and the history of quality,
// tier and status changes read back from the tenant's connection events.
#include "app/relay/connections/connectionstore.h"
#include "tests/relay/connections/sandboxedrelay.h"

#include <QJsonArray>
#include <QTest>

using namespace Switchboard;
using Switchboard::Test::RelayHarness;
using Switchboard::Test::SandboxedRelay;

namespace {

QMap<QByteArray, QByteArray> bearer(const QString &token) {
    return {{"Authorization", "Bearer " + token.toUtf8()}, {"Content-Type", "application/json"}};
}

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject errorOf(const RelayHarness::Reply &reply) {
    return reply.json().value(QStringLiteral("error")).toObject();
}

} // namespace

class TestConnectionDetail : public QObject {
    Q_OBJECT

    SandboxedRelay m_world;
    QString m_pat;
    QString m_sam;
    SandboxedRelay::Account m_account;

    QString tenantPath(const QString &path) const {
        return QStringLiteral("/api/v1/tenants/%1").arg(m_world.relay->tenantId) + path;
    }
    QString profilePath(const QString &pnid) const {
        return tenantPath(QStringLiteral("/numbers/%1/business-profile").arg(pnid));
    }
    RelayHarness::Reply patchProfile(const QJsonObject &body, const QString &token) {
        return m_world.relay->request("PATCH", profilePath(m_account.phoneNumberId), json(body),
                                      bearer(token));
    }

    //! The Pizzeria connected by hand, on `backend`; a test returns when this failed.
    void setUp(const QString &backend = QStringLiteral("sqlite")) {
        QVERIFY2(m_world.start(backend), qPrintable(m_world.error()));
        m_pat = m_world.relay->login(QStringLiteral("pat"));
        m_sam = m_world.relay->login(QStringLiteral("sam"));
        QVERIFY(!m_pat.isEmpty() && !m_sam.isEmpty());
        // The Pizzeria connects its own WABA by hand, with the token it got from Meta.
        m_account = m_world.signedUpAccount(QStringLiteral("Pizzeria Napoli"),
                                            QStringLiteral("+1 555-010-0042"));
        QVERIFY(!m_account.token.isEmpty());
        const auto connected = m_world.relay->request(
            "POST", tenantPath(QStringLiteral("/connection/manual")),
            json({{QStringLiteral("waba_id"), m_account.wabaId},
                  {QStringLiteral("phone_number_id"), m_account.phoneNumberId},
                  {QStringLiteral("access_token"), m_account.token}}),
            bearer(m_pat));
        QVERIFY2(connected.status == 200, connected.body.constData());
    }

private Q_SLOTS:
    void cleanup() {
        m_world.relay.reset();
        m_world.sandbox.reset();
    }

    void staffReadAndAdminsEditTheProfileAtMeta() {
        setUp();
        if (QTest::currentTestFailed())
            return;
        Sandbox::PhoneNumber *number = m_world.sandboxNumber(m_account.phoneNumberId);
        QVERIFY(number);
        number->profile.address = QStringLiteral("Via Roma 1, Napoli");
        number->profile.vertical = QStringLiteral("RESTAURANT");

        const auto read = m_world.relay->get(profilePath(m_account.phoneNumberId), m_sam);
        QVERIFY2(read.status == 200, read.body.constData());
        QJsonObject profile = read.json();
        QCOMPARE(profile.value(QStringLiteral("phone_number_id")).toString(),
                 m_account.phoneNumberId);
        QCOMPARE(profile.value(QStringLiteral("address")).toString(),
                 QStringLiteral("Via Roma 1, Napoli"));
        QCOMPARE(profile.value(QStringLiteral("vertical")).toString(),
                 QStringLiteral("RESTAURANT"));
        // Unset fields are there, empty, so a console need not guess.
        QCOMPARE(profile.value(QStringLiteral("about")), QJsonValue(QString()));
        QVERIFY(profile.value(QStringLiteral("websites")).isArray());

        const QJsonObject change{
            {QStringLiteral("about"), QStringLiteral("Pizza al taglio since 1984")},
            {QStringLiteral("email"), QStringLiteral("ciao@napoli.example")},
            {QStringLiteral("websites"), QJsonArray{QStringLiteral("https://napoli.example")}}};
        QCOMPARE(patchProfile(change, m_sam).status, 403);
        QCOMPARE(number->profile.about, QString());

        const auto edited = patchProfile(change, m_pat);
        QVERIFY2(edited.status == 200, edited.body.constData());
        QCOMPARE(number->profile.about, QStringLiteral("Pizza al taglio since 1984"));
        QCOMPARE(number->profile.email, QStringLiteral("ciao@napoli.example"));
        QCOMPARE(number->profile.websites, QStringList{QStringLiteral("https://napoli.example")});
        QCOMPARE(number->profile.address, QStringLiteral("Via Roma 1, Napoli")); // untouched
        // The answer is the profile as Meta now has it.
        profile = edited.json();
        QCOMPARE(profile.value(QStringLiteral("about")).toString(),
                 QStringLiteral("Pizza al taglio since 1984"));
        QCOMPARE(profile.value(QStringLiteral("address")).toString(),
                 QStringLiteral("Via Roma 1, Napoli"));
    }

    void fieldsAreCheckedAsMetaChecksThem_data() {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("about 139")
            << QJsonObject{{QStringLiteral("about"), QString(139, u'a')}} << 200 << QString();
        QTest::newRow("about 140") << QJsonObject{{QStringLiteral("about"), QString(140, u'a')}}
                                   << 422 << QStringLiteral("about");
        QTest::newRow("about empty")
            << QJsonObject{{QStringLiteral("about"), QString()}} << 422 << QStringLiteral("about");
        QTest::newRow("description 512")
            << QJsonObject{{QStringLiteral("description"), QString(512, u'd')}} << 200 << QString();
        QTest::newRow("description 513")
            << QJsonObject{{QStringLiteral("description"), QString(513, u'd')}} << 422
            << QStringLiteral("description");
        QTest::newRow("address 257") << QJsonObject{{QStringLiteral("address"), QString(257, u'x')}}
                                     << 422 << QStringLiteral("address");
        QTest::newRow("email shape")
            << QJsonObject{{QStringLiteral("email"), QStringLiteral("not an address")}} << 422
            << QStringLiteral("email");
        QTest::newRow("three websites")
            << QJsonObject{{QStringLiteral("websites"),
                            QJsonArray{QStringLiteral("https://a.example"),
                                       QStringLiteral("https://b.example"),
                                       QStringLiteral("https://c.example")}}}
            << 422 << QStringLiteral("websites");
        QTest::newRow("website not http")
            << QJsonObject{{QStringLiteral("websites"), QJsonArray{QStringLiteral("ftp://a")}}}
            << 422 << QStringLiteral("websites");
        QTest::newRow("two websites")
            << QJsonObject{{QStringLiteral("websites"),
                            QJsonArray{QStringLiteral("https://a.example"),
                                       QStringLiteral("http://b.example/menu")}}}
            << 200 << QString();
        // Not a field this route takes (vertical is Meta's to keep here).
        QTest::newRow("unknown field")
            << QJsonObject{{QStringLiteral("vertical"), QStringLiteral("RETAIL")}} << 422
            << QString();
        QTest::newRow("nothing") << QJsonObject{} << 400 << QString();
        QTest::newRow("about a number")
            << QJsonObject{{QStringLiteral("about"), 5}} << 400 << QString();
    }
    void fieldsAreCheckedAsMetaChecksThem() {
        setUp();
        if (QTest::currentTestFailed())
            return;
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const auto answer = patchProfile(body, m_pat);
        QVERIFY2(answer.status == status, answer.body.constData());
        if (status == 422) {
            QCOMPARE(errorOf(answer).value(QStringLiteral("code")).toString(),
                     QStringLiteral("invalid_field"));
            if (!field.isEmpty()) {
                QCOMPARE(errorOf(answer).value(QStringLiteral("field")).toString(), field);
                QVERIFY(errorOf(answer)
                            .value(QStringLiteral("message"))
                            .toString()
                            .startsWith(field == QLatin1String("websites") ? QStringLiteral("")
                                                                           : field));
            }
        }
        // Nothing refused reached Meta.
        if (status != 200)
            QCOMPARE(m_world.sandboxNumber(m_account.phoneNumberId)->profile.about, QString());
    }

    void onlyTheTenantsNumbersHaveAProfileHere() {
        setUp();
        if (QTest::currentTestFailed())
            return;
        // PN2 is the Clinic's; PN1 was the Pizzeria's before its manual connection replaced it.
        for (const QString &pnid :
             {QStringLiteral("PN2"), QStringLiteral("PN1"), QStringLiteral("987650000000009")}) {
            const auto read = m_world.relay->get(profilePath(pnid), m_pat);
            QCOMPARE(read.status, 404);
            QCOMPARE(m_world.relay
                         ->request("PATCH", profilePath(pnid),
                                   json({{QStringLiteral("about"), QStringLiteral("hi")}}),
                                   bearer(m_pat))
                         .status,
                     404);
        }
        // The Clinic's owner is no member of the Pizzeria.
        const QString cleo = m_world.relay->login(QStringLiteral("cleo"));
        QCOMPARE(m_world.relay->get(profilePath(m_account.phoneNumberId), cleo).status, 403);
    }

    void metasRefusalIsABadGatewayWithItsCode() {
        setUp();
        if (QTest::currentTestFailed())
            return;
        m_world.fault(QStringLiteral("whatsapp_business_profile"), 131009);
        const auto read = m_world.relay->get(profilePath(m_account.phoneNumberId), m_pat);
        QCOMPARE(read.status, 502);
        QCOMPARE(errorOf(read).value(QStringLiteral("meta_code")).toInt(), 131009);
        QVERIFY(!errorOf(read).value(QStringLiteral("message")).toString().isEmpty());

        m_world.fault(QStringLiteral("whatsapp_business_profile"), 100);
        const auto edit =
            patchProfile({{QStringLiteral("about"), QStringLiteral("Open late")}}, m_pat);
        QCOMPARE(edit.status, 502);
        QCOMPARE(errorOf(edit).value(QStringLiteral("meta_code")).toInt(), 100);
    }

    void historyListsQualityTierAndStatusChangesNewestFirst_data() {
        Test::TestDatabase::addBackendRows();
    }
    void historyListsQualityTierAndStatusChangesNewestFirst() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        const QString historyPath = tenantPath(QStringLiteral("/connection/history"));
        auto history = m_world.relay->get(historyPath, m_sam);
        QVERIFY2(history.status == 200, history.body.constData());
        const QJsonArray before = history.json().value(QStringLiteral("changes")).toArray();

        // Meta flags the number's quality and lowers its limit (a webhook), later restores it.
        const QString digits = m_world.sandboxNumber(m_account.phoneNumberId)->displayDigits();
        const auto qualityUpdate = [&](const QString &event, const QString &limit) {
            const QJsonObject value{{QStringLiteral("display_phone_number"), digits},
                                    {QStringLiteral("event"), event},
                                    {QStringLiteral("current_limit"), limit}};
            const QJsonObject delivery{
                {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                {QStringLiteral("entry"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("id"), m_account.wabaId},
                     {QStringLiteral("changes"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("field"), QStringLiteral("phone_number_quality_update")},
                          {QStringLiteral("value"), value}}}}}}}};
            QCOMPARE(m_world.relay->postWebhook(json(delivery)).status, 200);
            QVERIFY(m_world.relay->waitIngested());
        };
        qualityUpdate(QStringLiteral("FLAGGED"), QStringLiteral("TIER_50"));
        qualityUpdate(QStringLiteral("UNFLAGGED"), QStringLiteral("TIER_1K"));

        history = m_world.relay->get(historyPath, m_sam);
        QCOMPARE(history.status, 200);
        const QJsonArray changes = history.json().value(QStringLiteral("changes")).toArray();
        QVERIFY2(changes.size() == before.size() + 4, history.body.constData());
        const auto row = [&](int i) { return changes.at(i).toObject(); };
        const auto describe = [&](int i) {
            return QStringList{row(i).value(QStringLiteral("field")).toString(),
                               row(i).value(QStringLiteral("from")).toString(),
                               row(i).value(QStringLiteral("to")).toString()}
                .join(QLatin1Char(' '));
        };
        // Newest first: the restoration, then the flag.
        QCOMPARE(describe(0), QStringLiteral("quality_rating RED GREEN"));
        QCOMPARE(describe(1), QStringLiteral("messaging_limit_tier TIER_50 TIER_1K"));
        QCOMPARE(describe(2), QStringLiteral("quality_rating GREEN RED"));
        QCOMPARE(describe(3).section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty),
                 QStringLiteral("messaging_limit_tier"));
        QCOMPARE(row(3).value(QStringLiteral("to")).toString(), QStringLiteral("TIER_50"));
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(row(i).value(QStringLiteral("phone_number_id")).toString(),
                     m_account.phoneNumberId);
            QVERIFY(QDateTime::fromString(row(i).value(QStringLiteral("at")).toString(),
                                          Qt::ISODateWithMs)
                        .isValid());
        }
        QVERIFY(row(0).value(QStringLiteral("at")).toString() >=
                row(2).value(QStringLiteral("at")).toString());
    }

    void historyStatusChangesAndItsLimit_data() { Test::TestDatabase::addBackendRows(); }
    void historyStatusChangesAndItsLimit() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        // The number's status changing, many times (as the health check would store it).
        auto db = m_world.relay->database().open();
        QVERIFY(db);
        ConnectionStore connections(*db, nullptr);
        auto connection = connections.connection(m_world.relay->tenantId);
        QVERIFY(connection && !connection->numbers.isEmpty());
        PhoneNumber number = connection->numbers.first();
        for (int i = 0; i < 120; ++i) {
            number.status = i % 2 ? QStringLiteral("CONNECTED") : QStringLiteral("FLAGGED");
            QVERIFY(connections.updateNumber(m_world.relay->tenantId, number));
        }
        const auto history =
            m_world.relay->get(tenantPath(QStringLiteral("/connection/history")), m_pat);
        QCOMPARE(history.status, 200);
        const QJsonArray changes = history.json().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 100);
        const QJsonObject newest = changes.first().toObject();
        QCOMPARE(newest.value(QStringLiteral("field")).toString(), QStringLiteral("status"));
        QCOMPARE(newest.value(QStringLiteral("from")).toString(), QStringLiteral("FLAGGED"));
        QCOMPARE(newest.value(QStringLiteral("to")).toString(), QStringLiteral("CONNECTED"));
        // Another tenant sees none of it, and nobody outside the tenant reads it.
        const QString cleo = m_world.relay->login(QStringLiteral("cleo"));
        QCOMPARE(m_world.relay->get(tenantPath(QStringLiteral("/connection/history")), cleo).status,
                 403);
        const auto clinic =
            m_world.relay->get(QStringLiteral("/api/v1/tenants/%1/connection/history")
                                   .arg(m_world.relay->otherTenantId),
                               cleo);
        QCOMPARE(clinic.status, 200);
        QCOMPARE(clinic.json().value(QStringLiteral("changes")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectionDetail)
#include "tst_connectiondetailendpoints.moc"
