// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/control/controlapi.h"

#include "app/sandbox/control/faultinjector.h"
#include "app/sandbox/graph/templateapi.h"
#include "app/sandbox/simulation/customersimulator.h"
#include "app/sandbox/simulation/demoscript.h"
#include "app/sandbox/state/sandboxstate.h"
#include "core/logging.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

ControlApi::ControlApi(SandboxState &state, FaultInjector &faults, CustomerSimulator &customers,
                       TemplateApi &templates, DemoScript &demo)
    : m_state(state)
    , m_faults(faults)
    , m_customers(customers)
    , m_templates(templates)
    , m_demo(demo) {}

GraphReply ControlApi::handle(const GraphRequest &request) {
    if (request.jsonMalformed)
        return GraphReply::contractError(400, u"malformed_json"_s,
                                         u"The body is not a JSON object."_s);
    const QStringList &s = request.segments;
    const QString route = s.mid(1).join(QLatin1Char('/'));
    if (route == u"signup"_s)
        return request.method == u"POST"_s
                   ? signup(request)
                   : GraphReply::contractError(405, u"method_not_allowed"_s, u"Use POST."_s);
    if (route == u"faults"_s) {
        if (request.method == u"POST"_s)
            return addFault(request);
        if (request.method == u"DELETE"_s) {
            m_faults.clear();
            return GraphReply::success();
        }
        return GraphReply::contractError(405, u"method_not_allowed"_s, u"Use POST or DELETE."_s);
    }
    if (route == u"demo"_s) {
        if (request.method == u"POST"_s)
            return m_demo.start(request);
        if (request.method == u"DELETE"_s)
            return m_demo.stop();
        return GraphReply::contractError(405, u"method_not_allowed"_s, u"Use POST or DELETE."_s);
    }
    if (route == u"outbox"_s)
        return request.method == u"GET"_s
                   ? outbox(request)
                   : GraphReply::contractError(405, u"method_not_allowed"_s, u"Use GET."_s);
    if (s.size() == 4 && s.at(1) == u"customers"_s && s.at(3) == u"messages"_s) {
        if (request.method != u"POST"_s)
            return GraphReply::contractError(405, u"method_not_allowed"_s, u"Use POST."_s);
        return m_customers.customerMessage(s.at(2), request);
    }
    if (s.size() == 4 && s.at(1) == u"templates"_s && s.at(3) == u"status"_s) {
        if (request.method != u"POST"_s)
            return GraphReply::contractError(405, u"method_not_allowed"_s, u"Use POST."_s);
        return setTemplateStatus(s.at(2), request);
    }
    return GraphReply::contractError(
        404, u"not_found"_s, u"No sandbox route %1 %2."_s.arg(request.method, request.path));
}

GraphReply ControlApi::signup(const GraphRequest &request) {
    const QString appId = request.json.value(u"app_id"_s).toString(m_state.options().appId);
    const QString businessName = request.json.value(u"business_name"_s).toString();
    const QString display = request.json.value(u"display_phone_number"_s).toString();
    if (appId != m_state.options().appId)
        return GraphReply::contractError(422, u"unknown_app"_s,
                                         u"app_id is not the sandbox's app (--app-id)."_s);
    if (businessName.trimmed().isEmpty())
        return GraphReply::contractError(400, u"missing_business_name"_s,
                                         u"business_name is required."_s);
    QString digits;
    for (const QChar c : display)
        if (c.isDigit())
            digits.append(c);
    if (digits.size() < 8 || digits.size() > 15)
        return GraphReply::contractError(400, u"invalid_display_phone_number"_s,
                                         u"display_phone_number needs 8 to 15 digits."_s);
    const auto result = m_state.completeSignup(businessName.trimmed(), display);
    qCInfo(Log::sandbox) << "signup completed: WABA" << result.wabaId << "number"
                         << result.phoneNumberId;
    return GraphReply::json(QJsonObject{{u"code"_s, result.code},
                                        {u"waba_id"_s, result.wabaId},
                                        {u"phone_number_id"_s, result.phoneNumberId},
                                        {u"business_id"_s, result.businessId}});
}

GraphReply ControlApi::addFault(const GraphRequest &request) {
    Fault fault;
    const QString pattern = request.json.value(u"path_regex"_s).toString(u".*"_s);
    fault.pathRegex = QRegularExpression(pattern);
    if (!fault.pathRegex.isValid())
        return GraphReply::contractError(400, u"invalid_path_regex"_s,
                                         fault.pathRegex.errorString());
    fault.metaCode = request.json.value(u"meta_code"_s).toInt(0);
    fault.status = request.json.value(u"status"_s).toInt(0);
    fault.remaining = request.json.value(u"count"_s).toInt(1);
    if (fault.metaCode <= 0 && fault.status <= 0)
        return GraphReply::contractError(400, u"invalid_fault"_s,
                                         u"Give meta_code and/or status."_s);
    if (fault.status != 0 && (fault.status < 400 || fault.status > 599))
        return GraphReply::contractError(400, u"invalid_fault"_s, u"status must be 400-599."_s);
    if (fault.remaining <= 0)
        return GraphReply::contractError(400, u"invalid_fault"_s, u"count must be positive."_s);
    if (fault.metaCode <= 0)
        fault.metaCode = fault.status >= 500 ? 2 : 1;
    m_faults.add(fault);
    return GraphReply::json(QJsonObject{{u"path_regex"_s, pattern},
                                        {u"status"_s, fault.status},
                                        {u"meta_code"_s, fault.metaCode},
                                        {u"count"_s, fault.remaining}},
                            201);
}

GraphReply ControlApi::setTemplateStatus(const QString &templateId, const GraphRequest &request) {
    static const QStringList statuses = {u"APPROVED"_s, u"REJECTED"_s, u"PAUSED"_s, u"DISABLED"_s};
    const QString status = request.json.value(u"status"_s).toString().toUpper();
    if (!statuses.contains(status))
        return GraphReply::contractError(
            400, u"invalid_status"_s, u"status must be one of %1."_s.arg(statuses.join(u", "_s)));
    const MessageTemplate *t = m_state.templates().byId(templateId);
    if (!t)
        return GraphReply::contractError(404, u"unknown_template"_s,
                                         u"No template with that id."_s);
    const QString reason = request.json.value(u"reason"_s).toString(u"NONE"_s);
    m_templates.changeStatus(templateId, status, reason);
    const MessageTemplate *changed = m_state.templates().byId(templateId);
    return GraphReply::json(changed->toJson());
}

GraphReply ControlApi::outbox(const GraphRequest &request) {
    QJsonArray messages;
    for (const OutboundMessage *message :
         m_state.outbox().list(request.query.queryItemValue(u"phone_number_id"_s)))
        messages.append(message->toJson());
    QJsonArray receipts;
    const QString phone = request.query.queryItemValue(u"phone_number_id"_s);
    for (const auto &receipt : m_state.outbox().readReceipts())
        if (phone.isEmpty() || receipt.phoneNumberId == phone)
            receipts.append(QJsonObject{{u"phone_number_id"_s, receipt.phoneNumberId},
                                        {u"message_id"_s, receipt.messageId},
                                        {u"timestamp"_s, QString::number(receipt.timestampSecs)}});
    return GraphReply::json(QJsonObject{{u"messages"_s, messages}, {u"read_receipts"_s, receipts}});
}

} // namespace Switchboard::Sandbox
