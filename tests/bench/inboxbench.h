// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace Switchboard {

class MainWindow;
class Workspace;

//! The Conversations page's targets (issue "Desktop console, part 2") on a live workspace whose
//! replica holds the business's history: the inbox's load, opening conversations to their last
//! 50 messages painted, searches across every message, a live message painted in the open chat
//! after its frame arrived, scrolling through 2,000 messages (the longest paint), and the
//! resident memory with the page open. Prints one line per figure.
void runInboxBench(Workspace &workspace, MainWindow &window, QNetworkAccessManager &network,
                   const QUrl &relay, const QByteArray &secret, const QString &username);

} // namespace Switchboard
