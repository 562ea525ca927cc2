// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/webhookparser.h"

#include "webhooktestdata.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

//! The parser faces the internet: these tests feed it broken items, wrong JSON types at every
//! level of every fixture, odd timestamps, truncated and mutilated bodies and hostile sizes, and
//! check that each becomes an error or an ignored item with a reason, never a crash, and that
//! whatever it does produce is a record the relay can store.

using namespace Switchboard;
using namespace Switchboard::WebhookTestData;

namespace {

const QByteArray metadata =
    R"("metadata":{"display_phone_number":"97235550100","phone_number_id":"106540352242922"})";

//! A delivery of one entry (id 102290129340398) with the given changes array.
QByteArray withChanges(const QByteArray &changes) {
    return R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":)" +
           changes + "}]}";
}

//! A delivery of one messages change whose value holds members (after metadata and contacts).
QByteArray withValue(const QByteArray &members) {
    return withChanges(
        R"([{"field":"messages","value":{"messaging_product":"whatsapp",)" + metadata +
        R"(,"contacts":[{"profile":{"name":"Dana"},"wa_id":"972501234567"}],)" + members + "}}]");
}

//! A delivery of one inbound message object.
QByteArray withMessage(const QByteArray &message) {
    return withValue(R"("messages":[)" + message + "]");
}

//! What must hold for anything parseWebhook() answers, so the relay can rely on it blindly.
void checkInvariants(const Result<WebhookDelivery> &result) {
    if (!result) {
        QCOMPARE(result.error().code, QStringLiteral("invalid_payload"));
        QVERIFY(!result.error().message.isEmpty());
        return;
    }
    QVERIFY(result->changes.size() <= static_cast<std::size_t>(maxWebhookChanges));
    for (const WebhookChange &change : result->changes) {
        const Message *message = nullptr;
        switch (change.kind()) {
        case WebhookChange::Kind::InboundMessage:
            QVERIFY(!change.as<InboundMessageChange>()->customerWaId.isEmpty());
            message = &change.as<InboundMessageChange>()->message;
            break;
        case WebhookChange::Kind::Echo:
            QVERIFY(!change.as<EchoChange>()->customerWaId.isEmpty());
            message = &change.as<EchoChange>()->message;
            break;
        case WebhookChange::Kind::Status:
            QVERIFY(!change.phoneNumberId.isEmpty());
            QVERIFY(!change.as<StatusChange>()->wamid.isEmpty());
            QVERIFY(change.as<StatusChange>()->timestamp.isValid());
            break;
        case WebhookChange::Kind::Template:
            QVERIFY(!change.wabaId.isEmpty());
            QVERIFY(!change.as<TemplateChange>()->name.isEmpty() ||
                    !change.as<TemplateChange>()->templateId.isEmpty());
            break;
        case WebhookChange::Kind::Account:
            QVERIFY(!change.wabaId.isEmpty());
            break;
        case WebhookChange::Kind::Ignored:
            QVERIFY(!change.as<IgnoredChange>()->reason.isEmpty());
            break;
        }
        if (!message)
            continue;
        QVERIFY(!change.phoneNumberId.isEmpty());
        QVERIFY(!message->wamid.isEmpty());
        QVERIFY(message->timestamp.isValid());
        QVERIFY(!message->raw.isEmpty());
        if (message->type == MessageType::Unsupported)
            QVERIFY(message->error && !message->error->code.isEmpty());
        // Once the relay assigns its ids, the message is a valid contract record.
        Message stored = *message;
        stored.id = QStringLiteral("msg_1");
        stored.conversationId = QStringLiteral("conv_1");
        stored.customerId = QStringLiteral("cus_1");
        const Result<Message> reread = messageFromJson(toJson(stored));
        QVERIFY2(reread.ok(), qPrintable(reread.error().message));
        QVERIFY(reread.value() == stored);
    }
}

//! Every fixture of data/ with the value at each path, in turn, replaced by each of replacements.
template <typename Visit>
void forEachPath(const QJsonValue &node, const QStringList &path, Visit visit) {
    visit(path);
    if (node.isObject()) {
        const QJsonObject object = node.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            forEachPath(it.value(), path + QStringList{it.key()}, visit);
    } else if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            forEachPath(array.at(i), path + QStringList{QString::number(i)}, visit);
    }
}

QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &value) {
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const qsizetype index = head.toInt();
        array[index] = replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    object[head] = replaced(object.value(head), path, value);
    return object;
}

QByteArray nested(int depth, char open, char close) {
    return QByteArray(depth, open) + QByteArray(depth, close);
}

} // namespace

class TestWebhookHardening : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void brokenItems_data();
    void brokenItems();
    void degradedMessages_data();
    void degradedMessages();
    void timestamps_data();
    void timestamps();
    void lenientIds();
    void wrongTypeAtEveryPath();
    void truncatedAndMutilatedBodies();
    void sizes_data();
    void sizes();
};

void TestWebhookHardening::brokenItems_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QString>("reason"); // of the first ignored change

    const QString ignored = QStringLiteral("ignored");
    const QString inbound = QStringLiteral("inbound_message");
    const QByteArray text =
        R"({"from":"972501234567","id":"wamid.OK","timestamp":"1795620806","type":"text","text":{"body":"ok"}})";
    const QByteArray envelope = R"({"object":"whatsapp_business_account","entry":)";

    QTest::newRow("empty entry array") << envelope + "[]}" << QStringList() << QString();
    QTest::newRow("entry item a number") << envelope + "[42]}" << QStringList{ignored}
                                         << QStringLiteral("entry[0] is a number, not an object");
    QTest::newRow("entry item null, sibling parsed")
        << envelope + R"([null,{"id":"1","changes":[{"field":"messages","value":{)" + metadata +
               R"(,"messages":[)" + text + "]}}]}]}"
        << QStringList{ignored, inbound} << QStringLiteral("entry[0] is null, not an object");
    QTest::newRow("changes missing") << envelope + R"([{"id":"1"}]})" << QStringList{ignored}
                                     << QStringLiteral("entry[0].changes is missing");
    QTest::newRow("changes an object")
        << withChanges(R"({"field":"messages"})") << QStringList{ignored}
        << QStringLiteral("entry[0].changes is an object, not an array");
    QTest::newRow("change a string")
        << withChanges(R"(["messages"])") << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0] is a string, not an object");
    QTest::newRow("field a number")
        << withChanges(R"([{"field":1,"value":{}}])") << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].field is a number, not a non-empty string");
    QTest::newRow("value an array")
        << withChanges(R"([{"field":"messages","value":[]}])") << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value is an array, not an object");
    QTest::newRow("messages without phone_number_id")
        << withChanges(R"([{"field":"messages","value":{"messages":[)" + text + "]}}]")
        << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value.metadata.phone_number_id is missing");
    QTest::newRow("messages an object")
        << withValue(R"("messages":{"id":"wamid.X"})") << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value.messages is an object, not an array");
    QTest::newRow("message a string, sibling parsed")
        << withValue(R"("messages":["wamid.X",)" + text + "]") << QStringList{ignored, inbound}
        << QStringLiteral("entry[0].changes[0].value.messages[0] is a string, not an object");
    QTest::newRow("message id an array")
        << withMessage(R"({"from":"972501234567","id":[],"timestamp":"1","type":"text"})")
        << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value.messages[0].id is an array, not a non-empty "
                          "string");
    QTest::newRow("message id empty")
        << withMessage(R"({"from":"972501234567","id":"","timestamp":"1","type":"text"})")
        << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value.messages[0].id is an empty string, not a "
                          "non-empty string");
    QTest::newRow("message from missing")
        << withMessage(R"({"id":"wamid.X","timestamp":"1","type":"text"})") << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value.messages[0].from is missing");
    QTest::newRow("message timestamp not seconds")
        << withMessage(R"({"from":"1","id":"wamid.X","timestamp":"yesterday","type":"text"})")
        << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value.messages[0].timestamp is a string, not Unix "
                          "seconds");
    QTest::newRow("inbound edit")
        << withMessage(R"({"from":"1","id":"wamid.E","timestamp":"1","type":"edit",)"
                       R"("edit":{"original_message_id":"wamid.O"}})")
        << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value.messages[0] is an edit of wamid.O; the "
                          "contract has no record for edits and revokes");
    QTest::newRow("statuses an object")
        << withValue(R"("statuses":{})") << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value.statuses is an object, not an array");
    QTest::newRow("status without status")
        << withValue(R"("statuses":[{"id":"wamid.S","timestamp":"1"}])") << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value.statuses[0].status is missing");
    QTest::newRow("status without timestamp")
        << withValue(R"("statuses":[{"id":"wamid.S","status":"read"}])") << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value.statuses[0].timestamp is missing");
    QTest::newRow("status id null")
        << withValue(R"("statuses":[{"id":null,"status":"read","timestamp":"1"}])")
        << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value.statuses[0].id is null, not a non-empty "
                          "string");
    QTest::newRow("only errors")
        << withValue(R"("errors":[{"code":130429,"title":"Rate limit hit","message":"m",)"
                     R"("error_data":{"details":"Too many messages"}}])")
        << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value reports only an error, not tied to a "
                          "message: 130429 Rate limit hit (Too many messages)");
    QTest::newRow("nothing at all")
        << withValue(R"("messages":[])") << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value has no messages, statuses or errors");
    QTest::newRow("template without name or id")
        << withChanges(
               R"([{"field":"message_template_status_update","value":{"event":"APPROVED"}}])")
        << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value names no template (message_template_id and "
                          "message_template_name are both missing)");
    QTest::newRow("account update without entry id")
        << envelope + R"([{"changes":[{"field":"account_update","value":{"event":"X"}}]}]})"
        << QStringList{ignored} << QStringLiteral("entry[0].id is missing");
    QTest::newRow("echoes missing")
        << withChanges(R"([{"field":"smb_message_echoes","value":{)" + metadata + "}}]")
        << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value.message_echoes is missing");
    QTest::newRow("echo without to")
        << withChanges(R"([{"field":"smb_message_echoes","value":{)" + metadata +
                       R"(,"message_echoes":[{"id":"wamid.E","timestamp":"1","type":"text",)"
                       R"("text":{"body":"x"}}]}}])")
        << QStringList{ignored}
        << QStringLiteral("entry[0].changes[0].value.message_echoes[0].to is missing");
    QTest::newRow("calls") << withChanges(R"([{"field":"calls","value":{"calls":[]}}])")
                           << QStringList{ignored}
                           << QStringLiteral("WhatsApp calls are not modelled by the relay");
    QTest::newRow("a field from the future")
        << withChanges(R"([{"field":"hologram_update","value":{}}])") << QStringList{ignored}
        << QStringLiteral("field \"hologram_update\" is not modelled by the relay");
}

