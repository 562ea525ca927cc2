// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/graph/accountapi.h"

#include "app/sandbox/graph/graphaccess.h"
#include "app/sandbox/graph/graphfields.h"
#include "app/sandbox/simulation/callbackverifier.h"
#include "app/sandbox/state/sandboxstate.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

namespace {

GraphReply selected(const QJsonObject &all, const QStringList &defaults,
                    const GraphRequest &request, const QString &nodeType) {
    auto result = GraphFields::select(all, defaults, request, nodeType);
    if (auto *error = std::get_if<GraphError>(&result))
        return GraphReply::error(*error);
    return GraphReply::json(std::get<QJsonObject>(result));
}

QJsonObject healthEntity(const QString &type, const QString &id, bool available,
                         const QString &info = {}) {
    QJsonObject entity{{u"entity_type"_s, type},
                       {u"id"_s, id},
                       {u"can_send_message"_s, available ? u"AVAILABLE"_s : u"LIMITED"_s}};
    if (!available)
        entity.insert(u"additional_info"_s, QJsonArray{info});
    return entity;
}

} // namespace

AccountApi::AccountApi(SandboxState &state, GraphAccess &access, CallbackVerifier &verifier)
    : m_state(state)
    , m_access(access)
    , m_verifier(verifier) {}

QJsonObject AccountApi::wabaJson(const Waba &waba) {
    const Business *business = m_state.accounts().business(waba.businessId);
    bool anyConnected = false;
    for (const PhoneNumber *number : m_state.accounts().phoneNumbersOf(waba.id))
        anyConnected = anyConnected || number->status == u"CONNECTED"_s;
    return QJsonObject{
        {u"id"_s, waba.id},
        {u"name"_s, waba.name},
        {u"currency"_s, waba.currency},
        {u"timezone_id"_s, waba.timezoneId},
        {u"message_template_namespace"_s, waba.templateNamespace},
        {u"account_review_status"_s, waba.reviewStatus},
        {u"business_verification_status"_s, u"unverified"_s},
        {u"country"_s, u"US"_s},
        {u"ownership_type"_s, u"CLIENT_OWNED"_s},
        {u"on_behalf_of_business_info"_s,
         QJsonObject{{u"name"_s, business ? business->name : QString()},
                     {u"id"_s, waba.businessId},
                     {u"status"_s, u"APPROVED"_s},
                     {u"type"_s, u"INTERNAL"_s}}},
        {u"health_status"_s,
         QJsonObject{
             {u"can_send_message"_s, u"AVAILABLE"_s},
             {u"entities"_s, QJsonArray{healthEntity(u"WABA"_s, waba.id, true),
                                        healthEntity(u"BUSINESS"_s, waba.businessId, true),
                                        healthEntity(u"APP"_s, m_state.options().appId, true)}}}},
        {u"has_registered_number"_s, anyConnected},
    };
}

QJsonObject AccountApi::phoneNumberJson(const PhoneNumber &number) {
    const Waba *waba = m_state.accounts().waba(number.wabaId);
    QJsonObject webhooks{{u"application"_s, m_state.options().webhookUrl.toString()}};
    if (waba && waba->subscribed && !waba->overrideCallbackUri.isEmpty())
        webhooks.insert(u"whatsapp_business_account"_s, waba->overrideCallbackUri);
    if (!number.overrideCallbackUri.isEmpty())
        webhooks.insert(u"phone_number"_s, number.overrideCallbackUri);
    const bool connected = number.status == u"CONNECTED"_s;
    const QJsonObject phoneEntity =
        healthEntity(u"PHONE_NUMBER"_s, number.id, connected,
                     u"The phone number is not registered with the Cloud API yet."_s);
    return QJsonObject{
        {u"id"_s, number.id},
        {u"display_phone_number"_s, number.displayPhoneNumber},
        {u"verified_name"_s, number.verifiedName},
        {u"quality_rating"_s, number.qualityRating},
        {u"quality_score"_s, QJsonObject{{u"score"_s, number.qualityRating}}},
        {u"code_verification_status"_s, number.codeVerificationStatus},
        {u"name_status"_s, number.nameStatus},
        {u"platform_type"_s, number.platformType},
        {u"throughput"_s, QJsonObject{{u"level"_s, number.throughputLevel}}},
        {u"status"_s, number.status},
        {u"messaging_limit_tier"_s, number.messagingLimitTier},
        {u"whatsapp_business_manager_messaging_limit"_s, number.portfolioLimit},
        {u"is_official_business_account"_s, false},
        {u"account_mode"_s, u"LIVE"_s},
        {u"is_on_biz_app"_s, false},
        {u"is_pin_enabled"_s, !number.pin.isEmpty()},
        {u"webhook_configuration"_s, webhooks},
        {u"last_onboarded_time"_s, QDateTime::fromMSecsSinceEpoch(number.onboardedMs, Qt::UTC)
                                       .toString(u"yyyy-MM-ddTHH:mm:ss+0000"_s)},
        {u"health_status"_s,
         QJsonObject{
             {u"can_send_message"_s, connected ? u"AVAILABLE"_s : u"LIMITED"_s},
             {u"entities"_s, QJsonArray{phoneEntity, healthEntity(u"WABA"_s, number.wabaId, true),
                                        healthEntity(u"APP"_s, m_state.options().appId, true)}}}},
    };
}

GraphReply AccountApi::getWaba(const GraphRequest &request, const Waba &waba) {
    if (auto error = m_access.authorize(request, waba.id, GraphAccess::Management))
        return GraphReply::error(*error);
    return selected(wabaJson(waba),
                    {u"id"_s, u"name"_s, u"timezone_id"_s, u"message_template_namespace"_s},
                    request, u"WhatsAppBusinessAccount"_s);
}

