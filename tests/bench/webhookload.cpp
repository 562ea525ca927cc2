// SPDX-License-Identifier: GPL-3.0-or-later
// switchboard-webhook-load: sends signed, distinct webhook deliveries over keep-alive
// connections, at a fixed rate or as fast as they are acknowledged, and reports acknowledged/s
// and acknowledgement latency percentiles. Optionally measures webhook -> WebSocket latency with
// N stream clients, and the time to page the event log from after=0.
#include "core/crypto/hmac.h"
#include "epollloop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace Switchboard;

namespace {

QElapsedTimer g_clock;

qint64 nowNs() {
    return g_clock.nsecsElapsed();
}

struct Settings {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    QByteArray secret;
    QString phoneNumberId = QStringLiteral("PN1");
    QString path = QStringLiteral("/webhook");
    int connections = 64;
    double rate = 0; // deliveries per second in total; 0 = as fast as acknowledged
    double seconds = 10;
    QString label = QStringLiteral("run");
};

QByteArray delivery(const Settings &settings, qint64 n, qint64 sentNs) {
    // The text carries the send time so a stream client can measure end-to-end latency.
    return QByteArrayLiteral(
               "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"WABA-") +
           settings.phoneNumberId.toUtf8() +
           "\",\"changes\":[{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\","
           "\"metadata\":{\"display_phone_number\":\"15550001111\",\"phone_number_id\":\"" +
           settings.phoneNumberId.toUtf8() +
           "\"},\"contacts\":[{\"profile\":{\"name\":\"Load\"},\"wa_id\":\"9725" +
           QByteArray::number(10000000 + n % 5000) + "\"}],\"messages\":[{\"from\":\"9725" +
           QByteArray::number(10000000 + n % 5000) + "\",\"id\":\"wamid.load." +
           QByteArray::number(g_clock.msecsSinceReference()) + '.' + QByteArray::number(n) +
           "\",\"timestamp\":\"" + QByteArray::number(QDateTime::currentSecsSinceEpoch()) +
           "\",\"type\":\"text\",\"text\":{\"body\":\"t=" + QByteArray::number(sentNs) +
           "\"}}]}}]}]}";
}

//! One whole HTTP answer taken off the front of `in`, when it has arrived: whether it was a 200,
//! and its body.
struct Answer {
    bool ok = false;
    QByteArray body;
};
std::optional<Answer> takeAnswer(QByteArray &in) {
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QByteArray head = in.left(end).toLower();
    const qsizetype at = head.indexOf("content-length:");
    const qsizetype length =
        at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
    if (in.size() < end + 4 + length)
        return std::nullopt;
    Answer answer{head.startsWith("http/1.1 200"), in.mid(end + 4, length)};
    in.remove(0, end + 4 + length);
    return answer;
}

//! A keep-alive connection that sends one signed delivery at a time and times its answer.
class Connection : public Bench::Peer {
public:
    Connection(const Settings &settings, std::vector<qint64> *latencies, qint64 *counter)
        : m_settings(settings)
        , m_latencies(latencies)
        , m_counter(counter) {}
    bool idle() const { return !m_busy && !closed(); }
    void send(qint64 scheduledNs) {
        m_busy = true;
        m_sentNs = scheduledNs > 0 ? scheduledNs : nowNs();
        const QByteArray body = delivery(m_settings, (*m_counter)++, m_sentNs);
        const QByteArray signature =
            "sha256=" + Hmac::hmacSha256(m_settings.secret, body).value().toHex();
        write("POST " + m_settings.path.toUtf8() +
              " HTTP/1.1\r\nHost: relay\r\n"
              "Content-Type: application/json\r\nX-Hub-Signature-256: " +
              signature + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
              body);
    }
    int errors = 0;
    std::function<void()> onIdle;

protected:
    void readable() override {
        while (const auto answer = takeAnswer(m_in)) {
            if (answer->ok)
                m_latencies->push_back(nowNs() - m_sentNs);
            else
                ++errors;
            m_busy = false;
            if (onIdle)
                onIdle();
        }
    }

private:
    const Settings &m_settings;
    std::vector<qint64> *m_latencies;
    qint64 *m_counter;
    qint64 m_sentNs = 0;
    bool m_busy = false;
};

//! A minimal WebSocket client for the stream: sends the upgrade, then reads server frames
//! (never masked) and records, for each message event, now minus the send time the load
//! generator put in the message text ("t=<ns>").
class StreamReader : public Bench::Peer {
public:
    StreamReader(const QString &host, const QString &target, const QByteArray &token,
                 std::vector<qint64> *latencies)
        : m_latencies(latencies)
        , m_upgrade("GET " + target.toUtf8() + " HTTP/1.1\r\nHost: " + host.toUtf8() +
                    "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    "Sec-WebSocket-Key: c3dpdGNoYm9hcmQtbG9hZA==\r\n"
                    "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer " +
                    token + "\r\n\r\n") {}
    void start() { write(m_upgrade); }
    bool upgraded() const { return m_upgraded; }

protected:
    void readable() override {
        if (!m_upgraded) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_upgraded = m_in.startsWith("HTTP/1.1 101");
            m_in.remove(0, end + 4);
        }
        qsizetype at = 0;
        for (;;) {
            if (m_in.size() - at < 2)
                break;
            const auto *bytes = reinterpret_cast<const uchar *>(m_in.constData() + at);
            const int opcode = bytes[0] & 0x0f;
            qint64 length = bytes[1] & 0x7f;
            qsizetype header = 2;
            if (length == 126) {
                if (m_in.size() - at < 4)
                    break;
                length = (qint64(bytes[2]) << 8) | bytes[3];
                header = 4;
            } else if (length == 127) {
                if (m_in.size() - at < 10)
                    break;
                length = 0;
                for (int i = 0; i < 8; ++i)
                    length = (length << 8) | bytes[2 + i];
                header = 10;
            }
            if (m_in.size() - at < header + length)
                break;
            if (opcode == 1) {
                const QByteArrayView frame(m_in.constData() + at + header, length);
                const qsizetype text = frame.indexOf(QByteArrayView("\"text\":\"t="));
                if (text >= 0 && frame.indexOf(QByteArrayView("\"type\":\"message\"")) >= 0) {
                    qint64 sent = 0;
                    for (qsizetype i = text + 10;
                         i < frame.size() && frame[i] >= '0' && frame[i] <= '9'; ++i)
                        sent = sent * 10 + (frame[i] - '0');
                    m_latencies->push_back(nowNs() - sent);
                }
            }
            at += header + length;
        }
        m_in.remove(0, at);
    }

private:
    std::vector<qint64> *m_latencies;
    QByteArray m_upgrade;
    bool m_upgraded = false;
};

//! A console reading while Meta delivers: one keep-alive connection that loops over the reads a
//! person's screen makes (the conversation list, one conversation's messages, a customer
//! search), one request at a time, timing each.
class ApiReader : public Bench::Peer {
public:
    ApiReader(QString host, QString tenant, QByteArray token, int seed,
              std::vector<qint64> *latencies)
        : m_host(std::move(host))
        , m_tenant(std::move(tenant))
        , m_token(std::move(token))
        , m_step(seed % 3)
        , m_latencies(latencies) {}
    void start(qint64 endNs) {
        m_endNs = endNs;
        next();
    }
    bool idle() const { return !m_busy || closed(); }
    int errors = 0;

protected:
    void readable() override {
        const auto answer = takeAnswer(m_in);
        if (!answer)
            return;
        if (answer->ok) {
            m_latencies->push_back(nowNs() - m_sentNs);
            if (m_conversation.isEmpty()) { // the list names a conversation to open
                const qsizetype id = answer->body.indexOf("\"id\":\"");
                if (id >= 0)
                    m_conversation =
                        answer->body.mid(id + 6, answer->body.indexOf('"', id + 6) - id - 6);
            }
        } else {
            ++errors;
        }
        m_busy = false;
        if (nowNs() < m_endNs)
            next();
    }

private:
    void next() {
        const QByteArray base = "/api/v1/tenants/" + m_tenant.toUtf8();
        QByteArray target;
        switch (m_step++ % 3) {
        case 0:
            target = base + "/conversations";
            break;
        case 1:
            target =
                m_conversation.isEmpty()
                    ? QByteArray(base + "/conversations")
                    : QByteArray(base + "/conversations/" + m_conversation + "/messages?limit=50");
            break;
        default:
            target = base + "/customers?q=97251" + QByteArray::number(m_step % 100);
            break;
        }
        m_busy = true;
        m_sentNs = nowNs();
        write("GET " + target + " HTTP/1.1\r\nHost: " + m_host.toUtf8() +
              "\r\nAuthorization: Bearer " + m_token + "\r\n\r\n");
    }