void TestWebhookHardening::brokenItems() {
    QFETCH(QByteArray, body);
    QFETCH(QStringList, kinds);
    QFETCH(QString, reason);

    const Result<WebhookDelivery> result = parseWebhook(body);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(WebhookTestData::kinds(*result), kinds);
    for (const WebhookChange &change : result->changes) {
        if (const auto *ignored = change.as<IgnoredChange>()) {
            QCOMPARE(ignored->reason, reason);
            break;
        }
    }
    checkInvariants(result);
}

void TestWebhookHardening::degradedMessages_data() {
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("errorMessage");
    QTest::addColumn<bool>("hasContext");

    const QByteArray head = R"({"from":"972501234567","id":"wamid.D","timestamp":"1795620806",)";
    const QString path = QStringLiteral("entry[0].changes[0].value.messages[0].");
    QTest::newRow("text body a number")
        << head + R"("type":"text","text":{"body":5}})" << QStringLiteral("unsupported")
        << QStringLiteral("malformed_message")
        << path + QStringLiteral("text.body is a number, not a string") << false;
    QTest::newRow("image a string")
        << head + R"("type":"image","image":"https://x"})" << QStringLiteral("unsupported")
        << QStringLiteral("malformed_message")
        << path + QStringLiteral("image is a string, not an object") << false;
    QTest::newRow("reaction without target")
        << head + R"("type":"reaction","reaction":{"emoji":"👍"}})" << QStringLiteral("unsupported")
        << QStringLiteral("malformed_message")
        << path + QStringLiteral("reaction.message_id is missing") << false;
    QTest::newRow("contacts empty")
        << head + R"("type":"contacts","contacts":[]})" << QStringLiteral("unsupported")
        << QStringLiteral("malformed_message")
        << path + QStringLiteral("contacts is an array, not a non-empty array") << false;
    QTest::newRow("type a number")
        << head + R"("type":3})" << QStringLiteral("unsupported")
        << QStringLiteral("unsupported_type")
        << path + QStringLiteral("type is a number, not a string") << false;
    QTest::newRow("type missing") << head + R"("text":{"body":"x"}})"
                                  << QStringLiteral("unsupported")
                                  << QStringLiteral("unsupported_type")
                                  << path + QStringLiteral("type is missing") << false;
    QTest::newRow("unsupported without errors")
        << head + R"("type":"unsupported"})" << QStringLiteral("unsupported")
        << QStringLiteral("unsupported_type")
        << QStringLiteral("Meta did not pass on the content of this message") << false;
    QTest::newRow("errors an object")
        << head + R"("type":"unknown","errors":{"code":1}})" << QStringLiteral("unsupported")
        << QStringLiteral("unsupported_type")
        << path + QStringLiteral("type is \"unknown\", which the relay does not model") << false;
    QTest::newRow("context a string is no context")
        << head + R"("type":"text","text":{"body":"x"},"context":"wamid.C"})"
        << QStringLiteral("text") << QString() << QString() << false;
    QTest::newRow("context with only referred_product")
        << head + R"("type":"text","text":{"body":"x"},"context":{"referred_product":{}}})"
        << QStringLiteral("text") << QString() << QString() << false;
    QTest::newRow("forwarded as a string is not forwarded, reply kept")
        << head +
               R"("type":"text","text":{"body":"x"},"context":{"id":"wamid.C","forwarded":"yes"}})"
        << QStringLiteral("text") << QString() << QString() << true;
}

