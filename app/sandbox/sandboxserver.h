// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/sandboxoptions.h"
#include "core/result.h"

#include <QHttpServer>
#include <QObject>

namespace Switchboard {

//! Serves the sandbox: its health route now; the fake Graph API, signup dialog and customer
//! control API are added route by route.
class SandboxServer : public QObject {
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);

    Result<quint16> listen();

private:
    SandboxOptions m_options;
    QHttpServer m_http;
};

} // namespace Switchboard
