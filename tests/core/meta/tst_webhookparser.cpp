// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/webhookparser.h"

#include "messagechecks.h"
#include "webhooktestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::WebhookTestData;
using namespace Switchboard::MessageChecks;

Q_DECLARE_METATYPE(Switchboard::Message)

namespace {

const QString wabaId = QStringLiteral("102290129340398");
const QString phoneNumberId = QStringLiteral("106540352242922");
const QString displayNumber = QStringLiteral("97235550100");
const QString customer = QStringLiteral("972501234567");
const QString profileName = QStringLiteral("דנה כהן");

//! The parsed delivery of data/<name>, which must parse.
WebhookDelivery parsed(const QString &name) {
    const Result<WebhookDelivery> result = parseWebhook(fixture(name));
    if (!result)
        qFatal("%s does not parse: %s", qPrintable(name), qPrintable(result.error().message));
    return result.value();
}

//! The JSON at entry[0].changes[0].value of data/<name>, read without the parser.
QJsonObject valueOf(const QString &name) {
    return QJsonDocument::fromJson(fixture(name))
        .object()[QLatin1String("entry")][0][QLatin1String("changes")][0][QLatin1String("value")]
        .toObject();
}

} // namespace

class TestWebhookParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inboundMessage_data();
    void inboundMessage();
    void status_data();
    void status();
    void unknownStatusIsIgnored();
    void templateUpdate_data();
    void templateUpdate();
    void templateComponentsAreNestedAsMetaShapesThem();
    void accountUpdate_data();
    void accountUpdate();
    void echo();
    void twoEntriesOfTwoChanges();
    void messageWithoutIdSparesItsSiblings();
    void invalidBody_data();
    void invalidBody();
    void kindNames();
};

