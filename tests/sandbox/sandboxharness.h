// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/sandboxserver.h"

#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <memory>

namespace Switchboard::Test {

using namespace Switchboard::Sandbox;

//! A webhook receiver on a free loopback port: records every delivery with its raw bytes and
//! signature header, and answers `answerStatus` (200 unless a test wants retries).
class WebhookReceiver {
public:
    WebhookReceiver();
    quint16 port() const { return m_port; }
    QUrl url() const;

    struct Delivery {
        QByteArray body;
        QByteArray signature;
        QJsonObject json() const;
    };
    QList<Delivery> deliveries;
    int answerStatus = 200;
    int attempts = 0; //!< POSTs received

    //! Meta's verification GETs received (§6.1), with their path and query.
    struct Verification {
        QString path;
        QUrlQuery query;
    };
    QList<Verification> verifications;
    //! How a verification GET is answered: the challenge when the token matches (as a relay
    //! does), something else with 200, or 403.
    enum class ChallengeAnswer { Echo, WrongBody, Forbidden };
    ChallengeAnswer challengeAnswer = ChallengeAnswer::Echo;
    QString verifyToken = QStringLiteral("s3cret");

    //! The value objects of `messages` deliveries that carry statuses of `wamid`, in order.
    QList<QJsonObject> statusesOf(const QString &wamid) const;

private:
    QHttpServer m_http;
    quint16 m_port = 0;
};

//! An in-process sandbox on a free loopback port with a webhook receiver and HTTP helpers over a
//! real QNetworkAccessManager (waiting with QSignalSpy, never blocking the thread).
class SandboxHarness {
public:
    static constexpr const char *appId = "1234567890";
    static constexpr const char *appSecret = "sandbox-test-secret";

    explicit SandboxHarness(const QStringList &extraArguments = {});
    QString error() const { return m_error; }
    SandboxServer &server() { return *m_server; }
    WebhookReceiver &receiver() { return m_receiver; }
    QString base() const;

    struct Reply {
        int status = 0;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers; //!< lower-case names
        QJsonObject json() const;
        //! error.code of Meta's envelope (0 when absent).
        int metaCode() const;
    };
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QString &token = {},
                  const QByteArray &contentType = QByteArrayLiteral("application/json"));
    Reply get(const QString &path, const QString &token = {}) {
        return request("GET", path, {}, token);
    }
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {});

    //! Signup, code exchange, subscription and registration: a ready business number.
    struct Business {
        QString wabaId;
        QString phoneNumberId;
        QString businessId;
        QString token;
        QString displayDigits;
    };
    Business onboard(const QString &name = QStringLiteral("Pizzeria"),
                     const QString &phone = QStringLiteral("+1 555-010-0001"),
                     bool registerNumber = true);
    //! A customer writes to the business (opens the service window); returns the wamid.
    QString customerWrites(const Business &business, const QString &waId,
                           const QString &text = QStringLiteral("hello"));

    static QByteArray sign(const QByteArray &body);

private:
    QString m_error;
    WebhookReceiver m_receiver;
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

} // namespace Switchboard::Test
