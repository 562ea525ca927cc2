// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meta/webhookparser.h"

#include "webhooktestdata.h"

#include <QDir>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>
#include <QTest>

//! The parser against deliveries written by people outside this project (pywa's test data, see
//! shared/conformance/README.md): every case must parse, each item must become the kind of change
//! the source says it is, with the values the source holds, and enough of them must be modelled
//! rather than ignored. The expectations are read from the source JSON here, independently of the
//! parser's code.

using namespace Switchboard;
using namespace Switchboard::WebhookTestData;

Q_LOGGING_CATEGORY(conformanceLog, "switchboard.tests.conformance")

namespace {

const QString conformanceDir = QStringLiteral(SWITCHBOARD_CONFORMANCE_DIR);

//! Every case of every file: "file.json/key" → the delivery.
QMap<QString, QJsonObject> allCases() {
    QMap<QString, QJsonObject> cases;
    const QDir dir(conformanceDir);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(file.fileName()));
        const QJsonObject cases_ = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = cases_.begin(); it != cases_.end(); ++it)
            cases.insert(name + QLatin1Char('/') + it.key(), it.value().toObject());
    }
    return cases;
}

// Meta's message "type" → the contract's MessageType.
const QMap<QString, QString> messageTypes{
    {QStringLiteral("text"), QStringLiteral("text")},
    {QStringLiteral("image"), QStringLiteral("image")},
    {QStringLiteral("audio"), QStringLiteral("audio")},
    {QStringLiteral("video"), QStringLiteral("video")},
    {QStringLiteral("document"), QStringLiteral("document")},
    {QStringLiteral("sticker"), QStringLiteral("sticker")},
    {QStringLiteral("location"), QStringLiteral("location")},
    {QStringLiteral("contacts"), QStringLiteral("contacts")},
    {QStringLiteral("interactive"), QStringLiteral("interactive")},
    {QStringLiteral("button"), QStringLiteral("button")},
    {QStringLiteral("reaction"), QStringLiteral("reaction")},
    {QStringLiteral("order"), QStringLiteral("order")},
    {QStringLiteral("system"), QStringLiteral("system")},
    {QStringLiteral("unsupported"), QStringLiteral("unsupported")},
    {QStringLiteral("unknown"), QStringLiteral("unsupported")},
};

// Meta's delivery status → the contract's MessageStatus.
const QMap<QString, QString> statuses{
    {QStringLiteral("sent"), QStringLiteral("sent")},
    {QStringLiteral("delivered"), QStringLiteral("delivered")},
    {QStringLiteral("read"), QStringLiteral("read")},
    {QStringLiteral("played"), QStringLiteral("read")},
    {QStringLiteral("failed"), QStringLiteral("failed")},
};

const QStringList templateFields{
    QStringLiteral("message_template_status_update"),
    QStringLiteral("message_template_quality_update"),
    QStringLiteral("message_template_category_update"),
    QStringLiteral("template_category_update"),
    QStringLiteral("message_template_components_update"),
};

const QStringList accountFields{
    QStringLiteral("account_update"),
    QStringLiteral("account_alerts"),
    QStringLiteral("account_review_update"),
    QStringLiteral("business_capability_update"),
    QStringLiteral("phone_number_name_update"),
    QStringLiteral("phone_number_quality_update"),
    QStringLiteral("security"),
};

bool isEditOrRevoke(const QJsonObject &message) {
    const QString type = message.value(QLatin1String("type")).toString();
    return type == QLatin1String("edit") || type == QLatin1String("revoke");
}

//! What the source says each item is, in order: (kind, the source item or value).
QList<std::pair<QString, QJsonObject>> expectedItems(const QJsonObject &delivery) {
    QList<std::pair<QString, QJsonObject>> items;
    const auto add = [&](const char *kind, const QJsonObject &item) {
        items.append({QString::fromLatin1(kind), item});
    };
    for (const QJsonValue entry : delivery.value(QLatin1String("entry")).toArray()) {
        for (const QJsonValue change : entry[QLatin1String("changes")].toArray()) {
            const QString field = change[QLatin1String("field")].toString();
            const QJsonObject value = change[QLatin1String("value")].toObject();
            if (field == QLatin1String("messages")) {
                for (const QJsonValue m : value[QLatin1String("messages")].toArray())
                    add(isEditOrRevoke(m.toObject()) ? "ignored" : "inbound_message", m.toObject());
                for (const QJsonValue s : value[QLatin1String("statuses")].toArray())
                    add(statuses.contains(s[QLatin1String("status")].toString()) ? "status"
                                                                                 : "ignored",
                        s.toObject());
            } else if (field == QLatin1String("smb_message_echoes")) {
                for (const QJsonValue m : value[QLatin1String("message_echoes")].toArray())
                    add(isEditOrRevoke(m.toObject()) ? "ignored" : "echo", m.toObject());
            } else if (templateFields.contains(field)) {
                add("template", value);
            } else if (accountFields.contains(field)) {
                add("account", value);
            } else {
                add("ignored", value);
            }
        }
    }
    return items;
}

