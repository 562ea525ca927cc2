// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Switchboard {

class Database;
class GraphClient;
class SecretBox;
struct Conversation;

//! Tells Meta that the business read a conversation: the customer's latest message gets Meta's
//! read receipt (POST /{phone-number-id}/messages {"status":"read","message_id"}), and so the
//! customer's blue ticks. Best effort: the team has read it whatever Meta says, so a failure (or
//! a tenant without a connection) is logged, without the token, and nothing else.
class ReadReceipts : public QObject {
public:
    ReadReceipts(Database *database, GraphClient *graph, const SecretBox *box,
                 QObject *parent = nullptr);

    void send(const QString &tenantId, const Conversation &conversation);

private:
    Database *m_database;
    GraphClient *m_graph;
    const SecretBox *m_box;
};

} // namespace Switchboard
