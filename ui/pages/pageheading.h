// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;
class QWidget;

namespace Switchboard {

//! The large bold title a dashboard page opens with ("Orders", "Menu"): what a screen reader
//! announces as the page's heading. The page sets (and re-sets) its text.
QLabel *makePageHeading(QWidget *parent);

} // namespace Switchboard