void TestWebhookParser::inboundMessage_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<Message>("expected");

    Message m = inbound("wamid.HBgMOTcyNTAxMjM0NTY3FQIAEhggQTFCMkMzRDQ=", "2026-11-25T15:33:26Z",
                        MessageType::Text);
    m.text = QStringLiteral("שלום, אפשר פיצה מרגריטה גדולה? 🍕👍🏽");
    m.context = replyTo("wamid.HBgMOTcyNTAxMjM0NTY3FQIAERgSQUJDREVGMDEyMzQ1Njc4OQA=");
    QTest::newRow("text, \\u-escaped Hebrew and emoji, reply, referral")
        << QStringLiteral("inbound_text.json") << profileName << m;

    m = inbound("wamid.IMG1", "2026-11-25T15:35:00Z", MessageType::Image);
    m.media = Message::Media{
        QStringLiteral("2754859441498128"), QStringLiteral("image/jpeg"),
        QStringLiteral("81d3bd8a8db4868c9520ed47186e8b7c5789e61ff79f7f834be6950b808a90d3"),
        QString(), QStringLiteral("זאת בכחול? 💙")};
    m.context = forwarded;
    QTest::newRow("image with caption, forwarded")
        << QStringLiteral("inbound_image.json") << profileName << m;

    m = inbound("wamid.VOICE1", "2026-11-25T15:36:40Z", MessageType::Audio);
    m.media = Message::Media{
        QStringLiteral("1234567890987654"), QStringLiteral("audio/ogg; codecs=opus"),
        QStringLiteral("m04pFf2ERdaopTyFkGPA0+bX3i+YY2dYgVFwOgDLSDI="), QString(), QString()};
    QTest::newRow("voice note") << QStringLiteral("inbound_audio_voice.json") << profileName << m;

    m = inbound("wamid.VID1", "2026-11-25T15:38:20Z", MessageType::Video);
    m.media = Message::Media{QStringLiteral("765756756"), QStringLiteral("video/mp4"),
                             QStringLiteral("Jh+2ij6PzUv/J2y+grrte="), QString(),
                             QStringLiteral("תראו את זה 😂")};
    m.context = forwarded;
    QTest::newRow("video, frequently forwarded")
        << QStringLiteral("inbound_video.json") << profileName << m;

    m = inbound("wamid.DOC1", "2026-11-25T15:40:00Z", MessageType::Document);
    m.media = Message::Media{QStringLiteral("1234567890987654321"),
                             QStringLiteral("application/pdf"), QStringLiteral("grwfwe/ZPx0wAbdf="),
                             QStringLiteral("הזמנה.pdf"), QStringLiteral("ההזמנה שלי")};
    QTest::newRow("document") << QStringLiteral("inbound_document.json") << profileName << m;

    m = inbound("wamid.STK1", "2026-11-25T15:41:40Z", MessageType::Sticker);
    m.media = Message::Media{QStringLiteral("5556667778889"), QStringLiteral("image/webp"),
                             QStringLiteral("HcwyCKrTKXHk0a00ms4HW="), QString(), QString()};
    QTest::newRow("animated sticker") << QStringLiteral("inbound_sticker.json") << profileName << m;

    m = inbound("wamid.LOC1", "2026-11-25T15:43:20Z", MessageType::Location);
    m.location = QJsonObject{
        {QStringLiteral("latitude"), 32.0853},
        {QStringLiteral("longitude"), 34.781768},
        {QStringLiteral("name"), QStringLiteral("כיכר דיזנגוף")},
        {QStringLiteral("address"), QStringLiteral("דיזנגוף 50, תל אביב")},
        {QStringLiteral("url"), QStringLiteral("https://maps.google.com/?cid=1")},
    };
    QTest::newRow("location") << QStringLiteral("inbound_location.json") << profileName << m;

    m = inbound("wamid.CON1", "2026-11-25T15:45:00Z", MessageType::Contacts);
    QTest::newRow("contacts (cards stay in raw)")
        << QStringLiteral("inbound_contacts.json") << profileName << m;

    m = inbound("wamid.IB1", "2026-11-25T15:46:40Z", MessageType::Interactive);
    m.text = QStringLiteral("גדולה 🍕");
    m.context = replyTo("wamid.ASKSIZE");
    m.interactive = QJsonObject{{QStringLiteral("type"), QStringLiteral("button_reply")},
                                {QStringLiteral("button_reply"),
                                 QJsonObject{{QStringLiteral("id"), QStringLiteral("size-large")},
                                             {QStringLiteral("title"), m.text}}}};
    QTest::newRow("interactive button_reply")
        << QStringLiteral("inbound_interactive_button.json") << profileName << m;

    m = inbound("wamid.IL1", "2026-11-25T15:48:20Z", MessageType::Interactive);
    m.text = QStringLiteral("מרגריטה");
    m.context = replyTo("wamid.MENU");
    m.interactive =
        QJsonObject{{QStringLiteral("type"), QStringLiteral("list_reply")},
                    {QStringLiteral("list_reply"),
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("pizza-margherita")},
                                 {QStringLiteral("title"), m.text},
                                 {QStringLiteral("description"),
                                  QStringLiteral("עגבניות, מוצרלה, בזיליקום")}}}};
    QTest::newRow("interactive list_reply")
        << QStringLiteral("inbound_interactive_list.json") << profileName << m;

    m = inbound("wamid.IF1", "2026-11-25T15:50:00Z", MessageType::Interactive);
    m.text = QStringLiteral("Sent");
    m.context = replyTo("wamid.FLOWMSG");
    m.interactive = QJsonObject{
        {QStringLiteral("type"), QStringLiteral("nfm_reply")},
        {QStringLiteral("nfm_reply"),
         QJsonObject{
             {QStringLiteral("response_json"),
              QStringLiteral("{\"flow_token\":\"AQAAAAACS5FpgQ_cAAAAAD0QI3s.\",\"rating\":\"5\"}")},
             {QStringLiteral("body"), QStringLiteral("Sent")},
             {QStringLiteral("name"), QStringLiteral("flow")}}}};
    QTest::newRow("interactive nfm_reply (Flow)")
        << QStringLiteral("inbound_interactive_flow.json") << profileName << m;

    m = inbound("wamid.BTN1", "2026-11-25T15:51:40Z", MessageType::Button);
    m.text = QStringLiteral("ביטול הזמנה");
    m.context = replyTo("wamid.TEMPLATE566701");
    QTest::newRow("template quick-reply button")
        << QStringLiteral("inbound_button.json") << profileName << m;

    m = inbound("wamid.REA1", "2026-11-25T15:53:20Z", MessageType::Reaction);
    m.reaction =
        Message::Reaction{QStringLiteral("wamid.BUSINESSMSG1"), QStringLiteral("👍🏽")};
    QTest::newRow("reaction") << QStringLiteral("inbound_reaction.json") << profileName << m;

    m = inbound("wamid.REA2", "2026-11-25T15:55:00Z", MessageType::Reaction);
    m.reaction = Message::Reaction{QStringLiteral("wamid.BUSINESSMSG1"), QString()};
    QTest::newRow("reaction removed (no emoji)")
        << QStringLiteral("inbound_reaction_removed.json") << profileName << m;

    m = inbound("wamid.ORD1", "2026-11-25T15:56:40Z", MessageType::Order);
    m.text = QStringLiteral("בלי בצל בבקשה");
    m.order = QJsonObject{
        {QStringLiteral("catalog_id"), QStringLiteral("194836987003835")},
        {QStringLiteral("text"), m.text},
        {QStringLiteral("product_items"),
         QJsonArray{QJsonObject{{QStringLiteral("product_retailer_id"), QStringLiteral("PIZZA-L")},
                                {QStringLiteral("quantity"), 2},
                                {QStringLiteral("item_price"), 59.9},
                                {QStringLiteral("currency"), QStringLiteral("ILS")}},
                    QJsonObject{{QStringLiteral("product_retailer_id"), QStringLiteral("COLA")},
                                {QStringLiteral("quantity"), 1},
                                {QStringLiteral("item_price"), 12},
                                {QStringLiteral("currency"), QStringLiteral("ILS")}}}}};
    QTest::newRow("catalog order") << QStringLiteral("inbound_order.json") << profileName << m;

    m = inbound("wamid.SYS1", "2026-11-25T15:58:20Z", MessageType::System);
    m.text = QStringLiteral("User A changed from 972501234567 to 972509999999");
    QTest::newRow("system, no contacts[]")
        << QStringLiteral("inbound_system.json") << QString() << m;

    m = inbound("wamid.UNS1", "2026-11-25T16:00:00Z", MessageType::Unsupported);
    m.error =
        Message::MessageError{QStringLiteral("131051"), QStringLiteral("Message type unknown"),
                              QStringLiteral("Message type is currently not supported.")};
    QTest::newRow("unsupported keeps Meta's error")
        << QStringLiteral("inbound_unsupported.json") << profileName << m;

    m = inbound("wamid.UNK1", "2026-11-25T16:01:40Z", MessageType::Unsupported);
    m.error = Message::MessageError{
        QStringLiteral("unsupported_type"), QStringLiteral("Unsupported message type"),
        QStringLiteral("entry[0].changes[0].value.messages[0].type is \"request_welcome\", which "
                       "the relay does not model")};
    QTest::newRow("unknown type") << QStringLiteral("inbound_unknown_type.json") << profileName
                                  << m;

    m = inbound("wamid.MIS1", "2026-11-25T16:03:20Z", MessageType::Unsupported);
    m.context = replyTo("wamid.MENU");
    m.error =
        Message::MessageError{QStringLiteral("131000"), QStringLiteral("Something went wrong"),
                              QStringLiteral("Unsupported webhook payload")};
    QTest::newRow("interactive without content takes value.errors[0]")
        << QStringLiteral("inbound_missing_content.json") << profileName << m;
}