void TestWebhookHardening::degradedMessages() {
    QFETCH(QByteArray, message);
    QFETCH(QString, type);
    QFETCH(QString, errorCode);
    QFETCH(QString, errorMessage);
    QFETCH(bool, hasContext);

    const Result<WebhookDelivery> result = parseWebhook(withMessage(message));
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(kinds(*result), QStringList{QStringLiteral("inbound_message")});
    const Message &parsed = result->changes.front().as<InboundMessageChange>()->message;
    QCOMPARE(toString(parsed.type), type);
    QCOMPARE(parsed.error.has_value(), !errorCode.isEmpty());
    if (parsed.error) {
        QCOMPARE(parsed.error->code, errorCode);
        QCOMPARE(parsed.error->message, errorMessage);
    }
    QCOMPARE(parsed.context.has_value(), hasContext);
    if (parsed.context)
        QVERIFY(!parsed.context->forwarded);
    QCOMPARE(compact(parsed.raw),
             compact(QJsonDocument::fromJson(message).object())); // nothing lost
    checkInvariants(result);
}

void TestWebhookHardening::timestamps_data() {
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QString>("expected"); // ISO, or empty when the status must be ignored

    QTest::newRow("string") << QByteArray(R"("1795620806")")
                            << QStringLiteral("2026-11-25T15:33:26Z");
    QTest::newRow("number") << QByteArray("1795620806") << QStringLiteral("2026-11-25T15:33:26Z");
    QTest::newRow("number with exponent")
        << QByteArray("1.795620806e9") << QStringLiteral("2026-11-25T15:33:26Z");
    QTest::newRow("epoch") << QByteArray(R"("0")") << QStringLiteral("1970-01-01T00:00:00Z");
    QTest::newRow("last second of 9999")
        << QByteArray(R"("253402300799")") << QStringLiteral("9999-12-31T23:59:59Z");
    QTest::newRow("year 10000") << QByteArray(R"("253402300800")") << QString();
    QTest::newRow("fraction string") << QByteArray(R"("1795620806.5")") << QString();
    QTest::newRow("fraction number") << QByteArray("1795620806.5") << QString();
    QTest::newRow("negative string") << QByteArray(R"("-5")") << QString();
    QTest::newRow("negative number") << QByteArray("-5") << QString();
    QTest::newRow("plus sign") << QByteArray(R"("+1795620806")") << QString();
    QTest::newRow("leading space") << QByteArray(R"(" 1795620806")") << QString();
    QTest::newRow("empty string") << QByteArray(R"("")") << QString();
    QTest::newRow("too many digits") << QByteArray(R"("999999999999999999999999")") << QString();
    QTest::newRow("huge number") << QByteArray("1e300") << QString();
    QTest::newRow("ISO text") << QByteArray(R"("2026-11-25T15:33:26Z")") << QString();
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("boolean") << QByteArray("true") << QString();
    QTest::newRow("object") << QByteArray("{}") << QString();
}

