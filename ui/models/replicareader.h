// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace Switchboard {

class Database;
class Replica;

//! What the item models over a replica share: their own read connection (WAL lets it read while
//! the replica's worker writes), and the small conversions of what they read.
namespace ReplicaReader {

//! A read connection to `replica`'s file with a small page cache (models read a few pages at a
//! time); nullptr when it cannot be opened.
std::unique_ptr<Database> open(const Replica &replica);
//! "?,?,…" for `count` bindings of an IN list.
QString placeholders(qsizetype count);
//! The record's timestamp member `key` (RFC 3339), or an invalid time.
QDateTime timestamp(const QJsonObject &record, const QString &key);

} // namespace ReplicaReader

} // namespace Switchboard
