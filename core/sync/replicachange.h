// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Switchboard {

//! What one committed batch changed in a Replica, so that models update the rows concerned and
//! nothing else. Only records whose stored JSON actually changed are named: an event that repeats
//! a record's current state names nothing. Each id appears once per kind, in the order of the
//! batch; an id both upserted and then deleted in one batch is named under `deleted` only.
struct ReplicaChange {
    //! Per record kind (the event `type`: "message", "customer", …), the ids inserted or updated.
    QMap<QString, QStringList> upserted;
    //! Per record kind, the ids removed.
    QMap<QString, QStringList> deleted;
    //! The replica's cursor after the batch.
    qint64 cursor = 0;

    bool isEmpty() const { return upserted.isEmpty() && deleted.isEmpty(); }
    //! The kinds touched, each once, sorted.
    QStringList kinds() const {
        QStringList all = upserted.keys();
        for (const QString &kind : deleted.keys()) {
            if (!all.contains(kind))
                all << kind;
        }
        all.sort();
        return all;
    }
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::ReplicaChange)
