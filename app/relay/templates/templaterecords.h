// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/template.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace Switchboard {

class Database;

//! The templates table of one tenant (a template is its name and language): the list consoles
//! read, and the replacement of it all by what Meta has, inside the caller's transaction.
class TemplateRecords {
public:
    TemplateRecords(Database &database, QString tenantId);

    //! By name, then language.
    Result<QList<Template>> list();
    //! Makes the table what Meta has: new and changed templates are written with an upsert
    //! event, ones Meta no longer has removed with a delete event (data: name, language and id).
    //! What Meta's list leaves out but webhooks told (quality, a rejection's reason) is kept.
    //! Returns the templates as stored now.
    Result<QList<Template>> replaceAll(const QList<Template> &fromMeta);

    bool appended() const { return m_appended; }

private:
    Database &m_database;
    QString m_tenantId;
    bool m_appended = false;
};

} // namespace Switchboard
