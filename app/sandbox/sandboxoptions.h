// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QStringList>
#include <QUrl>

namespace Switchboard {

//! The sandbox's command line (relay contract, "Sandbox").
struct SandboxOptions {
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8090;
    QUrl webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/webhook"));
    QString appId;
    QString appSecret;

    //! Parses arguments after the program name; errors name the option at fault.
    static Result<SandboxOptions> parse(const QStringList &arguments);
};

} // namespace Switchboard
