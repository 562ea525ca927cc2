// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/graph/graphrequest.h"

#include <QObject>

namespace Switchboard::Sandbox {

class GraphAccess;
class SandboxState;
class WebhookEmitter;
struct MessageTemplate;
struct Waba;

//! Message templates (reference §5): list, create, edit and delete, and the review a new or
//! edited template goes through: PENDING for --template-review-ms, then APPROVED, or REJECTED
//! by the sandbox's rules (see README), announced by a message_template_status_update webhook
//! (§6.7.2).
class TemplateApi : public QObject {
    Q_OBJECT

public:
    TemplateApi(SandboxState &state, GraphAccess &access, WebhookEmitter &emitter,
                QObject *parent = nullptr);

    GraphReply list(const GraphRequest &request, const Waba &waba);
    GraphReply create(const GraphRequest &request, const Waba &waba);
    GraphReply remove(const GraphRequest &request, const Waba &waba);
    GraphReply get(const GraphRequest &request, const MessageTemplate &messageTemplate);
    GraphReply edit(const GraphRequest &request, MessageTemplate &messageTemplate);

    //! Moves a template to `status` and sends the webhook (review outcome, or a test pausing it).
    void changeStatus(const QString &templateId, const QString &status, const QString &reason,
                      const QJsonObject &extra = {});

private:
    void scheduleReview(const QString &templateId);
    void review(const QString &templateId);
    //! Checks name, language, category and components; Meta's creation errors otherwise.
    std::optional<GraphError> validateComponents(const QJsonArray &components) const;

    SandboxState &m_state;
    GraphAccess &m_access;
    WebhookEmitter &m_emitter;
};

} // namespace Switchboard::Sandbox
