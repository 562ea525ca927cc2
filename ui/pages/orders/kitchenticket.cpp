// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/orders/kitchenticket.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>
#include <QTextOption>

namespace Switchboard {

namespace {

constexpr double pointsPerMm = 72.0 / 25.4;

QString escaped(const QString &text) {
    return text.toHtmlEscaped();
}

} // namespace

KitchenTicket::KitchenTicket(QJsonObject order, Qt::LayoutDirection direction,
                             const QList<QJsonObject> &menu)
    : m_order(std::move(order))
    , m_direction(direction) {
    if (direction != Qt::RightToLeft)
        return;
    for (const QJsonObject &product : menu) {
        const QString id = product.value(QLatin1String("id")).toString();
        m_hebrew.insert(id, product.value(QLatin1String("name_he")).toString());
        for (const QJsonValue &group : product.value(QLatin1String("variants")).toArray()) {
            for (const QJsonValue &option :
                 group.toObject().value(QLatin1String("options")).toArray())
                m_hebrew.insert(id + QLatin1Char('\n') +
                                    option.toObject().value(QLatin1String("label")).toString(),
                                option.toObject().value(QLatin1String("label_he")).toString());
        }
    }
}

QString KitchenTicket::itemName(const QJsonObject &item) const {
    const QString local = m_hebrew.value(item.value(QLatin1String("product_id")).toString());
    return local.isEmpty() ? item.value(QLatin1String("name")).toString() : local;
}

QString KitchenTicket::variantLabel(const QJsonObject &item, const QString &label) const {
    const QString local = m_hebrew.value(item.value(QLatin1String("product_id")).toString() +
                                         QLatin1Char('\n') + label);
    return local.isEmpty() ? label : local;
}

QString KitchenTicket::title() const {
    return tr("Order #%1").arg(m_order.value(QLatin1String("number")).toVariant().toString());
}

QString KitchenTicket::html() const {
    const QString dir =
        m_direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    const QLocale locale;
    QString html = QStringLiteral("<html><body dir=\"%1\">").arg(dir);
    html += QStringLiteral("<p dir=\"%1\" align=\"center\" style=\"font-size:22pt;"
                           "font-weight:bold;margin:0\">%2</p>")
                .arg(dir, escaped(title()));
    const QDateTime created = QDateTime::fromString(
        m_order.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    if (created.isValid())
        html +=
            QStringLiteral("<p dir=\"%1\" align=\"center\" style=\"font-size:12pt;margin:0\">"
                           "%2</p>")
                .arg(dir, escaped(locale.toString(created.toLocalTime(), QLocale::ShortFormat)));
    const QString delivery = m_order.value(QLatin1String("delivery_type")).toString();
    const QString how = delivery == QLatin1String("delivery") ? tr("Delivery")
                        : delivery == QLatin1String("pickup") ? tr("Pickup")
                                                              : tr("Pickup or delivery not said");
    html += QStringLiteral("<p dir=\"%1\" align=\"center\" style=\"font-size:16pt;"
                           "font-weight:bold;margin-top:6pt\">%2</p>")
                .arg(dir, escaped(how));
    const QString address = m_order.value(QLatin1String("delivery_address")).toString();
    if (!address.isEmpty())
        html += QStringLiteral("<p dir=\"%1\" style=\"font-size:13pt;margin:0\">%2</p>")
                    .arg(dir, escaped(tr("Address: %1").arg(address)));
    const QJsonObject customer = m_order.value(QLatin1String("customer")).toObject();
    const QString who = customer.value(QLatin1String("name")).toString();
    if (!who.isEmpty())
        html += QStringLiteral("<p dir=\"%1\" style=\"font-size:12pt;margin:0\">%2</p>")
                    .arg(dir, escaped(tr("Customer: %1").arg(who)));
    html += QStringLiteral("<hr/>");
    const QJsonArray items = m_order.value(QLatin1String("items")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const int quantity = item.value(QLatin1String("quantity")).toInt(1);
        html +=
            QStringLiteral("<p dir=\"%1\" style=\"font-size:16pt;font-weight:bold;"
                           "margin-top:4pt;margin-bottom:0\">%2</p>")
                .arg(dir, escaped(tr("%1 × %2").arg(locale.toString(quantity), itemName(item))));
        const QStringList variants =
            item.value(QLatin1String("variants")).toVariant().toStringList();
        for (const QString &variant : variants)
            html += QStringLiteral("<p dir=\"%1\" style=\"font-size:13pt;margin:0;"
                                   "-qt-block-indent:1\">+ %2</p>")
                        .arg(dir, escaped(variantLabel(item, variant)));
        const QString notes = item.value(QLatin1String("notes")).toString();
        if (!notes.isEmpty())
            html += QStringLiteral("<p dir=\"%1\" style=\"font-size:13pt;font-style:italic;"
                                   "margin:0;-qt-block-indent:1\">%2</p>")
                        .arg(dir, escaped(tr("Note: %1").arg(notes)));
    }
    const QString notes = m_order.value(QLatin1String("notes")).toString();
    if (!notes.isEmpty())
        html += QStringLiteral("<hr/><p dir=\"%1\" style=\"font-size:13pt\">%2</p>")
                    .arg(dir, escaped(tr("Order notes: %1").arg(notes)));
    if (m_order.value(QLatin1String("needs_review")).toBool())
        html += QStringLiteral("<p dir=\"%1\" align=\"center\" style=\"font-size:13pt;"
                               "font-weight:bold\">%2</p>")
                    .arg(dir, escaped(tr("Check this order with the customer")));
    html += QStringLiteral("</body></html>");
    return html;
}

void KitchenTicket::layOut(QTextDocument *document) const {
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(m_direction);
    document->setDefaultTextOption(option);
    document->setDocumentMargin(0);
    document->setHtml(html());
    document->setTextWidth((paperWidthMm - 2 * marginMm) * pointsPerMm);
}

void KitchenTicket::print(QPrinter *printer) const {
    QTextDocument document;
    // Laid out in points first, to know the ticket's length before the page is chosen.
    layOut(&document);
    const double lengthMm = document.size().height() / pointsPerMm + 2 * marginMm + 1;
    printer->setPageLayout(
        QPageLayout(QPageSize(QSizeF(paperWidthMm, lengthMm), QPageSize::Millimeter,
                              QStringLiteral("Receipt 80 mm"), QPageSize::ExactMatch),
                    QPageLayout::Portrait, QMarginsF(marginMm, marginMm, marginMm, marginMm),
                    QPageLayout::Millimeter));
    document.setPageSize(printer->pageLayout().paintRect(QPageLayout::Point).size());
    document.print(printer);
}

Status KitchenTicket::printToPdf(const QString &path) const {
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(title());
    // A reprint replaces the earlier file; what is there afterwards is this print's or nothing.
    QFile::remove(path);
    print(&printer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Error{QStringLiteral("print_failed"),
                     tr("The ticket could not be written to %1. Check that the folder exists "
                        "and has free space.")
                         .arg(path)};
    return success();
}

} // namespace Switchboard