void TestWebhookParser::inboundMessage() {
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(Message, expected);

    const WebhookDelivery delivery = parsed(file);
    QCOMPARE(kinds(delivery), QStringList{QStringLiteral("inbound_message")});
    const WebhookChange &change = delivery.changes.front();
    QCOMPARE(change.wabaId, wabaId);
    QCOMPARE(change.phoneNumberId, phoneNumberId);
    QCOMPARE(change.field, QStringLiteral("messages"));
    const auto *message = change.as<InboundMessageChange>();
    QVERIFY(message);
    QCOMPARE(message->customerWaId, customer);
    QCOMPARE(message->customerProfileName, profile);
    compareMessages(message->message, expected);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject source = valueOf(file)[QLatin1String("messages")][0].toObject();
    QCOMPARE(compact(message->message.raw), compact(source));
}

void TestWebhookParser::status_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("wamid");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("metaStatus");
    QTest::addColumn<QDateTime>("timestamp");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("errorTitle");
    QTest::addColumn<QString>("errorMessage");
    QTest::addColumn<QString>("pricingCategory");

    const QString none;
    QTest::newRow("sent") << QStringLiteral("status_sent.json") << QStringLiteral("wamid.OUT1")
                          << QStringLiteral("sent") << QStringLiteral("sent")
                          << utc("2026-11-25T16:10:00Z") << none << none << none
                          << QStringLiteral("service");
    QTest::newRow("delivered, numeric timestamp")
        << QStringLiteral("status_delivered.json") << QStringLiteral("wamid.OUT1")
        << QStringLiteral("delivered") << QStringLiteral("delivered") << utc("2026-11-25T16:11:00Z")
        << none << none << none << QStringLiteral("service");
    QTest::newRow("read") << QStringLiteral("status_read.json") << QStringLiteral("wamid.OUT1")
                          << QStringLiteral("read") << QStringLiteral("read")
                          << utc("2026-11-25T16:12:00Z") << none << none << none << none;
    QTest::newRow("played is read")
        << QStringLiteral("status_played.json") << QStringLiteral("wamid.OUT1")
        << QStringLiteral("read") << QStringLiteral("played") << utc("2026-11-25T16:13:00Z") << none
        << none << none << none;
    QTest::newRow("failed 131047, details preferred")
        << QStringLiteral("status_failed.json") << QStringLiteral("wamid.OUT2")
        << QStringLiteral("failed") << QStringLiteral("failed") << utc("2026-11-25T16:14:00Z")
        << QStringLiteral("131047") << QStringLiteral("Re-engagement message")
        << QStringLiteral("Message failed to send because more than 24 hours have passed since "
                          "the customer last replied to this number.")
        << none;
    QTest::newRow("failed without details uses message")
        << QStringLiteral("status_failed_no_details.json") << QStringLiteral("wamid.OUT3")
        << QStringLiteral("failed") << QStringLiteral("failed") << utc("2026-11-25T16:15:00Z")
        << QStringLiteral("130472") << QStringLiteral("User's number is part of an experiment")
        << QStringLiteral("Failed to send message because this user's phone number is part of an "
                          "experiment")
        << none;
}

