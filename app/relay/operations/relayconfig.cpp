// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/operations/relayconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace Switchboard {

namespace {

//! Looks a setting up in the environment first, then in the INI file.
class SettingSource {
public:
    SettingSource(const QProcessEnvironment &environment, QSettings *ini)
        : m_environment(environment)
        , m_ini(ini) {}

    std::optional<QString> value(const QString &name) const {
        const QString variable = QStringLiteral("SWITCHBOARD_") + name;
        if (m_environment.contains(variable))
            return m_environment.value(variable);
        const QString key = QStringLiteral("relay/") + name.toLower();
        if (m_ini && m_ini->contains(key))
            return m_ini->value(key).toString();
        return std::nullopt;
    }

private:
    const QProcessEnvironment &m_environment;
    QSettings *m_ini;
};

Error invalid(const QString &name, const QString &message) {
    return Error{QStringLiteral("SWITCHBOARD_") + name,
                 QStringLiteral("SWITCHBOARD_") + name + QStringLiteral(": ") + message};
}

QString defaultDatabase(const QProcessEnvironment &environment) {
    QString dataHome = environment.value(QStringLiteral("XDG_DATA_HOME"));
    if (dataHome.isEmpty())
        dataHome = environment.value(QStringLiteral("HOME"), QDir::homePath()) +
                   QStringLiteral("/.local/share");
    return dataHome + QStringLiteral("/switchboard/relay.sqlite");
}

} // namespace

