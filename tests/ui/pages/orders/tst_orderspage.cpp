// SPDX-License-Identifier: GPL-3.0-or-later
// The Orders page against a real relay whose Meta is the in-process sandbox, with a Workspace
// signed in as the Pizzeria's staff and live. A customer's Hebrew WhatsApp message becomes a
// priced pending order on the board, the new-order bell rings until the order is seen, the
// detail shows the message and its conversation; the order moves through every status (Return
// on the board, a drop on a column, the detail's buttons), a second click on the same status
// sends nothing, the customer is told of each change exactly once, confirming prints the
// kitchen ticket (a PDF here, read back with pdftotext) and today's figures count it. An
// illegal drop is refused with a reason; cancelling needs one. Screenshots in English and
// Hebrew go to build/screenshots/.
#include "core/session/workspace.h"
#include "core/sync/outbox.h"
#include "core/sync/relayclient.h"
#include "core/sync/replica.h"
#include "core/sync/syncengine.h"
#include "tests/relay/connections/sandboxedrelay.h"
#include "ui/language.h"
#include "ui/models/orderfiltermodel.h"
#include "ui/models/orderlistmodel.h"
#include "ui/pages/orders/orderboard.h"
#include "ui/pages/orders/orderdetail.h"
#include "ui/pages/orders/orderspage.h"
#include "ui/shell/desktopnotifier.h"
#include "ui/shell/neworderalarm.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Test::RelayHarness;
using Test::SandboxedRelay;

namespace {
const QString dana = u"972501234567"_s;
} // namespace

class TestOrdersPage : public QObject {
    Q_OBJECT

    SandboxedRelay m_world;
    SandboxedRelay::Account m_account;
    Language m_language;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<RelayClient> m_client;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<NewOrderAlarm> m_alarm;
    QString m_token;

    RelayHarness::Reply call(const QByteArray &method, const QString &path,
                             const QByteArray &body = {}) {
        return m_world.relay->request(
            method, u"/api/v1/tenants/%1"_s.arg(m_world.relay->tenantId) + path, body,
            {{"Authorization", "Bearer " + m_token.toUtf8()},
             {"Content-Type", "application/json"}});
    }
    QJsonObject relayOrder(const QString &id) { return call("GET", u"/orders/"_s + id).json(); }

    void seedPizzeria() {
        QFile file(QStringLiteral(SWITCHBOARD_PIZZERIA_MENU));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray products =
            QJsonDocument::fromJson(file.readAll()).object().value(u"products"_s).toArray();
        int order = 0;
        for (const QJsonValue &value : products) {
            QJsonObject body = value.toObject();
            body.remove(u"id"_s);
            order += 10;
            body.insert(u"display_order"_s, order);
            const auto reply = call("POST", u"/products"_s, QJsonDocument(body).toJson());
            QVERIFY2(reply.status == 201, reply.body.constData());
        }
    }

    QString customerWrites(const QString &text) {
        return m_world
            .control(u"/_sandbox/customers/%1/messages"_s.arg(dana),
                     {{u"phone_number_id"_s, m_account.phoneNumberId},
                      {u"name"_s, u"דנה"_s},
                      {u"type"_s, u"text"_s},
                      {u"text"_s, QJsonObject{{u"body"_s, text}}}})
            .value(u"wamid"_s)
            .toString();
    }