void TestWebhookParser::status() {
    QFETCH(QString, file);
    QFETCH(QString, wamid);
    QFETCH(QString, status);
    QFETCH(QString, metaStatus);
    QFETCH(QDateTime, timestamp);
    QFETCH(QString, errorCode);
    QFETCH(QString, errorTitle);
    QFETCH(QString, errorMessage);
    QFETCH(QString, pricingCategory);

    const WebhookDelivery delivery = parsed(file);
    QCOMPARE(kinds(delivery), QStringList{QStringLiteral("status")});
    const WebhookChange &change = delivery.changes.front();
    QCOMPARE(change.wabaId, wabaId);
    QCOMPARE(change.phoneNumberId, phoneNumberId);
    QCOMPARE(change.field, QStringLiteral("messages"));
    const auto *update = change.as<StatusChange>();
    QVERIFY(update);
    QCOMPARE(update->wamid, wamid);
    QCOMPARE(update->recipientId, customer);
    QCOMPARE(toString(update->status), status);
    QCOMPARE(update->metaStatus, metaStatus);
    QCOMPARE(update->timestamp, timestamp);
    QCOMPARE(update->error.has_value(), !errorCode.isEmpty());
    if (update->error) {
        QCOMPARE(update->error->code, errorCode);
        QCOMPARE(update->error->title, errorTitle);
        QCOMPARE(update->error->message, errorMessage);
    }
    QCOMPARE(update->pricing.value(QLatin1String("category")).toString(), pricingCategory);
    const QJsonObject source = valueOf(file)[QLatin1String("statuses")][0].toObject();
    QCOMPARE(compact(update->raw), compact(source));
}

void TestWebhookParser::unknownStatusIsIgnored() {
    const WebhookDelivery delivery = parsed(QStringLiteral("status_unknown.json"));
    QCOMPARE(kinds(delivery), QStringList{QStringLiteral("ignored")});
    QCOMPARE(delivery.changes.front().field, QStringLiteral("messages"));
    QCOMPARE(delivery.changes.front().as<IgnoredChange>()->reason,
             QStringLiteral("entry[0].changes[0].value.statuses[0].status is \"deleted\", which "
                            "the relay does not model"));
}