QString codeText(const QJsonValue &code) {
    return code.isString() ? code.toString() : QString::number(code.toInteger());
}

//! The contract's type for a source message: its "type" through the table, or unsupported when
//! the content it names is missing (Meta's own "Unsupported webhook payload" case).
QString expectedType(const QJsonObject &source) {
    const QString type = source.value(QLatin1String("type")).toString();
    const QString mapped = messageTypes.value(type, QStringLiteral("unsupported"));
    if (mapped != QLatin1String("unsupported") && !source.contains(type))
        return QStringLiteral("unsupported");
    return mapped;
}

void checkMessage(const Message &actual, const QJsonObject &source) {
    const QString type = source.value(QLatin1String("type")).toString();
    const QString contractType = expectedType(source);
    QCOMPARE(toString(actual.type), contractType);
    QCOMPARE(actual.wamid, source.value(QLatin1String("id")).toString());
    QCOMPARE(actual.timestamp.toSecsSinceEpoch(),
             source.value(QLatin1String("timestamp")).toString().toLongLong());
    QCOMPARE(compact(actual.raw), compact(source));

    const QJsonObject content = source.value(type).toObject();
    if (type == QLatin1String("text"))
        QCOMPARE(actual.text, content.value(QLatin1String("body")).toString());
    if (type == QLatin1String("button"))
        QCOMPARE(actual.text, content.value(QLatin1String("text")).toString());
    if (type == QLatin1String("interactive") && contractType == type) {
        const QString reply = content.value(QLatin1String("type")).toString();
        if (reply == QLatin1String("button_reply") || reply == QLatin1String("list_reply"))
            QCOMPARE(actual.text, content[reply][QLatin1String("title")].toString());
        QCOMPARE(compact(actual.interactive), compact(content));
    }
    const QStringList mediaTypes{QStringLiteral("image"), QStringLiteral("audio"),
                                 QStringLiteral("video"), QStringLiteral("document"),
                                 QStringLiteral("sticker")};
    QCOMPARE(actual.media.has_value(), mediaTypes.contains(type));
    if (actual.media) {
        QCOMPARE(actual.media->id, content.value(QLatin1String("id")).toString());
        QCOMPARE(actual.media->mimeType, content.value(QLatin1String("mime_type")).toString());
        QCOMPARE(actual.media->caption, content.value(QLatin1String("caption")).toString());
        QCOMPARE(actual.media->filename, content.value(QLatin1String("filename")).toString());
    }
    QCOMPARE(actual.reaction.has_value(), type == QLatin1String("reaction"));
    if (actual.reaction) {
        QCOMPARE(actual.reaction->messageId, content.value(QLatin1String("message_id")).toString());
        QCOMPARE(actual.reaction->emoji, content.value(QLatin1String("emoji")).toString());
    }
    if (type == QLatin1String("location"))
        QCOMPARE(compact(actual.location), compact(content));
    if (type == QLatin1String("order"))
        QCOMPARE(compact(actual.order), compact(content));

    const QJsonObject context = source.value(QLatin1String("context")).toObject();
    const bool forwarded = context.value(QLatin1String("forwarded")).toBool() ||
                           context.value(QLatin1String("frequently_forwarded")).toBool();
    const QString repliesTo = context.value(QLatin1String("id")).toString();
    QCOMPARE(actual.context.has_value(), forwarded || !repliesTo.isEmpty());
    if (actual.context) {
        QCOMPARE(actual.context->messageId, repliesTo);
        QCOMPARE(actual.context->forwarded, forwarded);
    }
    const QJsonArray errors = source.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        QVERIFY(actual.error);
        QCOMPARE(actual.error->code, codeText(errors.first()[QLatin1String("code")]));
    }
    if (contractType == QLatin1String("unsupported"))
        QVERIFY(actual.error && !actual.error->code.isEmpty());
}

} // namespace

class TestWebhookConformance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deliveries_data();
    void deliveries();
    void modelledShare();
};

void TestWebhookConformance::initTestCase() {
    QVERIFY2(QDir(conformanceDir).exists(), qPrintable(conformanceDir));
    QVERIFY2(allCases().size() >= 72, "the pywa folder lost cases");
}