    QString m_host;
    QString m_tenant;
    QByteArray m_token;
    QByteArray m_conversation;
    int m_step;
    std::vector<qint64> *m_latencies;
    qint64 m_sentNs = 0;
    qint64 m_endNs = 0;
    bool m_busy = false;
};

double percentile(std::vector<qint64> values, double p) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return double(values[index]) / 1e6;
}

void report(const QString &label, const std::vector<qint64> &latencies, double seconds, int errors,
            const QString &unit = QStringLiteral("acknowledged")) {
    std::printf("%-28s %8.0f %s/s  p50 %7.2f ms  p99 %7.2f ms  p99.9 %7.2f ms  (%zu ok, %d errors, "
                "%.1f s)\n",
                qPrintable(label), double(latencies.size()) / seconds, qPrintable(unit),
                percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 99.9),
                latencies.size(), errors, seconds);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    g_clock.start();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Webhook load generator for switchboard-relay."));
    parser.addHelpOption();
    const QCommandLineOption target(QStringLiteral("target"), QStringLiteral("HOST:PORT"),
                                    QStringLiteral("ADDR"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption secret(QStringLiteral("secret"), QStringLiteral("App secret."),
                                    QStringLiteral("S"));
    const QCommandLineOption number(QStringLiteral("phone-number-id"),
                                    QStringLiteral("Routing id."), QStringLiteral("ID"),
                                    QStringLiteral("PN1"));
    const QCommandLineOption path(QStringLiteral("path"), QStringLiteral("Webhook path."),
                                  QStringLiteral("P"), QStringLiteral("/webhook"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         QStringLiteral("Keep-alive connections."),
                                         QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QStringLiteral("Deliveries/s in total, 0 = max."),
                                  QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Duration."),
                                     QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption label(QStringLiteral("label"), QStringLiteral("Report label."),
                                   QStringLiteral("L"), QStringLiteral("webhooks"));
    const QCommandLineOption streams(
        QStringLiteral("stream-clients"),
        QStringLiteral("WebSocket clients measuring webhook->client latency."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    QStringLiteral("Tenant id for streams/catch-up."),
                                    QStringLiteral("ID"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("Bearer token."),
                                   QStringLiteral("T"));
    const QCommandLineOption readers(
        QStringLiteral("readers"),
        QStringLiteral("Console clients looping over conversation, message and customer reads."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption catchup(QStringLiteral("catchup"),
                                     QStringLiteral("Only page N events from after=0 and time it."),
                                     QStringLiteral("N"));
    parser.addOptions({target, secret, number, path, connections, rate, seconds, label, streams,
                       readers, tenant, token, catchup});
    parser.process(app);

    Settings settings;
    settings.host = parser.value(target).section(QLatin1Char(':'), 0, 0);
    settings.port = quint16(parser.value(target).section(QLatin1Char(':'), 1).toUInt());
    settings.secret = parser.value(secret).toUtf8();
    settings.phoneNumberId = parser.value(number);
    settings.path = parser.value(path);
    settings.connections = parser.value(connections).toInt();
    settings.rate = parser.value(rate).toDouble();
    settings.seconds = parser.value(seconds).toDouble();
    const QString base = QStringLiteral("http://%1:%2").arg(settings.host).arg(settings.port);

    // One page of the tenant's log: GET …/events?after=N&limit=M.
    // One keep-alive connection for every page, as a console has.
    QNetworkAccessManager network;
    auto fetch = [&](qint64 from, int limit) {
        QNetworkRequest request(
            QUrl(base + QStringLiteral("/api/v1/tenants/%1/events?after=%2&limit=%3")
                            .arg(parser.value(tenant))
                            .arg(from)
                            .arg(limit)));
        request.setRawHeader("Authorization", "Bearer " + parser.value(token).toUtf8());
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    };
    // Pages the log as a console does on first start, 5000 events a request; returns the count.
    auto page = [&](qint64 wanted) {
        qint64 received = 0;
        qint64 after = 0;
        while (received < wanted) {
            const QJsonObject result = fetch(after, 5000);
            const QJsonArray events = result.value(QStringLiteral("events")).toArray();
            if (events.isEmpty())
                break;
            received += events.size();
            after = qint64(result.value(QStringLiteral("next_after")).toDouble());
            if (!result.value(QStringLiteral("more")).toBool())
                break;
        }
        return received;
    };
    // The newest seq, found with a few dozen one-event pages (seq has no gaps): stream clients
    // start there, as consoles that are up to date do, without reading the whole log first.
    auto newestSeq = [&] {
        auto existsAfter = [&](qint64 seq) {
            return !fetch(seq, 1).value(QStringLiteral("events")).toArray().isEmpty();
        };
        qint64 low = 0, high = 1; // an event follows `low`; none may follow `high`
        while (existsAfter(high)) {
            low = high;
            high *= 2;
        }
        while (high - low > 1) {
            const qint64 middle = low + (high - low) / 2;
            (existsAfter(middle) ? low : high) = middle;
        }
        return existsAfter(low) ? high : low;
    };
    if (parser.isSet(catchup)) {
        QElapsedTimer clock;
        clock.start();
        const qint64 received = page(parser.value(catchup).toLongLong());
        std::printf("%-28s %8lld events paged in %.2f s (%.0f events/s)\n", "catch-up from after=0",
                    received, double(clock.nsecsElapsed()) / 1e9,
                    double(received) / (double(clock.nsecsElapsed()) / 1e9));
        return received >= parser.value(catchup).toLongLong() ? 0 : 1;
    }
    const qint64 after = parser.value(streams).toInt() > 0 ? newestSeq() : 0;

    // Stream clients: measure when each message event reaches each client. Each is a lean
    // WebSocket reader that looks for the send time in the raw frame bytes: a console runs on its
    // own machine, so the load generator should spend as little of this machine's two cores per
    // frame as it can (QWebSocket decodes every frame to UTF-16 first).
    Bench::EpollLoop loop;
    std::vector<qint64> streamLatencies;
    streamLatencies.reserve(1 << 22);
    std::vector<std::unique_ptr<StreamReader>> sockets;
    for (int i = 0; i < parser.value(streams).toInt(); ++i) {
        auto reader =
            std::make_unique<StreamReader>(settings.host,
                                           QStringLiteral("/api/v1/tenants/%1/stream?after=%2")
                                               .arg(parser.value(tenant))
                                               .arg(after),
                                           parser.value(token).toUtf8(), &streamLatencies);
        if (!reader->connectTo(settings.host, settings.port) || !loop.add(reader.get())) {
            std::fprintf(stderr, "cannot connect stream client %d\n", i);
            return 2;
        }
        reader->start();
        sockets.push_back(std::move(reader));
    }
    if (!sockets.empty()) {
        const qint64 giveUp = nowNs() + qint64(5e9);
        loop.run(
            [&] {
                return nowNs() > giveUp || std::all_of(sockets.begin(), sockets.end(),
                                                       [](const auto &s) { return s->upgraded(); });
            },
            [] {});
    }

    std::vector<qint64> latencies;
    latencies.reserve(1 << 22);
    qint64 counter = 0;
    std::vector<std::unique_ptr<Connection>> pool;
    for (int i = 0; i < settings.connections; ++i) {
        auto connection = std::make_unique<Connection>(settings, &latencies, &counter);
        if (!connection->connectTo(settings.host, settings.port) || !loop.add(connection.get())) {
            std::fprintf(stderr, "cannot connect to %s\n", qPrintable(parser.value(target)));
            return 2;
        }
        pool.push_back(std::move(connection));
    }

    const qint64 start = nowNs();
    const qint64 end = start + qint64(settings.seconds * 1e9);
    std::vector<qint64> readLatencies;
    readLatencies.reserve(1 << 20);
    std::vector<std::unique_ptr<ApiReader>> consoles;
    for (int i = 0; i < parser.value(readers).toInt(); ++i) {
        auto reader = std::make_unique<ApiReader>(settings.host, parser.value(tenant),
                                                  parser.value(token).toUtf8(), i, &readLatencies);
        if (!reader->connectTo(settings.host, settings.port) || !loop.add(reader.get())) {
            std::fprintf(stderr, "cannot connect reader %d\n", i);
            return 2;
        }
        reader->start(end);
        consoles.push_back(std::move(reader));
    }
    qint64 sent = 0;
    std::function<void()> tick = [] {};
    if (settings.rate <= 0) {
        for (auto &connection : pool) {
            Connection *c = connection.get();
            c->onIdle = [c, end] {
                if (nowNs() < end)
                    c->send(0);
            };
            c->send(0);
        }
    } else {
        // Open loop at a fixed rate: latency counts from the scheduled send time.
        const double interval = 1e9 / settings.rate;
        tick = [&, interval] {
            const qint64 now = nowNs();
            while (sent < qint64(double(now - start) / interval) && now < end) {
                auto it =
                    std::find_if(pool.begin(), pool.end(), [](const auto &c) { return c->idle(); });
                if (it == pool.end())
                    break; // all busy: this send is late, the latency will show it
                (*it)->send(start + qint64(double(sent) * interval));
                ++sent;
            }
        };
    }
    loop.run(
        [&] {
            const qint64 now = nowNs();
            if (now > end + qint64(2e9))
                return true;
            return now > end &&
                   std::all_of(pool.begin(), pool.end(), [](const auto &c) { return c->idle(); }) &&
                   std::all_of(consoles.begin(), consoles.end(),
                               [](const auto &c) { return c->idle(); }) &&
                   (sockets.empty() || now > end + qint64(1e9));
        },
        tick);
    int errors = 0;
    for (const auto &c : pool)
        errors += c->errors + (c->closed() ? 1 : 0); // a connection the server closed is lost load
    report(parser.value(label), latencies, settings.seconds, errors);
    if (!sockets.empty())
        report(parser.value(label) + QStringLiteral(" (stream)"), streamLatencies, settings.seconds,
               0, QStringLiteral("deliveries to clients"));
    int readErrors = 0;
    for (const auto &c : consoles)
        readErrors += c->errors + (c->closed() ? 1 : 0);
    if (!consoles.empty())
        report(parser.value(label) + QStringLiteral(" (reads)"), readLatencies, settings.seconds,
               readErrors, QStringLiteral("reads"));
    return errors == 0 && readErrors == 0 ? 0 : 2;
}