GraphReply AccountApi::listPhoneNumbers(const GraphRequest &request, const Waba &waba) {
    if (auto error = m_access.authorize(request, waba.id, GraphAccess::Management))
        return GraphReply::error(*error);
    QList<const PhoneNumber *> numbers = m_state.accounts().phoneNumbersOf(waba.id);
    if (request.text(u"sort"_s).contains(u"last_onboarded_time_ascending"_s))
        std::reverse(numbers.begin(), numbers.end());
    QList<QJsonObject> items;
    for (const PhoneNumber *number : numbers) {
        auto result = GraphFields::select(
            phoneNumberJson(*number),
            {u"id"_s, u"display_phone_number"_s, u"verified_name"_s, u"quality_rating"_s}, request,
            u"WhatsAppBusinessPhoneNumber"_s);
        if (auto *error = std::get_if<GraphError>(&result))
            return GraphReply::error(*error);
        items.append(std::get<QJsonObject>(result));
    }
    return GraphReply::json(GraphFields::page(items, request));
}

GraphReply AccountApi::getPhoneNumber(const GraphRequest &request, const PhoneNumber &number) {
    if (auto error = m_access.authorize(request, number.wabaId, GraphAccess::Management))
        return GraphReply::error(*error);
    return selected(phoneNumberJson(number),
                    {u"id"_s, u"verified_name"_s, u"code_verification_status"_s,
                     u"display_phone_number"_s, u"quality_rating"_s, u"platform_type"_s,
                     u"throughput"_s, u"webhook_configuration"_s},
                    request, u"WhatsAppBusinessPhoneNumber"_s);
}

GraphReply AccountApi::updatePhoneNumber(const GraphRequest &request, PhoneNumber &number) {
    if (auto error = m_access.authorize(request, number.wabaId, GraphAccess::Management))
        return GraphReply::error(*error);
    if (request.jsonMalformed)
        return GraphReply::error(GraphError::invalidParameter(u"The body is not valid JSON."_s));
    // A parameter not given is left alone; only a given one is checked (a given null pin is
    // not a 6-digit number).
    const QJsonValue pin = request.param(u"pin"_s);
    const QJsonValue webhookValue = request.param(u"webhook_configuration"_s);
    if (pin.isUndefined() && webhookValue.isUndefined())
        return GraphReply::error(GraphError::invalidParameter(
            u"Nothing to update: give pin or webhook_configuration."_s));
    if (!webhookValue.isUndefined() && !webhookValue.isObject())
        return GraphReply::error(
            GraphError::invalidParameter(u"Param webhook_configuration must be a JSON object."_s));
    const QJsonObject webhooks = webhookValue.toObject();
    if (!pin.isUndefined()) {
        static const QRegularExpression sixDigits(u"^\\d{6}$"_s);
        if (!sixDigits.match(pin.toVariant().toString()).hasMatch())
            return GraphReply::error(
                GraphError::invalidParameter(u"Param pin must be a 6-digit number."_s));
    }
    const bool setsOverride = webhooks.contains(u"override_callback_uri"_s);
    const QString uri = webhooks.value(u"override_callback_uri"_s).toString();
    if (setsOverride &&
        (uri.size() > 200 || (!uri.isEmpty() && !QUrl(uri, QUrl::StrictMode).isValid())))
        return GraphReply::error(GraphError::invalidParameter(
            u"override_callback_uri must be a URL of at most 200 characters."_s));

    // Nothing changes unless everything is accepted, the verification GET included.
    const auto apply = [pin, setsOverride, uri](PhoneNumber &target) {
        if (!pin.isUndefined())
            target.pin = pin.toVariant().toString();
        if (setsOverride)
            target.overrideCallbackUri = uri;
    };
    if (!setsOverride || uri.isEmpty()) {
        apply(number);
        return GraphReply::success();
    }
    GraphReply reply;
    reply.later = [this, apply, uri, numberId = number.id,
                   token = webhooks.value(u"verify_token"_s).toString()](auto answer) {
        m_verifier.verify(
            QUrl(uri), token, [this, apply, numberId, answer](const QString &failure) {
                if (!failure.isEmpty()) {
                    answer(GraphReply::error(GraphError::callbackVerification(failure)));
                    return;
                }
                if (PhoneNumber *verified = m_state.accounts().phoneNumber(numberId))
                    apply(*verified);
                answer(GraphReply::success());
            });
    };
    return reply;
}

GraphReply AccountApi::listBusinessWabas(const GraphRequest &request, const QString &businessId) {
    const BusinessToken *token = nullptr;
    if (auto error = m_access.authenticate(request, &token))
        return GraphReply::error(*error);
    if (!token->businessIds.contains(businessId) &&
        !token->scopes.contains(u"business_management"_s))
        return GraphReply::error(GraphError::permission(u"No access to this business."_s));
    QList<QJsonObject> items;
    for (const Waba *waba : m_state.accounts().wabasOf(businessId)) {
        if (!token->wabaIds.contains(waba->id))
            continue;
        auto result = GraphFields::select(wabaJson(*waba), {u"id"_s, u"name"_s}, request,
                                          u"WhatsAppBusinessAccount"_s);
        if (auto *error = std::get_if<GraphError>(&result))
            return GraphReply::error(*error);
        items.append(std::get<QJsonObject>(result));
    }
    if (request.text(u"sort"_s) == u"creation_time_ascending"_s)
        std::reverse(items.begin(), items.end());
    return GraphReply::json(GraphFields::page(items, request));
}

} // namespace Switchboard::Sandbox
