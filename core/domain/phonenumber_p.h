// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/phonenumber.h"

namespace Switchboard {

class RecordReader;

//! Reads a phone number nested in another record (the connection's numbers), so its errors name
//! the field by its path there ("numbers[0].id").
PhoneNumber readPhoneNumber(RecordReader &reader);

} // namespace Switchboard
