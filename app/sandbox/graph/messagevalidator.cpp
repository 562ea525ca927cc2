// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/graph/messagevalidator.h"

#include "app/sandbox/state/mediastore.h"
#include "app/sandbox/state/templatestore.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

namespace {

std::optional<GraphError> missing(const QString &param) {
    return GraphError::missingParameter(u"The parameter %1 is required."_s.arg(param));
}

std::optional<GraphError> tooLong(const QString &param, int limit) {
    return GraphError::invalidValue(
        u"Param %1 must be at most %2 characters long."_s.arg(param).arg(limit));
}

std::optional<GraphError> checkText(const QJsonObject &object, const QString &key,
                                    const QString &path, int limit, bool required) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || (value.isString() && value.toString().isEmpty())) {
        if (required)
            return missing(path);
        return std::nullopt;
    }
    if (!value.isString())
        return GraphError::invalidValue(u"Param %1 must be a string."_s.arg(path));
    if (value.toString().size() > limit)
        return tooLong(path, limit);
    return std::nullopt;
}

const QStringList &mediaTypes() {
    static const QStringList types = {u"image"_s, u"video"_s, u"audio"_s, u"document"_s,
                                      u"sticker"_s};
    return types;
}

} // namespace

MessageValidator::MessageValidator(MediaStore &media, TemplateStore &templates)
    : m_media(media)
    , m_templates(templates) {}

std::optional<GraphError> MessageValidator::validate(const QJsonObject &body, const QString &wabaId,
                                                     Accepted *accepted) {
    const QString type = body.value(u"type"_s).toString(u"text"_s);
    static const QStringList types = {u"text"_s,     u"template"_s,    u"image"_s,   u"video"_s,
                                      u"audio"_s,    u"document"_s,    u"sticker"_s, u"location"_s,
                                      u"contacts"_s, u"interactive"_s, u"reaction"_s};
    if (!types.contains(type))
        return GraphError::invalidParameter(
            u"Param type must be one of {%1}."_s.arg(types.join(u", "_s)));
    accepted->type = type;
    const QString recipientType = body.value(u"recipient_type"_s).toString(u"individual"_s);
    if (recipientType != u"individual"_s)
        return GraphError::invalidParameter(
            u"Param recipient_type must be individual (groups are not simulated)."_s);
    if (body.contains(u"context"_s)) {
        if (type == u"reaction"_s)
            return GraphError::invalidParameter(u"A reaction cannot be a contextual reply."_s);
        if (body.value(u"context"_s).toObject().value(u"message_id"_s).toString().isEmpty())
            return missing(u"context['message_id']"_s);
    }
    if (type != u"template"_s && !body.value(type).isObject() &&
        !(type == u"contacts"_s && body.value(type).isArray()))
        return missing(type);
    const QJsonObject object = body.value(type).toObject();

    if (type == u"text"_s)
        return checkText(object, u"body"_s, u"text['body']"_s, 4096, true);
    if (mediaTypes().contains(type))
        return validateMedia(type, object);
    if (type == u"location"_s) {
        const QJsonValue latitude = object.value(u"latitude"_s);
        const QJsonValue longitude = object.value(u"longitude"_s);
        if (latitude.isUndefined())
            return missing(u"location['latitude']"_s);
        if (longitude.isUndefined())
            return missing(u"location['longitude']"_s);
        bool okLat = false, okLon = false;
        const double lat = latitude.toVariant().toString().toDouble(&okLat);
        const double lon = longitude.toVariant().toString().toDouble(&okLon);
        if (!okLat || !okLon || lat < -90 || lat > 90 || lon < -180 || lon > 180)
            return GraphError::invalidValue(u"Param location must have a valid latitude and "
                                            "longitude."_s);
        return std::nullopt;
    }
    if (type == u"contacts"_s) {
        const QJsonArray contacts = body.value(type).toArray();
        if (contacts.isEmpty())
            return missing(u"contacts"_s);
        if (contacts.size() > 257)
            return GraphError::invalidValue(u"At most 257 contacts per message."_s);
        for (const auto &contact : contacts)
            if (contact.toObject()
                    .value(u"name"_s)
                    .toObject()
                    .value(u"formatted_name"_s)
                    .toString()
                    .isEmpty())
                return missing(u"contacts['name']['formatted_name']"_s);
        return std::nullopt;
    }
    if (type == u"interactive"_s)
        return validateInteractive(object);
    if (type == u"reaction"_s) {
        if (object.value(u"message_id"_s).toString().isEmpty())
            return missing(u"reaction['message_id']"_s);
        if (!object.value(u"emoji"_s).isString())
            return missing(u"reaction['emoji']"_s);
        return std::nullopt;
    }
    return validateTemplate(body, wabaId, accepted);
}

