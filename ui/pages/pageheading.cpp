// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/pageheading.h"

#include <QLabel>

namespace Switchboard {

QLabel *makePageHeading(QWidget *parent) {
    auto *heading = new QLabel(parent);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

} // namespace Switchboard
