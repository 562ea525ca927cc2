// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/template.h"

#include "core/domain/recordreader_p.h"

namespace Switchboard {

using Need = RecordReader::Need;

QString toString(TemplateCategory category) {
    switch (category) {
    case TemplateCategory::Marketing:
        return QStringLiteral("marketing");
    case TemplateCategory::Utility:
        return QStringLiteral("utility");
    case TemplateCategory::Authentication:
        return QStringLiteral("authentication");
    }
    return {};
}

std::optional<TemplateCategory> parseTemplateCategory(QStringView text) {
    return parseEnum<TemplateCategory>(text);
}

QString toString(TemplateStatus status) {
    switch (status) {
    case TemplateStatus::Pending:
        return QStringLiteral("pending");
    case TemplateStatus::Approved:
        return QStringLiteral("approved");
    case TemplateStatus::Rejected:
        return QStringLiteral("rejected");
    case TemplateStatus::Paused:
        return QStringLiteral("paused");
    case TemplateStatus::Disabled:
        return QStringLiteral("disabled");
    case TemplateStatus::InAppeal:
        return QStringLiteral("in_appeal");
    case TemplateStatus::PendingDeletion:
        return QStringLiteral("pending_deletion");
    case TemplateStatus::Deleted:
        return QStringLiteral("deleted");
    case TemplateStatus::LimitExceeded:
        return QStringLiteral("limit_exceeded");
    case TemplateStatus::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

std::optional<TemplateStatus> parseTemplateStatus(QStringView text) {
    return parseEnum<TemplateStatus>(text);
}

QJsonObject toJson(const Template &messageTemplate) {
    return {
        {QStringLiteral("id"), messageTemplate.id},
        {QStringLiteral("name"), messageTemplate.name},
        {QStringLiteral("language"), messageTemplate.language},
        {QStringLiteral("category"), toString(messageTemplate.category)},
        {QStringLiteral("status"), toString(messageTemplate.status)},
        {QStringLiteral("components"), messageTemplate.components},
        {QStringLiteral("rejected_reason"), messageTemplate.rejectedReason},
        {QStringLiteral("quality"), messageTemplate.quality},
    };
}

Result<Template> templateFromJson(const QJsonObject &json) {
    RecordReader r(json, QStringLiteral("template"));
    Template messageTemplate;
    messageTemplate.id = r.string("id");
    messageTemplate.name = r.string("name", Need::Required);
    messageTemplate.language = r.string("language", Need::Required);
    messageTemplate.category = r.enumeration("category", Need::Required, TemplateCategory::Utility);
    messageTemplate.status = r.enumeration("status", Need::Required, TemplateStatus::Pending);
    messageTemplate.components = r.array("components");
    messageTemplate.rejectedReason = r.string("rejected_reason");
    messageTemplate.quality = r.string("quality");
    if (!r.ok())
        return r.error();
    return messageTemplate;
}

} // namespace Switchboard