std::optional<GraphError> MessageValidator::validateMedia(const QString &type,
                                                          const QJsonObject &media, bool inHeader) {
    const QString id = media.value(u"id"_s).toString();
    const QString link = media.value(u"link"_s).toString();
    if (id.isEmpty() == link.isEmpty())
        return GraphError::invalidParameter(
            u"Param %1 must have exactly one of id or link."_s.arg(type));
    if (!id.isEmpty() && !m_media.find(id))
        return GraphError::invalidValue(u"Param %1['id'] is not a valid media id."_s.arg(type));
    if (!link.isEmpty()) {
        const QUrl url(link, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) ||
            url.host().isEmpty())
            return GraphError::invalidValue(u"Param %1['link'] is not a valid URL."_s.arg(type));
    }
    if (inHeader)
        return std::nullopt;
    if ((type == u"audio"_s || type == u"sticker"_s) && media.contains(u"caption"_s))
        return GraphError::invalidParameter(u"Param caption is not allowed for %1."_s.arg(type));
    return checkText(media, u"caption"_s, type + u"['caption']"_s, 1024, false);
}

std::optional<GraphError> MessageValidator::validateInteractive(const QJsonObject &interactive) {
    const QString kind = interactive.value(u"type"_s).toString();
    if (kind.isEmpty())
        return missing(u"interactive['type']"_s);
    const QJsonObject body = interactive.value(u"body"_s).toObject();
    const QJsonObject action = interactive.value(u"action"_s).toObject();
    if (action.isEmpty())
        return missing(u"interactive['action']"_s);
    if (auto error = checkText(interactive.value(u"footer"_s).toObject(), u"text"_s,
                               u"interactive['footer']['text']"_s, 60, false))
        return error;
    const QJsonObject header = interactive.value(u"header"_s).toObject();
    if (!header.isEmpty()) {
        const QString headerType = header.value(u"type"_s).toString();
        if (headerType == u"text"_s) {
            if (auto error =
                    checkText(header, u"text"_s, u"interactive['header']['text']"_s, 60, true))
                return error;
        } else if (kind != u"list"_s && mediaTypes().contains(headerType) &&
                   headerType != u"audio"_s && headerType != u"sticker"_s) {
            if (auto error = validateMedia(headerType, header.value(headerType).toObject(), true))
                return error;
        } else {
            return GraphError::invalidParameter(
                u"Param interactive['header']['type'] is not valid here."_s);
        }
    }
    if (kind == u"button"_s) {
        if (auto error = checkText(body, u"text"_s, u"interactive['body']['text']"_s, 1024, true))
            return error;
        const QJsonArray buttons = action.value(u"buttons"_s).toArray();
        if (buttons.isEmpty() || buttons.size() > 3)
            return GraphError::invalidValue(u"Param interactive['action']['buttons'] must have "
                                            "1 to 3 buttons."_s);
        QSet<QString> ids;
        for (const auto &button : buttons) {
            const QJsonObject reply = button.toObject().value(u"reply"_s).toObject();
            if (auto error = checkText(reply, u"id"_s, u"button['reply']['id']"_s, 256, true))
                return error;
            if (auto error = checkText(reply, u"title"_s, u"button['reply']['title']"_s, 20, true))
                return error;
            if (ids.contains(reply.value(u"id"_s).toString()))
                return GraphError::invalidValue(u"Button ids must be unique."_s);
            ids.insert(reply.value(u"id"_s).toString());
        }
        return std::nullopt;
    }
    if (kind == u"list"_s) {
        if (auto error = checkText(body, u"text"_s, u"interactive['body']['text']"_s, 4096, true))
            return error;
        if (auto error =
                checkText(action, u"button"_s, u"interactive['action']['button']"_s, 20, true))
            return error;
        const QJsonArray sections = action.value(u"sections"_s).toArray();
        if (sections.isEmpty() || sections.size() > 10)
            return GraphError::invalidValue(u"A list needs 1 to 10 sections."_s);
        int rows = 0;
        QSet<QString> ids;
        for (const auto &sectionValue : sections) {
            const QJsonObject section = sectionValue.toObject();
            if (auto error =
                    checkText(section, u"title"_s, u"section['title']"_s, 24, sections.size() > 1))
                return error;
            const QJsonArray sectionRows = section.value(u"rows"_s).toArray();
            if (sectionRows.isEmpty())
                return missing(u"section['rows']"_s);
            for (const auto &rowValue : sectionRows) {
                const QJsonObject row = rowValue.toObject();
                if (auto error = checkText(row, u"id"_s, u"row['id']"_s, 200, true))
                    return error;
                if (auto error = checkText(row, u"title"_s, u"row['title']"_s, 24, true))
                    return error;
                if (auto error =
                        checkText(row, u"description"_s, u"row['description']"_s, 72, false))
                    return error;
                if (ids.contains(row.value(u"id"_s).toString()))
                    return GraphError::invalidValue(u"Row ids must be unique."_s);
                ids.insert(row.value(u"id"_s).toString());
                ++rows;
            }
        }
        if (rows > 10)
            return GraphError::invalidValue(u"A list can have at most 10 rows in total."_s);
        return std::nullopt;
    }
    if (kind == u"cta_url"_s) {
        if (auto error = checkText(body, u"text"_s, u"interactive['body']['text']"_s, 1024, true))
            return error;
        const QJsonObject parameters = action.value(u"parameters"_s).toObject();
        if (auto error = checkText(parameters, u"display_text"_s,
                                   u"action['parameters']['display_text']"_s, 20, true))
            return error;
        return checkText(parameters, u"url"_s, u"action['parameters']['url']"_s, 2000, true);
    }
    return GraphError::invalidParameter(
        u"Param interactive['type'] must be one of {button, list, cta_url}."_s);
}

