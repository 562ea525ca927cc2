// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/graph/businessprofileapi.h"

#include "app/sandbox/graph/graphaccess.h"
#include "app/sandbox/state/accountdirectory.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

namespace {

QJsonObject profileJson(const BusinessProfile &profile) {
    QJsonObject all;
    const auto put = [&all](const QString &name, const QString &value) {
        if (!value.isEmpty())
            all.insert(name, value);
    };
    put(u"about"_s, profile.about);
    put(u"address"_s, profile.address);
    put(u"description"_s, profile.description);
    put(u"email"_s, profile.email);
    put(u"vertical"_s, profile.vertical);
    put(u"profile_picture_url"_s, profile.profilePictureUrl);
    if (!profile.websites.isEmpty())
        all.insert(u"websites"_s, QJsonArray::fromStringList(profile.websites));
    return all;
}

std::optional<GraphError> checkLength(const GraphRequest &request, const QString &name, int limit,
                                      int minimum = 0) {
    const QJsonValue value = request.param(name);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString())
        return GraphError::invalidParameter(u"Param %1 must be a string."_s.arg(name));
    const qsizetype size = value.toString().size();
    if (size < minimum || size > limit)
        return GraphError::invalidParameter(
            u"Param %1 must be %2 to %3 characters long."_s.arg(name).arg(minimum).arg(limit));
    return std::nullopt;
}

} // namespace

BusinessProfileApi::BusinessProfileApi(GraphAccess &access)
    : m_access(access) {}

const QStringList &BusinessProfileApi::fieldNames() {
    static const QStringList names = {
        u"about"_s,    u"address"_s,  u"description"_s,         u"email"_s,
        u"websites"_s, u"vertical"_s, u"profile_picture_url"_s, u"messaging_product"_s};
    return names;
}

const QStringList &BusinessProfileApi::verticals() {
    static const QStringList names = {
        u"UNDEFINED"_s, u"OTHER"_s,     u"AUTO"_s,       u"BEAUTY"_s,    u"APPAREL"_s,
        u"EDU"_s,       u"ENTERTAIN"_s, u"EVENT_PLAN"_s, u"FINANCE"_s,   u"GROCERY"_s,
        u"GOVT"_s,      u"HOTEL"_s,     u"HEALTH"_s,     u"NONPROFIT"_s, u"PROF_SERVICES"_s,
        u"RETAIL"_s,    u"TRAVEL"_s,    u"RESTAURANT"_s, u"NOT_A_BIZ"_s};
    return names;
}

GraphReply BusinessProfileApi::get(const GraphRequest &request, const PhoneNumber &number) {
    if (auto error = m_access.authorize(request, number.wabaId, GraphAccess::Management))
        return GraphReply::error(*error);
    const QJsonObject all = profileJson(number.profile);
    QJsonObject selected;
    const QString fields = request.text(u"fields"_s);
    if (fields.trimmed().isEmpty()) {
        selected = all;
    } else {
        for (const QString &part : fields.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString field = part.trimmed();
            if (!fieldNames().contains(field))
                return GraphReply::error(
                    GraphError::nonexistingField(field, u"WhatsAppBusinessProfile"_s));
            if (all.contains(field))
                selected.insert(field, all.value(field));
        }
    }
    selected.insert(u"messaging_product"_s, u"whatsapp"_s);
    return GraphReply::json(QJsonObject{{u"data"_s, QJsonArray{selected}}});
}

GraphReply BusinessProfileApi::update(const GraphRequest &request, PhoneNumber &number) {
    if (auto error = m_access.authorize(request, number.wabaId, GraphAccess::Management))
        return GraphReply::error(*error);
    if (request.jsonMalformed)
        return GraphReply::error(GraphError::invalidParameter(u"The body is not valid JSON."_s));
    if (request.param(u"messaging_product"_s).isUndefined())
        return GraphReply::error(GraphError::requiredParameter(u"messaging_product"_s));
    if (request.text(u"messaging_product"_s) != u"whatsapp"_s)
        return GraphReply::error(
            GraphError::invalidParameter(u"Param messaging_product must be \"whatsapp\"."_s));
    for (const auto &[name, limit, minimum] :
         {std::tuple{u"about"_s, 139, 1}, std::tuple{u"address"_s, 256, 0},
          std::tuple{u"description"_s, 512, 0}, std::tuple{u"email"_s, 128, 0},
          std::tuple{u"profile_picture_handle"_s, 1024, 1}})
        if (auto error = checkLength(request, name, limit, minimum))
            return GraphReply::error(*error);
    const QString email = request.text(u"email"_s);
    static const QRegularExpression emailShape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!email.isEmpty() && !emailShape.match(email).hasMatch())
        return GraphReply::error(
            GraphError::invalidParameter(u"Param email must be a valid email address."_s));
    const QJsonValue vertical = request.param(u"vertical"_s);
    if (!vertical.isUndefined() && !verticals().contains(vertical.toString()))
        return GraphReply::error(GraphError::invalidParameter(
            u"Param vertical must be one of {%1}."_s.arg(verticals().join(u", "_s))));
    const QJsonValue websitesValue = request.param(u"websites"_s);
    QStringList websites;
    if (!websitesValue.isUndefined()) {
        if (!websitesValue.isArray())
            return GraphReply::error(
                GraphError::invalidParameter(u"Param websites must be an array of URLs."_s));
        static const QRegularExpression http(u"^https?://\\S+$"_s);
        for (const auto &site : websitesValue.toArray()) {
            const QString url = site.toString();
            if (!http.match(url).hasMatch() || url.size() > 256)
                return GraphReply::error(GraphError::invalidParameter(
                    u"Param websites must hold URLs starting with http:// or https://, at most "
                    "256 characters each."_s));
            websites.append(url);
        }
        if (websites.size() > 2)
            return GraphReply::error(
                GraphError::invalidParameter(u"Param websites takes at most 2 URLs."_s));
    }

    BusinessProfile &profile = number.profile;
    const auto assign = [&request](const QString &name, QString &target) {
        if (request.has(name))
            target = request.text(name);
    };
    assign(u"about"_s, profile.about);
    assign(u"address"_s, profile.address);
    assign(u"description"_s, profile.description);
    assign(u"email"_s, profile.email);
    assign(u"vertical"_s, profile.vertical);
    if (!websitesValue.isUndefined())
        profile.websites = websites;
    if (const QString handle = request.text(u"profile_picture_handle"_s); !handle.isEmpty())
        profile.profilePictureUrl =
            u"https://pps.whatsapp.net/v/sandbox/%1.jpg"_s.arg(QString::fromLatin1(
                QCryptographicHash::hash(handle.toUtf8(), QCryptographicHash::Sha1).toHex()));
    return GraphReply::success();
}

} // namespace Switchboard::Sandbox