void TestWebhookParser::templateUpdate_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("identity"); // id, name, language
    QTest::addColumn<QStringList>("review");   // event, mapped status, reason
    QTest::addColumn<QStringList>("category"); // category, mapped, previous
    QTest::addColumn<QStringList>("quality");  // new, previous

    const QStringList none{QString(), QString(), QString()};
    QTest::newRow("approved") << QStringLiteral("template_approved.json")
                              << QStringLiteral("message_template_status_update")
                              << QStringList{QStringLiteral("1689556908129832"),
                                             QStringLiteral("order_ready"), QStringLiteral("he")}
                              << QStringList{QStringLiteral("APPROVED"), QStringLiteral("approved"),
                                             QStringLiteral("NONE")}
                              << QStringList{QStringLiteral("UTILITY"), QStringLiteral("utility"),
                                             QString()}
                              << QStringList{QString(), QString()};
    QTest::newRow("rejected") << QStringLiteral("template_rejected.json")
                              << QStringLiteral("message_template_status_update")
                              << QStringList{QStringLiteral("1689556908129835"),
                                             QStringLiteral("abandoned_cart"), QStringLiteral("he")}
                              << QStringList{QStringLiteral("REJECTED"), QStringLiteral("rejected"),
                                             QStringLiteral("INVALID_FORMAT")}
                              << QStringList{QStringLiteral("MARKETING"),
                                             QStringLiteral("marketing"), QString()}
                              << QStringList{QString(), QString()};
    QTest::newRow("flagged has no contract status, null reason")
        << QStringLiteral("template_flagged.json")
        << QStringLiteral("message_template_status_update")
        << QStringList{QStringLiteral("1689556908129836"), QStringLiteral("weekly_deals"),
                       QStringLiteral("he")}
        << QStringList{QStringLiteral("FLAGGED"), QString(), QString()}
        << QStringList{QStringLiteral("MARKETING"), QStringLiteral("marketing"), QString()}
        << QStringList{QString(), QString()};
    QTest::newRow("quality") << QStringLiteral("template_quality.json")
                             << QStringLiteral("message_template_quality_update")
                             << QStringList{QStringLiteral("806312974732579"),
                                            QStringLiteral("welcome_template"),
                                            QStringLiteral("en_US")}
                             << none << none
                             << QStringList{QStringLiteral("YELLOW"), QStringLiteral("GREEN")};
    QTest::newRow("category") << QStringLiteral("template_category.json")
                              << QStringLiteral("template_category_update")
                              << QStringList{QStringLiteral("12345678"),
                                             QStringLiteral("order_ready"), QStringLiteral("he")}
                              << none
                              << QStringList{QStringLiteral("MARKETING"),
                                             QStringLiteral("marketing"), QStringLiteral("UTILITY")}
                              << QStringList{QString(), QString()};
    QTest::newRow("components") << QStringLiteral("template_components.json")
                                << QStringLiteral("message_template_components_update")
                                << QStringList{QStringLiteral("12345678"),
                                               QStringLiteral("order_ready"), QStringLiteral("he")}
                                << none << none << QStringList{QString(), QString()};
}

void TestWebhookParser::templateUpdate() {
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QStringList, identity);
    QFETCH(QStringList, review);
    QFETCH(QStringList, category);
    QFETCH(QStringList, quality);

    const WebhookDelivery delivery = parsed(file);
    QCOMPARE(kinds(delivery), QStringList{QStringLiteral("template")});
    const WebhookChange &change = delivery.changes.front();
    QCOMPARE(change.wabaId, wabaId);
    QCOMPARE(change.phoneNumberId, QString());
    QCOMPARE(change.field, field);
    const auto *update = change.as<TemplateChange>();
    QVERIFY(update);
    QCOMPARE((QStringList{update->templateId, update->name, update->language}), identity);
    QCOMPARE((QStringList{update->event, update->status ? toString(*update->status) : QString(),
                          update->reason}),
             review);
    QCOMPARE((QStringList{update->category,
                          update->mappedCategory ? toString(*update->mappedCategory) : QString(),
                          update->previousCategory}),
             category);
    QCOMPARE((QStringList{update->quality, update->previousQuality}), quality);
    QCOMPARE(compact(update->raw), compact(valueOf(file)));
}

