// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/messagelistmodel.h"

#include "core/domain/timestamp.h"
#include "core/store/database.h"
#include "core/sync/replica.h"
#include "ui/models/messagewords.h"
#include "ui/models/replicareader.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Switchboard {

namespace {

QDateTime timestampOf(const QJsonObject &record) {
    return ReplicaReader::timestamp(record, QStringLiteral("timestamp"));
}

QJsonObject parse(const QString &json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

bool isReaction(const QJsonObject &record) {
    return record.value(QStringLiteral("type")).toString() == QLatin1String("reaction");
}

} // namespace

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractListModel(parent) {}

MessageListModel::~MessageListModel() = default;

void MessageListModel::open(Replica *replica, Outbox *outbox, const QString &conversationId,
                            int unread) {
    beginResetModel();
    if (m_replica)
        disconnect(m_replica, nullptr, this, nullptr);
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_replica = replica;
    m_outbox = outbox;
    m_conversationId = conversationId;
    m_rows.clear();
    m_commands.clear();
    m_byId.clear();
    m_reactions.clear();
    m_firstUnreadId.clear();
    m_more = false;
    if (replica && (!m_db || m_db->url().sqlitePath != replica->url().sqlitePath)) {
        m_db = ReplicaReader::open(*replica);
    }
    if (replica && !conversationId.isEmpty()) {
        m_rows = readPage(0, {}, pageSize());
        readReactions();
        reindex(0);
        connect(replica, &Replica::changed, this, &MessageListModel::onChanged);
        // The "new messages" line: above the first of the last `unread` customer messages.
        int left = unread;
        for (auto it = m_rows.rbegin(); it != m_rows.rend() && left > 0; ++it) {
            if (it->record.value(QStringLiteral("direction")).toString() ==
                QLatin1String("inbound")) {
                m_firstUnreadId = it->id;
                --left;
            }
        }
    }
    if (outbox && !conversationId.isEmpty()) {
        for (const Outbox::Command &command : outbox->commands(conversationId))
            if (isShownCommand(command))
                m_commands.push_back(command);
        connect(outbox, &Outbox::commandChanged, this, &MessageListModel::onCommandChanged);
        connect(outbox, &Outbox::commandFinished, this,
                [this](const Outbox::Command &command) { onCommandGone(command.id); });
        connect(outbox, &Outbox::commandDiscarded, this, &MessageListModel::onCommandGone);
    }
    endResetModel();
}

void MessageListModel::close() {
    open(nullptr, nullptr, {});
}

std::vector<MessageListModel::Row>
MessageListModel::readPage(qint64 beforeRowid, const QString &beforeTimestamp, int limit) {
    std::vector<Row> rows;
    if (!m_db)
        return rows;
    // Newest first from the keyset (timestamp, rowid), then turned oldest first.
    QString sql = QStringLiteral("SELECT rowid, data FROM messages WHERE conversation_id = ? AND "
                                 "type != 'reaction'");
    QVariantList bindings{m_conversationId};
    if (beforeRowid > 0) {
        sql += QStringLiteral(" AND (timestamp < ? OR (timestamp = ? AND rowid < ?))");
        bindings << beforeTimestamp << beforeTimestamp << beforeRowid;
    }
    sql += QStringLiteral(" ORDER BY timestamp DESC, rowid DESC LIMIT ?");
    bindings << limit + 1; // one more tells whether older ones exist
    auto q = m_db->query(sql, bindings);
    if (!q)
        return rows;
    while ((*q)->next()) {
        Row row;
        row.rowid = (*q)->value(0).toLongLong();
        row.record = parse((*q)->value(1).toString());
        row.id = row.record.value(QStringLiteral("id")).toString();
        row.wamid = row.record.value(QStringLiteral("wamid")).toString();
        row.at = timestampOf(row.record);
        rows.push_back(std::move(row));
    }
    m_more = int(rows.size()) > limit;
    if (m_more)
        rows.pop_back();
    std::reverse(rows.begin(), rows.end());
    return rows;
}

void MessageListModel::readReactions() {
    if (!m_db)
        return;
    auto q = m_db->query(QStringLiteral("SELECT data FROM messages WHERE conversation_id = ? AND "
                                        "type = 'reaction' ORDER BY timestamp, rowid"),
                         {m_conversationId});
    while (q && (*q)->next()) {
        const QJsonObject record = parse((*q)->value(0).toString());
        const QJsonObject reaction = record.value(QStringLiteral("reaction")).toObject();
        const QString target = reaction.value(QStringLiteral("message_id")).toString();
        const QString emoji = reaction.value(QStringLiteral("emoji")).toString();
        // One reaction per side (the customer, the business): a later one replaces it, an
        // empty one takes it back, as WhatsApp shows it.
        const QString side = record.value(QStringLiteral("direction")).toString();
        if (emoji.isEmpty())
            m_reactions[target].remove(side);
        else
            m_reactions[target].insert(side, emoji);
    }
}

void MessageListModel::reindex(size_t from) {
    for (size_t i = from; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        m_byId.insert(row.id, i);
        if (!row.wamid.isEmpty())
            m_byId.insert(row.wamid, i);
    }
}

bool MessageListModel::before(const Row &a, const Row &b) {
    if (a.at != b.at)
        return a.at < b.at;
    return a.rowid < b.rowid;
}

void MessageListModel::loadOlder() {
    if (!m_more || m_rows.empty())
        return;
    const Row &oldest = m_rows.front();
    std::vector<Row> older = readPage(
        oldest.rowid, oldest.record.value(QStringLiteral("timestamp")).toString(), pageSize());
    if (older.empty())
        return;
    beginInsertRows({}, 0, int(older.size()) - 1);
    m_rows.insert(m_rows.begin(), std::make_move_iterator(older.begin()),
                  std::make_move_iterator(older.end()));
    reindex(0);
    endInsertRows();
}

int MessageListModel::rowOfMessage(const QString &id) {
    while (true) {
        const auto found = m_byId.constFind(id);
        if (found != m_byId.cend())
            return int(*found);
        if (!m_more)
            return -1;
        loadOlder();
    }
}

void MessageListModel::onChanged(const ReplicaChange &change) {
    const QStringList ids = change.upserted.value(QStringLiteral("message"));
    if (ids.isEmpty() || !m_db)
        return;
    QVariantList bindings{m_conversationId};
    for (const QString &id : ids)
        bindings << id;
    auto q = m_db->query(QStringLiteral("SELECT rowid, data FROM messages WHERE "
                                        "conversation_id = ? AND id IN (%1) ORDER BY timestamp, "
                                        "rowid")
                             .arg(ReplicaReader::placeholders(ids.size())),
                         bindings);
    bool reactionsChanged = false;
    while (q && (*q)->next()) {
        Row row;
        row.rowid = (*q)->value(0).toLongLong();
        row.record = parse((*q)->value(1).toString());
        if (isReaction(row.record)) {
            reactionsChanged = true;
            continue;
        }
        row.id = row.record.value(QStringLiteral("id")).toString();
        row.wamid = row.record.value(QStringLiteral("wamid")).toString();
        row.at = timestampOf(row.record);
        addMessage(std::move(row));
    }
    if (reactionsChanged) {
        const auto previous = m_reactions;
        m_reactions.clear();
        readReactions();
        QSet<QString> targets;
        for (auto it = previous.cbegin(); it != previous.cend(); ++it)
            targets.insert(it.key());
        for (auto it = m_reactions.cbegin(); it != m_reactions.cend(); ++it)
            targets.insert(it.key());
        QSet<size_t> rows;
        for (const QString &target : std::as_const(targets)) {
            if (previous.value(target) == m_reactions.value(target))
                continue;
            if (const auto found = m_byId.constFind(target); found != m_byId.cend())
                rows.insert(*found);
        }
        for (size_t row : std::as_const(rows)) {
            m_rows[row].revision = ++m_revision;
            Q_EMIT dataChanged(index(int(row)), index(int(row)), {ReactionsRole});
        }
    }
}

void MessageListModel::addMessage(Row row) {
    if (const auto found = m_byId.constFind(row.id); found != m_byId.cend()) {
        const size_t at = *found;
        row.reactions = m_rows[at].reactions;
        row.revision = ++m_revision;
        m_rows[at] = std::move(row);
        if (!m_rows[at].wamid.isEmpty())
            m_byId.insert(m_rows[at].wamid, at);
        Q_EMIT dataChanged(index(int(at)), index(int(at)));
        return;
    }
    // Older than what is loaded: it shows when the person scrolls up to it.
    if (m_more && !m_rows.empty() && before(row, m_rows.front()))
        return;
    const auto place = std::upper_bound(m_rows.begin(), m_rows.end(), row, before);
    const int at = int(place - m_rows.begin());
    beginInsertRows({}, at, at);
    m_rows.insert(place, std::move(row));
    reindex(size_t(at));
    endInsertRows();
}

bool MessageListModel::isShownCommand(const Outbox::Command &command) {
    // A reaction shows on its message once the relay has it, not as a row of its own.
    if (command.body.value(QStringLiteral("type")).toString() == QLatin1String("reaction"))
        return false;
    return command.kind == Outbox::Kind::SendMessage || command.kind == Outbox::Kind::Note;
}

QJsonObject MessageListModel::recordOfCommand(const Outbox::Command &command) {
    QJsonObject record = command.body;
    const bool note = command.kind == Outbox::Kind::Note;
    record.insert(QStringLiteral("direction"),
                  note ? QStringLiteral("internal") : QStringLiteral("outbound"));
    if (note) {
        record.insert(QStringLiteral("type"), QStringLiteral("note"));
    } else if (record.value(QStringLiteral("type")).toString() == QLatin1String("text")) {
        record.insert(QStringLiteral("text"), record.value(QStringLiteral("text"))
                                                  .toObject()
                                                  .value(QStringLiteral("body"))
                                                  .toString());
    }
    if (const QJsonValue context = record.value(QStringLiteral("context")); context.isObject())
        record.insert(QStringLiteral("context"), context);
    record.insert(QStringLiteral("timestamp"), formatTimestamp(command.createdAt));
    switch (command.state) {
    case Outbox::State::Queued:
        record.insert(QStringLiteral("status"), QStringLiteral("queued"));
        break;
    case Outbox::State::Sending:
        record.insert(QStringLiteral("status"), QStringLiteral("sending"));
        break;
    case Outbox::State::Failed:
        record.insert(QStringLiteral("status"), QStringLiteral("failed"));
        record.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), command.error.code},
                                  {QStringLiteral("message"), command.error.message}});
        break;
    }
    return record;
}

