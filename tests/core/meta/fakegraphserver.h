// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <vector>

namespace Switchboard {

//! A tiny scripted Graph API on a free loopback port, run on the test's own thread: it records
//! every request (with the time it arrived) and answers Meta-shaped bodies, errors, Retry-After
//! headers, or nothing at all (to make a client time out). A real server, not a mock of our code.
class FakeGraphServer {
public:
    struct Request {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        qint64 atMs = 0;                       // since the server was made

        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };
    struct Answer {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QByteArray retryAfter;
        bool stall = false; // never answer
    };

    FakeGraphServer() {
        m_clock.start();
        m_http.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                handle(request, std::move(responder));
            });
    }

    //! Listens on a free loopback port; 0 on failure.
    quint16 listen() {
        m_port = m_http.listen(QHostAddress::LocalHost, 0);
        return m_port;
    }
    QUrl baseUrl() const {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_port);
        return url;
    }
    //! A loopback port with nothing listening on it.
    static quint16 closedPort() {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    //! Answers for a path, used in order; once used up (or for other paths) the default answers.
    void script(const QString &path, const QList<Answer> &answers) { m_script[path] += answers; }
    //! Computes every answer itself (overrides the script).
    void setResponder(std::function<Answer(const Request &)> responder) {
        m_responder = std::move(responder);
    }

    const QList<Request> &requests() const { return m_requests; }
    int count(const QString &path) const {
        int n = 0;
        for (const Request &request : m_requests)
            n += request.path == path ? 1 : 0;
        return n;
    }

    //! The body of a message Meta accepted.
    static QByteArray accepted(const QString &to, int n) {
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                               {QStringLiteral("contacts"),
                                QJsonArray{QJsonObject{{QStringLiteral("input"), to},
                                                       {QStringLiteral("wa_id"), to}}}},
                               {QStringLiteral("messages"),
                                QJsonArray{QJsonObject{{QStringLiteral("id"),
                                                        QStringLiteral("wamid.TEST%1").arg(n)}}}}})
            .toJson(QJsonDocument::Compact);
    }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        Request seen;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            seen.method = "GET";
            break;
        case QHttpServerRequest::Method::Post:
            seen.method = "POST";
            break;
        case QHttpServerRequest::Method::Delete:
            seen.method = "DELETE";
            break;
        default:
            seen.method = "OTHER";
            break;
        }
        seen.path = request.url().path();
        seen.query = request.query();
        seen.body = request.body();
        for (const auto &[name, value] : request.headers())
            seen.headers.insert(name.toLower(), value);
        seen.atMs = m_clock.elapsed();
        m_requests.append(seen);

        Answer answer;
        if (m_responder) {
            answer = m_responder(seen);
        } else if (!m_script.value(seen.path).isEmpty()) {
            answer = m_script[seen.path].takeFirst();
        } else {
            answer.body = accepted(seen.json().value(u"to").toString(), int(m_requests.size()));
        }
        if (answer.stall) {
            m_stalled.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
            return;
        }
        const auto status = static_cast<QHttpServerResponder::StatusCode>(answer.status);
        if (answer.retryAfter.isEmpty())
            responder.write(answer.body, {{"Content-Type", answer.contentType}}, status);
        else
            responder.write(
                answer.body,
                {{"Content-Type", answer.contentType}, {"Retry-After", answer.retryAfter}}, status);
    }

    QElapsedTimer m_clock;
    QHttpServer m_http;
    quint16 m_port = 0;
    QHash<QString, QList<Answer>> m_script;
    std::function<Answer(const Request &)> m_responder;
    QList<Request> m_requests;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_stalled; // destroyed before m_http
};

} // namespace Switchboard
