// SPDX-License-Identifier: GPL-3.0-or-later
// The kitchen's ticket as the kitchen gets it: printed to PDF, read back with poppler's
// pdftotext and pdfinfo. The items are there in the customer's order with their variants and
// notes, in Hebrew (the menu's Hebrew names and variant labels, the ticket's words translated) or
// English, on a page 80 mm wide; a folder that cannot be written says so.
#include "ui/language.h"
#include "ui/pages/orders/kitchenticket.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;

namespace {

//! An order as the relay records it: a Hebrew customer's delivery of two pizzas and a drink.
QJsonObject deliveryOrder() {
    auto item = [](const QString &id, const QString &name, int quantity,
                   const QStringList &variants, const QString &notes) {
        return QJsonObject{
            {u"product_id"_s, id},     {u"name"_s, name},
            {u"quantity"_s, quantity}, {u"variants"_s, QJsonArray::fromStringList(variants)},
            {u"unit_price"_s, 52.0},   {u"subtotal"_s, 52.0 * quantity},
            {u"notes"_s, notes}};
    };
    return QJsonObject{
        {u"id"_s, u"ord_1"_s},
        {u"number"_s, 7},
        {u"status"_s, u"confirmed"_s},
        {u"delivery_type"_s, u"delivery"_s},
        {u"delivery_address"_s, u"הרצל 15"_s},
        {u"created_at"_s, u"2026-12-03T12:05:00Z"_s},
        {u"customer"_s, QJsonObject{{u"name"_s, u"נועה"_s}}},
        {u"items"_s, QJsonArray{item(u"p_marg"_s, u"Margherita"_s, 2, {u"Large"_s}, u"well done"_s),
                                item(u"p_fungi"_s, u"Funghi"_s, 1, {}, {}),
                                item(u"p_coke"_s, u"Coke"_s, 1, {}, {})}},
        {u"notes"_s, u"ring twice"_s},
    };
}

QString run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

//! Each of `texts` occurs in `haystack`, each after the one before.
bool inOrder(const QString &haystack, const QStringList &texts) {
    qsizetype from = 0;
    for (const QString &text : texts) {
        from = haystack.indexOf(text, from);
        if (from < 0)
            return false;
        from += text.size();
    }
    return true;
}

} // namespace

class TestKitchenTicket : public QObject {
    Q_OBJECT

    Language m_language;
    QTemporaryDir m_dir;

