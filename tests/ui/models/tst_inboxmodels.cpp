// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox's models over a real Replica fed events as the relay sends them: the conversation
// list in order of activity, changed row by row (moves, inserts, dataChanged; no reset on a live
// event, counted), held under the pointer; its filters; a conversation's messages with reactions
// on their message, quotes, older pages, and the Outbox's queued rows. QAbstractItemModelTester
// checks every model's consistency throughout.
#include "core/sync/replica.h"
#include "ui/language.h"
#include "ui/models/conversationfiltermodel.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/models/messagelistmodel.h"
#include "ui/models/messagewords.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Switchboard;
using namespace Qt::StringLiterals;

namespace {

QString at(int minute) {
    return u"2026-12-01T10:%1:00Z"_s.arg(minute, 2, 10, QLatin1Char('0'));
}

//! Every signal a view reacts to, counted.
struct ModelSignals {
    explicit ModelSignals(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , layout(model, &QAbstractItemModel::layoutChanged) {}
    QSignalSpy reset, inserted, removed, moved, changed, layout;
};

} // namespace

class TestInboxModels : public QObject {
    Q_OBJECT

    Language m_language;
    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    qint64 m_seq = 0;

    void apply(const QList<QJsonObject> &records) {
        QList<QJsonObject> events;
        for (const QJsonObject &record : records) {
            const QString kind = record.value(u"_kind"_s).toString();
            QJsonObject data = record;
            data.remove(u"_kind"_s);
            events << QJsonObject{{u"seq"_s, ++m_seq},
                                  {u"type"_s, kind},
                                  {u"op"_s, u"upsert"_s},
                                  {u"at"_s, at(0)},
                                  {u"data"_s, data}};
        }
        QFuture<Status> applied = m_replica->apply(events);
        applied.waitForFinished();
        QVERIFY2(applied.result().ok(), qPrintable(applied.result().error().message));
        QCoreApplication::processEvents(); // the change announcement
    }

    static QJsonObject customer(const QString &id, const QString &name, const QString &phone) {
        return {{u"_kind"_s, u"customer"_s},
                {u"id"_s, id},
                {u"name"_s, name},
                {u"wa_id"_s, phone},
                {u"phone"_s, QString(u"+"_s + phone)}};
    }
    static QJsonObject conversation(const QString &id, const QString &customerId, int minute,
                                    int unread = 0, QJsonObject extra = {}) {
        extra.insert(u"_kind"_s, u"conversation"_s);
        extra.insert(u"id"_s, id);
        extra.insert(u"customer_id"_s, customerId);
        extra.insert(u"phone_number_id"_s, u"PN1"_s);
        if (!extra.contains(u"status"_s))
            extra.insert(u"status"_s, u"open"_s);
        extra.insert(u"unread_count"_s, unread);
        extra.insert(u"last_message_at"_s, at(minute));
        extra.insert(u"last_inbound_at"_s, at(minute));
        return extra;
    }
    static QJsonObject message(const QString &id, const QString &conversationId, int minute,
                               const QString &text, const QString &direction = u"inbound"_s,
                               QJsonObject extra = {}) {
        extra.insert(u"_kind"_s, u"message"_s);
        extra.insert(u"id"_s, id);
        extra.insert(u"wamid"_s, QString(u"wamid."_s + id));
        extra.insert(u"conversation_id"_s, conversationId);
        extra.insert(u"customer_id"_s, QString(u"cu_"_s + conversationId));
        extra.insert(u"direction"_s, direction);
        if (!extra.contains(u"type"_s))
            extra.insert(u"type"_s, u"text"_s);
        if (!text.isEmpty())
            extra.insert(u"text"_s, text);
        if (!extra.contains(u"status"_s))
            extra.insert(u"status"_s, direction == u"inbound"_s ? u"received"_s : u"sent"_s);
        extra.insert(u"timestamp"_s, at(minute));
        return extra;
    }

