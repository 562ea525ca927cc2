// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>

namespace Switchboard {

//! Where a console's SyncEngine puts the events it reads from the relay: the Replica, or a test's
//! own sink. The engine reads the cursor to know where to resume, hands over each page (and each
//! live frame) in seq order, and asks for the next one only once the previous is durable, so a
//! cursor never skips an event and an event is never applied twice.
class EventSink {
public:
    virtual ~EventSink() = default;

    //! The seq of the last event durably applied; 0 before the first.
    virtual qint64 cursor() const = 0;

    //! Applies `events` (contract Event objects, ascending seq, all after cursor()) in one
    //! transaction, with the new cursor; the future finishes once that is durable (or failed,
    //! with nothing applied). Callable from the engine's thread; the work may run elsewhere.
    virtual QFuture<Status> apply(QList<QJsonObject> events) = 0;
};

} // namespace Switchboard
