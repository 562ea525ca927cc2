// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/replicaschema_p.h"

#include "core/store/database.h"
#include "core/store/migrator.h"

#include <QJsonValue>
#include <QRegularExpression>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initReplicaMigrations() {
    Q_INIT_RESOURCE(replica_migrations);
}

namespace Switchboard {

namespace {

ReplicaValue integer(qint64 i) {
    ReplicaValue value;
    value.type = ReplicaValue::Type::Integer;
    value.integer = i;
    return value;
}

ReplicaValue toValue(const QJsonValue &json) {
    switch (json.type()) {
    case QJsonValue::String:
        return ReplicaValue::fromString(json.toString());
    case QJsonValue::Bool:
        return integer(json.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const double d = json.toDouble();
        const auto i = qint64(d);
        if (double(i) == d)
            return integer(i);
        ReplicaValue value;
        value.type = ReplicaValue::Type::Real;
        value.real = d;
        return value;
    }
    default:
        return {};
    }
}

//! A column read from the record's member `key`, or from `key` inside the member `outer`.
ReplicaTable::Column key(const QString &name, const QString &outer = {}) {
    const QString column = name;
    if (outer.isEmpty())
        return {column, [column](const QJsonObject &r) { return toValue(r.value(column)); }};
    const QString member = column.section(QLatin1Char('_'), 1);
    return {column, [outer, member](const QJsonObject &r) {
                return toValue(r.value(outer).toObject().value(member));
            }};
}

//! What search finds of a message: its text, or the caption of its media.
ReplicaTable::Column messageText() {
    return {QStringLiteral("text"), [](const QJsonObject &r) {
                QString text = r.value(QStringLiteral("text")).toString();
                const QString caption = r.value(QStringLiteral("media"))
                                            .toObject()
                                            .value(QStringLiteral("caption"))
                                            .toString();
                if (!caption.isEmpty())
                    text = text.isEmpty() ? caption : text + QLatin1Char('\n') + caption;
                // Never null: a photo without a caption stores an empty text (NOT NULL column).
                ReplicaValue value;
                value.type = ReplicaValue::Type::Text;
                value.text = text.toUtf8();
                return value;
            }};
}

ReplicaTable::Column textOrEmpty(const QString &name) {
    // A record without the field (a photo without a caption, a customer without a name) stores
    // an empty text: the column is NOT NULL, and a null would fail the whole batch.
    return {name, [name](const QJsonObject &r) {
                ReplicaValue value;
                value.type = ReplicaValue::Type::Text;
                value.text = r.value(name).toString().toUtf8();
                return value;
            }};
}

ReplicaTable table(const QString &kind, const QString &name,
                   std::vector<ReplicaTable::Column> columns, const QString &searchTable = {},
                   const QStringList &searched = {}) {
    ReplicaTable t;
    t.kind = kind;
    t.table = name;
    t.columns = std::move(columns);
    t.searchTable = searchTable;
    for (const QString &column : searched) {
        for (int i = 0; i < int(t.columns.size()); ++i) {
            if (t.columns[i].name == column)
                t.searchColumns.push_back(i);
        }
    }
    Q_ASSERT(t.searchColumns.size() == size_t(searched.size()));
    return t;
}

std::vector<ReplicaTable> makeTables() {
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    std::vector<ReplicaTable> tables;
    tables.push_back(table(s("message"), s("messages"),
                           {key(s("conversation_id")), key(s("customer_id")), key(s("direction")),
                            key(s("type")), key(s("status")), key(s("timestamp")), messageText()},
                           s("message_search"), {s("text")}));
    tables.push_back(table(s("conversation"), s("conversations"),
                           {key(s("customer_id")), key(s("phone_number_id")), key(s("status")),
                            key(s("unread_count")), key(s("last_message_at")),
                            key(s("assignee_id"), s("assignee"))}));
    tables.push_back(table(
        s("customer"), s("customers"),
        {key(s("wa_id")), key(s("phone")), textOrEmpty(s("name")), textOrEmpty(s("profile_name"))},
        s("customer_search"), {s("name"), s("profile_name"), s("wa_id"), s("phone")}));
    tables.push_back(
        table(s("order"), s("orders"),
              {key(s("number")), key(s("status")), key(s("customer_id"), s("customer")),
               key(s("source_message_id")), key(s("needs_review"))}));
    tables.push_back(
        table(s("product"), s("products"),
              {key(s("sku")), key(s("name")), key(s("category")), key(s("available"))}));
    tables.push_back(table(s("template"), s("templates"),
                           {key(s("name")), key(s("language")), key(s("status"))}));
    tables.push_back(
        table(s("connection"), s("connections"), {key(s("status")), key(s("waba_id"))}));
    tables.push_back(table(s("label"), s("labels"), {key(s("name"))}));
    tables.push_back(table(s("quick_reply"), s("quick_replies"), {key(s("shortcut"))}));
    return tables;
}

//! `INSERT INTO table (id, columns…, data) VALUES (?1, ?2, …)`, to which `tail` is added.
QString buildInsertSql(const ReplicaTable &t, const QString &tail) {
    QStringList names{QStringLiteral("id")};
    for (const ReplicaTable::Column &column : t.columns)
        names << column.name;
    names << QStringLiteral("data");
    QStringList marks;
    for (int i = 1; i <= int(names.size()); ++i)
        marks << QStringLiteral("?%1").arg(i);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ")
               .arg(t.table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))) +
           tail;
}