void TestWebhookConformance::deliveries_data() {
    QTest::addColumn<QJsonObject>("delivery");
    const QMap<QString, QJsonObject> cases = allCases();
    for (auto it = cases.cbegin(); it != cases.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.value();
}

void TestWebhookConformance::deliveries() {
    QFETCH(QJsonObject, delivery);

    const Result<WebhookDelivery> result = parseWebhook(compact(delivery));
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const QList<std::pair<QString, QJsonObject>> expected = expectedItems(delivery);
    QStringList expectedKinds;
    for (const auto &item : expected)
        expectedKinds.append(item.first);
    QCOMPARE(kinds(*result), expectedKinds);

    const QJsonObject entry = delivery[QLatin1String("entry")][0].toObject();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const WebhookChange &change = result->changes.at(static_cast<std::size_t>(i));
        const QJsonObject &source = expected.at(i).second;
        QCOMPARE(change.wabaId, entry.value(QLatin1String("id")).toString());
        QVERIFY(!change.field.isEmpty());
        switch (change.kind()) {
        case WebhookChange::Kind::InboundMessage: {
            const auto *inbound = change.as<InboundMessageChange>();
            QCOMPARE(change.phoneNumberId,
                     entry[QLatin1String("changes")][0][QLatin1String("value")]
                          [QLatin1String("metadata")][QLatin1String("phone_number_id")]
                              .toString());
            QCOMPARE(inbound->customerWaId, source.value(QLatin1String("from")).toString());
            QCOMPARE(toString(inbound->message.direction), QStringLiteral("inbound"));
            QCOMPARE(toString(inbound->message.status), QStringLiteral("received"));
            checkMessage(inbound->message, source);
            break;
        }
        case WebhookChange::Kind::Echo: {
            const auto *echo = change.as<EchoChange>();
            QCOMPARE(echo->customerWaId, source.value(QLatin1String("to")).toString());
            QCOMPARE(toString(echo->message.direction), QStringLiteral("outbound"));
            QCOMPARE(toString(echo->message.status), QStringLiteral("sent"));
            checkMessage(echo->message, source);
            break;
        }
        case WebhookChange::Kind::Status: {
            const auto *status = change.as<StatusChange>();
            const QString metaStatus = source.value(QLatin1String("status")).toString();
            QCOMPARE(toString(status->status), statuses.value(metaStatus));
            QCOMPARE(status->wamid, source.value(QLatin1String("id")).toString());
            QCOMPARE(status->recipientId, source.value(QLatin1String("recipient_id")).toString());
            QCOMPARE(compact(status->pricing),
                     compact(source.value(QLatin1String("pricing")).toObject()));
            if (metaStatus == QLatin1String("failed")) {
                QVERIFY(status->error);
                QCOMPARE(status->error->code,
                         codeText(source[QLatin1String("errors")][0][QLatin1String("code")]));
            }
            break;
        }
        case WebhookChange::Kind::Template: {
            const auto *update = change.as<TemplateChange>();
            QVERIFY(templateFields.contains(change.field));
            QCOMPARE(update->name, source.value(QLatin1String("message_template_name")).toString());
            QCOMPARE(update->templateId,
                     codeText(source.value(QLatin1String("message_template_id"))));
            QCOMPARE(compact(update->raw), compact(source));
            break;
        }
        case WebhookChange::Kind::Account: {
            const auto *update = change.as<AccountChange>();
            QVERIFY(accountFields.contains(change.field));
            QCOMPARE(update->event, source.value(QLatin1String("event")).toString());
            QCOMPARE(compact(update->raw), compact(source));
            break;
        }
        case WebhookChange::Kind::Ignored:
            QVERIFY(!change.as<IgnoredChange>()->reason.isEmpty());
            break;
        }
    }
}

void TestWebhookConformance::modelledShare() {
    const QMap<QString, QJsonObject> cases = allCases();
    QMap<QString, int> kindCounts;
    int modelled = 0;
    QStringList ignored;
    for (auto it = cases.cbegin(); it != cases.cend(); ++it) {
        const Result<WebhookDelivery> result = parseWebhook(compact(it.value()));
        QVERIFY2(result.ok(), qPrintable(it.key()));
        bool allModelled = !result->changes.empty();
        for (const WebhookChange &change : result->changes) {
            ++kindCounts[toString(change.kind())];
            if (const auto *skip = change.as<IgnoredChange>()) {
                allModelled = false;
                ignored.append(it.key() + QStringLiteral(": ") + skip->reason);
            }
        }
        modelled += allModelled ? 1 : 0;
    }
    QStringList counts;
    for (auto it = kindCounts.cbegin(); it != kindCounts.cend(); ++it)
        counts.append(it.key() + QLatin1Char('=') + QString::number(it.value()));
    qCInfo(conformanceLog).noquote()
        << "pywa conformance:" << cases.size() << "cases," << modelled << "modelled,"
        << cases.size() - modelled << "ignored; changes:" << counts.join(QLatin1Char(' '));
    for (const QString &line : std::as_const(ignored))
        qCInfo(conformanceLog).noquote() << "  ignored" << line;
    QVERIFY2(modelled >= 60, qPrintable(QString::number(modelled)));
}

QTEST_GUILESS_MAIN(TestWebhookConformance)
#include "tst_webhookconformance.moc"
