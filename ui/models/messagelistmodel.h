// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/outbox.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace Switchboard {

class Database;
class Replica;
struct ReplicaChange;

//! One conversation's messages, oldest first, as the chat view draws them: the last pageSize()
//! at first, older ones on loadOlder() (scrolling up). Reactions are not rows: each shows on the
//! message it reacts to. A quoted reply carries the message it quotes. Commands still in the
//! Outbox for this conversation (messages and notes not yet accepted by the relay, or refused)
//! follow as rows of their own, with the clock or the reason; once the relay has the message,
//! its own row takes over.
//!
//! Follows the replica row by row (insert, dataChanged) and never resets after opening.
class MessageListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        RecordRole = Qt::UserRole + 1, //!< QJsonObject: the message as the relay sends it
        IdRole,
        TypeRole,
        DirectionRole,   //!< "inbound", "outbound", "internal" (a note)
        StatusRole,      //!< the message's status, or "queued"/"sending"/"failed" for a command
        TimestampRole,   //!< QDateTime, UTC
        TextRole,        //!< the text or the media's caption
        ReactionsRole,   //!< QStringList of emoji, one per reacting person
        QuotedRole,      //!< QJsonObject: the message quoted (empty when none or unknown)
        CommandIdRole,   //!< qint64: the Outbox command of a row not yet at the relay (0: none)
        ErrorRole,       //!< why it failed, in words (Meta's or the relay's)
        FirstUnreadRole, //!< bool: the "new messages" line goes above this row
        AuthorRole,      //!< who of the team wrote it (notes, our replies)
        RevisionRole,    //!< qint64 that changes whenever anything shown of the row changes
    };

    explicit MessageListModel(QObject *parent = nullptr);
    ~MessageListModel() override;

    //! Shows `conversationId` of `replica` (its last page), following both it and `outbox`.
    //! `unread` messages at the end get the "new messages" line.
    void open(Replica *replica, Outbox *outbox, const QString &conversationId, int unread = 0);
    void close();
    const QString &conversationId() const { return m_conversationId; }

    static int pageSize() { return 50; }
    //! The row of message `id` (its relay id or its wamid), loading older pages until it is
    //! found; -1 when the conversation has no such message.
    int rowOfMessage(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    //! Whether older messages than the loaded ones exist.
    bool hasOlder() const { return m_more; }
    //! Loads the page of messages before the oldest loaded one (the chat calls it when the
    //! person scrolls to the top). Not fetchMore(): views call that at the bottom, where a chat
    //! has its newest messages.
    void loadOlder();

    //! How the message reads to a screen reader: who, when, what, its state.
    static QString describe(const QJsonObject &message, const QString &customerName);
    void setCustomerName(const QString &name) { m_customerName = name; }

private:
    struct Row {
        QString id;
        QString wamid;
        qint64 rowid = 0;
        QDateTime at;
        QJsonObject record;
        QStringList reactions;
        qint64 revision = 0;
    };

    std::vector<Row> readPage(qint64 beforeRowid, const QString &beforeTimestamp, int limit);
    void readReactions();
    void onChanged(const ReplicaChange &change);
    void onCommandChanged(const Outbox::Command &command);
    void onCommandGone(qint64 id);
    void addMessage(Row row);
    void reindex(size_t from);
    QJsonObject quoted(const QJsonObject &message) const;
    static bool isShownCommand(const Outbox::Command &command);
    static QJsonObject recordOfCommand(const Outbox::Command &command);
    static bool before(const Row &a, const Row &b);

    QPointer<Replica> m_replica;
    QPointer<Outbox> m_outbox;
    std::unique_ptr<Database> m_db;
    QString m_conversationId;
    QString m_customerName;
    std::vector<Row> m_rows;
    std::vector<Outbox::Command> m_commands;
    QHash<QString, size_t> m_byId; //!< relay id and wamid → row
    //! Reactions by the wamid or id of the message they react to: reacting message id → emoji.
    QHash<QString, QHash<QString, QString>> m_reactions;
    QString m_firstUnreadId;
    bool m_more = false;
    qint64 m_revision = 0; //!< the last revision handed out
};

} // namespace Switchboard
