// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/template.h"

#include "recordchecks.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::RecordChecks;

Q_DECLARE_METATYPE(Switchboard::Template)
Q_DECLARE_METATYPE(Switchboard::TemplateCategory)
Q_DECLARE_METATYPE(Switchboard::TemplateStatus)

namespace {

QJsonObject fixture() {
    return JsonFixture::load(QStringLiteral("template.json"));
}

// What data/template.json says.
Template orderReady() {
    Template t;
    t.id = QStringLiteral("1693746824507312");
    t.name = QStringLiteral("order_ready");
    t.language = QStringLiteral("he");
    t.category = TemplateCategory::Utility;
    t.status = TemplateStatus::Rejected;
    t.components = QJsonArray{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("HEADER")},
                    {QStringLiteral("format"), QStringLiteral("TEXT")},
                    {QStringLiteral("text"), QStringLiteral("ההזמנה שלך מוכנה 🍕")}},
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("BODY")},
            {QStringLiteral("text"), QStringLiteral("שלום {{1}}, הזמנה מספר {{2}} מוכנה לאיסוף.")},
            {QStringLiteral("example"),
             QJsonObject{{QStringLiteral("body_text"),
                          QJsonArray{QJsonArray{QStringLiteral("דנה"), QStringLiteral("1042")}}}}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")},
                    {QStringLiteral("buttons"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("QUICK_REPLY")},
                                            {QStringLiteral("text"), QStringLiteral("תודה!")}}}}},
    };
    t.rejectedReason = QStringLiteral("INVALID_FORMAT");
    t.quality = QStringLiteral("UNKNOWN");
    return t;
}

} // namespace

class TestTemplate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesContractFixture() {
        verifyFixture(QStringLiteral("template.json"), orderReady(), templateFromJson);
    }

    void roundTrip_data() {
        QTest::addColumn<Template>("messageTemplate");
        QTest::newRow("rejected Hebrew utility") << orderReady();

        Template draft;
        draft.name = QStringLiteral("weekend_offer");
        draft.language = QStringLiteral("en_US");
        draft.category = TemplateCategory::Marketing;
        draft.status = TemplateStatus::Pending;
        draft.components = QJsonArray{QJsonObject{
            {QStringLiteral("type"), QStringLiteral("BODY")},
            {QStringLiteral("text"),
             QStringLiteral("🍕👍🏽 Family deal \U0001F468\u200D\U0001F469\u200D\U0001F467"
                            "\u200D\U0001F466 this weekend")}}};
        QTest::newRow("pending, not yet at Meta (no id), emoji") << draft;

        Template otp = orderReady();
        otp.category = TemplateCategory::Authentication;
        otp.status = TemplateStatus::Approved;
        otp.rejectedReason.clear();
        otp.quality = QStringLiteral("GREEN");
        otp.components = QJsonArray();
        QTest::newRow("approved authentication") << otp;
    }
    void roundTrip() {
        QFETCH(Template, messageTemplate);
        verifyRoundTrip(messageTemplate, templateFromJson);
    }

    void categoryStrings_data() {
        QTest::addColumn<TemplateCategory>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("marketing") << TemplateCategory::Marketing << QStringLiteral("marketing");
        QTest::newRow("utility") << TemplateCategory::Utility << QStringLiteral("utility");
        QTest::newRow("authentication")
            << TemplateCategory::Authentication << QStringLiteral("authentication");
    }
    void categoryStrings() {
        QFETCH(TemplateCategory, value);
        QFETCH(QString, text);
        QCOMPARE(toString(value), text);
        QCOMPARE(parseTemplateCategory(text), std::optional(value));
        // Meta spells them in capitals; the relay lower-cases before parsing.
        QCOMPARE(parseTemplateCategory(text.toUpper()), std::optional<TemplateCategory>());
        QCOMPARE(parseTemplateCategory(text.toUpper().toLower()), std::optional(value));
    }

    void statusStrings_data() {
        QTest::addColumn<TemplateStatus>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("pending") << TemplateStatus::Pending << QStringLiteral("pending");
        QTest::newRow("approved") << TemplateStatus::Approved << QStringLiteral("approved");
        QTest::newRow("rejected") << TemplateStatus::Rejected << QStringLiteral("rejected");
        QTest::newRow("paused") << TemplateStatus::Paused << QStringLiteral("paused");
        QTest::newRow("disabled") << TemplateStatus::Disabled << QStringLiteral("disabled");
        QTest::newRow("in_appeal") << TemplateStatus::InAppeal << QStringLiteral("in_appeal");
        QTest::newRow("pending_deletion")
            << TemplateStatus::PendingDeletion << QStringLiteral("pending_deletion");
        QTest::newRow("deleted") << TemplateStatus::Deleted << QStringLiteral("deleted");
        QTest::newRow("limit_exceeded")
            << TemplateStatus::LimitExceeded << QStringLiteral("limit_exceeded");
        QTest::newRow("archived") << TemplateStatus::Archived << QStringLiteral("archived");
    }
    void statusStrings() {
        QFETCH(TemplateStatus, value);
        QFETCH(QString, text);
        QCOMPARE(toString(value), text);
        QCOMPARE(parseTemplateStatus(text), std::optional(value));
    }

    void unknownEnumStrings_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("Meta's capitals") << QStringLiteral("APPROVED");
        QTest::newRow("retired category") << QStringLiteral("transactional");
        QTest::newRow("camel case") << QStringLiteral("inAppeal");
    }
    void unknownEnumStrings() {
        QFETCH(QString, text);
        QCOMPARE(parseTemplateCategory(text), std::optional<TemplateCategory>());
        QCOMPARE(parseTemplateStatus(text), std::optional<TemplateStatus>());
    }

    void rejectsInvalidRecord_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("no name") << QStringLiteral("name") << absent << QStringLiteral("name");
        QTest::newRow("no language")
            << QStringLiteral("language") << absent << QStringLiteral("language");
        QTest::newRow("no category")
            << QStringLiteral("category") << absent << QStringLiteral("category");
        QTest::newRow("Meta's category spelling")
            << QStringLiteral("category") << QJsonValue(QStringLiteral("UTILITY"))
            << QStringLiteral("category");
        QTest::newRow("no status")
            << QStringLiteral("status") << absent << QStringLiteral("status");
        QTest::newRow("unknown status")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("flagged"))
            << QStringLiteral("status");
        QTest::newRow("components an object")
            << QStringLiteral("components") << QJsonValue(QJsonObject())
            << QStringLiteral("components");
        QTest::newRow("id a number")
            << QStringLiteral("id") << QJsonValue(qint64(1693746824507312)) << QStringLiteral("id");
    }
    void rejectsInvalidRecord() {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyRejected(JsonFixture::with(fixture(), path, value), templateFromJson, field);
    }
};

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