void TestWebhookParser::templateComponentsAreNestedAsMetaShapesThem() {
    const WebhookDelivery delivery = parsed(QStringLiteral("template_components_full.json"));
    const auto *update = delivery.changes.front().as<TemplateChange>();
    QVERIFY(update && update->components);
    const QJsonArray expected = QJsonDocument::fromJson(R"([
        {"type": "HEADER", "format": "TEXT", "text": "ההזמנה שלך אושרה!"},
        {"type": "BODY", "text": "תודה על ההזמנה, {{1}}! מספר ההזמנה {{2}}."},
        {"type": "FOOTER", "text": "פיצה דמו 🍕"},
        {"type": "BUTTONS", "buttons": [
            {"type": "PHONE_NUMBER", "text": "התקשרו אלינו", "phone_number": "+15550783881"},
            {"type": "URL", "text": "Track", "url": "https://pizza.example/track/{{1}}"}]}
    ])")
                                    .array();
    QCOMPARE(*update->components, expected);

    // A body-only edit has just the body; other template fields carry no components at all.
    const WebhookDelivery bodyEdit = parsed(QStringLiteral("template_components.json"));
    const auto *bodyOnly = bodyEdit.changes.front().as<TemplateChange>();
    QVERIFY(bodyOnly && bodyOnly->components);
    QCOMPARE(bodyOnly->components->size(), 1);
    QCOMPARE(bodyOnly->components->first()[QStringLiteral("text")].toString(),
             QStringLiteral("שלום {{1}}, ההזמנה שלך מוכנה!"));
    const WebhookDelivery review = parsed(QStringLiteral("template_approved.json"));
    const auto *approved = review.changes.front().as<TemplateChange>();
    QVERIFY(approved && !approved->components);
}

void TestWebhookParser::accountUpdate_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("entryId");
    // event, display number, messaging limit, decision, requested name, ban state, ban date,
    // affected WABA
    QTest::addColumn<QStringList>("extracted");

    const QString n;
    QTest::newRow("partner added, entry is the partner")
        << QStringLiteral("account_partner_added.json") << QStringLiteral("account_update")
        << QStringLiteral("2949482758682047")
        << QStringList{QStringLiteral("PARTNER_ADDED"),  n, n, n, n, n, n,
                       QStringLiteral("980198427658004")};
    QTest::newRow("disabled")
        << QStringLiteral("account_disabled.json") << QStringLiteral("account_update") << wabaId
        << QStringList{QStringLiteral("DISABLED_UPDATE"), n, n, n, n, QStringLiteral("DISABLE"),
                       QStringLiteral("April 17, 2026"),  n};
    QTest::newRow("phone number quality") << QStringLiteral("account_phone_quality.json")
                                          << QStringLiteral("phone_number_quality_update") << wabaId
                                          << QStringList{QStringLiteral("THROUGHPUT_UPGRADE"),
                                                         displayNumber,
                                                         QStringLiteral("TIER_UNLIMITED"),
                                                         n,
                                                         n,
                                                         n,
                                                         n,
                                                         n};
    QTest::newRow("phone number name")
        << QStringLiteral("account_phone_name.json") << QStringLiteral("phone_number_name_update")
        << wabaId
        << QStringList{
               n, displayNumber, n, QStringLiteral("APPROVED"), QStringLiteral("פיצה דנה"), n, n,
               n};
    QTest::newRow("alerts")
        << QStringLiteral("account_alerts.json") << QStringLiteral("account_alerts") << wabaId
        << QStringList{
               QStringLiteral("INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED"), n, n, n, n, n, n, n};
    QTest::newRow("capability as a number")
        << QStringLiteral("account_capability.json") << QStringLiteral("business_capability_update")
        << wabaId << QStringList{n, n, QStringLiteral("2000"), n, n, n, n, n};
    QTest::newRow("security")
        << QStringLiteral("account_security.json") << QStringLiteral("security") << wabaId
        << QStringList{QStringLiteral("PIN_RESET_REQUEST"), displayNumber, n, n, n, n, n, n};
    QTest::newRow("review") << QStringLiteral("account_review.json")
                            << QStringLiteral("account_review_update") << wabaId
                            << QStringList{n, n, n, QStringLiteral("REJECTED"), n, n, n, n};
}