Result<RelayConfig> RelayConfig::load(const QProcessEnvironment &environment,
                                      const QString &iniPath, Purpose purpose) {
    std::unique_ptr<QSettings> ini;
    if (!iniPath.isEmpty()) {
        if (!QFileInfo(iniPath).isReadable())
            return Error{QStringLiteral("config_file"),
                         QStringLiteral("--config: cannot read %1").arg(iniPath)};
        ini = std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
        if (ini->status() != QSettings::NoError)
            return Error{QStringLiteral("config_file"),
                         QStringLiteral("--config: %1 is not a valid INI file").arg(iniPath)};
    }
    const SettingSource source(environment, ini.get());
    RelayConfig config;

    if (auto listen = source.value(QStringLiteral("LISTEN"))) {
        static const QRegularExpression pattern(QStringLiteral("^\\[?([^\\]]*)\\]?:(\\d{1,5})$"));
        const auto match = pattern.match(listen->trimmed());
        const QHostAddress address(match.captured(1));
        const int port = match.captured(2).toInt();
        if (!match.hasMatch() || address.isNull() || port > 65535)
            return invalid(QStringLiteral("LISTEN"),
                           QStringLiteral("expected ADDRESS:PORT such as 127.0.0.1:8080, got '%1'")
                               .arg(*listen));
        config.listenAddress = address;
        config.listenPort = quint16(port);
    }

    config.database =
        source.value(QStringLiteral("DATABASE")).value_or(defaultDatabase(environment));
    if (config.database.trimmed().isEmpty())
        return invalid(QStringLiteral("DATABASE"), QStringLiteral("is empty"));

    config.masterKeyFile = source.value(QStringLiteral("MASTER_KEY_FILE")).value_or(QString());
    if (config.masterKeyFile.isEmpty()) {
        if (config.database.contains(QLatin1String("://")))
            config.masterKeyFile = defaultDatabase(environment).section(QLatin1Char('/'), 0, -2) +
                                   QStringLiteral("/master.key");
        else
            config.masterKeyFile =
                QFileInfo(config.database).absolutePath() + QStringLiteral("/master.key");
    }

    config.appId = source.value(QStringLiteral("APP_ID")).value_or(QString());
    config.appSecret = source.value(QStringLiteral("APP_SECRET")).value_or(QString());
    config.verifyToken = source.value(QStringLiteral("VERIFY_TOKEN")).value_or(QString());
    config.signupConfigId = source.value(QStringLiteral("SIGNUP_CONFIG_ID")).value_or(QString());
    config.signupSdkUrl =
        source.value(QStringLiteral("SIGNUP_SDK_URL")).value_or(config.signupSdkUrl);

    if (auto graph = source.value(QStringLiteral("GRAPH_URL"))) {
        const QUrl url(*graph, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            return invalid(QStringLiteral("GRAPH_URL"),
                           QStringLiteral("expected an http(s) URL, got '%1'").arg(*graph));
        config.graphUrl = graph->endsWith(QLatin1Char('/')) ? graph->chopped(1) : *graph;
    }
    if (auto version = source.value(QStringLiteral("GRAPH_VERSION"))) {
        static const QRegularExpression pattern(QStringLiteral("^v\\d+\\.\\d+$"));
        if (!pattern.match(*version).hasMatch())
            return invalid(QStringLiteral("GRAPH_VERSION"),
                           QStringLiteral("expected vNN.N such as v25.0, got '%1'").arg(*version));
        config.graphVersion = *version;
    }
    if (auto maxBody = source.value(QStringLiteral("MAX_BODY"))) {
        bool ok = false;
        const qint64 value = maxBody->toLongLong(&ok);
        if (!ok || value < 1024 || value > qint64(1) << 30)
            return invalid(QStringLiteral("MAX_BODY"),
                           QStringLiteral("expected a byte count between 1024 and 1073741824, "
                                          "got '%1'")
                               .arg(*maxBody));
        config.maxBody = value;
    }
    if (auto health = source.value(QStringLiteral("HEALTH_CHECK_SECONDS"))) {
        bool ok = false;
        const int value = health->toInt(&ok);
        if (!ok || value < 0 || value > 7 * 24 * 3600)
            return invalid(QStringLiteral("HEALTH_CHECK_SECONDS"),
                           QStringLiteral("expected seconds between 0 (off) and 604800, got '%1'")
                               .arg(*health));
        config.healthCheckSeconds = value;
    }

    config.mediaCacheDir = source.value(QStringLiteral("MEDIA_CACHE_DIR")).value_or(QString());
    if (auto megabytes = source.value(QStringLiteral("MEDIA_CACHE_MB"))) {
        bool ok = false;
        const qint64 value = megabytes->toLongLong(&ok);
        if (!ok || value < 0 || value > 1024 * 1024)
            return invalid(QStringLiteral("MEDIA_CACHE_MB"),
                           QStringLiteral("expected megabytes between 0 (no cache) and 1048576, "
                                          "got '%1'")
                               .arg(*megabytes));
        config.mediaCacheBytes = value * 1024 * 1024;
    }

    if (purpose == Purpose::Serve) {
        const std::pair<const char *, const QString *> required[] = {
            {"APP_ID", &config.appId},
            {"APP_SECRET", &config.appSecret},
            {"VERIFY_TOKEN", &config.verifyToken},
        };
        for (const auto &[name, value] : required) {
            if (value->isEmpty())
                return invalid(QLatin1String(name),
                               QStringLiteral("is required to serve (set it in the environment or "
                                              "the [relay] section of --config)"));
        }
    }
    return config;
}

QString RelayConfig::mediaCacheLocation() const {
    return mediaCacheDir.isEmpty()
               ? QFileInfo(masterKeyFile).absolutePath() + QStringLiteral("/media-cache")
               : mediaCacheDir;
}

QString RelayConfig::describe() const {
    auto secret = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("missing") : QStringLiteral("set");
    };
    return QStringLiteral("listen=%1:%2 graph=%3/%4 app_id=%5 app_secret=%6 verify_token=%7 "
                          "max_body=%8")
        .arg(listenAddress.toString())
        .arg(listenPort)
        .arg(graphUrl, graphVersion, appId, secret(appSecret), secret(verifyToken))
        .arg(maxBody);
}

} // namespace Switchboard