//! `column = excluded.column` (or `= ?n`, numbered as in buildInsertSql()) for every key column
//! and the data.
QString assignments(const ReplicaTable &t, bool excluded) {
    QStringList names;
    for (const ReplicaTable::Column &column : t.columns)
        names << column.name;
    names << QStringLiteral("data");
    QStringList set;
    for (int i = 0; i < int(names.size()); ++i)
        set << (excluded ? QStringLiteral("%1 = excluded.%1").arg(names[i])
                         : QStringLiteral("%1 = ?%2").arg(names[i]).arg(i + 2));
    return set.join(QStringLiteral(", "));
}

} // namespace

const std::vector<ReplicaTable> &ReplicaTable::all() {
    static const std::vector<ReplicaTable> tables = [] {
        std::vector<ReplicaTable> made = makeTables();
        for (ReplicaTable &t : made) {
            t.upsertSql = buildInsertSql(
                t, QStringLiteral("ON CONFLICT (id) DO UPDATE SET %1 WHERE %2.data IS NOT "
                                  "excluded.data")
                       .arg(assignments(t, true), t.table));
            t.insertSql = buildInsertSql(t, QStringLiteral("ON CONFLICT (id) DO NOTHING"));
            t.updateSql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1")
                              .arg(t.table, assignments(t, false));
            QStringList searched;
            for (int i : t.searchColumns)
                searched << t.columns[i].name;
            const QString returned = QStringList(QStringList{QStringLiteral("rowid")} + searched)
                                         .join(QStringLiteral(", "));
            t.previousSql =
                QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                    .arg(QStringList(QStringList{QStringLiteral("rowid"), QStringLiteral("data")} +
                                     searched)
                             .join(QStringLiteral(", ")),
                         t.table);
            t.deleteSql =
                QStringLiteral("DELETE FROM %1 WHERE id = ? RETURNING %2").arg(t.table, returned);
            if (!t.searchTable.isEmpty()) {
                QStringList marks;
                marks.fill(QStringLiteral("?"), searched.size() + 1);
                t.searchInsertSql =
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(t.searchTable, returned, marks.join(QStringLiteral(", ")));
                t.searchDeleteSql =
                    QStringLiteral("INSERT INTO %1 (%1, %2) VALUES ('delete', %3)")
                        .arg(t.searchTable, returned, marks.join(QStringLiteral(", ")));
            }
            t.selectSql = QStringLiteral("SELECT data FROM %1 WHERE id = ?").arg(t.table);
            t.countSql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(t.table);
        }
        return made;
    }();
    return tables;
}

const ReplicaTable *ReplicaTable::forKind(const QString &kind) {
    for (const ReplicaTable &table : all()) {
        if (table.kind == kind)
            return &table;
    }
    return nullptr;
}

ReplicaValue ReplicaValue::fromString(const QString &string) {
    ReplicaValue value;
    if (!string.isNull()) {
        value.type = Type::Text;
        value.text = string.toUtf8();
    }
    return value;
}

bool ReplicaValue::operator==(const ReplicaValue &other) const {
    if (type != other.type)
        return false;
    switch (type) {
    case Type::Null:
        return true;
    case Type::Integer:
        return integer == other.integer;
    case Type::Real:
        return real == other.real;
    case Type::Text:
        return text == other.text;
    }
    return false;
}

QString ReplicaTable::idOf(const QJsonObject &record) const {
    const QString id = record.value(QStringLiteral("id")).toString();
    if (id.isEmpty() && kind == QLatin1String("connection"))
        return QStringLiteral("connection");
    return id;
}

Status migrateReplica(Database &database) {
    initReplicaMigrations();
    auto migrations = Migrator::load(QStringLiteral(":/migrations/replica"));
    if (!migrations)
        return migrations.error();
    Migrator migrator(database, std::move(migrations).value());
    auto applied = migrator.migrate();
    if (!applied)
        return applied.error();
    return success();
}

QString ftsQuery(const QString &terms) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList words;
    for (QString word : terms.split(space, Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        words << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return words.join(QLatin1Char(' '));
}

} // namespace Switchboard
