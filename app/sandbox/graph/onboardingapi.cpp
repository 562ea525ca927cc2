// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/graph/onboardingapi.h"

#include "app/sandbox/graph/graphaccess.h"
#include "app/sandbox/simulation/callbackverifier.h"
#include "app/sandbox/state/sandboxstate.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

namespace {

GraphError oauthError(int code, int subcode, const QString &message) {
    GraphError error = GraphError::fromCode(code);
    error.subcode = subcode;
    error.message = message;
    error.whatsappData = false;
    return error;
}

QJsonArray toArray(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

constexpr qint64 RegistrationWindowMs = 72LL * 60 * 60 * 1000;
constexpr int RegistrationCallsPerWindow = 10;

} // namespace

OnboardingApi::OnboardingApi(SandboxState &state, GraphAccess &access, CallbackVerifier &verifier)
    : m_state(state)
    , m_access(access)
    , m_verifier(verifier) {}

GraphReply OnboardingApi::exchangeCode(const GraphRequest &request) {
    const QString clientId = request.text(u"client_id"_s);
    const QString secret = request.text(u"client_secret"_s);
    const QString code = request.text(u"code"_s);
    if (clientId.isEmpty())
        return GraphReply::error(oauthError(101, 0, u"Missing client_id parameter."_s));
    if (clientId != m_state.options().appId)
        return GraphReply::error(
            oauthError(101, 0, u"Error validating application. Invalid application ID."_s));
    if (secret != m_state.options().appSecret)
        return GraphReply::error(oauthError(1, 0, u"Error validating client secret."_s));
    if (code.isEmpty())
        return GraphReply::error(oauthError(100, 0, u"Missing authorization code"_s));

    SignupCode granted;
    switch (m_state.tokens().redeem(code, clientId, m_state.clock().nowMs(), &granted)) {
    case TokenStore::Redemption::Ok:
        break;
    case TokenStore::Redemption::Unknown:
    case TokenStore::Redemption::WrongApp:
        return GraphReply::error(oauthError(100, 36008, u"Invalid verification code format."_s));
    case TokenStore::Redemption::Used:
        return GraphReply::error(
            oauthError(100, 36009, u"This authorization code has been used."_s));
    case TokenStore::Redemption::Expired:
        return GraphReply::error(oauthError(100, 36007, u"This authorization code has expired."_s));
    }
    const BusinessToken &token =
        m_state.tokens().issueToken(clientId, granted.businessId, granted.wabaIds,
                                    m_state.clock().nowSecs(), m_state.options().tokenTtlSecs);
    qCInfo(Log::sandbox) << "signup code exchanged for a business token; WABAs" << token.wabaIds;
    QJsonObject answer{{u"access_token"_s, token.token}, {u"token_type"_s, u"bearer"_s}};
    if (token.expiresSecs != 0)
        answer.insert(u"expires_in"_s, token.expiresSecs - token.issuedSecs);
    return GraphReply::json(answer);
}

GraphReply OnboardingApi::debugToken(const GraphRequest &request) {
    const BusinessToken *caller = nullptr;
    if (!m_access.isAppToken(request.token)) {
        if (auto error = m_access.authenticate(request, &caller))
            return GraphReply::error(*error);
    }
    const QString input = request.text(u"input_token"_s);
    if (input.isEmpty())
        return GraphReply::error(
            oauthError(100, 0, u"(#100) The parameter input_token is required"_s));

    const qint64 now = m_state.clock().nowSecs();
    if (m_access.isAppToken(input))
        return GraphReply::json(
            QJsonObject{{u"data"_s, QJsonObject{{u"app_id"_s, m_state.options().appId},
                                                {u"type"_s, u"APP"_s},
                                                {u"application"_s, u"Switchboard Sandbox"_s},
                                                {u"is_valid"_s, true},
                                                {u"scopes"_s, QJsonArray()}}}});
    const BusinessToken *token = m_state.tokens().find(input);
    if (!token)
        return GraphReply::json(QJsonObject{
            {u"data"_s, QJsonObject{{u"is_valid"_s, false},
                                    {u"error"_s,
                                     QJsonObject{{u"code"_s, 190},
                                                 {u"message"_s, u"Invalid OAuth access token."_s}}},
                                    {u"scopes"_s, QJsonArray()}}}});

    QJsonObject data{
        {u"app_id"_s, token->appId},
        {u"type"_s, u"SYSTEM_USER"_s},
        {u"application"_s, u"Switchboard Sandbox"_s},
        {u"data_access_expires_at"_s, token->issuedSecs + 90LL * 24 * 60 * 60},
        {u"expires_at"_s, token->expiresSecs},
        {u"is_valid"_s, !TokenStore::isExpired(*token, now)},
        {u"issued_at"_s, token->issuedSecs},
        {u"scopes"_s, toArray(token->scopes)},
        {u"granular_scopes"_s,
         QJsonArray{
             QJsonObject{{u"scope"_s, GraphAccess::Management},
                         {u"target_ids"_s, toArray(token->wabaIds)}},
             QJsonObject{{u"scope"_s, GraphAccess::Messaging},
                         {u"target_ids"_s, toArray(token->wabaIds)}},
             QJsonObject{{u"scope"_s, u"business_management"_s},
                         {u"target_ids"_s, toArray(token->businessIds)}},
         }},
        {u"user_id"_s, token->userId},
    };
    if (TokenStore::isExpired(*token, now)) {
        const GraphError expired = GraphError::expiredToken(token->expiresSecs, now);
        data.insert(u"error"_s, QJsonObject{{u"code"_s, expired.code},
                                            {u"subcode"_s, expired.subcode},
                                            {u"message"_s, expired.message}});
    }
    return GraphReply::json(QJsonObject{{u"data"_s, data}});
}

GraphReply OnboardingApi::subscribedApps(const GraphRequest &request, Waba &waba) {
    if (auto error = m_access.authorize(request, waba.id, GraphAccess::Management))
        return GraphReply::error(*error);
    if (request.method == u"GET"_s) {
        QJsonArray data;
        if (waba.subscribed) {
            QJsonObject app{
                {u"whatsapp_business_api_data"_s,
                 QJsonObject{{u"id"_s, m_state.options().appId},
                             {u"link"_s, QString(u"https://www.facebook.com/games/?app_id="_s +
                                                 m_state.options().appId)},
                             {u"name"_s, u"Switchboard Sandbox"_s}}}};
            if (!waba.overrideCallbackUri.isEmpty())
                app.insert(u"override_callback_uri"_s, waba.overrideCallbackUri);
            data.append(app);
        }
        return GraphReply::json(QJsonObject{{u"data"_s, data}});
    }
    if (request.method == u"DELETE"_s) {
        waba.subscribed = false;
        waba.overrideCallbackUri.clear();
        return GraphReply::success();
    }
    if (request.jsonMalformed)
        return GraphReply::error(GraphError::invalidParameter(u"The body is not valid JSON."_s));
    const QString uri = request.text(u"override_callback_uri"_s);
    if (uri.size() > 200 || (!uri.isEmpty() && !QUrl(uri, QUrl::StrictMode).isValid()))
        return GraphReply::error(GraphError::invalidParameter(
            u"Param override_callback_uri must be a URL of at most 200 characters."_s));
    if (!uri.isEmpty() && request.text(u"verify_token"_s).isEmpty())
        return GraphReply::error(GraphError::invalidParameter(
            u"Param verify_token is required with override_callback_uri."_s));
    if (uri.isEmpty()) {
        waba.subscribed = true;
        waba.overrideCallbackUri.clear();
        return GraphReply::success();
    }
    // Meta verifies an override URL before it keeps it (reference §1.7, §6.1).
    GraphReply reply;
    reply.later = [this, wabaId = waba.id, uri,
                   token = request.text(u"verify_token"_s)](auto answer) {
        m_verifier.verify(QUrl(uri), token, [this, wabaId, uri, answer](const QString &failure) {
            if (!failure.isEmpty()) {
                answer(GraphReply::error(GraphError::callbackVerification(failure)));
                return;
            }
            if (Waba *verified = m_state.accounts().waba(wabaId)) {
                verified->subscribed = true;
                verified->overrideCallbackUri = uri;
            }
            answer(GraphReply::success());
        });
    };
    return reply;
}

std::optional<GraphError> OnboardingApi::countRegistrationCall(PhoneNumber &number) {
    const qint64 now = m_state.clock().nowMs();
    number.registrationCallsMs.removeIf(
        [now](qint64 at) { return at <= now - RegistrationWindowMs; });
    if (number.registrationCallsMs.size() >= RegistrationCallsPerWindow)
        return GraphError::fromCode(
            133016, u"Number of register/deregister calls for this phone number exceeded 10 in "
                    "72 hours."_s);
    number.registrationCallsMs.append(now);
    return std::nullopt;
}

GraphReply OnboardingApi::registerNumber(const GraphRequest &request, PhoneNumber &number) {
    if (auto error = m_access.authorize(request, number.wabaId, GraphAccess::Management))
        return GraphReply::error(*error);
    if (request.jsonMalformed)
        return GraphReply::error(GraphError::invalidParameter(u"The body is not valid JSON."_s));
    if (request.text(u"messaging_product"_s) != u"whatsapp"_s)
        return GraphReply::error(GraphError::invalidParameter(
            u"The parameter messaging_product is required and must be \"whatsapp\"."_s));
    const QJsonValue pinValue = request.param(u"pin"_s);
    if (pinValue.isUndefined())
        return GraphReply::error(GraphError::requiredParameter(u"pin"_s));
    const QString pin = pinValue.toVariant().toString();
    static const QRegularExpression sixDigits(u"^\\d{6}$"_s);
    if (!sixDigits.match(pin).hasMatch())
        return GraphReply::error(
            GraphError::invalidParameter(u"Param pin must be a 6-digit number."_s));
    if (number.codeVerificationStatus != u"VERIFIED"_s)
        return GraphReply::error(GraphError::fromCode(
            133006, u"Verify the phone number (request_code, verify_code) before registering."_s));
    if (auto error = countRegistrationCall(number))
        return GraphReply::error(*error);
    if (!number.pin.isEmpty() && number.pin != pin)
        return GraphReply::error(GraphError::fromCode(
            133005, u"The PIN does not match the two-step verification PIN of this number."_s));
    number.pin = pin;
    number.status = u"CONNECTED"_s;
    number.platformType = u"CLOUD_API"_s;
    qCInfo(Log::sandbox) << "phone number" << number.id << "registered";
    return GraphReply::success();
}

GraphReply OnboardingApi::deregisterNumber(const GraphRequest &request, PhoneNumber &number) {
    if (auto error = m_access.authorize(request, number.wabaId, GraphAccess::Management))
        return GraphReply::error(*error);
    if (auto error = countRegistrationCall(number))
        return GraphReply::error(*error);
    number.status = u"DISCONNECTED"_s;
    number.platformType = u"NOT_APPLICABLE"_s;
    return GraphReply::success();
}

GraphReply OnboardingApi::requestCode(const GraphRequest &request, PhoneNumber &number) {
    if (auto error = m_access.authorize(request, number.wabaId, GraphAccess::Management))
        return GraphReply::error(*error);
    const QString method = request.text(u"code_method"_s);
    if (method != u"SMS"_s && method != u"VOICE"_s)
        return GraphReply::error(
            GraphError::invalidParameter(u"Param code_method must be one of {SMS, VOICE}."_s));
    if (request.text(u"language"_s).isEmpty())
        return GraphReply::error(
            GraphError::invalidParameter(u"The parameter language is required."_s));
    number.pendingCode = m_state.options().verificationCode;
    if (number.codeVerificationStatus != u"VERIFIED"_s)
        number.codeVerificationStatus = u"NOT_VERIFIED"_s;
    qCInfo(Log::sandbox) << "verification code sent by" << method << "to number" << number.id;
    return GraphReply::success();
}

GraphReply OnboardingApi::verifyCode(const GraphRequest &request, PhoneNumber &number) {
    if (auto error = m_access.authorize(request, number.wabaId, GraphAccess::Management))
        return GraphReply::error(*error);
    const QString code = request.text(u"code"_s);
    if (code.isEmpty())
        return GraphReply::error(
            GraphError::invalidParameter(u"The parameter code is required."_s));
    if (number.pendingCode.isEmpty() || code != number.pendingCode)
        return GraphReply::error(GraphError::invalidParameter(
            u"Verification code mismatch or no code was requested for this number."_s));
    number.pendingCode.clear();
    number.codeVerificationStatus = u"VERIFIED"_s;
    return GraphReply::success();
}

} // namespace Switchboard::Sandbox
