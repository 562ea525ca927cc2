// SPDX-License-Identifier: GPL-3.0-or-later
// The Conversations page end to end: a real relay whose Meta is the in-process sandbox, the
// console signed in through its real sign-in, and a customer writing through the sandbox. Each
// message type shows in its bubble in words; a reply goes out from the composer and its ticks
// reach "read"; a send Meta refuses says why and goes out on Retry; two consoles of the same
// business see each other's replies at once. Screenshots of the inbox and the chat, in English
// and Hebrew, go to build/screenshots/.
#include "app/sandbox/state/templatestore.h"
#include "core/session/workspace.h"
#include "core/sync/mediastore.h"
#include "core/sync/outbox.h"
#include "core/sync/relayclient.h"
#include "core/sync/replica.h"
#include "core/sync/syncengine.h"
#include "tests/relay/connections/sandboxedrelay.h"
#include "ui/console.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/models/messagelistmodel.h"
#include "ui/pages/conversations/composer.h"
#include "ui/pages/conversations/conversationspage.h"
#include "ui/pages/conversations/messagebubbledelegate.h"
#include "ui/pages/conversations/templatepickerdialog.h"
#include "ui/pages/settings/settingspage.h"
#include "ui/signin/signindialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Test::RelayHarness;
using Test::SandboxedRelay;

namespace {

//! What a screen reader hears for every row of the open chat.
QStringList heard(MessageListModel *model) {
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->index(row).data(Qt::AccessibleTextRole).toString();
    return rows;
}

bool anyContains(const QStringList &rows, const QString &words) {
    return std::any_of(rows.cbegin(), rows.cend(),
                       [&](const QString &row) { return row.contains(words); });
}

} // namespace

class TestConversationsPage : public QObject {
    Q_OBJECT

    struct Seat {
        std::unique_ptr<QTemporaryDir> home;
        std::unique_ptr<QSettings> settings;
        QString service;
        std::unique_ptr<Console> console;
    };

    SandboxedRelay m_world;
    SandboxedRelay::Account m_account;
    Language m_language;
    QNetworkAccessManager m_network;
    std::vector<Seat> m_seats;

    QJsonObject customerWrites(const QString &waId, const QString &name,
                               const QJsonObject &message) {
        QJsonObject body = message;
        body.insert(u"phone_number_id"_s, m_account.phoneNumberId);
        body.insert(u"name"_s, name);
        return m_world.control(u"/_sandbox/customers/%1/messages"_s.arg(waId), body);
    }

    //! A console signed in as `user`, live, on the Conversations page.
    Console *signIn(const QString &user) {
        Seat seat;
        seat.home = std::make_unique<QTemporaryDir>();
        seat.settings = std::make_unique<QSettings>(seat.home->filePath(u"console.conf"_s),
                                                    QSettings::IniFormat);
        seat.service = u"switchboard-inbox-"_s + QUuid::createUuid().toString(QUuid::Id128);
        seat.console = std::make_unique<Console>(&m_language, seat.settings.get(), &m_network,
                                                 seat.home->filePath(u"data"_s), seat.service);
        QSignalSpy opened(seat.console.get(), &Console::businessOpened);
        seat.console->start(
            {QUrl(m_world.relay->baseUrl()), user, QString::fromLatin1(RelayHarness::password)});
        if (!opened.wait(15000))
            return nullptr;
        Console *console = seat.console.get();
        console->window()->resize(1200, 800);
        console->window()->showPage(MainWindow::Page::Conversations);
        if (!QTest::qWaitFor(
                [&] { return console->workspace()->sync()->state() == SyncEngine::State::Live; },
                15000))
            return nullptr;
        m_seats.push_back(std::move(seat));
        return console;
    }

