// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>

#include <optional>

namespace Switchboard::Sandbox {

//! Failures a test asked for (POST /_sandbox/faults): the next `count` Graph calls whose path
//! matches fail with Meta's envelope for `metaCode`.
struct Fault {
    QRegularExpression pathRegex;
    int status = 0; //!< HTTP status; 0 takes Meta's for the code
    int metaCode = 0;
    int remaining = 1;
};

class FaultInjector {
public:
    void add(Fault fault) { m_faults.append(std::move(fault)); }
    void clear() { m_faults.clear(); }
    int pending() const { return int(m_faults.size()); }
    //! The first fault matching `path`, used up by one; empty when none matches.
    std::optional<Fault> take(const QString &path);

private:
    QList<Fault> m_faults;
};

} // namespace Switchboard::Sandbox
