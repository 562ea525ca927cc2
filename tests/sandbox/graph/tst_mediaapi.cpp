// SPDX-License-Identifier: GPL-3.0-or-later
// Media: multipart upload, GET /{media_id}, download with the bearer token, DELETE, and sending
// by the uploaded id.
#include "app/sandbox/state/sandboxstate.h"
#include "tests/sandbox/sandboxharness.h"

#include <QCryptographicHash>
#include <QHttpMultiPart>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;
using namespace Switchboard::Sandbox;
using namespace Switchboard::Test;

class TestMediaApi : public QObject {
    Q_OBJECT

private:
    //! Uploads like curl -F does, with Qt's own multipart writer.
    static SandboxHarness::Reply upload(SandboxHarness &sandbox, const QString &phoneNumberId,
                                        const QString &token, const QByteArray &data,
                                        const QByteArray &mime, bool withProduct = true,
                                        const QString &query = {}) {
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        if (withProduct) {
            QHttpPart product;
            product.setHeader(QNetworkRequest::ContentDispositionHeader,
                              QByteArrayLiteral("form-data; name=\"messaging_product\""));
            product.setBody("whatsapp");
            multipart->append(product);
        }
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArrayLiteral("form-data; name=\"file\"; filename=\"menu.bin\""));
        file.setHeader(QNetworkRequest::ContentTypeHeader, mime);
        file.setBody(data);
        multipart->append(file);
        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(sandbox.base() + u"/v25.0/%1/media"_s.arg(phoneNumberId) + query));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = network.post(request, multipart);
        multipart->setParent(reply);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        SandboxHarness::Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        delete reply;
        return result;
    }

