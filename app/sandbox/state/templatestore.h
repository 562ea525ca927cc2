// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>

namespace Switchboard::Sandbox {

struct MessageTemplate {
    QString id;
    QString wabaId;
    QString name;
    QString language;
    QString category;
    QString parameterFormat = QStringLiteral("POSITIONAL");
    QString status = QStringLiteral("PENDING");
    QString rejectionReason = QStringLiteral("NONE");
    QJsonArray components;
    qint64 createdMs = 0;

    //! The component of that type (BODY, HEADER, …), or an empty object.
    QJsonObject component(const QString &type) const;
    QJsonObject toJson() const;
};

//! Message templates per WABA; a name may exist once per language.
class TemplateStore {
public:
    MessageTemplate &add(MessageTemplate messageTemplate);
    MessageTemplate *find(const QString &wabaId, const QString &name, const QString &language);
    MessageTemplate *byId(const QString &id);
    //! In creation order, newest first.
    QList<const MessageTemplate *> list(const QString &wabaId) const;
    //! Removes every language of `name` (or only `hsmId` when given); how many went.
    int remove(const QString &wabaId, const QString &name, const QString &hsmId = {});

    //! The placeholders of a template text in order: "1", "2" or "first_name".
    static QStringList placeholders(const QString &text);

private:
    std::map<QString, MessageTemplate> m_templates; // by id
};

} // namespace Switchboard::Sandbox
