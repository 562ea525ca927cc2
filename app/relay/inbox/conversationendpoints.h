// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>
#include <optional>

namespace Switchboard {

class ApiCall;
class Database;
class GraphClient;
class ReadReceipts;
class RelayServer;
class RouteTable;
class SecretBox;
struct Conversation;
struct Error;

//! What the team does to a conversation of the shared inbox, every member alike:
//! POST …/conversations/{cid}/close, …/reopen, …/assign {"user_id"|null}, …/read, PUT …/labels
//! {"labels":[ids]} answer the conversation; POST …/notes {"text"} answers 201 {"message"} with
//! an internal note. Each change is a `conversation` (or, for a note, `message`) event so every
//! console sees it. Reading also sends Meta's read receipt for the customer's latest message
//! (ReadReceipts), after the answer's transaction committed.
class ConversationEndpoints : public QObject {
public:
    ConversationEndpoints(RouteTable &routes, RelayServer *server, Database *database,
                          GraphClient *graph, const SecretBox *box, QObject *parent = nullptr);

private:
    //! A change to the conversation {cid}: `apply` edits it (or refuses with an error); the
    //! result is stored with its event, committed and answered. Returns it once committed.
    using Change = std::function<std::optional<Error>(Conversation &)>;
    std::optional<Conversation> change(const ApiCall &call, const Change &apply);

    void close(const ApiCall &call);
    void reopen(const ApiCall &call);
    void assign(const ApiCall &call);
    void setLabels(const ApiCall &call);
    void read(const ApiCall &call);
    void addNote(const ApiCall &call);

    RelayServer *m_server;
    Database *m_database;
    ReadReceipts *m_receipts;
};

} // namespace Switchboard