void TestWebhookHardening::timestamps() {
    QFETCH(QByteArray, timestamp);
    QFETCH(QString, expected);

    const Result<WebhookDelivery> result = parseWebhook(withValue(
        R"("statuses":[{"id":"wamid.S","status":"sent","timestamp":)" + timestamp + "}]"));
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    if (expected.isEmpty()) {
        QCOMPARE(kinds(*result), QStringList{QStringLiteral("ignored")});
        QVERIFY(result->changes.front().as<IgnoredChange>()->reason.endsWith(
            QStringLiteral(", not Unix seconds")));
        return;
    }
    QCOMPARE(kinds(*result), QStringList{QStringLiteral("status")});
    QCOMPARE(result->changes.front().as<StatusChange>()->timestamp,
             utc(expected.toLatin1().constData()));
}

void TestWebhookHardening::lenientIds() {
    // Meta sends template ids as numbers; ids sent as whole numbers anywhere are read as text.
    const Result<WebhookDelivery> result = parseWebhook(withChanges(
        R"([{"field":"messages","value":{"metadata":{"phone_number_id":106540352242922},)"
        R"("messages":[{"from":972501234567,"id":"wamid.N","timestamp":1795620806,"type":"text",)"
        R"("text":{"body":"x"}}]}},)"
        R"({"field":"message_template_status_update","value":{"message_template_id":1.5,)"
        R"("message_template_name":"n","event":"APPROVED"}}])"));
    QVERIFY(result.ok());
    QCOMPARE(kinds(*result),
             (QStringList{QStringLiteral("inbound_message"), QStringLiteral("template")}));
    QCOMPARE(result->changes[0].phoneNumberId, QStringLiteral("106540352242922"));
    QCOMPARE(result->changes[0].as<InboundMessageChange>()->customerWaId,
             QStringLiteral("972501234567"));
    QCOMPARE(result->changes[1].as<TemplateChange>()->templateId, QString()); // not a whole number
    checkInvariants(result);
}

