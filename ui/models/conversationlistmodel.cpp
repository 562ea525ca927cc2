// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/conversationlistmodel.h"

#include "core/domain/conversation.h"
#include "core/domain/timestamp.h"
#include "core/store/database.h"
#include "core/sync/replica.h"
#include "ui/models/replicareader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Switchboard {

namespace {

//! Changes of more conversations than this at once (a catch-up's page) are applied as one block
//! and one re-sort instead of row by row.
constexpr int bulkChange = 24;
//! Ids bound per statement.
constexpr int idsPerQuery = 400;
//! A window closing in less than this is marked as closing.
constexpr qint64 closingSoonSeconds = 2 * 60 * 60;

using ReplicaReader::placeholders;

QDateTime timestampOf(const QJsonObject &record, const QString &key) {
    return ReplicaReader::timestamp(record, key);
}

} // namespace

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); }) {}

ConversationListModel::~ConversationListModel() = default;

void ConversationListModel::setReplica(Replica *replica) {
    if (m_replica)
        disconnect(m_replica, nullptr, this, nullptr);
    m_replica = replica;
    m_db.reset();
    if (replica) {
        m_db = ReplicaReader::open(*replica);
        connect(replica, &Replica::changed, this, &ConversationListModel::onChanged);
    }
    load();
}

void ConversationListModel::load() {
    QElapsedTimer timer;
    timer.start();
    beginResetModel();
    m_rows = read({});
    std::stable_sort(m_rows.begin(), m_rows.end(), before);
    m_unsorted = false;
    reindex(0, int(m_rows.size()));
    endResetModel();
    m_lastLoadMs = timer.elapsed();
}

std::vector<ConversationListModel::Row> ConversationListModel::read(const QStringList &ids) const {
    std::vector<Row> rows;
    if (!m_db)
        return rows;
    // The last message that shows in the list: not a reaction and not an internal note.
    const QString select = QStringLiteral(
        "SELECT c.id, c.data, cu.data, (SELECT m.direction || char(31) || m.type || char(31) || "
        "m.text FROM messages m WHERE m.conversation_id = c.id AND m.type NOT IN ('reaction', "
        "'note') ORDER BY m.timestamp DESC LIMIT 1) FROM conversations c LEFT JOIN customers cu "
        "ON cu.id = c.customer_id");
    auto readRows = [&](const QString &sql, const QVariantList &bindings) {
        auto q = m_db->query(sql, bindings);
        if (!q)
            return;
        while ((*q)->next()) {
            const QJsonObject conversation =
                QJsonDocument::fromJson((*q)->value(1).toString().toUtf8()).object();
            const QJsonObject customer =
                QJsonDocument::fromJson((*q)->value(2).toString().toUtf8()).object();
            Row row;
            row.id = (*q)->value(0).toString();
            row.customerId = conversation.value(QStringLiteral("customer_id")).toString();
            row.phone = customer.value(QStringLiteral("phone")).toString();
            if (row.phone.isEmpty())
                row.phone = customer.value(QStringLiteral("wa_id")).toString();
            row.title = customer.value(QStringLiteral("name")).toString();
            if (row.title.isEmpty())
                row.title = customer.value(QStringLiteral("profile_name")).toString();
            if (row.title.isEmpty())
                row.title = row.phone;
            const QString last = (*q)->value(3).toString();
            if (!last.isEmpty()) {
                const QStringList parts = last.split(QChar(31));
                row.lastOutbound = parts.value(0) == QLatin1String("outbound");
                row.lastType = parts.value(1);
                row.preview = parts.value(2).section(QLatin1Char('\n'), 0, 0);
            } else {
                row.preview = conversation.value(QStringLiteral("last_message_preview")).toString();
            }
            row.lastActivity = timestampOf(conversation, QStringLiteral("last_message_at"));
            const QDateTime inbound = timestampOf(conversation, QStringLiteral("last_inbound_at"));
            if (inbound.isValid())
                row.windowCloses = inbound.addSecs(serviceWindowSeconds);
            row.unread = conversation.value(QStringLiteral("unread_count")).toInt();
            row.status = conversation.value(QStringLiteral("status")).toString();
            if (row.status.isEmpty())
                row.status = QStringLiteral("open");
            const QJsonObject assignee = conversation.value(QStringLiteral("assignee")).toObject();
            row.assigneeId = assignee.value(QStringLiteral("id")).toString();
            row.assigneeName = assignee.value(QStringLiteral("username")).toString();
            for (const QJsonValue &label : conversation.value(QStringLiteral("labels")).toArray())
                row.labels << label.toString();
            rows.push_back(std::move(row));
        }
    };
    if (ids.isEmpty()) {
        readRows(select, {});
        return rows;
    }
    for (qsizetype start = 0; start < ids.size(); start += idsPerQuery) {
        const QStringList chunk = ids.mid(start, idsPerQuery);
        QVariantList bindings;
        for (const QString &id : chunk)
            bindings << id;
        readRows(select + QStringLiteral(" WHERE c.id IN (%1)").arg(placeholders(chunk.size())),
                 bindings);
    }
    return rows;
}

