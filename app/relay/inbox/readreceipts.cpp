// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/inbox/readreceipts.h"

#include "app/relay/connections/connectionstore.h"
#include "app/relay/records/storedformat.h"
#include "core/domain/conversation.h"
#include "core/domain/message.h"
#include "core/logging.h"
#include "core/meta/graphclient.h"
#include "core/meta/graphreply.h"
#include "core/store/database.h"

#include <QSqlQuery>

namespace Switchboard {

namespace {

//! How far back the customer's latest message is looked for among the conversation's newest.
constexpr int lookBack = 100;

} // namespace

ReadReceipts::ReadReceipts(Database *database, GraphClient *graph, const SecretBox *box,
                           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_graph(graph)
    , m_box(box) {}

void ReadReceipts::send(const QString &tenantId, const Conversation &conversation) {
    auto q = m_database->query(
        QStringLiteral("SELECT data FROM messages WHERE tenant_id = ? AND conversation_id = ? "
                       "ORDER BY timestamp DESC LIMIT %1")
            .arg(lookBack),
        {tenantId, conversation.id});
    if (!q) {
        qCWarning(Log::messaging) << "no read receipt for conversation" << conversation.id << ":"
                                  << q.error().message;
        return;
    }
    QString wamid;
    while (wamid.isEmpty() && (*q)->next()) {
        auto message = messageFromJson(storedObject((*q)->value(0).toString()));
        if (message && message->direction == MessageDirection::Inbound)
            wamid = message->wamid;
    }
    (*q)->finish();
    if (wamid.isEmpty())
        return; // the customer has not written (or only long ago): nothing to mark
    ConnectionStore connections(*m_database, m_box);
    auto token = connections.accessToken(tenantId);
    if (!token) {
        qCInfo(Log::messaging) << "no read receipt for conversation" << conversation.id
                               << ": the tenant has no WhatsApp connection";
        return;
    }
    GraphReply *reply =
        m_graph->post(conversation.phoneNumberId + QStringLiteral("/messages"),
                      {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                       {QStringLiteral("status"), QStringLiteral("read")},
                       {QStringLiteral("message_id"), wamid}},
                      QString::fromUtf8(token.value()));
    connect(reply, &GraphReply::finished, this, [reply, id = conversation.id] {
        reply->deleteLater();
        if (!reply->ok())
            qCWarning(Log::messaging) << "Meta refused the read receipt of conversation" << id
                                      << ":" << reply->error().describe();
    });
}

} // namespace Switchboard
