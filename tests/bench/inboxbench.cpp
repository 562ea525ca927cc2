// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/inboxbench.h"

#include "core/crypto/hmac.h"
#include "core/session/workspace.h"
#include "core/sync/replica.h"
#include "core/sync/syncengine.h"
#include "ui/mainwindow.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/models/messagelistmodel.h"
#include "ui/pages/conversations/conversationspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace Switchboard {

namespace {

struct Figures {
    std::vector<double> values;
    void add(double v) { values.push_back(v); }
    double at(double p) {
        std::sort(values.begin(), values.end());
        return values.empty() ? 0 : values[std::min(values.size() - 1, size_t(p * values.size()))];
    }
    double max() { return values.empty() ? 0 : *std::max_element(values.begin(), values.end()); }
};

double rssMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    return 0;
}

//! A delivery of `count` text messages from one customer, as Meta batches them.
QByteArray batch(const QString &waId, int first, int count) {
    QByteArray messages;
    const QByteArray now = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    for (int i = first; i < first + count; ++i) {
        if (!messages.isEmpty())
            messages += ',';
        messages += "{\"from\":\"" + waId.toUtf8() + "\",\"id\":\"wamid.long" +
                    QByteArray::number(i) + "\",\"timestamp\":\"" + now +
                    "\",\"type\":\"text\",\"text\":{\"body\":\"message " + QByteArray::number(i) +
                    " of a long conversation, with enough words to wrap over two lines in a "
                    "bubble of the chat view\"}}";
    }
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"WABA-PN1\",\"changes\":["
           "{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{"
           "\"display_phone_number\":\"15550000001\",\"phone_number_id\":\"PN1\"},\"contacts\":[{"
           "\"profile\":{\"name\":\"Long Talker\"},\"wa_id\":\"" +
           waId.toUtf8() + "\"}],\"messages\":[" + messages + "]}}]}]}";
}

void post(QNetworkAccessManager &network, const QUrl &relay, const QByteArray &secret,
          const QByteArray &body) {
    QNetworkRequest request(relay.resolved(QUrl(QStringLiteral("/webhook"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Hub-Signature-256",
                         "sha256=" + Hmac::hmacSha256(secret, body).value().toHex());
    QNetworkReply *reply = network.post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

template <typename Done>
bool waitFor(Done done, int ms) {
    QElapsedTimer wait;
    wait.start();
    while (!done() && wait.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return done();
}

} // namespace

void runInboxBench(Workspace &workspace, MainWindow &window, QNetworkAccessManager &network,
                   const QUrl &relay, const QByteArray &secret, const QString &username) {
    QElapsedTimer clock;
    clock.start();
    auto *page = new ConversationsPage(&workspace, username);
    window.setPage(MainWindow::Page::Conversations, page);
    window.showPage(MainWindow::Page::Conversations);
    page->listView()->viewport()->repaint();
    std::printf("inbox: %d conversations listed and painted in %.0f ms (model load %lld ms)\n",
                page->conversations()->rowCount(), clock.nsecsElapsed() / 1e6,
                page->conversations()->lastLoadMs());

    // Opening conversations: the last 50 messages read, laid out and painted.
    Figures opening;
    QRandomGenerator random(13);
    for (int n = 0; n < 40; ++n) {
        const int row = int(random.bounded(page->conversations()->rowCount()));
        const QString id =
            page->conversations()->index(row).data(ConversationListModel::IdRole).toString();
        clock.restart();
        page->openConversation(id);
        page->chatView()->viewport()->repaint();
        opening.add(clock.nsecsElapsed() / 1e6);
    }
    std::printf("open a conversation to its last %d messages painted: p50 %.1f ms, p99 %.1f ms, "
                "max %.1f ms (40 conversations)\n",
                MessageListModel::pageSize(), opening.at(0.5), opening.at(0.99), opening.max());

    // Searches across every message and customer, the list repainted.
    Figures searching;
    for (const QString &terms :
         {QStringLiteral("margherita"), QStringLiteral("pizza large"), QStringLiteral("delivery"),
          QStringLiteral("97250"), QStringLiteral("message 4"), QStringLiteral("coke")}) {
        clock.restart();
        page->searchFor(terms);
        page->listView()->viewport()->repaint();
        searching.add(clock.nsecsElapsed() / 1e6);
    }
    std::printf("search across all messages, results listed and painted: p50 %.1f ms, max %.1f "
                "ms (6 searches)\n",
                searching.at(0.5), searching.max());
    page->searchFor({});

    // 2,000 messages of one customer, delivered live in batches of 100.
    const QString longTalker = QStringLiteral("972599000077");
    const qint64 before = workspace.replica()->count(QStringLiteral("message")).value();
    for (int i = 0; i < 2000; i += 100)
        post(network, relay, secret, batch(longTalker, i, 100));
    waitFor(
        [&] {
            return workspace.replica()->count(QStringLiteral("message")).value() >= before + 2000;
        },
        60000);
    QString longId;
    for (int row = 0; row < page->conversations()->rowCount() && longId.isEmpty(); ++row) {
        const QModelIndex index = page->conversations()->index(row);
        if (index.data(ConversationListModel::PhoneRole).toString().contains(longTalker))
            longId = index.data(ConversationListModel::IdRole).toString();
    }
    page->openConversation(longId);
    MessageListModel *chat = page->messages();
    chat->rowOfMessage(QStringLiteral("wamid.long0")); // every page loaded
    QListView *view = page->chatView();
    view->scrollToTop();
    QCoreApplication::processEvents();
    Figures painting;
    QScrollBar *bar = view->verticalScrollBar();
    const int step = qMax(1, view->viewport()->height() / 3);
    int frames = 0;
    for (int value = 0; value <= bar->maximum(); value += step) {
        bar->setValue(value);
        clock.restart();
        view->viewport()->repaint();
        painting.add(clock.nsecsElapsed() / 1e6);
        ++frames;
    }
    std::printf("scroll through %d messages: %d frames, paint p50 %.2f ms, p99 %.2f ms, worst "
                "%.2f ms\n",
                chat->rowCount(), frames, painting.at(0.5), painting.at(0.99), painting.max());

    // A live message in the open chat: frame arrived → its row inserted → painted.
    Figures visible;
    QElapsedTimer frame;
    bool waiting = false;
    QObject::connect(workspace.sync(), &SyncEngine::frameArrived, page, [&] {
        if (waiting && !frame.isValid())
            frame.start();
    });
    QMetaObject::Connection inserted =
        QObject::connect(chat, &QAbstractItemModel::rowsInserted, page, [&] {
            if (!waiting || !frame.isValid())
                return;
            view->scrollToBottom();
            view->viewport()->repaint();
            visible.add(frame.nsecsElapsed() / 1e6);
            waiting = false;
        });
    view->scrollToBottom();
    for (int n = 0; n < 30; ++n) {
        waiting = true;
        frame.invalidate();
        post(network, relay, secret, batch(longTalker, 5000 + n, 1));
        waitFor([&] { return !waiting; }, 5000);
        QEventLoop idle;
        QTimer::singleShot(40, &idle, &QEventLoop::quit);
        idle.exec();
    }
    QObject::disconnect(inserted);
    std::printf("live message in the open chat, frame arrived → painted: p50 %.1f ms, p99 %.1f "
                "ms, max %.1f ms (%zu messages)\n",
                visible.at(0.5), visible.at(0.99), visible.max(), visible.values.size());
    std::printf("resident memory with the Conversations page open: %.1f MB\n", rssMb());
}

} // namespace Switchboard