void TestWebhookHardening::wrongTypeAtEveryPath() {
    const QJsonValue replacements[] = {
        QJsonValue(QJsonValue::Null),
        QJsonValue(0),
        QJsonValue(-1.5),
        QJsonValue(1e300),
        QJsonValue(QString()),
        QJsonValue(QStringLiteral("x")),
        QJsonValue(true),
        QJsonValue(QJsonArray()),
        QJsonValue(QJsonArray{QJsonArray{QJsonArray{1}}, QJsonObject()}),
        QJsonValue(QJsonObject()),
        QJsonValue(QJsonObject{{QStringLiteral("id"), 7}}),
    };
    const QDir data(QStringLiteral(SWITCHBOARD_TEST_DATA));
    int parses = 0;
    for (const QString &name : data.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QJsonObject original = QJsonDocument::fromJson(fixture(name)).object();
        QVERIFY(!original.isEmpty());
        forEachPath(original, {}, [&](const QStringList &path) {
            if (path.isEmpty())
                return;
            for (const QJsonValue &replacement : replacements) {
                const QJsonObject body = replaced(original, path, replacement).toObject();
                checkInvariants(parseWebhook(compact(body)));
                if (QTest::currentTestFailed()) {
                    qWarning("%s at %s", qPrintable(name), qPrintable(path.join(QLatin1Char('/'))));
                    return;
                }
                ++parses;
            }
        });
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(parses > 10000); // every fixture, every path, every replacement was tried
}

void TestWebhookHardening::truncatedAndMutilatedBodies() {
    const QDir data(QStringLiteral(SWITCHBOARD_TEST_DATA));
    int rejected = 0;
    for (const QString &name : data.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QByteArray body = fixture(name);
        const qsizetype whole = body.trimmed().size();
        for (qsizetype length = 0; length < whole; length += 7) {
            const Result<WebhookDelivery> result = parseWebhook(body.left(length));
            QVERIFY(!result.ok()); // a prefix of an object is never a whole object
            checkInvariants(result);
            ++rejected;
        }
        // Overwrite single bytes with characters that matter to JSON and UTF-8.
        const char mutations[] = {'"', '{', ']', '\\', '\0', '\xff', '\xc3', '0'};
        for (qsizetype at = 0; at < body.size(); at += 13) {
            for (const char mutation : mutations) {
                QByteArray mutilated = body;
                mutilated[at] = mutation;
                checkInvariants(parseWebhook(mutilated));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
    QVERIFY(rejected > 1000);
}

void TestWebhookHardening::sizes_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("changes"); // -1: refused with invalid_payload

    const QByteArray status = R"({"id":"wamid.S","status":"read","timestamp":"1795620806"},)";
    QByteArray statuses = status.repeated(maxWebhookChanges);
    statuses.chop(1);
    QTest::newRow("as many statuses as allowed")
        << withValue(R"("statuses":[)" + statuses + "]") << int(maxWebhookChanges);
    QTest::newRow("one status too many")
        << withValue(R"("statuses":[)" + statuses + "," + status.chopped(1) + "]") << -1;
    QByteArray numbers = QByteArray("1,").repeated(500000);
    numbers.chop(1);
    QTest::newRow("half a million broken entries")
        << R"({"object":"whatsapp_business_account","entry":[)" + numbers + "]}" << -1;
    QTest::newRow("200,000 empty entries")
        << R"({"object":"whatsapp_business_account","entry":[)" +
               QByteArray(R"({"changes":[]},)").repeated(200000) + R"({"changes":[]}]})"
        << 0;
    QTest::newRow("deep arrays") << nested(200000, '[', ']') << -1;
    QTest::newRow("deep objects") << QByteArray(R"({"a":)").repeated(100000) + "1" +
                                         QByteArray(100000, '}')
                                  << -1;
    QTest::newRow("deep entry") << R"({"object":"whatsapp_business_account","entry":)" +
                                       nested(5000, '[', ']') + "}"
                                << -1;
    QTest::newRow("deep but legal referral")
        << withMessage(
               R"({"from":"1","id":"wamid.R","timestamp":"1","type":"text","text":{"body":"x"},)"
               R"("referral":)" +
               nested(500, '[', ']') + "}")
        << 1;
    QTest::newRow("three megabytes of text")
        << withMessage(
               R"({"from":"1","id":"wamid.T","timestamp":"1","type":"text","text":{"body":")" +
               QByteArray("שלום ").repeated(3 * 1024 * 1024 / 10) + R"("}})")
        << 1;
    QTest::newRow("many contacts, one message")
        << withChanges(R"([{"field":"messages","value":{)" + metadata + R"(,"contacts":[)" +
                       QByteArray(R"({"wa_id":"1","profile":{"name":"n"}},)").repeated(100000) +
                       R"({}],"messages":[{"from":"1","id":"wamid.C","timestamp":"1",)"
                       R"("type":"text","text":{"body":"x"}}]}}])")
        << 1;
}

void TestWebhookHardening::sizes() {
    QFETCH(QByteArray, body);
    QFETCH(int, changes);

    const Result<WebhookDelivery> result = parseWebhook(body);
    checkInvariants(result);
    if (changes < 0) {
        QVERIFY(!result.ok());
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->changes.size(), static_cast<std::size_t>(changes));
    for (const WebhookChange &change : result->changes)
        QVERIFY(change.kind() != WebhookChange::Kind::Ignored);
}

QTEST_GUILESS_MAIN(TestWebhookHardening)
#include "tst_webhookhardening.moc"