    void save(QWidget *widget, const QString &name) {
        QTest::qWait(150);
        const QString file = QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR "/") + name + u".png"_s;
        QVERIFY2(widget->grab().save(file), qPrintable(file));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(QDir().mkpath(QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR))); }

    void init() {
        QVERIFY2(m_world.start(), qPrintable(m_world.error()));
        m_account = m_world.connectRegistered(u"Pizzeria Napoli"_s, u"+972 3-555-0142"_s);
        QVERIFY(!m_account.phoneNumberId.isEmpty());
    }
    void cleanup() {
        m_seats.clear();
        m_world.relay.reset();
        m_world.sandbox.reset();
        m_language.apply(u"en"_s);
    }

    void everyMessageTypeShowsInItsBubble_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("he") << u"he"_s;
    }
    void everyMessageTypeShowsInItsBubble() {
        QFETCH(QString, language);
        QVERIFY(m_language.apply(language));
        const QString dana = u"972501112233"_s;
        const QString first =
            customerWrites(
                dana, u"Dana Cohen"_s,
                {{u"type"_s, u"text"_s},
                 {u"text"_s, QJsonObject{{u"body"_s, u"Hi! Menu at www.example.com please"_s}}}})
                .value(u"wamid"_s)
                .toString();
        QVERIFY(!first.isEmpty());
        const QList<QJsonObject> messages{
            {{u"type"_s, u"text"_s},
             {u"text"_s, QJsonObject{{u"body"_s, u"שלום, 2 פיצות משפחתיות בבקשה"_s}}}},
            {{u"type"_s, u"image"_s}, {u"image"_s, QJsonObject{{u"caption"_s, u"this one"_s}}}},
            {{u"type"_s, u"sticker"_s}, {u"sticker"_s, QJsonObject{}}},
            {{u"type"_s, u"audio"_s}, {u"audio"_s, QJsonObject{{u"voice"_s, true}}}},
            {{u"type"_s, u"video"_s}, {u"video"_s, QJsonObject{}}},
            {{u"type"_s, u"document"_s},
             {u"document"_s, QJsonObject{{u"filename"_s, u"allergies.pdf"_s}}}},
            {{u"type"_s, u"location"_s},
             {u"location"_s, QJsonObject{{u"latitude"_s, 32.0853},
                                         {u"longitude"_s, 34.7818},
                                         {u"name"_s, u"Herzl 15"_s},
                                         {u"address"_s, u"Tel Aviv"_s}}}},
            {{u"type"_s, u"contacts"_s},
             {u"contacts"_s,
              QJsonArray{QJsonObject{
                  {u"name"_s, QJsonObject{{u"formatted_name"_s, u"Avi Levi"_s}}},
                  {u"phones"_s, QJsonArray{QJsonObject{{u"phone"_s, u"+972 50 000 0009"_s}}}}}}}},
            {{u"type"_s, u"interactive"_s},
             {u"interactive"_s,
              QJsonObject{{u"type"_s, u"button_reply"_s},
                          {u"button_reply"_s,
                           QJsonObject{{u"id"_s, u"pickup"_s}, {u"title"_s, u"Pickup"_s}}}}}},
            {{u"type"_s, u"order"_s},
             {u"order"_s,
              QJsonObject{{u"catalog_id"_s, u"cat1"_s},
                          {u"product_items"_s,
                           QJsonArray{QJsonObject{{u"product_retailer_id"_s, u"margherita-l"_s},
                                                  {u"quantity"_s, 2},
                                                  {u"item_price"_s, 59},
                                                  {u"currency"_s, u"ILS"_s}}}}}}},
            {{u"type"_s, u"reaction"_s},
             {u"reaction"_s, QJsonObject{{u"message_id"_s, first}, {u"emoji"_s, u"👍"_s}}}},
            {{u"type"_s, u"text"_s},
             {u"text"_s, QJsonObject{{u"body"_s, u"And a coke"_s}}},
             {u"context"_s, QJsonObject{{u"message_id"_s, first}}}},
            {{u"type"_s, u"unsupported"_s}},
        };
        for (const QJsonObject &message : messages)
            QVERIFY2(!customerWrites(dana, u"Dana Cohen"_s, message)
                          .value(u"wamid"_s)
                          .toString()
                          .isEmpty(),
                     qPrintable(message.value(u"type"_s).toString()));
        customerWrites(
            u"972502223344"_s, u"נועה לוי"_s,
            {{u"type"_s, u"text"_s}, {u"text"_s, QJsonObject{{u"body"_s, u"אתם פתוחים היום?"_s}}}});

        Console *console = signIn(u"pat"_s);
        QVERIFY(console);
        ConversationsPage *page = console->inbox();
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->conversations()->rowCount(), 2, 10000);
        QString conversation;
        for (int row = 0; row < 2; ++row) {
            const QModelIndex index = page->conversations()->index(row);
            if (index.data(ConversationListModel::TitleRole).toString() == u"Dana Cohen"_s)
                conversation = index.data(ConversationListModel::IdRole).toString();
        }
        QVERIFY(!conversation.isEmpty());
        save(console->window(), u"inbox-"_s + language);

        QVERIFY(page->openConversation(conversation));
        MessageListModel *chat = page->messages();
        QTRY_COMPARE_WITH_TIMEOUT(chat->rowCount(), 13,
                                  10000); // 14 messages; the reaction is no row
        if (language == u"en"_s) {
            const QStringList rows = heard(chat);
            for (const QString &words :
                 {u"Hi! Menu at www.example.com please"_s, u"שלום, 2 פיצות"_s, u"Photo: this one"_s,
                  u"Sticker"_s, u"Voice message"_s, u"Video"_s, u"Document: allergies.pdf"_s,
                  u"Location: Herzl 15"_s, u"Contact: Avi Levi"_s, u"Chose “Pickup”"_s,
                  u"Order from the catalog: 1 item"_s, u"And a coke"_s,
                  u"A message type WhatsApp does not let businesses see"_s})
                QVERIFY2(anyContains(rows, words),
                         qPrintable(words + u" | "_s + rows.join(u" | "_s)));
        }
        // The reaction on the first message; the reply quotes it.
        const int firstRow = chat->rowOfMessage(first);
        QCOMPARE(chat->index(firstRow).data(MessageListModel::ReactionsRole).toStringList(),
                 QStringList{u"👍"_s});
        QModelIndex reply;
        for (int row = 0; row < chat->rowCount(); ++row)
            if (chat->index(row).data(MessageListModel::TextRole).toString() == u"And a coke"_s)
                reply = chat->index(row);
        QCOMPARE(
            reply.data(MessageListModel::QuotedRole).toJsonObject().value(u"wamid"_s).toString(),
            first);
        // Bubbles: the customer's on the leading side, mirrored in Hebrew; a Hebrew text keeps
        // its own direction in an English window.
        auto *delegate = qobject_cast<MessageBubbleDelegate *>(page->chatView()->itemDelegate());
        QVERIFY(delegate);
        QStyleOptionViewItem option;
        option.initFrom(page->chatView()->viewport());
        option.rect = QRect(0, 0, page->chatView()->viewport()->width(), 100);
        const BubbleLayout &hebrew = delegate->layoutFor(option, chat->index(1));
        QCOMPARE(hebrew.textDirection, Qt::RightToLeft);
        const bool rtl = language == u"he"_s;
        QVERIFY2(rtl ? hebrew.bubble.right() > option.rect.width() / 2
                     : hebrew.bubble.left() < option.rect.width() / 2,
                 "the customer's bubble is on the leading side");
        // Opening it read it: the relay's unread count goes to 0 (the read route).
        QTRY_COMPARE_WITH_TIMEOUT(page->conversations()
                                      ->index(page->conversations()->rowOf(conversation))
                                      .data(ConversationListModel::UnreadRole)
                                      .toInt(),
                                  0, 10000);
        // Pictures are fetched through the relay when their bubble is painted (the console never
        // holds Meta's token), kept in the console's folder.
        QString photo;
        for (int row = 0; row < chat->rowCount() && photo.isEmpty(); ++row)
            if (chat->index(row).data(MessageListModel::TypeRole).toString() == u"image"_s)
                photo = chat->index(row)
                            .data(MessageListModel::RecordRole)
                            .toJsonObject()
                            .value(u"media"_s)
                            .toObject()
                            .value(u"id"_s)
                            .toString();
        QVERIFY(!photo.isEmpty());
        page->chatView()->scrollTo(chat->index(2));
        page->chatView()->viewport()->repaint();
        QTRY_VERIFY_WITH_TIMEOUT(!page->media()->path(photo).isEmpty(), 10000);
        QFile fetched(page->media()->path(photo));
        QVERIFY(fetched.open(QIODevice::ReadOnly));
        QVERIFY(fetched.readAll().startsWith("sandbox media sent by customer"));
        page->chatView()->scrollToBottom();
        save(console->window(), u"chat-"_s + language);
        page->chatView()->scrollToTop();
        save(console->window(), u"chat-top-"_s + language);
    }

    void aReplyGoesOutAndItsTicksReachRead() {
        customerWrites(
            u"972501112233"_s, u"Dana Cohen"_s,
            {{u"type"_s, u"text"_s}, {u"text"_s, QJsonObject{{u"body"_s, u"Open tonight?"_s}}}});
        Console *console = signIn(u"pat"_s);
        QVERIFY(console);
        ConversationsPage *page = console->inbox();
        QTRY_COMPARE_WITH_TIMEOUT(page->conversations()->rowCount(), 1, 10000);
        QVERIFY(page->openConversation(
            page->conversations()->index(0).data(ConversationListModel::IdRole).toString()));
        // Typed and sent with Enter, as a person does.
        auto *edit = page->composer()->findChild<QPlainTextEdit *>(u"composerText"_s);
        QVERIFY(edit && edit->isEnabled());
        edit->setFocus();
        QTest::keyClicks(edit, u"Yes, until 23:00"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(edit->toPlainText().isEmpty());
        MessageListModel *chat = page->messages();
        QTRY_VERIFY_WITH_TIMEOUT(chat->rowCount() >= 2, 5000);
        const QModelIndex ours = chat->index(chat->rowCount() - 1);
        QCOMPARE(ours.data(MessageListModel::TextRole).toString(), u"Yes, until 23:00"_s);
        // Sent, delivered, read: the sandbox's customer reads it.
        QTRY_COMPARE_WITH_TIMEOUT(
            chat->index(chat->rowCount() - 1).data(MessageListModel::StatusRole).toString(),
            u"read"_s, 15000);
        QCOMPARE(chat->rowCount(), 2); // the queued row gave way to the relay's message
        QVERIFY(chat->index(1).data(Qt::AccessibleTextRole).toString().contains(u"Read"_s));

        // Enter for new lines, as some prefer (Settings): Enter breaks the line, Ctrl+Enter sends.
        auto *enterSends =
            console->window()->settingsPage()->findChild<QCheckBox *>(u"enterSends"_s);
        QVERIFY(enterSends && enterSends->isChecked());
        enterSends->click();
        edit->setFocus();
        QTest::keyClicks(edit, u"Two lines:"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, u"see you"_s);
        QCOMPARE(edit->toPlainText(), u"Two lines:\nsee you"_s);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(edit->toPlainText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            chat->index(chat->rowCount() - 1).data(MessageListModel::TextRole).toString(),
            u"Two lines:\nsee you"_s, 5000);
    }

    void aSendMetaRefusesSaysWhyAndGoesOutOnRetry() {
        customerWrites(
            u"972501112233"_s, u"Dana Cohen"_s,
            {{u"type"_s, u"text"_s}, {u"text"_s, QJsonObject{{u"body"_s, u"Hello?"_s}}}});
        Console *console = signIn(u"pat"_s);
        QVERIFY(console);
        ConversationsPage *page = console->inbox();
        QTRY_COMPARE_WITH_TIMEOUT(page->conversations()->rowCount(), 1, 10000);
        QVERIFY(page->openConversation(
            page->conversations()->index(0).data(ConversationListModel::IdRole).toString()));
        // Opening it marked it read (at Meta too); then Meta refuses the next send, once.
        QTRY_COMPARE_WITH_TIMEOUT(
            page->conversations()->index(0).data(ConversationListModel::UnreadRole).toInt(), 0,
            10000);
        QTest::qWait(300);
        m_world.fault(u"/messages"_s, 131026, 400, 1); // undeliverable
        page->sendText(u"Your order is ready"_s);
        MessageListModel *chat = page->messages();
        QTRY_COMPARE_WITH_TIMEOUT(
            chat->index(chat->rowCount() - 1).data(MessageListModel::StatusRole).toString(),
            u"failed"_s, 15000);
        const QModelIndex failed = chat->index(chat->rowCount() - 1);
        QVERIFY2(
            failed.data(MessageListModel::ErrorRole).toString().contains(u"could not deliver"_s),
            qPrintable(failed.data(MessageListModel::ErrorRole).toString()));
        save(console->window(), u"chat-failed-en"_s);
        // Retry, as the bubble's button does.
        auto *delegate = qobject_cast<MessageBubbleDelegate *>(page->chatView()->itemDelegate());
        Q_EMIT delegate->retryRequested(failed);
        QTRY_VERIFY_WITH_TIMEOUT(QStringList({u"sent"_s, u"delivered"_s, u"read"_s})
                                     .contains(chat->index(chat->rowCount() - 1)
                                                   .data(MessageListModel::StatusRole)
                                                   .toString()),
                                 15000);
    }

    void outsideTheWindowATemplateGoesOut() {
        // Dana wrote 25 hours ago: only a template may go to her now.
        m_world.sandbox->state().clock().advance(-25LL * 3600 * 1000);
        customerWrites(
            u"972501112233"_s, u"Dana Cohen"_s,
            {{u"type"_s, u"text"_s}, {u"text"_s, QJsonObject{{u"body"_s, u"Pizza tomorrow?"_s}}}});
        QVERIFY(m_world.relay->waitIngested());
        m_world.sandbox->state().clock().advance(25LL * 3600 * 1000);
        // The business has an approved template at Meta; an admin syncs the templates.
        Sandbox::MessageTemplate ready;
        ready.wabaId = m_account.wabaId;
        ready.name = u"order_ready"_s;
        ready.language = u"en"_s;
        ready.category = u"UTILITY"_s;
        ready.status = u"APPROVED"_s;
        ready.components = QJsonArray{QJsonObject{
            {u"type"_s, u"BODY"_s}, {u"text"_s, u"Hi {{1}}, your order {{2}} is ready"_s}}};
        m_world.sandbox->state().templates().add(ready);
        const QString pat = m_world.relay->login(u"pat"_s);
        const auto synced = m_world.relay->request(
            "POST", u"/api/v1/tenants/%1/templates/sync"_s.arg(m_world.relay->tenantId), "{}",
            {{"authorization", "Bearer " + pat.toUtf8()}, {"content-type", "application/json"}});
        QVERIFY2(synced.status == 200, synced.body.constData());

        Console *console = signIn(u"pat"_s);
        QVERIFY(console);
        ConversationsPage *page = console->inbox();
        QTRY_COMPARE_WITH_TIMEOUT(page->conversations()->rowCount(), 1, 10000);
        const QString id =
            page->conversations()->index(0).data(ConversationListModel::IdRole).toString();
        QCOMPARE(page->conversations()
                     ->index(0)
                     .data(ConversationListModel::WindowRole)
                     .value<ConversationListModel::ServiceWindow>(),
                 ConversationListModel::ServiceWindow::Closed);
        QVERIFY(page->openConversation(id));
        auto *edit = page->composer()->findChild<QPlainTextEdit *>(u"composerText"_s);
        QVERIFY(!edit->isEnabled());
        auto *state = page->composer()->findChild<QLabel *>(u"windowState"_s);
        QVERIFY(state && state->isVisible());
        QVERIFY2(state->text().contains(u"approved template"_s), qPrintable(state->text()));
        save(console->window(), u"chat-window-closed-en"_s);

        QTRY_COMPARE_WITH_TIMEOUT(console->workspace()->replica()->count(u"template"_s).value(), 1,
                                  10000);
        TemplatePickerDialog picker(console->workspace(), id, console->window());
        QCOMPARE(picker.templates().size(), 1);
        picker.setParameter(1, u"Dana"_s);
        picker.setParameter(2, u"#12"_s);
        QCOMPARE(picker.preview(), u"Hi Dana, your order #12 is ready"_s);
        picker.show();
        save(&picker, u"template-picker-en"_s);
        auto *send = picker.findChild<QPushButton *>();
        for (QPushButton *button : picker.findChildren<QPushButton *>())
            if (button->accessibleName() == u"Send the template"_s)
                send = button;
        QVERIFY(send && send->isEnabled());
        send->click();
        MessageListModel *chat = page->messages();
        // The relay keeps what went to Meta (a template with its parameters) and the ticks arrive.
        auto last = [chat] {
            return chat->index(chat->rowCount() - 1)
                .data(MessageListModel::RecordRole)
                .toJsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            last().value(u"raw"_s).toObject().value(u"template"_s).toObject().value(u"name"_s) ==
                    u"order_ready"_s &&
                QStringList({u"sent"_s, u"delivered"_s, u"read"_s})
                    .contains(last().value(u"status"_s).toString()),
            15000);
        const QJsonArray parameters = last()
                                          .value(u"raw"_s)
                                          .toObject()
                                          .value(u"template"_s)
                                          .toObject()
                                          .value(u"components"_s)
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(u"parameters"_s)
                                          .toArray();
        QCOMPARE(parameters.at(0).toObject().value(u"text"_s).toString(), u"Dana"_s);
        QCOMPARE(parameters.at(1).toObject().value(u"text"_s).toString(), u"#12"_s);
    }

    void twoConsolesSeeEachOthersReplies() {
        customerWrites(
            u"972501112233"_s, u"Dana Cohen"_s,
            {{u"type"_s, u"text"_s}, {u"text"_s, QJsonObject{{u"body"_s, u"Anyone there?"_s}}}});
        Console *pat = signIn(u"pat"_s);
        Console *sam = signIn(u"sam"_s);
        QVERIFY(pat && sam);
        for (Console *console : {pat, sam})
            QTRY_COMPARE_WITH_TIMEOUT(console->inbox()->conversations()->rowCount(), 1, 10000);
        const QString id =
            pat->inbox()->conversations()->index(0).data(ConversationListModel::IdRole).toString();
        QVERIFY(pat->inbox()->openConversation(id));
        QVERIFY(sam->inbox()->openConversation(id));
        pat->inbox()->sendText(u"Pat here, one moment"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            anyContains(heard(sam->inbox()->messages()), u"Pat here, one moment"_s), 10000);
        sam->inbox()->sendText(u"Sam: it's ready"_s);
        QTRY_VERIFY_WITH_TIMEOUT(anyContains(heard(pat->inbox()->messages()), u"Sam: it's ready"_s),
                                 10000);

        // Pat hands the conversation to Sam from the header's menu; Sam sees it is his.
        auto *assign = pat->inbox()->findChild<QToolButton *>(u"assign"_s);
        QVERIFY(assign);
        QAction *toSam = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (assign->menu())
                    for (QAction *action : assign->menu()->actions())
                        if (action->text() == u"Assign to sam"_s)
                            toSam = action;
                return toSam != nullptr;
            }(),
            10000);
        toSam->trigger();
        ConversationListModel *samsList = sam->inbox()->conversations();
        QTRY_COMPARE_WITH_TIMEOUT(
            samsList->index(0).data(ConversationListModel::AssigneeNameRole).toString(), u"sam"_s,
            10000);
        // Sam closes it; Pat's list says so.
        auto *close = sam->inbox()->findChild<QPushButton *>(u"closeConversation"_s);
        QVERIFY(close && close->text() == u"Close"_s);
        close->click();
        QTRY_COMPARE_WITH_TIMEOUT(pat->inbox()
                                      ->conversations()
                                      ->index(0)
                                      .data(ConversationListModel::StatusRole)
                                      .toString(),
                                  u"closed"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(close->text(), u"Reopen"_s, 5000);
    }
};

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    TestConversationsPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_conversationspage.moc"