private Q_SLOTS:
    //! whatsapp-api-js uploads with the product in the query string only; Graph merges query
    //! and body parameters, the body winning.
    void productMayComeFromTheQueryString_data() {
        QTest::addColumn<bool>("inBody");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("query only") << false << u"?messaging_product=whatsapp"_s << 200;
        QTest::newRow("both") << true << u"?messaging_product=whatsapp"_s << 200;
        QTest::newRow("body wins over a wrong query") << true << u"?messaging_product=sms"_s << 200;
        QTest::newRow("wrong query, none in body") << false << u"?messaging_product=sms"_s << 400;
        QTest::newRow("neither") << false << QString() << 400;
    }
    void productMayComeFromTheQueryString() {
        QFETCH(bool, inBody);
        QFETCH(QString, query);
        QFETCH(int, status);
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto business = sandbox.onboard();
        const auto reply = upload(sandbox, business.phoneNumberId, business.token,
                                  QByteArray("\x89PNG\r\n\x1a\n", 8), "image/png", inBody, query);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            const QString id = reply.json().value(u"id"_s).toString();
            QVERIFY(!id.isEmpty());
            const auto media = sandbox.get(u"/v25.0/"_s + id, business.token);
            QCOMPARE(media.json().value(u"mime_type"_s).toString(), u"image/png"_s);
        } else {
            QCOMPARE(reply.metaCode(), 100);
        }
    }

    void uploadRetrieveDownloadDelete() {
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto business = sandbox.onboard();
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png.append(QByteArray(2000, 'x'));
        png.append(QByteArray("\r\n--not-a-boundary\r\n"));
        const auto uploaded =
            upload(sandbox, business.phoneNumberId, business.token, png, "image/png");
        QCOMPARE(uploaded.status, 200);
        const QString id = uploaded.json()[u"id"_s].toString();
        QVERIFY(!id.isEmpty());

        const auto info = sandbox.get(u"/v25.0/"_s + id, business.token);
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json()[u"messaging_product"_s].toString(), u"whatsapp"_s);
        QCOMPARE(info.json()[u"mime_type"_s].toString(), u"image/png"_s);
        QCOMPARE(info.json()[u"file_size"_s].toInteger(), png.size());
        QCOMPARE(
            info.json()[u"sha256"_s].toString(),
            QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(info.json()[u"id"_s].toString(), id);
        const QUrl url(info.json()[u"url"_s].toString());
        const QString path = url.path() + u"?"_s + url.query(QUrl::FullyEncoded);

        const auto bytes = sandbox.get(path, business.token);
        QCOMPARE(bytes.status, 200);
        QCOMPARE(bytes.body, png);
        QCOMPARE(bytes.headers.value("content-type"), QByteArray("image/png"));
        QCOMPARE(sandbox.get(path).status, 401); // no token
        const auto other = sandbox.onboard(u"Clinic"_s, u"+1 555 010 0002"_s);
        QCOMPARE(sandbox.get(path, other.token).status, 403);
        QCOMPARE(
            sandbox
                .get(u"/v25.0/%1?phone_number_id=%2"_s.arg(id, other.phoneNumberId), business.token)
                .metaCode(),
            100);

        // The URL lasts 5 minutes.
        sandbox.server().state().clock().advance(301 * 1000);
        QCOMPARE(sandbox.get(path, business.token).status, 404);

        // Sending by id works; after DELETE the id is unknown.
        sandbox.customerWrites(business, u"15550001111"_s);
        const QJsonObject send{{u"messaging_product"_s, u"whatsapp"_s},
                               {u"to"_s, u"15550001111"_s},
                               {u"type"_s, u"image"_s},
                               {u"image"_s, QJsonObject{{u"id"_s, id}}}};
        const QString messages = u"/v25.0/%1/messages"_s.arg(business.phoneNumberId);
        QCOMPARE(sandbox.post(messages, send, business.token).status, 200);
        QCOMPARE(sandbox.request("DELETE", u"/v25.0/"_s + id, {}, business.token).status, 200);
        QCOMPARE(sandbox.get(u"/v25.0/"_s + id, business.token).metaCode(), 100);
        QCOMPARE(sandbox.post(messages, send, business.token).metaCode(), 131009);
    }

    void uploadErrors_data() {
        QTest::addColumn<QByteArray>("mime");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("withProduct");
        QTest::addColumn<int>("code");
        QTest::newRow("pdf") << QByteArray("application/pdf") << 100 << true << 0;
        QTest::newRow("ogg voice") << QByteArray("audio/ogg; codecs=opus") << 100 << true << 0;
        QTest::newRow("gif") << QByteArray("image/gif") << 100 << true << 131053;
        QTest::newRow("big sticker") << QByteArray("image/webp") << 600 * 1024 << true << 131053;
        QTest::newRow("no product") << QByteArray("image/png") << 100 << false << 100;
    }
    void uploadErrors() {
        QFETCH(QByteArray, mime);
        QFETCH(int, size);
        QFETCH(bool, withProduct);
        QFETCH(int, code);
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        const auto reply = upload(sandbox, business.phoneNumberId, business.token,
                                  QByteArray(size, 'a'), mime, withProduct);
        QCOMPARE(reply.metaCode(), code);
        QCOMPARE(reply.status, code == 0 ? 200 : 400);
    }

    void customerMediaIsDownloadable() {
        SandboxHarness sandbox;
        const auto business = sandbox.onboard();
        sandbox.post(u"/_sandbox/customers/15550001111/messages"_s,
                     {{u"phone_number_id"_s, business.phoneNumberId},
                      {u"type"_s, u"document"_s},
                      {u"document"_s, QJsonObject{{u"filename"_s, u"prescription.pdf"_s}}}});
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.receiver().deliveries.size(), 1, 5000);
        const QJsonObject document =
            sandbox.receiver()
                .deliveries.first()
                .json()[u"entry"_s][0][u"changes"_s][0][u"value"_s][u"messages"_s][0][u"document"_s]
                .toObject();
        QCOMPARE(document[u"filename"_s].toString(), u"prescription.pdf"_s);
        const auto info = sandbox.get(u"/v25.0/"_s + document[u"id"_s].toString(), business.token);
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json()[u"sha256"_s].toString(), document[u"sha256"_s].toString());
        const QUrl url(info.json()[u"url"_s].toString());
        QCOMPARE(
            sandbox.get(url.path() + u"?"_s + url.query(QUrl::FullyEncoded), business.token).status,
            200);
    }
};

QTEST_GUILESS_MAIN(TestMediaApi)
#include "tst_mediaapi.moc"
