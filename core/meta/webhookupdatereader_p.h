// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meta/webhookchange.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace Switchboard {

//! Reads the webhook items that are not messages: delivery statuses of the business's messages,
//! and the template and account fields. Kept apart from the envelope parser so each Meta shape
//! is read in one place. Errors have code "ignored" and a reason naming the item by its path.
class WebhookUpdateReader {
public:
    //! One of value.statuses[]. Needs id, status and timestamp; a status the contract cannot
    //! express (anything but sent, delivered, read, played, failed) is an Error.
    static Result<StatusChange> readStatus(const QJsonObject &status, const QString &path);

    //! Whether field carries a template's review state, quality, category or components.
    static bool isTemplateField(const QString &field);
    //! The value of a template field. Needs the template's name or id.
    static Result<TemplateChange> readTemplate(const QJsonObject &value, const QString &field,
                                               const QString &path);

    //! The components of a message_template_components_update value, nested as Meta's
    //! template API shapes them.
    static QJsonArray templateComponents(const QJsonObject &value);

    //! Whether field carries news about the business account or its numbers.
    static bool isAccountField(const QString &field);
    //! The value of an account field: never fails, the value is kept whole in raw.
    static AccountChange readAccount(const QJsonObject &value);
};

} // namespace Switchboard
