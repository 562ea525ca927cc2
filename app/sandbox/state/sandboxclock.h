// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Switchboard::Sandbox {

//! The sandbox's notion of "now". Signup codes, tokens, service windows and media URLs all
//! expire; tests move this clock forward instead of sleeping for 30 s or 24 h.
class SandboxClock {
public:
    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    qint64 nowSecs() const { return nowMs() / 1000; }
    //! Moves "now" forward for everything that reads this clock.
    void advance(qint64 ms) { m_offsetMs += ms; }

private:
    qint64 m_offsetMs = 0;
};

} // namespace Switchboard::Sandbox
