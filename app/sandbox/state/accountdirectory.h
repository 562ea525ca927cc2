// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <map>

namespace Switchboard::Sandbox {

struct Business {
    QString id;
    QString name;
    qint64 createdMs = 0;
};

struct Waba {
    QString id;
    QString businessId;
    QString name;
    QString currency = QStringLiteral("USD");
    QString timezoneId = QStringLiteral("1");
    QString templateNamespace;
    QString reviewStatus = QStringLiteral("APPROVED");
    qint64 createdMs = 0;
    bool subscribed = false;     //!< the app is subscribed to this WABA's webhooks
    QString overrideCallbackUri; //!< from POST subscribed_apps
};

//! What customers see of a business in WhatsApp (GET/POST whatsapp_business_profile). Empty
//! members are unset and left out of answers, as Meta does.
struct BusinessProfile {
    QString about;
    QString address;
    QString description;
    QString email;
    QStringList websites;
    QString vertical;
    QString profilePictureUrl; //!< derived from the last profile_picture_handle
};

struct PhoneNumber {
    QString id;
    QString wabaId;
    QString displayPhoneNumber;
    QString verifiedName;
    QString qualityRating = QStringLiteral("GREEN");
    QString messagingLimitTier = QStringLiteral("TIER_250");
    QString portfolioLimit = QStringLiteral("TIER_250");
    QString codeVerificationStatus = QStringLiteral("VERIFIED");
    QString nameStatus = QStringLiteral("APPROVED");
    QString status = QStringLiteral("PENDING");
    QString platformType = QStringLiteral("NOT_APPLICABLE");
    QString throughputLevel = QStringLiteral("STANDARD");
    QString pin;                       //!< two-step verification PIN once registered
    QString pendingCode;               //!< the last code sent by request_code
    QList<qint64> registrationCallsMs; //!< register/deregister calls, for the 10 per 72 h rule
    QString overrideCallbackUri;
    qint64 onboardedMs = 0;
    BusinessProfile profile;

    //! Digits only, as webhooks' metadata.display_phone_number carries it.
    QString displayDigits() const;
};

//! Business portfolios → WABAs → phone numbers, as Embedded Signup creates them. Stable
//! references: entries are never moved once created.
class AccountDirectory {
public:
    Business &addBusiness(const QString &name, qint64 nowMs);
    Waba &addWaba(const QString &businessId, const QString &name, qint64 nowMs);
    PhoneNumber &addPhoneNumber(const QString &wabaId, const QString &displayPhoneNumber,
                                const QString &verifiedName, qint64 nowMs);

    Business *business(const QString &id);
    Business *businessByName(const QString &name);
    Waba *waba(const QString &id);
    PhoneNumber *phoneNumber(const QString &id);
    //! Newest onboarded first, as Graph lists them by default.
    QList<const PhoneNumber *> phoneNumbersOf(const QString &wabaId) const;
    QList<const Waba *> wabasOf(const QString &businessId) const;

private:
    std::map<QString, Business> m_businesses;
    std::map<QString, Waba> m_wabas;
    std::map<QString, PhoneNumber> m_phoneNumbers;
};

} // namespace Switchboard::Sandbox
