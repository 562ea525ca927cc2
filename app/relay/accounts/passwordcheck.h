// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>

namespace Switchboard {

//! Checks a password against its stored hash on Qt's thread pool: scrypt takes tens of
//! milliseconds, which the thread that runs the sign-in route must not spend.
//!
//! A job of the GraphReply shape: finished() once, never from inside start(); then matches(),
//! or error() when the stored hash cannot be read. Delete it with deleteLater() once finished.
class PasswordCheck : public QObject {
    Q_OBJECT

public:
    static PasswordCheck *start(const QString &password, const QString &encodedHash,
                                QObject *parent);

    bool isFinished() const { return m_finished; }
    bool matches() const { return m_finished && m_result.ok() && m_result.value(); }
    //! Empty unless the stored hash could not be read.
    const Error &error() const { return m_result.error(); }

Q_SIGNALS:
    void finished();

private:
    explicit PasswordCheck(QObject *parent);

    QFutureWatcher<Result<bool>> m_watcher;
    Result<bool> m_result = false;
    bool m_finished = false;
};

} // namespace Switchboard
