// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/control/faultinjector.h"

namespace Switchboard::Sandbox {

std::optional<Fault> FaultInjector::take(const QString &path) {
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (!m_faults[i].pathRegex.match(path).hasMatch())
            continue;
        Fault fault = m_faults[i];
        if (--m_faults[i].remaining <= 0)
            m_faults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

} // namespace Switchboard::Sandbox