    //! The texts the business sent Dana, from GET /_sandbox/outbox.
    QStringList sentToDana() {
        std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(
            QUrl(m_world.sandboxUrl +
                 u"/_sandbox/outbox?phone_number_id=%1"_s.arg(m_account.phoneNumberId)))));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(10000);
        QStringList texts;
        for (const QJsonValue &value :
             QJsonDocument::fromJson(reply->readAll()).object().value(u"messages"_s).toArray()) {
            const QJsonObject message = value.toObject();
            if (message.value(u"to"_s).toString() == dana)
                texts << message.value(u"request"_s)
                             .toObject()
                             .value(u"text"_s)
                             .toObject()
                             .value(u"body"_s)
                             .toString();
        }
        return texts;
    }

    std::unique_ptr<OrdersPage> openPage() {
        auto page = std::make_unique<OrdersPage>(m_workspace.get(), m_alarm.get());
        page->setTicketDirectory(m_home->filePath(u"tickets"_s));
        page->resize(1280, 860);
        page->show();
        return page;
    }

    //! The only order the page shows, once the relay's change arrived.
    QString waitForOrder(OrdersPage &page, const QString &status) {
        QString id;
        const bool shown = QTest::qWaitFor(
            [&] {
                OrderFilterModel *column = page.board()->filter(status);
                if (!column || column->rowCount() != 1)
                    return false;
                id = column->index(0, 0).data(OrderListModel::IdRole).toString();
                return true;
            },
            15000);
        return shown ? id : QString();
    }

    bool reaches(OrdersPage &page, const QString &id, const QString &status) {
        return QTest::qWaitFor(
            [&] {
                return page.orders()->record(id).value(u"status"_s).toString() == status &&
                       page.board()->filter(status)->rowCount() == 1;
            },
            15000);
    }

    static QString pdfText(const QString &pdf) {
        QProcess process;
        process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        process.waitForFinished(20000);
        QString text = QString::fromUtf8(process.readAllStandardOutput());
        text.remove(
            QRegularExpression(u"[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"_s));
        return text.simplified();
    }

    void save(QWidget *widget, const QString &name) {
        QTest::qWait(250);
        const QString file = QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR "/") + name + u".png"_s;
        QVERIFY2(widget->grab().save(file), qPrintable(file));
    }

    void dropOn(QListView *view, const QString &id) {
        QMimeData mime;
        mime.setData(QString::fromLatin1(OrderListModel::mimeType), id.toUtf8());
        const QPointF at(20, 20);
        QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(QDir().mkpath(QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR)));
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "pdftotext (poppler-utils) is missing: ./packaging/dev.sh installs it");
    }

    void init() {
        QVERIFY2(m_world.start(), qPrintable(m_world.error()));
        m_account = m_world.connectRegistered(u"Pizzeria Napoli"_s, u"+1 555-010-0042"_s);
        QVERIFY(!m_account.phoneNumberId.isEmpty());
        m_token = m_world.relay->login(u"pat"_s);
        QVERIFY(!m_token.isEmpty());
        m_home = std::make_unique<QTemporaryDir>();
        m_client =
            std::make_unique<RelayClient>(&m_network, QUrl(m_world.relay->baseUrl()), m_token);
        m_workspace = std::make_unique<Workspace>(
            m_client.get(), Business{m_world.relay->tenantId, u"Pizzeria"_s, u"owner"_s},
            m_home->filePath(u"data"_s));
        QVERIFY(m_workspace->open());
        m_workspace->outbox()->setRetryDelays(50, 200);
        seedPizzeria();
        m_notifier = std::make_unique<DesktopNotifier>();
        m_alarm = std::make_unique<NewOrderAlarm>(m_notifier.get());
        m_alarm->setMuted(true);
        m_alarm->setWorkspace(m_workspace.get());
        m_workspace->goLive();
        QVERIFY(QTest::qWaitFor(
            [&] { return m_workspace->sync()->state() == SyncEngine::State::Live; }, 15000));
    }
    void cleanup() {
        m_alarm.reset();
        m_notifier.reset();
        m_workspace.reset();
        m_client.reset();
        m_home.reset();
        m_world.relay.reset();
        m_world.sandbox.reset();
        m_language.apply(u"en"_s);
    }

    void hebrewMessageMovesThroughEveryStatus() {
        QVERIFY(m_language.apply(u"he"_s));
        auto page = openPage();
        QAbstractItemModelTester tester(page->orders(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->setAutoPrint(true);
        QSignalSpy printed(page.get(), &OrdersPage::ticketPrinted);

        customerWrites(u"שלום, אפשר 2 פיצה קלאסית גדולה וקולה, משלוח להרצל 15"_s);
        const QString id = waitForOrder(*page, u"pending"_s);
        QVERIFY2(!id.isEmpty(), "the order never reached the board");
        QJsonObject order = page->orders()->record(id);
        QCOMPARE(order.value(u"items"_s).toArray().size(), 2);
        QCOMPARE(order.value(u"items"_s).toArray().at(0).toObject().value(u"quantity"_s).toInt(),
                 2);
        QVERIFY(order.value(u"total"_s).toDouble() > 0);
        const QString card = page->board()
                                 ->filter(u"pending"_s)
                                 ->index(0, OrderListModel::CardColumn)
                                 .data()
                                 .toString();
        QVERIFY2(card.contains(u"פיצה קלאסית"_s) || card.contains(u"Classic pizza"_s),
                 qPrintable(card));

        // The bell rings (looping) until someone looks at the order.
        QTRY_COMPARE_WITH_TIMEOUT(m_alarm->waiting(), QStringList{id}, 5000);
        QVERIFY(m_alarm->isRinging());
        QCOMPARE(m_alarm->effect()->loopCount(), int(QSoundEffect::Infinite));
        QVERIFY(page->findChild<QFrame *>(u"newOrderBanner"_s)->isVisible());
        page->openOrder(id);
        QVERIFY(!m_alarm->isRinging());
        QVERIFY(!page->findChild<QFrame *>(u"newOrderBanner"_s)->isVisible());

        // The detail: the message it came from, a way to its conversation, the items.
        QCOMPARE(page->detail()->orderId(), id);
        QVERIFY(page->findChild<QLabel *>(u"orderSourceMessage"_s)->text().contains(u"הרצל"_s));
        QSignalSpy toConversation(page.get(), &OrdersPage::conversationRequested);
        page->findChild<QPushButton *>(u"openOrderConversation"_s)->click();
        QCOMPARE(toConversation.size(), 1);
        QVERIFY(!toConversation.first().first().toString().isEmpty());
        QCOMPARE(page->detail()->itemsTable()->rowCount(), 2);
        save(page.get(), u"orders-board-he"_s);

        // Return on the board confirms; a second Confirm is refused here and sends nothing.
        OrderColumnView *pending = page->board()->column(u"pending"_s);
        pending->setFocus();
        pending->setCurrentIndex(pending->model()->index(0, OrderListModel::CardColumn));
        QTest::keyClick(pending, Qt::Key_Return);
        QVERIFY(!page->requestStatus(id, u"confirmed"_s));
        QVERIFY(!page->notice().isEmpty());
        QVERIFY(reaches(*page, id, u"confirmed"_s));

        // Confirming printed the kitchen ticket: the items, in Hebrew, in the customer's order.
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 10000);
        const QString pdf = printed.first().at(1).toString();
        QVERIFY2(QFileInfo(pdf).size() > 0, qPrintable(pdf));
        const QString ticket = pdfText(pdf);
        const qsizetype pizza = ticket.indexOf(u"פיצה קלאסית"_s);
        const qsizetype coke = ticket.indexOf(u"קולה"_s);
        QVERIFY2(pizza >= 0 && coke > pizza, qPrintable(ticket));
        QVERIFY2(ticket.contains(u"הרצל"_s), qPrintable(ticket));

        // A drop on "Preparing", then the detail's buttons to the end.
        dropOn(page->board()->column(u"preparing"_s), id);
        QVERIFY(reaches(*page, id, u"preparing"_s));
        for (const QString &status : {u"ready"_s, u"out_for_delivery"_s, u"delivered"_s}) {
            QPushButton *button = nullptr;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    button = page->findChild<QPushButton *>(u"orderTo_"_s + status);
                    return button && button->isVisible() && button->isEnabled();
                },
                10000));
            button->click();
            QVERIFY2(reaches(*page, id, status), qPrintable(status));
        }
        const QJsonArray timeline = relayOrder(id).value(u"timeline"_s).toArray();
        QCOMPARE(timeline.size(), 6);
        QCOMPARE(timeline.at(1).toObject().value(u"by"_s).toString(), u"pat"_s);

        // Dana was told four times (confirmed, ready, on its way, delivered), once each.
        QTRY_COMPARE_WITH_TIMEOUT(sentToDana().size(), 4, 40000);
        QTest::qWait(1500);
        const QStringList told = sentToDana();
        QCOMPARE(told.size(), 4);
        QVERIFY2(told.at(0).contains(u"אושרה"_s), qPrintable(told.at(0)));
        QVERIFY(told.at(3).contains(u"נמסרה"_s));

        // Today's figures count it, with its revenue and a confirmed-to-ready time.
        QTRY_VERIFY_WITH_TIMEOUT(page->figures().value(0).endsWith(u"1"_s), 5000);
        QVERIFY2(!page->figures().value(2).endsWith(u"עדיין אין"_s),
                 qPrintable(page->figures().join(u" | "_s)));
        save(page.get(), u"orders-detail-he"_s);
    }

    void illegalMovesAreRefusedAndCancellingNeedsAReason() {
        QVERIFY(m_language.apply(u"en"_s));
        auto page = openPage();
        customerWrites(u"2 pepperoni pizza large and a sprite for pickup"_s);
        const QString id = waitForOrder(*page, u"pending"_s);
        QVERIFY(!id.isEmpty());
        const int outboxBefore = int(m_workspace->outbox()->commands().size());

        // Pending cannot skip to ready: the page says so and asks the relay nothing.
        dropOn(page->board()->column(u"ready"_s), id);
        QVERIFY2(page->notice().contains(u"cannot go from Pending to Ready"_s),
                 qPrintable(page->notice()));
        QCOMPARE(int(m_workspace->outbox()->commands().size()), outboxBefore);
        QVERIFY(!page->requestStatus(id, u"cancelled"_s));

        // An edit in the detail: delivery after all, with the address.
        page->openOrder(id);
        auto *delivery = page->findChild<QComboBox *>(u"orderDeliveryType"_s);
        delivery->setCurrentIndex(delivery->findData(u"delivery"_s));
        auto *address = page->findChild<QLineEdit *>(u"orderAddress"_s);
        address->setText(u"Herzl 15"_s);
        QTest::keyClick(address, Qt::Key_End);
        QTest::keyClicks(address, u" Tel Aviv"_s); // typed: textEdited, as a person gives
        QPushButton *saveButton = page->detail()->saveButton();
        QVERIFY(saveButton->isEnabled());
        saveButton->click();
        QTRY_COMPARE_WITH_TIMEOUT(relayOrder(id).value(u"delivery_address"_s).toString(),
                                  u"Herzl 15 Tel Aviv"_s, 10000);
        QCOMPARE(relayOrder(id).value(u"delivery_type"_s).toString(), u"delivery"_s);
        save(page.get(), u"orders-detail-en"_s);

        QVERIFY(page->requestStatus(id, u"cancelled"_s, u"Out of dough"_s));
        QTRY_COMPARE_WITH_TIMEOUT(relayOrder(id).value(u"status"_s).toString(), u"cancelled"_s,
                                  10000);
        QCOMPARE(relayOrder(id)
                     .value(u"timeline"_s)
                     .toArray()
                     .last()
                     .toObject()
                     .value(u"note"_s)
                     .toString(),
                 u"Out of dough"_s);
        QTRY_COMPARE_WITH_TIMEOUT(sentToDana().size(), 1, 20000);
    }

    void screenshots_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("he") << u"he"_s;
    }
    void screenshots() {
        QFETCH(QString, language);
        QVERIFY(m_language.apply(language));
        auto page = openPage();
        save(page.get(), u"orders-empty-"_s + language);
        customerWrites(u"שלום, אפשר 2 פיצה קלאסית גדולה וקולה, משלוח להרצל 15"_s);
        const QString first = waitForOrder(*page, u"pending"_s);
        QVERIFY(!first.isEmpty());
        QVERIFY(page->requestStatus(first, u"confirmed"_s));
        QVERIFY(reaches(*page, first, u"confirmed"_s));
        customerWrites(u"one calzone and 2 fries please, I'll pick it up"_s);
        const QString second = waitForOrder(*page, u"pending"_s);
        QVERIFY(!second.isEmpty());
        if (language == u"en"_s)
            save(page.get(), u"orders-board-en"_s);
        page->openOrder(first);
        page->showBoard(false);
        page->findChild<QComboBox *>(u"orderShow"_s)->setCurrentIndex(3);
        QTRY_COMPARE_WITH_TIMEOUT(page->tableFilter()->rowCount(), 2, 5000);
        save(page.get(), u"orders-table-"_s + language);
    }
};

QTEST_MAIN(TestOrdersPage)
#include "tst_orderspage.moc"
