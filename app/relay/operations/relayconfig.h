// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>

namespace Switchboard {

//! The relay's settings (relay contract, "Configuration"): from the environment, or an INI file
//! given with --config (section [relay], key = variable name without SWITCHBOARD_, lower case).
//! The environment wins. Secrets stay in memory only and never appear in describe().
struct RelayConfig {
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString database;
    QString masterKeyFile;
    QString appId;
    QString appSecret;
    QString verifyToken;
    QString signupConfigId;
    //! Where the signup page loads Meta's JavaScript SDK from (the sandbox's shim in demo and
    //! tests): SWITCHBOARD_SIGNUP_SDK_URL, an addition to the contract's settings.
    QString signupSdkUrl = QStringLiteral("https://connect.facebook.net/en_US/sdk.js");
    QString graphUrl = QStringLiteral("https://graph.facebook.com");
    QString graphVersion = QStringLiteral("v25.0");
    qint64 maxBody = 4 * 1024 * 1024;
    //! How long a request may take to arrive, and an idle HTTP connection stays open. Not a
    //! setting of the contract; tests shorten it.
    int requestTimeoutMs = 30000;
    //! How often connected numbers' quality, tier and name status are read from Meta
    //! (SWITCHBOARD_HEALTH_CHECK_SECONDS, an addition to the contract; 0 turns it off).
    int healthCheckSeconds = 900;
    //! Where downloaded media is kept for the consoles, and how much of it
    //! (SWITCHBOARD_MEDIA_CACHE_DIR, SWITCHBOARD_MEDIA_CACHE_MB, default 512; additions to the
    //! contract). Empty: media-cache/ beside the master key, which is beside a SQLite database.
    QString mediaCacheDir;
    QString mediaCacheLocation() const;
    qint64 mediaCacheBytes = qint64(512) * 1024 * 1024;

    enum class Purpose { Admin, Serve };

    //! Reads and validates. For Purpose::Serve the Meta app settings are required. Errors carry
    //! the setting's variable name in `code` and one line for the operator in `message`.
    static Result<RelayConfig> load(const QProcessEnvironment &environment,
                                    const QString &iniPath = {}, Purpose purpose = Purpose::Serve);

    //! A line for the start-up log: every setting, with secrets replaced by "set"/"missing".
    QString describe() const;
};

} // namespace Switchboard
