// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/sessionstore.h"

#include "core/logging.h"

#include <QPromise>
#include <QSettings>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Switchboard {

namespace {

const QString relayKey = QStringLiteral("session/relay");
const QString userKey = QStringLiteral("session/username");
const QString currentKey = QStringLiteral("session/business");
const QString businessesKey = QStringLiteral("session/businesses");

QString keychainProblem(QKeychain::Job *job) {
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return SessionStore::tr("No keychain is available to keep the session (is a Secret "
                                "Service such as GNOME Keyring running?). Sign in again after "
                                "starting one.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SessionStore::tr("The keychain refused access to the session. Unlock it and try "
                                "again.");
    default:
        return SessionStore::tr("The keychain could not keep the session: %1")
            .arg(job->errorString());
    }
}

//! Runs `job` and finishes a promise from its outcome, on the store's thread.
template <typename T, typename Read>
QFuture<T> run(QKeychain::Job *job, Read read) {
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, read](QKeychain::Job *done) {
        promise->addResult(read(done));
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace

SessionStore::SessionStore(QSettings *settings, QString service, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_service(std::move(service)) {}

QUrl SessionStore::relayUrl() const {
    return QUrl(m_settings->value(relayKey).toString());
}

QString SessionStore::username() const {
    return m_settings->value(userKey).toString();
}

QList<Business> SessionStore::businesses() const {
    QList<Business> all;
    const int size = m_settings->beginReadArray(businessesKey);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        all.append({m_settings->value(QStringLiteral("id")).toString(),
                    m_settings->value(QStringLiteral("name")).toString(),
                    m_settings->value(QStringLiteral("role")).toString()});
    }
    m_settings->endArray();
    return all;
}

QString SessionStore::currentBusinessId() const {
    const QList<Business> all = businesses();
    const QString current = m_settings->value(currentKey).toString();
    for (const Business &business : all) {
        if (business.id == current)
            return current;
    }
    // Never chosen: the user's own business first (an owner's shop before one they help at).
    for (const Business &business : all) {
        if (business.role == QLatin1String("owner"))
            return business.id;
    }
    return all.isEmpty() ? QString() : all.first().id;
}

std::optional<Business> SessionStore::business(const QString &id) const {
    for (const Business &business : businesses()) {
        if (business.id == id)
            return business;
    }
    return std::nullopt;
}

void SessionStore::remember(const QUrl &relay, const QString &username,
                            const QList<Business> &businesses) {
    m_settings->setValue(relayKey, relay.toString());
    m_settings->setValue(userKey, username);
    m_settings->remove(businessesKey);
    m_settings->beginWriteArray(businessesKey, int(businesses.size()));
    for (int i = 0; i < businesses.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), businesses[i].id);
        m_settings->setValue(QStringLiteral("name"), businesses[i].name);
        m_settings->setValue(QStringLiteral("role"), businesses[i].role);
    }
    m_settings->endArray();
    m_settings->sync();
}

void SessionStore::setCurrentBusiness(const QString &id) {
    m_settings->setValue(currentKey, id);
    m_settings->sync();
}

QString SessionStore::keychainKey(const QUrl &relay, const QString &username) {
    return relay.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) + QLatin1Char('|') +
           username;
}

QFuture<Result<QString>> SessionStore::readToken() {
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(keychainKey(relayUrl(), username()));
    job->setAutoDelete(true);
    return run<Result<QString>>(job, [](QKeychain::Job *done) -> Result<QString> {
        if (done->error() == QKeychain::EntryNotFound)
            return QString();
        if (done->error() != QKeychain::NoError) {
            qCWarning(Log::console)
                << "cannot read the session from the keychain:" << done->errorString();
            return Error{QStringLiteral("keychain_error"), keychainProblem(done)};
        }
        return static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
    });
}

QFuture<Status> SessionStore::storeToken(const QString &token) {
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(keychainKey(relayUrl(), username()));
    job->setTextData(token);
    job->setAutoDelete(true);
    return run<Status>(job, [](QKeychain::Job *done) -> Status {
        if (done->error() != QKeychain::NoError) {
            qCWarning(Log::console)
                << "cannot store the session in the keychain:" << done->errorString();
            return Error{QStringLiteral("keychain_error"), keychainProblem(done)};
        }
        return success();
    });
}

QFuture<Status> SessionStore::eraseToken() {
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(keychainKey(relayUrl(), username()));
    job->setAutoDelete(true);
    return run<Status>(job, [](QKeychain::Job *done) -> Status {
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound) {
            qCWarning(Log::console)
                << "cannot erase the session from the keychain:" << done->errorString();
            return Error{QStringLiteral("keychain_error"), keychainProblem(done)};
        }
        return success();
    });
}

} // namespace Switchboard
