// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace Switchboard {

//! Meta's template categories, in the contract's lower-case spelling (Meta: "MARKETING").
enum class TemplateCategory { Marketing, Utility, Authentication };

//! Meta's template review states, lower-case ("in_appeal" for Meta's "IN_APPEAL"). Only Approved
//! templates can be sent.
enum class TemplateStatus {
    Pending,
    Approved,
    Rejected,
    Paused,
    Disabled,
    InAppeal,
    PendingDeletion,
    Deleted,
    LimitExceeded,
    Archived,
};

//! A WhatsApp message template: the only thing a business may send outside the customer-service
//! window. The relay keeps it in step with Meta; a template is identified by name and language.
//! JSON fields: id, name, language, category, status, components, rejected_reason, quality.
struct Template {
    QString id;       //!< Meta's id; empty until Meta accepted the template
    QString name;     //!< required, Meta's rules: lower case, digits, underscores
    QString language; //!< required, Meta's code ("he", "en_US")
    TemplateCategory category = TemplateCategory::Utility; //!< required
    TemplateStatus status = TemplateStatus::Pending;       //!< required
    QJsonArray
        components; //!< Meta's components (HEADER, BODY, FOOTER, BUTTONS) as Meta shapes them
    QString rejectedReason; //!< Meta's reason verbatim ("INVALID_FORMAT"); empty unless rejected
    QString quality;        //!< Meta's quality score verbatim ("GREEN", "YELLOW", "RED", "UNKNOWN")

    bool operator==(const Template &) const = default;
};

QString toString(TemplateCategory category);
std::optional<TemplateCategory> parseTemplateCategory(QStringView text);
QString toString(TemplateStatus status);
std::optional<TemplateStatus> parseTemplateStatus(QStringView text);

QJsonObject toJson(const Template &messageTemplate);
Result<Template> templateFromJson(const QJsonObject &json);

} // namespace Switchboard