void TestWebhookParser::accountUpdate() {
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QString, entryId);
    QFETCH(QStringList, extracted);

    const WebhookDelivery delivery = parsed(file);
    QCOMPARE(kinds(delivery), QStringList{QStringLiteral("account")});
    const WebhookChange &change = delivery.changes.front();
    QCOMPARE(change.wabaId, entryId);
    QCOMPARE(change.phoneNumberId, QString());
    QCOMPARE(change.field, field);
    const auto *update = change.as<AccountChange>();
    QVERIFY(update);
    QCOMPARE((QStringList{update->event, update->displayPhoneNumber, update->messagingLimit,
                          update->decision, update->requestedVerifiedName, update->banState,
                          update->banDate, update->affectedWabaId}),
             extracted);
    QCOMPARE(compact(update->raw), compact(valueOf(file)));
}

void TestWebhookParser::echo() {
    const WebhookDelivery delivery = parsed(QStringLiteral("echo_text.json"));
    QCOMPARE(kinds(delivery), QStringList{QStringLiteral("echo")});
    const WebhookChange &change = delivery.changes.front();
    QCOMPARE(change.phoneNumberId, phoneNumberId);
    QCOMPARE(change.field, QStringLiteral("smb_message_echoes"));
    const auto *echo = change.as<EchoChange>();
    QVERIFY(echo);
    QCOMPARE(echo->customerWaId, customer);
    QCOMPARE(echo->customerProfileName, profileName);
    Message expected = inbound("wamid.ECHO1", "2026-11-25T16:43:20Z", MessageType::Text);
    expected.direction = MessageDirection::Outbound;
    expected.status = MessageStatus::Sent;
    expected.text = QStringLiteral("ההזמנה שלך בדרך 🛵");
    compareMessages(echo->message, expected);
}

void TestWebhookParser::twoEntriesOfTwoChanges() {
    const WebhookDelivery delivery = parsed(QStringLiteral("delivery_two_entries.json"));
    QCOMPARE(kinds(delivery),
             (QStringList{QStringLiteral("inbound_message"), QStringLiteral("template"),
                          QStringLiteral("status"), QStringLiteral("account")}));
    const QString otherWaba = QStringLiteral("524126980791429");
    const QString otherNumber = QStringLiteral("109876543210987");
    const auto route = [&](std::size_t i) {
        const WebhookChange &c = delivery.changes.at(i);
        return QStringList{c.wabaId, c.phoneNumberId, c.field};
    };
    QCOMPARE(route(0), (QStringList{wabaId, phoneNumberId, QStringLiteral("messages")}));
    QCOMPARE(route(1),
             (QStringList{wabaId, QString(), QStringLiteral("message_template_status_update")}));
    QCOMPARE(route(2), (QStringList{otherWaba, otherNumber, QStringLiteral("messages")}));
    QCOMPARE(route(3), (QStringList{otherWaba, QString(), QStringLiteral("account_update")}));
    QCOMPARE(delivery.changes[0].as<InboundMessageChange>()->message.text,
             QStringLiteral("ראשונה"));
    QCOMPARE(delivery.changes[1].as<TemplateChange>()->name, QStringLiteral("order_ready"));
    QCOMPARE(delivery.changes[2].as<StatusChange>()->wamid, QStringLiteral("wamid.MULTI2"));
    QCOMPARE(toString(delivery.changes[2].as<StatusChange>()->status), QStringLiteral("delivered"));
    QCOMPARE(delivery.changes[2].as<StatusChange>()->recipientId, QStringLiteral("972527654321"));
    QCOMPARE(delivery.changes[3].as<AccountChange>()->event, QStringLiteral("ACCOUNT_VIOLATION"));
}