    //! Three customers who wrote at minutes 1, 2 and 3.
    void threeConversations() {
        apply({customer(u"cu_a"_s, u"Dana"_s, u"972500000001"_s),
               customer(u"cu_b"_s, u"נועה"_s, u"972500000002"_s),
               customer(u"cu_c"_s, QString(), u"972500000003"_s),
               conversation(u"a"_s, u"cu_a"_s, 1), conversation(u"b"_s, u"cu_b"_s, 2, 2),
               conversation(u"c"_s, u"cu_c"_s, 3, 1), message(u"m1"_s, u"a"_s, 1, u"Hi"_s),
               message(u"m2"_s, u"b"_s, 2, u"שלום"_s),
               message(u"m3"_s, u"c"_s, 3, QString(), u"inbound"_s,
                       {{u"type"_s, u"image"_s},
                        {u"media"_s,
                         QJsonObject{{u"id"_s, u"media1"_s}, {u"caption"_s, u"the menu?"_s}}}})});
    }

    static QStringList order(QAbstractItemModel *model) {
        QStringList ids;
        for (int i = 0; i < model->rowCount(); ++i)
            ids << model->index(i, 0).data(ConversationListModel::IdRole).toString();
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_language.apply(u"en"_s)); } // English plural forms

    void init() {
        m_seq = 0;
        m_replica = std::make_unique<Replica>(
            Replica::location(m_dir.path(), QUrl(u"http://relay.test"_s),
                              QUuid::createUuid().toString(QUuid::Id128)));
        QVERIFY(m_replica->open().ok());
    }
    void cleanup() { m_replica.reset(); }

