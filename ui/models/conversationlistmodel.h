// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <vector>

namespace Switchboard {

class Database;
class Replica;
struct ReplicaChange;

//! The inbox: every conversation of the replica, newest activity first, with what its row shows
//! (the customer's name or number, the last message's preview and kind, time, unread count,
//! assignee, labels, the service window). Reads the replica through its own read connection and
//! follows the replica's change announcements row by row: a changed conversation is updated in
//! place (dataChanged) or moved to its new place (rowsMoved), a new one inserted, a deleted one
//! removed; never a reset after the first load.
//!
//! While the order is held (the pointer is over the list), changed rows update in place and keep
//! their position, so nothing jumps under the pointer; releasing the hold moves them where their
//! activity puts them.
class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CustomerIdRole,
        TitleRole,        //!< name, else WhatsApp profile name, else the number
        PhoneRole,        //!< the customer's number as shown
        PreviewRole,      //!< the last message's text (or caption), without "You:"
        LastTypeRole,     //!< the last message's type ("text", "image", …)
        LastOutboundRole, //!< bool: the last message is ours
        LastActivityRole, //!< QDateTime, UTC
        UnreadRole,       //!< int
        StatusRole,       //!< "open" or "closed"
        AssigneeIdRole,
        AssigneeNameRole,
        LabelsRole,       //!< QStringList of label ids
        WindowRole,       //!< ServiceWindow
        WindowClosesRole, //!< QDateTime the customer-service window closes (invalid: never opened)
    };
    //! Meta's 24-hour customer-service window as the row shows it.
    enum class ServiceWindow { Open, Closing, Closed, Never };
    Q_ENUM(ServiceWindow)

    explicit ConversationListModel(QObject *parent = nullptr);
    ~ConversationListModel() override;

    //! Reads every conversation of `replica` (nullptr: empty) and follows its changes.
    void setReplica(Replica *replica);
    //! "Now" for the service window (tests move it; default the clock).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    void setOrderHeld(bool held);
    bool isOrderHeld() const { return m_held; }

    //! The row of conversation `id`, or -1.
    int rowOf(const QString &id) const;
    //! Time spent in the last full load (the benchmark reads it).
    qint64 lastLoadMs() const { return m_lastLoadMs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! How the window state reads for a row whose window closes at `closes`.
    static ServiceWindow windowAt(const QDateTime &closes, const QDateTime &now);

private:
    struct Row {
        QString id;
        QString customerId;
        QString title;
        QString phone;
        QString preview;
        QString lastType;
        bool lastOutbound = false;
        QDateTime lastActivity;
        QDateTime windowCloses;
        int unread = 0;
        QString status;
        QString assigneeId;
        QString assigneeName;
        QStringList labels;
    };

    void load();
    void onChanged(const ReplicaChange &change);
    //! Reads the rows of `ids` (all when empty) from the replica.
    std::vector<Row> read(const QStringList &ids) const;
    void put(Row row);
    void remove(const QString &id);
    //! Where a row of `activity` and `id` belongs in the sorted rows, leaving out `skip`.
    int placeFor(const Row &row, int skip) const;
    static bool before(const Row &a, const Row &b);
    void reindex(int from, int to);
    void resort();
    QString accessibleText(const Row &row) const;

    QPointer<Replica> m_replica;
    std::unique_ptr<Database> m_db;
    std::vector<Row> m_rows;
    QHash<QString, int> m_index; //!< conversation id → row
    std::function<QDateTime()> m_now;
    bool m_held = false;
    bool m_unsorted = false; //!< rows changed while held
    qint64 m_lastLoadMs = 0;
};

} // namespace Switchboard