void MessageListModel::onCommandChanged(const Outbox::Command &command) {
    if (command.orderKey != m_conversationId || !isShownCommand(command))
        return;
    const int base = int(m_rows.size());
    for (size_t i = 0; i < m_commands.size(); ++i) {
        if (m_commands[i].id == command.id) {
            m_commands[i] = command;
            Q_EMIT dataChanged(index(base + int(i)), index(base + int(i)));
            return;
        }
    }
    const int at = base + int(m_commands.size());
    beginInsertRows({}, at, at);
    m_commands.push_back(command);
    endInsertRows();
}

void MessageListModel::onCommandGone(qint64 id) {
    for (size_t i = 0; i < m_commands.size(); ++i) {
        if (m_commands[i].id != id)
            continue;
        const int at = int(m_rows.size() + i);
        beginRemoveRows({}, at, at);
        m_commands.erase(m_commands.begin() + qsizetype(i));
        endRemoveRows();
        return;
    }
}

QJsonObject MessageListModel::quoted(const QJsonObject &message) const {
    const QString id = message.value(QStringLiteral("context"))
                           .toObject()
                           .value(QStringLiteral("message_id"))
                           .toString();
    if (id.isEmpty())
        return {};
    if (const auto found = m_byId.constFind(id); found != m_byId.cend())
        return m_rows[*found].record;
    if (!m_db)
        return {};
    auto q = m_db->query(QStringLiteral("SELECT data FROM messages WHERE conversation_id = ? AND "
                                        "(id = ? OR json_extract(data, '$.wamid') = ?) LIMIT 1"),
                         {m_conversationId, id, id});
    if (q && (*q)->next())
        return parse((*q)->value(0).toString());
    return {};
}

int MessageListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size() + m_commands.size());
}

QString MessageListModel::describe(const QJsonObject &message, const QString &customerName) {
    const QString direction = message.value(QStringLiteral("direction")).toString();
    const QString author = message.value(QStringLiteral("author"))
                               .toObject()
                               .value(QStringLiteral("username"))
                               .toString();
    QString who;
    if (direction == QLatin1String("inbound"))
        who = customerName.isEmpty() ? tr("Customer") : customerName;
    else if (direction == QLatin1String("internal"))
        who = author.isEmpty() ? tr("Internal note") : tr("Internal note by %1").arg(author);
    else
        who = author.isEmpty() ? tr("You") : tr("You (%1)").arg(author);
    QStringList parts{who};
    const auto at = parseTimestamp(message.value(QStringLiteral("timestamp")).toString());
    if (at)
        parts << QLocale().toString(at->toLocalTime(), QLocale::ShortFormat);
    parts << MessageWords::summary(message);
    if (direction == QLatin1String("outbound"))
        parts << MessageWords::status(message.value(QStringLiteral("status")).toString());
    return parts.join(QStringLiteral(", "));
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const size_t row = size_t(index.row());
    const bool isCommand = row >= m_rows.size();
    const Outbox::Command *command = isCommand ? &m_commands[row - m_rows.size()] : nullptr;
    const QJsonObject record = isCommand ? recordOfCommand(*command) : m_rows[row].record;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return describe(record, m_customerName);
    case RecordRole:
        return record;
    case IdRole:
        return isCommand ? QString() : m_rows[row].id;
    case TypeRole:
        return record.value(QStringLiteral("type")).toString();
    case DirectionRole:
        return record.value(QStringLiteral("direction")).toString();
    case StatusRole:
        return record.value(QStringLiteral("status")).toString();
    case TimestampRole:
        return isCommand ? command->createdAt : m_rows[row].at;
    case TextRole:
        return MessageWords::text(record);
    case ReactionsRole: {
        if (isCommand)
            return QStringList();
        QStringList emoji;
        for (const QString &key : {m_rows[row].wamid, m_rows[row].id}) {
            const auto found = m_reactions.constFind(key);
            if (found != m_reactions.cend())
                for (const QString &one : *found)
                    emoji << one;
        }
        return emoji;
    }
    case QuotedRole:
        return quoted(record);
    case CommandIdRole:
        return isCommand ? command->id : qint64(0);
    case ErrorRole:
        return MessageWords::error(record);
    case FirstUnreadRole:
        return !isCommand && !m_firstUnreadId.isEmpty() && m_rows[row].id == m_firstUnreadId;
    case RevisionRole:
        // A command's row changes with its state and attempts; a message's with its revision.
        return isCommand ? qint64(command->state) * 1000000 + command->attempts
                         : m_rows[row].revision;
    case AuthorRole:
        return record.value(QStringLiteral("author"))
            .toObject()
            .value(QStringLiteral("username"))
            .toString();
    default:
        return {};
    }
}

} // namespace Switchboard
