// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/graph/graphrequest.h"

namespace Switchboard::Sandbox {

class GraphAccess;
struct PhoneNumber;

//! GET and POST /{phone_number_id}/whatsapp_business_profile: the about text, address,
//! description, email, websites, vertical and picture customers see. GET answers
//! {"data":[{…requested fields…, "messaging_product":"whatsapp"}]} (unset fields left out), POST
//! {"success":true}, with Meta's limits (about 1–139 characters, address 256, description 512,
//! email 128, at most two http(s) websites of 256, a known vertical).
class BusinessProfileApi {
public:
    explicit BusinessProfileApi(GraphAccess &access);

    GraphReply get(const GraphRequest &request, const PhoneNumber &number);
    GraphReply update(const GraphRequest &request, PhoneNumber &number);

    static const QStringList &fieldNames();
    static const QStringList &verticals();

private:
    GraphAccess &m_access;
};

} // namespace Switchboard::Sandbox
