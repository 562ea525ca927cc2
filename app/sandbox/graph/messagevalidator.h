// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/graph/grapherror.h"

#include <QJsonObject>

#include <optional>

namespace Switchboard::Sandbox {

class MediaStore;
class TemplateStore;

//! Checks an outbound message body the way the Cloud API does before accepting it (reference
//! §3): required members (131008), values and lengths (131009 / 100), unknown media ids, and for
//! templates existence, approval and parameter count/format (132001, 132015, 132016, 132000,
//! 132012).
class MessageValidator {
public:
    MessageValidator(MediaStore &media, TemplateStore &templates);

    struct Accepted {
        QString type;
        QString pricingCategory = QStringLiteral("service"); //!< template category, lower case
        bool isTemplate = false;
    };
    //! The accepted message's type and category, or the error Meta answers.
    std::optional<GraphError> validate(const QJsonObject &body, const QString &wabaId,
                                       Accepted *accepted);

private:
    std::optional<GraphError> validateMedia(const QString &type, const QJsonObject &media,
                                            bool inHeader = false);
    std::optional<GraphError> validateInteractive(const QJsonObject &interactive);
    std::optional<GraphError> validateTemplate(const QJsonObject &message, const QString &wabaId,
                                               Accepted *accepted);

    MediaStore &m_media;
    TemplateStore &m_templates;
};

} // namespace Switchboard::Sandbox
