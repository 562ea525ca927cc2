// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/accounts/passwordcheck.h"

#include "core/crypto/passwordhash.h"

#include <QtConcurrent>

namespace Switchboard {

PasswordCheck::PasswordCheck(QObject *parent)
    : QObject(parent) {}

PasswordCheck *PasswordCheck::start(const QString &password, const QString &encodedHash,
                                    QObject *parent) {
    auto *check = new PasswordCheck(parent);
    connect(&check->m_watcher, &QFutureWatcher<Result<bool>>::finished, check, [check] {
        check->m_result = check->m_watcher.result();
        check->m_finished = true;
        Q_EMIT check->finished();
    });
    check->m_watcher.setFuture(QtConcurrent::run(
        [password, encodedHash] { return PasswordHash().verify(password, encodedHash); }));
    return check;
}

} // namespace Switchboard
