// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/simulation/demoscript.h"

#include "app/sandbox/simulation/customersimulator.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

namespace {

struct Line {
    const char *waId;
    const char *name;
    const char *text;
};

// One conversation per customer, in the order they are played.
const QList<Line> &script(const QString &scenario, const QString &language) {
    static const QList<Line> restaurantEn = {
        {"15550100101", "Dana Cohen", "Hi! Are you open tonight?"},
        {"15550100102", "Mike Levi",
         "Can I get a family pizza with mushrooms and olives for pickup at 7?"},
        {"15550100101", "Dana Cohen",
         "I'd like 2 margherita pizzas and a large Coke for delivery please"},
        {"15550100101", "Dana Cohen", "Address: 12 Herzl St, apartment 4"},
    };
    static const QList<Line> restaurantHe = {
        {"972501000101", "נועה", "היי, אתם פתוחים הערב?"},
        {"972501000102", "אבי", "אפשר פיצה משפחתית עם פטריות וזיתים לאיסוף בשבע?"},
        {"972501000101", "נועה", "אני רוצה 2 פיצות מרגריטה וקולה גדולה במשלוח"},
        {"972501000101", "נועה", "הכתובת: הרצל 12, דירה 4"},
    };
    static const QList<Line> clinicEn = {
        {"15550100201", "Sarah Miller", "Hello, I'd like to book an appointment with Dr. Katz"},
        {"15550100202", "Tom Baker", "I need to cancel my appointment tomorrow at 10:00"},
        {"15550100201", "Sarah Miller", "Tuesday morning would be best for me"},
    };
    static const QList<Line> clinicHe = {
        {"972501000201", "רותי", "שלום, אפשר לקבוע תור לד״ר כץ?"},
        {"972501000202", "יוסי", "אני צריך לבטל את התור שלי מחר ב-10:00"},
        {"972501000201", "רותי", "יום שלישי בבוקר מתאים לי"},
    };
    static const QList<Line> none;
    const bool hebrew = language == u"he"_s;
    if (scenario == u"restaurant"_s)
        return hebrew ? restaurantHe : restaurantEn;
    if (scenario == u"clinic"_s)
        return hebrew ? clinicHe : clinicEn;
    return none;
}

} // namespace

DemoScript::DemoScript(CustomerSimulator &customers, QObject *parent)
    : QObject(parent)
    , m_customers(customers) {}

GraphReply DemoScript::start(const GraphRequest &request) {
    const QString phoneId = request.json.value(u"phone_number_id"_s).toString();
    const QString scenario = request.json.value(u"scenario"_s).toString();
    const QString language = request.json.value(u"language"_s).toString(u"en"_s);
    const int interval = request.json.value(u"interval_ms"_s).toInt(2000);
    const QList<Line> &lines = script(scenario, language);
    if (lines.isEmpty() || (language != u"en"_s && language != u"he"_s))
        return GraphReply::contractError(
            400, u"unknown_scenario"_s,
            u"scenario must be restaurant or clinic, language en or he."_s);
    if (interval < 0)
        return GraphReply::contractError(400, u"invalid_interval"_s,
                                         u"interval_ms must not be negative."_s);
    // Checks the number once, with the first line, so a bad id answers now.
    GraphRequest first = request;
    first.json =
        QJsonObject{{u"phone_number_id"_s, phoneId},
                    {u"name"_s, QString::fromUtf8(lines.first().name)},
                    {u"type"_s, u"text"_s},
                    {u"text"_s, QJsonObject{{u"body"_s, QString::fromUtf8(lines.first().text)}}}};
    const GraphReply reply =
        m_customers.customerMessage(QString::fromLatin1(lines.first().waId), first);
    if (reply.status != 200)
        return reply;
    QJsonArray customers;
    for (const Line &line : lines) {
        if (!customers.contains(QString::fromLatin1(line.waId)))
            customers.append(QString::fromLatin1(line.waId));
    }
    // One timer per run plays the remaining lines, then (with "repeat") the script again.
    const bool repeat = request.json.value(u"repeat"_s).toBool(false);
    auto *timer = new QTimer(this);
    timer->setInterval(qMax(interval, repeat ? 200 : 0));
    connect(
        timer, &QTimer::timeout, this,
        [this, timer, lines, first, repeat, next = qsizetype(1)]() mutable {
            if (next >= lines.size()) {
                if (!repeat) {
                    timer->deleteLater();
                    return;
                }
                next = 0;
            }
            const Line line = lines.at(next++);
            GraphRequest played = first;
            played.json.insert(u"name"_s, QString::fromUtf8(line.name));
            played.json.insert(u"text"_s, QJsonObject{{u"body"_s, QString::fromUtf8(line.text)}});
            (void)m_customers.customerMessage(QString::fromLatin1(line.waId), played);
        });
    if (lines.size() > 1 || repeat)
        timer->start();
    else
        timer->deleteLater();
    return GraphReply::json(
        QJsonObject{{u"customers"_s, customers}, {u"messages"_s, int(lines.size())}});
}

GraphReply DemoScript::stop() {
    int stopped = 0;
    for (QTimer *timer : findChildren<QTimer *>(Qt::FindDirectChildrenOnly)) {
        timer->stop();
        timer->deleteLater();
        ++stopped;
    }
    return GraphReply::json(QJsonObject{{u"stopped"_s, stopped}});
}

} // namespace Switchboard::Sandbox
