// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/phonenumber.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace Switchboard {

//! How the relay reads a business number from the Graph API: the fields it asks for, and the
//! PhoneNumber record made of Meta's answer (values verbatim).
QUrlQuery graphNumberFields();
PhoneNumber numberFromGraph(const QJsonObject &json);

} // namespace Switchboard