    void theInboxIsNewestFirstWithWhatEachRowShows() {
        threeConversations();
        ConversationListModel model;
        QAbstractItemModelTester tester(&model);
        model.setReplica(m_replica.get());
        QCOMPARE(order(&model), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
        const QModelIndex c = model.index(0);
        QCOMPARE(c.data(ConversationListModel::TitleRole).toString(), u"+972500000003"_s);
        QCOMPARE(c.data(ConversationListModel::LastTypeRole).toString(), u"image"_s);
        QCOMPARE(c.data(ConversationListModel::PreviewRole).toString(), u"the menu?"_s);
        QCOMPARE(c.data(ConversationListModel::UnreadRole).toInt(), 1);
        const QModelIndex b = model.index(1);
        QCOMPARE(b.data(ConversationListModel::TitleRole).toString(), u"נועה"_s);
        QVERIFY2(b.data(Qt::AccessibleTextRole).toString().startsWith(u"נועה, 2 unread, שלום"_s),
                 qPrintable(b.data(Qt::AccessibleTextRole).toString()));
    }

    void aNewMessageMovesItsConversationUpRowByRow() {
        threeConversations();
        ConversationListModel model;
        QAbstractItemModelTester tester(&model);
        model.setReplica(m_replica.get());
        ModelSignals signalsOf(&model);
        // Dana writes again: her conversation goes to the top, by a move, not a reset.
        apply(
            {conversation(u"a"_s, u"cu_a"_s, 5, 1), message(u"m4"_s, u"a"_s, 5, u"Still open?"_s)});
        QCOMPARE(order(&model), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
        QCOMPARE(signalsOf.reset.count(), 0);
        QCOMPARE(signalsOf.moved.count(), 1);
        QCOMPARE(signalsOf.inserted.count(), 0);
        QCOMPARE(model.index(0).data(ConversationListModel::PreviewRole).toString(),
                 u"Still open?"_s);
        // We answer: same place, the preview is ours, one dataChanged.
        signalsOf.changed.clear();
        apply({message(u"m5"_s, u"a"_s, 5, u"Yes, until 23:00"_s, u"outbound"_s)});
        QCOMPARE(order(&model), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
        QCOMPARE(signalsOf.changed.count(), 1);
        QVERIFY(model.index(0).data(ConversationListModel::LastOutboundRole).toBool());
        // A new customer: inserted at the top.
        apply({customer(u"cu_d"_s, u"Mike"_s, u"972500000004"_s),
               conversation(u"d"_s, u"cu_d"_s, 6, 1)});
        QCOMPARE(order(&model).first(), u"d"_s);
        QCOMPARE(signalsOf.inserted.count(), 1);
        QCOMPARE(signalsOf.reset.count(), 0);
        // A customer renamed: their row says so.
        apply({customer(u"cu_c"_s, u"Avi"_s, u"972500000003"_s)});
        QCOMPARE(model.index(model.rowOf(u"c"_s)).data(ConversationListModel::TitleRole).toString(),
                 u"Avi"_s);
        QCOMPARE(signalsOf.reset.count(), 0);
    }

    void aHeldOrderKeepsRowsStillUntilReleased() {
        threeConversations();
        ConversationListModel model;
        QAbstractItemModelTester tester(&model);
        model.setReplica(m_replica.get());
        QPersistentModelIndex b(model.index(model.rowOf(u"b"_s)));
        model.setOrderHeld(true); // the pointer is over the list
        apply({conversation(u"a"_s, u"cu_a"_s, 7, 1)});
        QCOMPARE(order(&model), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
        model.setOrderHeld(false);
        QCOMPARE(order(&model), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
        QCOMPARE(b.data(ConversationListModel::IdRole).toString(), u"b"_s); // followed its row
    }

    void aCatchUpPageIsOneBlockAndOneSort() {
        ConversationListModel model;
        QAbstractItemModelTester tester(&model);
        model.setReplica(m_replica.get());
        ModelSignals signalsOf(&model);
        QList<QJsonObject> page;
        for (int i = 0; i < 60; ++i) {
            const QString id = u"c%1"_s.arg(i, 2, 10, QLatin1Char('0'));
            page << customer(u"cu_"_s + id, u"Customer %1"_s.arg(i),
                             u"97250000%1"_s.arg(i, 4, 10, QLatin1Char('0')))
                 << conversation(id, u"cu_"_s + id, i % 60);
        }
        apply(page);
        QCOMPARE(model.rowCount(), 60);
        QCOMPARE(signalsOf.reset.count(), 0);
        QCOMPARE(signalsOf.inserted.count(), 1);
        QCOMPARE(order(&model).first(), u"c59"_s);
        QCOMPARE(order(&model).last(), u"c00"_s);
    }

    void filtersShowWhatTheyName() {
        threeConversations();
        apply({conversation(
                   u"a"_s, u"cu_a"_s, 1, 0,
                   {{u"assignee"_s, QJsonObject{{u"id"_s, u"u1"_s}, {u"username"_s, u"pat"_s}}},
                    {u"labels"_s, QJsonArray{u"vip"_s}}}),
               conversation(u"b"_s, u"cu_b"_s, 2, 2, {{u"status"_s, u"closed"_s}})});
        ConversationListModel model;
        model.setReplica(m_replica.get());
        ConversationFilterModel filtered;
        QAbstractItemModelTester tester(&filtered);
        filtered.setSourceModel(&model);
        filtered.setMe(u"pat"_s);
        using F = ConversationFilterModel::Filter;
        const QList<std::pair<F, QStringList>> expected{{F::All, {u"c"_s, u"b"_s, u"a"_s}},
                                                        {F::Unread, {u"c"_s, u"b"_s}},
                                                        {F::Mine, {u"a"_s}},
                                                        {F::Unassigned, {u"c"_s, u"b"_s}},
                                                        {F::Open, {u"c"_s, u"a"_s}},
                                                        {F::Closed, {u"b"_s}}};
        for (const auto &[filter, ids] : expected) {
            filtered.setFilter(filter);
            QCOMPARE(order(&filtered), ids);
        }
        filtered.setFilter(F::All);
        filtered.setLabel(u"vip"_s);
        QCOMPARE(order(&filtered), QStringList{u"a"_s});
        filtered.setLabel({});
        filtered.setOnly(QSet<QString>{u"b"_s});
        QCOMPARE(order(&filtered), QStringList{u"b"_s});
        // A live change that takes a row out of the filter: it goes, row by row.
        filtered.setOnly(std::nullopt);
        filtered.setFilter(F::Unread);
        QSignalSpy removed(&filtered, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&filtered, &QAbstractItemModel::modelReset);
        apply({conversation(u"c"_s, u"cu_c"_s, 3, 0)}); // read by a colleague
        QCOMPARE(order(&filtered), QStringList{u"b"_s});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void theServiceWindowIsOpenClosingOrClosed() {
        const QDateTime now = QDateTime::fromString(u"2026-12-02T10:00:00Z"_s, Qt::ISODate);
        using W = ConversationListModel::ServiceWindow;
        QCOMPARE(ConversationListModel::windowAt({}, now), W::Never);
        QCOMPARE(ConversationListModel::windowAt(now.addSecs(5 * 3600), now), W::Open);
        QCOMPARE(ConversationListModel::windowAt(now.addSecs(3600), now), W::Closing);
        QCOMPARE(ConversationListModel::windowAt(now.addSecs(-1), now), W::Closed);
    }

    void aConversationsMessagesWithReactionsQuotesAndOlderPages() {
        QList<QJsonObject> history{customer(u"cu_a"_s, u"Dana"_s, u"972500000001"_s),
                                   conversation(u"a"_s, u"cu_a"_s, 59, 1)};
        // 120 messages a second apart is too fine for at(); use distinct timestamps by id order.
        for (int i = 0; i < 120; ++i) {
            QJsonObject m = message(u"h%1"_s.arg(i, 3, 10, QLatin1Char('0')), u"a"_s, 0,
                                    u"message %1"_s.arg(i), i % 2 ? u"outbound"_s : u"inbound"_s);
            m.insert(u"timestamp"_s, u"2026-12-01T09:%1:%2Z"_s.arg(i / 60, 2, 10, QLatin1Char('0'))
                                         .arg(i % 60, 2, 10, QLatin1Char('0')));
            history << m;
        }
        apply(history);
        MessageListModel model;
        QAbstractItemModelTester tester(&model);
        model.setCustomerName(u"Dana"_s);
        model.open(m_replica.get(), nullptr, u"a"_s, 1);
        QCOMPARE(model.rowCount(), MessageListModel::pageSize());
        QCOMPARE(model.index(model.rowCount() - 1).data(MessageListModel::TextRole).toString(),
                 u"message 119"_s);
        // One unread: the line goes above the customer's last message (118; 119 is ours).
        QVERIFY(model.index(model.rowCount() - 2).data(MessageListModel::FirstUnreadRole).toBool());
        QVERIFY(
            !model.index(model.rowCount() - 1).data(MessageListModel::FirstUnreadRole).toBool());
        QVERIFY(model.hasOlder());
        model.loadOlder();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.rowOfMessage(u"h000"_s), 0); // loads the last page to find it
        QCOMPARE(model.rowCount(), 120);
        QVERIFY(!model.hasOlder());

        // Live: a reaction shows on its message, a reply quotes, a status moves the tick.
        ModelSignals signalsOf(&model);
        apply({message(u"r1"_s, u"a"_s, 59, QString(), u"inbound"_s,
                       {{u"type"_s, u"reaction"_s},
                        {u"reaction"_s,
                         QJsonObject{{u"message_id"_s, u"wamid.h119"_s}, {u"emoji"_s, u"👍"_s}}}}),
               message(u"q1"_s, u"a"_s, 59, u"Yes please"_s, u"inbound"_s,
                       {{u"context"_s, QJsonObject{{u"message_id"_s, u"wamid.h001"_s}}}})});
        QCOMPARE(signalsOf.reset.count(), 0);
        QCOMPARE(signalsOf.inserted.count(), 1); // the reply; the reaction is not a row
        const int reacted = model.rowOfMessage(u"h119"_s);
        QCOMPARE(model.index(reacted).data(MessageListModel::ReactionsRole).toStringList(),
                 QStringList{u"👍"_s});
        const QModelIndex reply = model.index(model.rowCount() - 1);
        QCOMPARE(
            reply.data(MessageListModel::QuotedRole).toJsonObject().value(u"text"_s).toString(),
            u"message 1"_s);
        apply({message(u"h119"_s, u"a"_s, 0, u"message 119"_s, u"outbound"_s,
                       {{u"status"_s, u"read"_s}, {u"timestamp"_s, u"2026-12-01T09:01:59Z"_s}})});
        QCOMPARE(model.index(reacted).data(MessageListModel::StatusRole).toString(), u"read"_s);
        QCOMPARE(model.index(reacted).data(MessageListModel::ReactionsRole).toStringList(),
                 QStringList{u"👍"_s}); // kept across the update
        QCOMPARE(signalsOf.reset.count(), 0);
        // Taken back: an empty emoji.
        apply({message(u"r2"_s, u"a"_s, 59, QString(), u"inbound"_s,
                       {{u"type"_s, u"reaction"_s},
                        {u"reaction"_s, QJsonObject{{u"message_id"_s, u"wamid.h119"_s},
                                                    {u"emoji"_s, QString()}}}})});
        QVERIFY(
            model.index(reacted).data(MessageListModel::ReactionsRole).toStringList().isEmpty());
    }

    void messagesReadInWords_data() {
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<QString>("summary");
        QTest::newRow("text") << QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"Hi"_s}}
                              << u"Hi"_s;
        QTest::newRow("photo") << QJsonObject{{u"type"_s, u"image"_s},
                                              {u"media"_s, QJsonObject{{u"caption"_s, u"menu"_s}}}}
                               << u"Photo: menu"_s;
        QTest::newRow("voice") << QJsonObject{{u"type"_s, u"audio"_s}} << u"Voice message"_s;
        QTest::newRow("document") << QJsonObject{{u"type"_s, u"document"_s},
                                                 {u"media"_s,
                                                  QJsonObject{{u"filename"_s, u"invoice.pdf"_s}}}}
                                  << u"Document: invoice.pdf"_s;
        QTest::newRow("location") << QJsonObject{{u"type"_s, u"location"_s},
                                                 {u"location"_s,
                                                  QJsonObject{{u"name"_s, u"Herzl 15"_s}}}}
                                  << u"Location: Herzl 15"_s;
        QTest::newRow("button reply")
            << QJsonObject{{u"type"_s, u"interactive"_s},
                           {u"interactive"_s,
                            QJsonObject{
                                {u"button_reply"_s, QJsonObject{{u"title"_s, u"Pickup"_s}}}}}}
            << u"Chose “Pickup”"_s;
        QTest::newRow("catalog order")
            << QJsonObject{{u"type"_s, u"order"_s},
                           {u"order"_s, QJsonObject{{u"product_items"_s,
                                                     QJsonArray{QJsonObject{}, QJsonObject{}}}}}}
            << u"Order from the catalog: 2 items"_s;
        QTest::newRow("unsupported") << QJsonObject{{u"type"_s, u"unsupported"_s}}
                                     << u"A message type WhatsApp does not let businesses see"_s;
    }
    void messagesReadInWords() {
        QFETCH(QJsonObject, message);
        QFETCH(QString, summary);
        QCOMPARE(MessageWords::summary(message), summary);
    }

    void aFailedMessageSaysWhyInWords() {
        const QJsonObject failed{
            {u"status"_s, u"failed"_s},
            {u"error"_s,
             QJsonObject{{u"code"_s, 131047}, {u"title"_s, u"Re-engagement message"_s}}}};
        QVERIFY(MessageWords::error(failed).contains(u"Send a template instead"_s));
        const QJsonObject unknown{
            {u"status"_s, u"failed"_s},
            {u"error"_s, QJsonObject{{u"code"_s, 999}, {u"message"_s, u"Something odd"_s}}}};
        QCOMPARE(MessageWords::error(unknown), u"Something odd"_s);
        QVERIFY(MessageWords::error(QJsonObject{{u"status"_s, u"read"_s}}).isEmpty());
    }
};

QTEST_MAIN(TestInboxModels)
#include "tst_inboxmodels.moc"