std::optional<GraphError> MessageValidator::validateTemplate(const QJsonObject &message,
                                                             const QString &wabaId,
                                                             Accepted *accepted) {
    const QJsonObject request = message.value(u"template"_s).toObject();
    if (request.isEmpty())
        return missing(u"template"_s);
    const QString name = request.value(u"name"_s).toString();
    const QString language = request.value(u"language"_s).toObject().value(u"code"_s).toString();
    if (name.isEmpty())
        return missing(u"template['name']"_s);
    if (language.isEmpty())
        return missing(u"template['language']['code']"_s);
    const MessageTemplate *found = m_templates.find(wabaId, name, language);
    if (!found || (found->status != u"APPROVED"_s && found->status != u"PAUSED"_s &&
                   found->status != u"DISABLED"_s))
        return GraphError::fromCode(
            132001, u"template name (%1) does not exist in %2"_s.arg(name, language));
    if (found->status == u"PAUSED"_s)
        return GraphError::fromCode(132015, u"Template %1 is paused."_s.arg(name));
    if (found->status == u"DISABLED"_s)
        return GraphError::fromCode(132016, u"Template %1 is disabled."_s.arg(name));

    const bool named = found->parameterFormat == u"NAMED"_s;
    const QJsonArray components = request.value(u"components"_s).toArray();
    for (const QString &section : {u"HEADER"_s, u"BODY"_s}) {
        const QJsonObject component = found->component(section);
        const bool textual =
            section == u"BODY"_s || component.value(u"format"_s).toString(u"TEXT"_s) == u"TEXT"_s;
        QJsonArray parameters;
        for (const auto &value : components)
            if (value.toObject().value(u"type"_s).toString().compare(section,
                                                                     Qt::CaseInsensitive) == 0)
                parameters = value.toObject().value(u"parameters"_s).toArray();
        if (component.isEmpty()) {
            if (!parameters.isEmpty())
                return GraphError::fromCode(
                    132000,
                    u"The template has no %1 but parameters were given."_s.arg(section.toLower()));
            continue;
        }
        if (!textual) {
            const QString format = component.value(u"format"_s).toString().toLower();
            if (format == u"location"_s)
                continue;
            if (parameters.size() != 1)
                return GraphError::fromCode(
                    132000, u"header: expected 1 %1 parameter, got %2"_s.arg(format).arg(
                                parameters.size()));
            const QJsonObject parameter = parameters.first().toObject();
            if (parameter.value(u"type"_s).toString() != format)
                return GraphError::fromCode(132012,
                                            u"header: parameter type must be %1"_s.arg(format));
            if (auto error = validateMedia(format, parameter.value(format).toObject(), true))
                return error;
            continue;
        }
        const QStringList expected =
            TemplateStore::placeholders(component.value(u"text"_s).toString());
        if (parameters.size() != expected.size())
            return GraphError::fromCode(
                132000, u"%1: number of localizable_params (%2) does not match the expected "
                        "number of params (%3)"_s.arg(section.toLower())
                            .arg(parameters.size())
                            .arg(expected.size()));
        for (qsizetype i = 0; i < parameters.size(); ++i) {
            const QJsonObject parameter = parameters.at(i).toObject();
            const QString type = parameter.value(u"type"_s).toString();
            if (type != u"text"_s && type != u"currency"_s && type != u"date_time"_s)
                return GraphError::fromCode(
                    132012,
                    u"%1: parameter %2 must be text, currency or date_time"_s.arg(section.toLower())
                        .arg(i + 1));
            if (type == u"text"_s && parameter.value(u"text"_s).toString().isEmpty())
                return GraphError::fromCode(
                    132012, u"%1: parameter %2 has no text"_s.arg(section.toLower()).arg(i + 1));
            if (named && !expected.contains(parameter.value(u"parameter_name"_s).toString()))
                return GraphError::fromCode(
                    132000,
                    u"%1: parameter_name '%2' is not in the template"_s.arg(
                        section.toLower(), parameter.value(u"parameter_name"_s).toString()));
        }
    }
    accepted->isTemplate = true;
    accepted->pricingCategory = found->category.toLower();
    return std::nullopt;
}

} // namespace Switchboard::Sandbox