void TestWebhookParser::messageWithoutIdSparesItsSiblings() {
    const WebhookDelivery delivery = parsed(QStringLiteral("message_without_id.json"));
    QCOMPARE(kinds(delivery),
             (QStringList{QStringLiteral("ignored"), QStringLiteral("inbound_message"),
                          QStringLiteral("inbound_message")}));
    QCOMPARE(delivery.changes[0].field, QStringLiteral("messages"));
    QCOMPARE(delivery.changes[0].phoneNumberId, phoneNumberId);
    QCOMPARE(delivery.changes[0].as<IgnoredChange>()->reason,
             QStringLiteral("entry[0].changes[0].value.messages[0].id is missing"));
    QCOMPARE(delivery.changes[1].as<InboundMessageChange>()->message.wamid,
             QStringLiteral("wamid.SIBLING1"));
    QCOMPARE(delivery.changes[1].as<InboundMessageChange>()->message.text, QStringLiteral("לי יש"));
    QCOMPARE(delivery.changes[2].as<InboundMessageChange>()->message.wamid,
             QStringLiteral("wamid.SIBLING2"));
    QCOMPARE(delivery.changes[2].as<InboundMessageChange>()->message.timestamp,
             utc("2026-11-25T17:16:42Z"));
}

void TestWebhookParser::invalidBody_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("the body is empty");
    QTest::newRow("whitespace") << QByteArray(" \r\n\t") << QStringLiteral("the body is empty");
    QTest::newRow("not JSON") << QByteArray("hub.challenge=1158201444")
                              << QStringLiteral("the body is not JSON: ");
    QTest::newRow("truncated JSON")
        << QByteArray(R"({"object":"whatsapp_business_account","entry":[)")
        << QStringLiteral("the body is not JSON: ");
    QTest::newRow("JSON array") << QByteArray(R"([{"object":"whatsapp_business_account"}])")
                                << QStringLiteral("the body is a JSON array, not an object");
    QTest::newRow("JSON scalar") << QByteArray("42") << QStringLiteral("the body is not ");
    QTest::newRow("another object")
        << QByteArray(R"({"object":"page","entry":[]})")
        << QStringLiteral("\"object\" is \"page\", not \"whatsapp_business_account\"");
    QTest::newRow("object missing")
        << QByteArray(R"({"entry":[]})")
        << QStringLiteral("\"object\" is missing, not \"whatsapp_business_account\"");
    QTest::newRow("object a number")
        << QByteArray(R"({"object":7,"entry":[]})")
        << QStringLiteral("\"object\" is a number, not \"whatsapp_business_account\"");
    QTest::newRow("entry missing") << QByteArray(R"({"object":"whatsapp_business_account"})")
                                   << QStringLiteral("\"entry\" is missing");
    QTest::newRow("entry not an array")
        << QByteArray(R"({"object":"whatsapp_business_account","entry":{"id":"1"}})")
        << QStringLiteral("\"entry\" is an object, not an array");
    QTest::newRow("entry null") << QByteArray(
                                       R"({"object":"whatsapp_business_account","entry":null})")
                                << QStringLiteral("\"entry\" is null, not an array");
}

void TestWebhookParser::invalidBody() {
    QFETCH(QByteArray, body);
    QFETCH(QString, message);

    const Result<WebhookDelivery> result = parseWebhook(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("invalid_payload"));
    QVERIFY2(result.error().message.startsWith(message), qPrintable(result.error().message));
}

void TestWebhookParser::kindNames() {
    using Kind = WebhookChange::Kind;
    QCOMPARE(toString(Kind::InboundMessage), QStringLiteral("inbound_message"));
    QCOMPARE(toString(Kind::Status), QStringLiteral("status"));
    QCOMPARE(toString(Kind::Template), QStringLiteral("template"));
    QCOMPARE(toString(Kind::Account), QStringLiteral("account"));
    QCOMPARE(toString(Kind::Echo), QStringLiteral("echo"));
    QCOMPARE(toString(Kind::Ignored), QStringLiteral("ignored"));
    WebhookChange change;
    change.payload = EchoChange{};
    QCOMPARE(toString(change.kind()), QStringLiteral("echo"));
    QVERIFY(change.as<EchoChange>());
    QVERIFY(!change.as<InboundMessageChange>());
}

QTEST_GUILESS_MAIN(TestWebhookParser)
#include "tst_webhookparser.moc"
