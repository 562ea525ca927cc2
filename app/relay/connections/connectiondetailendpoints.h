// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace Switchboard {

class ApiCall;
class Database;
class GraphClient;
class RouteTable;
class SecretBox;

//! What the console's Connection page reads besides the connection object:
//! GET/PATCH …/numbers/{pnid}/business-profile, the profile customers see (about, address,
//! description, email, websites, vertical, picture), read from and written to Meta's
//! whatsapp_business_profile with the tenant's token; and GET …/connection/history, the
//! quality, tier and status changes of the tenant's numbers (ConnectionHistory). Reading is for
//! every member, editing the profile for owners and admins. Fields are checked against Meta's
//! limits first, so a person learns which field is wrong without a round trip to Meta.
class ConnectionDetailEndpoints : public QObject {
public:
    ConnectionDetailEndpoints(RouteTable &routes, Database *database, GraphClient *graph,
                              const SecretBox *box, QObject *parent = nullptr);

private:
    void profile(const ApiCall &call);
    void updateProfile(const ApiCall &call);
    void history(const ApiCall &call);
    //! GETs the profile from Meta and answers it (after an update, what Meta now has).
    void answerProfile(const ApiCall &call, const QString &phoneNumberId, const QString &token);
    //! The tenant's token when `phoneNumberId` is one of its numbers; answers 404 otherwise.
    std::optional<QString> tokenFor(const ApiCall &call, const QString &phoneNumberId);

    Database *m_database;
    GraphClient *m_graph;
    const SecretBox *m_box;
};

} // namespace Switchboard
