// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/state/accountdirectory.h"

#include "app/sandbox/state/sandboxids.h"

#include <algorithm>

namespace Switchboard::Sandbox {

QString PhoneNumber::displayDigits() const {
    QString digits;
    for (const QChar c : displayPhoneNumber)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

Business &AccountDirectory::addBusiness(const QString &name, qint64 nowMs) {
    Business business{SandboxIds::numericId(16), name, nowMs};
    return m_businesses.emplace(business.id, business).first->second;
}

Waba &AccountDirectory::addWaba(const QString &businessId, const QString &name, qint64 nowMs) {
    Waba waba;
    waba.id = SandboxIds::numericId(15);
    waba.businessId = businessId;
    waba.name = name;
    waba.templateNamespace = SandboxIds::numericId(8) + QStringLiteral("_sandbox");
    waba.createdMs = nowMs;
    return m_wabas.emplace(waba.id, waba).first->second;
}

PhoneNumber &AccountDirectory::addPhoneNumber(const QString &wabaId,
                                              const QString &displayPhoneNumber,
                                              const QString &verifiedName, qint64 nowMs) {
    PhoneNumber number;
    number.id = SandboxIds::numericId(15);
    number.wabaId = wabaId;
    number.displayPhoneNumber = displayPhoneNumber;
    number.verifiedName = verifiedName;
    number.onboardedMs = nowMs;
    return m_phoneNumbers.emplace(number.id, number).first->second;
}

Business *AccountDirectory::business(const QString &id) {
    const auto it = m_businesses.find(id);
    return it == m_businesses.end() ? nullptr : &it->second;
}

Business *AccountDirectory::businessByName(const QString &name) {
    for (auto &[id, business] : m_businesses)
        if (business.name == name)
            return &business;
    return nullptr;
}

Waba *AccountDirectory::waba(const QString &id) {
    const auto it = m_wabas.find(id);
    return it == m_wabas.end() ? nullptr : &it->second;
}

PhoneNumber *AccountDirectory::phoneNumber(const QString &id) {
    const auto it = m_phoneNumbers.find(id);
    return it == m_phoneNumbers.end() ? nullptr : &it->second;
}

QList<const PhoneNumber *> AccountDirectory::phoneNumbersOf(const QString &wabaId) const {
    QList<const PhoneNumber *> numbers;
    for (const auto &[id, number] : m_phoneNumbers)
        if (number.wabaId == wabaId)
            numbers.append(&number);
    std::stable_sort(numbers.begin(), numbers.end(),
                     [](const auto *a, const auto *b) { return a->onboardedMs > b->onboardedMs; });
    return numbers;
}

QList<const Waba *> AccountDirectory::wabasOf(const QString &businessId) const {
    QList<const Waba *> wabas;
    for (const auto &[id, waba] : m_wabas)
        if (waba.businessId == businessId)
            wabas.append(&waba);
    std::stable_sort(wabas.begin(), wabas.end(),
                     [](const auto *a, const auto *b) { return a->createdMs > b->createdMs; });
    return wabas;
}

} // namespace Switchboard::Sandbox