bool ConversationListModel::before(const Row &a, const Row &b) {
    if (a.lastActivity != b.lastActivity)
        return a.lastActivity > b.lastActivity; // newest first; no activity last
    return a.id < b.id;
}

void ConversationListModel::reindex(int from, int to) {
    for (int i = from; i < to; ++i)
        m_index.insert(m_rows[size_t(i)].id, i);
}

int ConversationListModel::placeFor(const Row &row, int skip) const {
    // Binary search over the rows without `skip`.
    int low = 0;
    int high = int(m_rows.size()) - (skip >= 0 ? 1 : 0);
    auto at = [&](int i) -> const Row & {
        return m_rows[size_t(skip >= 0 && i >= skip ? i + 1 : i)];
    };
    while (low < high) {
        const int middle = (low + high) / 2;
        if (before(at(middle), row))
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

void ConversationListModel::onChanged(const ReplicaChange &change) {
    QStringList ids = change.upserted.value(QStringLiteral("conversation"));
    QSet<QString> wanted(ids.cbegin(), ids.cend());
    auto want = [&](const QString &id) {
        if (!id.isEmpty() && !wanted.contains(id)) {
            wanted.insert(id);
            ids << id;
        }
    };
    // A new or edited message changes its conversation's preview; a renamed customer its title.
    const QStringList messages = change.upserted.value(QStringLiteral("message")) +
                                 change.deleted.value(QStringLiteral("message"));
    if (m_db && !messages.isEmpty()) {
        for (qsizetype start = 0; start < messages.size(); start += idsPerQuery) {
            const QStringList chunk = messages.mid(start, idsPerQuery);
            QVariantList bindings;
            for (const QString &id : chunk)
                bindings << id;
            auto q = m_db->query(
                QStringLiteral("SELECT DISTINCT conversation_id FROM messages WHERE id IN (%1)")
                    .arg(placeholders(chunk.size())),
                bindings);
            while (q && (*q)->next())
                want((*q)->value(0).toString());
        }
    }
    const QStringList customers = change.upserted.value(QStringLiteral("customer"));
    if (!customers.isEmpty()) {
        const QSet<QString> changed(customers.cbegin(), customers.cend());
        for (const Row &row : m_rows)
            if (changed.contains(row.customerId))
                want(row.id);
    }
    for (const QString &id : change.deleted.value(QStringLiteral("conversation")))
        remove(id);
    if (ids.isEmpty())
        return;

    std::vector<Row> rows = read(ids);
    if (int(rows.size()) <= bulkChange) {
        for (Row &row : rows)
            put(std::move(row));
        return;
    }
    // A catch-up page: update the known rows in place, add the new ones as one block, then sort
    // once (a layout change: selections and persistent indexes follow their rows).
    std::vector<Row> added;
    for (Row &row : rows) {
        const auto found = m_index.constFind(row.id);
        if (found == m_index.cend()) {
            added.push_back(std::move(row));
            continue;
        }
        m_rows[size_t(*found)] = std::move(row);
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (Row &row : added)
            m_rows.push_back(std::move(row));
        reindex(first, int(m_rows.size()));
        endInsertRows();
    }
    m_unsorted = true;
    if (!m_held)
        resort();
}

void ConversationListModel::put(Row row) {
    const auto found = m_index.constFind(row.id);
    if (found == m_index.cend()) {
        const int at = placeFor(row, -1);
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, std::move(row));
        reindex(at, int(m_rows.size()));
        endInsertRows();
        return;
    }
    const int from = *found;
    if (m_held) {
        m_rows[size_t(from)] = std::move(row);
        m_unsorted = true;
        Q_EMIT dataChanged(index(from), index(from));
        return;
    }
    const int to = placeFor(row, from);
    m_rows[size_t(from)] = std::move(row);
    if (to == from) {
        Q_EMIT dataChanged(index(from), index(from));
        return;
    }
    // beginMoveRows counts the destination in the rows as they are before the move.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    if (to < from)
        std::rotate(m_rows.begin() + to, m_rows.begin() + from, m_rows.begin() + from + 1);
    else
        std::rotate(m_rows.begin() + from, m_rows.begin() + from + 1, m_rows.begin() + to + 1);
    reindex(std::min(from, to), std::max(from, to) + 1);
    endMoveRows();
    Q_EMIT dataChanged(index(to), index(to));
}

void ConversationListModel::remove(const QString &id) {
    const auto found = m_index.constFind(id);
    if (found == m_index.cend())
        return;
    const int at = *found;
    beginRemoveRows({}, at, at);
    m_rows.erase(m_rows.begin() + at);
    m_index.remove(id);
    reindex(at, int(m_rows.size()));
    endRemoveRows();
}

void ConversationListModel::setOrderHeld(bool held) {
    if (m_held == held)
        return;
    m_held = held;
    if (!held && m_unsorted)
        resort();
}

void ConversationListModel::resort() {
    m_unsorted = false;
    if (std::is_sorted(m_rows.begin(), m_rows.end(), before))
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QStringList persistentIds;
    for (const QModelIndex &index : persistent)
        persistentIds << m_rows[size_t(index.row())].id;
    std::stable_sort(m_rows.begin(), m_rows.end(), before);
    reindex(0, int(m_rows.size()));
    QModelIndexList moved;
    for (const QString &id : std::as_const(persistentIds))
        moved << index(m_index.value(id));
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int ConversationListModel::rowOf(const QString &id) const {
    return m_index.value(id, -1);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

ConversationListModel::ServiceWindow ConversationListModel::windowAt(const QDateTime &closes,
                                                                     const QDateTime &now) {
    if (!closes.isValid())
        return ServiceWindow::Never;
    const qint64 left = now.secsTo(closes);
    if (left <= 0)
        return ServiceWindow::Closed;
    return left < closingSoonSeconds ? ServiceWindow::Closing : ServiceWindow::Open;
}

QString ConversationListModel::accessibleText(const Row &row) const {
    QStringList parts{row.title};
    if (row.unread > 0)
        parts << tr("%n unread", nullptr, row.unread);
    if (!row.preview.isEmpty() || !row.lastType.isEmpty()) {
        const QString preview = row.preview.isEmpty() ? row.lastType : row.preview;
        parts << (row.lastOutbound ? tr("You: %1").arg(preview) : preview);
    }
    if (row.lastActivity.isValid())
        parts << QLocale().toString(row.lastActivity.toLocalTime(), QLocale::ShortFormat);
    if (!row.assigneeName.isEmpty())
        parts << tr("assigned to %1").arg(row.assigneeName);
    if (row.status == QLatin1String("closed"))
        parts << tr("closed");
    switch (windowAt(row.windowCloses, m_now())) {
    case ServiceWindow::Closing:
        parts << tr("reply window closing");
        break;
    case ServiceWindow::Closed:
        parts << tr("reply window closed");
        break;
    default:
        break;
    }
    return parts.join(QStringLiteral(", "));
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return accessibleText(row);
    case Qt::ToolTipRole:
        return row.phone;
    case IdRole:
        return row.id;
    case CustomerIdRole:
        return row.customerId;
    case TitleRole:
        return row.title;
    case PhoneRole:
        return row.phone;
    case PreviewRole:
        return row.preview;
    case LastTypeRole:
        return row.lastType;
    case LastOutboundRole:
        return row.lastOutbound;
    case LastActivityRole:
        return row.lastActivity;
    case UnreadRole:
        return row.unread;
    case StatusRole:
        return row.status;
    case AssigneeIdRole:
        return row.assigneeId;
    case AssigneeNameRole:
        return row.assigneeName;
    case LabelsRole:
        return row.labels;
    case WindowRole:
        return QVariant::fromValue(windowAt(row.windowCloses, m_now()));
    case WindowClosesRole:
        return row.windowCloses;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {TitleRole, "title"},
                  {PreviewRole, "preview"},
                  {UnreadRole, "unread"},
                  {AssigneeNameRole, "assignee"}});
    return names;
}

} // namespace Switchboard
