// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/template.h"
#include "core/result.h"

#include <QList>
#include <QObject>

namespace Switchboard {

class GraphClient;

//! Reads every message template of a WABA from Meta (GET /{waba-id}/message_templates, following
//! paging.cursors.after while Meta gives a next page) with the tenant's token. One job: start(),
//! then finished() once, with templates() or error().
class TemplateSync : public QObject {
    Q_OBJECT

public:
    TemplateSync(GraphClient *graph, QString wabaId, QString token, QObject *parent = nullptr);

    void start();
    const QList<Template> &templates() const { return m_templates; }
    //! Set when Meta refused or could not be reached: Meta's error, for a 502.
    const std::optional<Error> &error() const { return m_error; }
    int metaCode() const { return m_metaCode; }

    //! A template of Meta's list as the contract's record; nothing for one without a name.
    static std::optional<Template> fromGraph(const QJsonObject &graph);

Q_SIGNALS:
    void finished();

private:
    void fetch(const QString &after);

    GraphClient *m_graph;
    QString m_wabaId;
    QString m_token;
    QList<Template> m_templates;
    std::optional<Error> m_error;
    int m_metaCode = 0;
    int m_pages = 0;
};

} // namespace Switchboard