    //! The ticket's text; the PDF and a picture of it stay in build/screenshots/ to look at.
    QString pdfText(const KitchenTicket &ticket, const QString &name) {
        const QString pdf = QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR "/") + name;
        if (Status printed = ticket.printToPdf(pdf); !printed) {
            qWarning() << printed.error().message;
            return {};
        }
        // Lines wrap where the paper ends and pdftotext marks Hebrew runs with bidi controls:
        // compare the words.
        run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"120"_s, u"-singlefile"_s, pdf, pdf.chopped(4)});
        QString text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        text.remove(
            QRegularExpression(u"[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"_s));
        return text.simplified();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "pdftotext (poppler-utils) is missing: ./packaging/dev.sh installs it");
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR)));
    }
    void cleanup() { m_language.apply(u"en"_s); }

    void englishTicketListsTheItemsInOrder() {
        QVERIFY(m_language.apply(u"en"_s));
        const QString text =
            pdfText(KitchenTicket(deliveryOrder(), Qt::LeftToRight), u"ticket-en.pdf"_s);
        QVERIFY2(inOrder(text, {u"Order #7"_s, u"Delivery"_s, u"Address:"_s, u"הרצל"_s,
                                u"Customer: נועה"_s, u"2 × Margherita"_s, u"+ Large"_s,
                                u"Note: well done"_s, u"1 × Funghi"_s, u"1 × Coke"_s,
                                u"Order notes: ring twice"_s}),
                 qPrintable(text));
        QVERIFY(!text.contains(u"Check this order"_s));
    }

    void hebrewTicketUsesTheMenusHebrewNames() {
        QVERIFY(m_language.apply(u"he"_s));
        // The menu as the replica holds it; the drink has no Hebrew name and keeps its own.
        auto product = [](const QString &id, const QString &hebrew) {
            return QJsonObject{{u"id"_s, id}, {u"name_he"_s, hebrew}};
        };
        QJsonObject margherita = product(u"p_marg"_s, u"מרגריטה"_s);
        margherita.insert(
            u"variants"_s,
            QJsonArray{QJsonObject{
                {u"name"_s, u"Size"_s},
                {u"options"_s,
                 QJsonArray{QJsonObject{{u"label"_s, u"Small"_s}, {u"label_he"_s, u"קטנה"_s}},
                            QJsonObject{{u"label"_s, u"Large"_s}, {u"label_he"_s, u"גדולה"_s}}}}}});
        const QList<QJsonObject> hebrew{margherita, product(u"p_fungi"_s, u"פטריות"_s),
                                        QJsonObject{{u"id"_s, u"p_coke"_s}}};
        const QString text =
            pdfText(KitchenTicket(deliveryOrder(), Qt::RightToLeft, hebrew), u"ticket-he.pdf"_s);
        // The ticket's own words are in Hebrew, and the items keep the customer's order.
        QVERIFY2(inOrder(text, {u"הזמנה"_s, u"משלוח"_s, u"מרגריטה"_s, u"גדולה"_s, u"פטריות"_s,
                                u"Coke"_s}),
                 qPrintable(text));
        QVERIFY2(!text.contains(u"Order #"_s) && !text.contains(u"Margherita"_s) &&
                     !text.contains(u"Large"_s),
                 qPrintable(text));
    }

    void ticketIsEightyMillimetresWideAndAsLongAsItsItems() {
        QVERIFY(m_language.apply(u"en"_s));
        const QString shortPdf = m_dir.filePath(u"short.pdf"_s);
        QJsonObject one = deliveryOrder();
        one.insert(u"items"_s, QJsonArray{one.value(u"items"_s).toArray().first()});
        QVERIFY(KitchenTicket(one, Qt::LeftToRight).printToPdf(shortPdf));
        const QString longPdf = m_dir.filePath(u"long.pdf"_s);
        QVERIFY(KitchenTicket(deliveryOrder(), Qt::LeftToRight).printToPdf(longPdf));
        const QRegularExpression size(u"Page size:\\s+([0-9.]+) x ([0-9.]+) pts"_s);
        const auto shortSize = size.match(run(u"pdfinfo"_s, {shortPdf}));
        const auto longSize = size.match(run(u"pdfinfo"_s, {longPdf}));
        QVERIFY(shortSize.hasMatch() && longSize.hasMatch());
        const double widthMm = shortSize.captured(1).toDouble() * 25.4 / 72;
        QVERIFY2(qAbs(widthMm - 80.0) < 0.5, qPrintable(QString::number(widthMm)));
        QCOMPARE(run(u"pdfinfo"_s, {longPdf}).contains(u"Pages:           1"_s), true);
        QVERIFY(longSize.captured(2).toDouble() > shortSize.captured(2).toDouble());
    }

    void reviewedOrderAsksTheKitchenToCheck() {
        QVERIFY(m_language.apply(u"en"_s));
        QJsonObject unsure = deliveryOrder();
        unsure.insert(u"needs_review"_s, true);
        unsure.insert(u"delivery_type"_s, QJsonValue::Null);
        const QString text =
            pdfText(KitchenTicket(unsure, Qt::LeftToRight), u"ticket-review-en.pdf"_s);
        QVERIFY2(text.contains(u"Check this order with the customer"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Pickup or delivery not said"_s), qPrintable(text));
    }

    void unwritableFolderSaysWhatToCheck() {
        const Status printed = KitchenTicket(deliveryOrder(), Qt::LeftToRight)
                                   .printToPdf(m_dir.filePath(u"missing/folder/ticket.pdf"_s));
        QVERIFY(!printed);
        QCOMPARE(printed.error().code, u"print_failed"_s);
        QVERIFY(printed.error().message.contains(u"folder exists"_s));
    }
};

QTEST_MAIN(TestKitchenTicket)
#include "tst_kitchenticket.moc"
