// SPDX-License-Identifier: GPL-3.0-or-later
// GET …/media/{media_id} against a real relay whose Graph API is the in-process sandbox, on
// SQLite and PostgreSQL: a customer's image is fetched from Meta (its URL, then the download with
// the tenant's token) and answered with its type and length; asked again it comes from the
// cache, with Meta gone; a tiny cache evicts the least recently used; media of no message of the
// tenant is 404 whoever's it is; Meta unreachable is 502.
#include "tests/relay/connections/sandboxedrelay.h"
#include "tests/relay/inbox/tenantcalls.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Switchboard::Test::RelayHarness;
using Switchboard::Test::SandboxedRelay;
using Switchboard::Test::TenantCalls;

namespace {

const QString dana = u"972500000001"_s;
//! What the sandbox's customers attach.
const QByteArray danasImage = QByteArrayLiteral("sandbox media sent by customer 972500000001");

} // namespace

class TestMediaEndpoint : public QObject {
    Q_OBJECT

    SandboxedRelay m_world;
    std::unique_ptr<TenantCalls> m_calls;
    SandboxedRelay::Account m_account;
    QString m_sam, m_cleo;

    void setUp(const QString &backend, std::optional<qint64> cacheBytes = std::nullopt) {
        m_world.mediaCacheBytes = cacheBytes;
        QVERIFY2(m_world.start(backend), qPrintable(m_world.error()));
        m_account = m_world.connectRegistered(u"Pizzeria Napoli"_s, u"+1 555-010-0042"_s);
        QVERIFY(!m_account.phoneNumberId.isEmpty());
        m_calls = std::make_unique<TenantCalls>(*m_world.relay);
        m_sam = m_world.relay->login(u"sam"_s);
        m_cleo = m_world.relay->login(u"cleo"_s);
    }
    //! Dana sends an image; returns its media id once the relay stored the message.
    QString danaSendsAnImage(const QString &caption) {
        m_world.control(u"/_sandbox/customers/%1/messages"_s.arg(dana),
                        {{u"phone_number_id"_s, m_account.phoneNumberId},
                         {u"type"_s, u"image"_s},
                         {u"image"_s, QJsonObject{{u"mime_type"_s, u"image/jpeg"_s},
                                                  {u"caption"_s, caption}}}});
        QString mediaId;
        (void)QTest::qWaitFor(
            [&] {
                const QJsonArray conversations = m_calls->call("GET", u"/conversations"_s, m_sam)
                                                     .json()
                                                     .value(u"conversations"_s)
                                                     .toArray();
                if (conversations.isEmpty())
                    return false;
                const QString cid = conversations.first().toObject().value(u"id"_s).toString();
                const QJsonArray messages =
                    m_calls->call("GET", u"/conversations/%1/messages"_s.arg(cid), m_sam)
                        .json()
                        .value(u"messages"_s)
                        .toArray();
                for (const QJsonValue &message : messages) {
                    const QJsonObject media = message.toObject().value(u"media"_s).toObject();
                    if (media.value(u"caption"_s).toString() == caption)
                        mediaId = media.value(u"id"_s).toString();
                }
                return !mediaId.isEmpty();
            },
            10000);
        return mediaId;
    }
    RelayHarness::Reply fetch(const QString &mediaId, const QString &token,
                              const QString &tenant = {}) {
        return m_calls->call("GET", u"/media/"_s + mediaId, token, {}, tenant);
    }
    //! Files in the relay's media cache.
    int cachedFiles() const {
        return int(QDir(QFileInfo(m_world.relay->config().masterKeyFile).absolutePath() +
                        u"/media-cache"_s)
                       .entryList(QDir::Files)
                       .size());
    }

private Q_SLOTS:
    void cleanup() {
        m_calls.reset();
        m_world.relay.reset();
        m_world.sandbox.reset();
    }

    void fetchedFromMetaThenFromTheCache_data() { Test::TestDatabase::addBackendRows(); }
    void fetchedFromMetaThenFromTheCache() {
        QFETCH(QString, backend);
        setUp(backend);
        if (QTest::currentTestFailed())
            return;
        const QString mediaId = danaSendsAnImage(u"the menu"_s);
        QVERIFY(!mediaId.isEmpty());

        auto first = fetch(mediaId, m_sam);
        QVERIFY2(first.status == 200, first.body.constData());
        QCOMPARE(first.body, danasImage);
        QCOMPARE(first.headers.value("content-type"), QByteArrayLiteral("image/jpeg"));
        QCOMPARE(first.headers.value("content-length"), QByteArray::number(danasImage.size()));
        QCOMPARE(cachedFiles(), 1);

        // Meta gone: the second answer is the cache's.
        m_world.sandbox.reset();
        auto second = fetch(mediaId, m_sam);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, danasImage);
        QCOMPARE(second.headers.value("content-type"), QByteArrayLiteral("image/jpeg"));

        // Only the tenant's own messages' media: not by the Clinic's path, not by the Pizzeria's.
        QCOMPARE(fetch(mediaId, m_cleo).status, 403);
        auto elsewhere = fetch(mediaId, m_cleo, m_world.relay->otherTenantId);
        QCOMPARE(elsewhere.status, 404);
        QCOMPARE(TenantCalls::errorCode(elsewhere), u"not_found"_s);
        QCOMPARE(fetch(u"1234567890"_s, m_sam).status, 404);
    }

    void aTinyCacheEvictsTheLeastRecentlyUsed() {
        // Room for one of Dana's images (its type, a newline and its bytes), not two.
        setUp(u"sqlite"_s, qint64(danasImage.size() + 11 + 20));
        if (QTest::currentTestFailed())
            return;
        const QString menu = danaSendsAnImage(u"the menu"_s);
        const QString pizza = danaSendsAnImage(u"my pizza"_s);
        QVERIFY(!menu.isEmpty() && !pizza.isEmpty() && menu != pizza);
        QCOMPARE(fetch(menu, m_sam).status, 200);
        QCOMPARE(fetch(pizza, m_sam).status, 200); // evicts the menu
        QCOMPARE(cachedFiles(), 1);

        m_world.sandbox.reset();
        QCOMPARE(fetch(pizza, m_sam).status, 200);
        // The menu has to come from Meta again, which is unreachable: 502, the contract's body.
        auto unreachable = fetch(menu, m_sam);
        QCOMPARE(unreachable.status, 502);
        QCOMPARE(TenantCalls::errorCode(unreachable), u"graph_unreachable"_s);
        QVERIFY(!unreachable.json().value(u"error"_s).toObject().value(u"message"_s).isUndefined());
    }
};

QTEST_GUILESS_MAIN(TestMediaEndpoint)
#include "tst_mediaendpoint.moc"
