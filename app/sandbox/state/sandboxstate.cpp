// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/state/sandboxstate.h"

#include <QRandomGenerator>

namespace Switchboard::Sandbox {

namespace {

QByteArray randomKey() {
    QByteArray key(32, Qt::Uninitialized);
    for (char &byte : key)
        byte = char(QRandomGenerator::system()->bounded(256));
    return key;
}

} // namespace

SandboxState::SandboxState(const SandboxOptions &options)
    : m_options(options)
    , m_limiter(options.throughputMps, options.pairBurst, options.pairIntervalMs)
    , m_media(randomKey()) {}

QUrl SandboxState::webhookUrlFor(const QString &wabaId, const QString &phoneNumberId) {
    const Waba *waba = m_accounts.waba(wabaId);
    if (!waba)
        return {};
    if (m_options.requireSubscription && !waba->subscribed)
        return {};
    if (const PhoneNumber *number = m_accounts.phoneNumber(phoneNumberId);
        number && !number->overrideCallbackUri.isEmpty())
        return QUrl(number->overrideCallbackUri);
    if (waba->subscribed && !waba->overrideCallbackUri.isEmpty())
        return QUrl(waba->overrideCallbackUri);
    return m_options.webhookUrl;
}

SandboxState::SignupResult SandboxState::completeSignup(const QString &businessName,
                                                        const QString &displayPhoneNumber) {
    const qint64 now = m_clock.nowMs();
    Business *business = m_accounts.businessByName(businessName);
    if (!business)
        business = &m_accounts.addBusiness(businessName, now);
    const QString businessId = business->id;
    Waba &waba = m_accounts.addWaba(businessId, businessName, now);
    PhoneNumber &number = m_accounts.addPhoneNumber(waba.id, displayPhoneNumber, businessName, now);
    const QString code = m_tokens.issueCode(m_options.appId, businessId, {waba.id}, now,
                                            qint64(m_options.codeTtlSecs) * 1000);
    return {code, businessId, waba.id, number.id};
}

} // namespace Switchboard::Sandbox
