// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Switchboard {

namespace {

const char *levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void writeJson(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const QJsonObject record{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"), QLatin1String(levelName(type))},
        {QStringLiteral("category"),
         QLatin1String(context.category ? context.category : "default")},
        {QStringLiteral("message"), message},
    };
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

bool installLogFormat(const QProcessEnvironment &environment) {
    const QString format = environment.value(QStringLiteral("SWITCHBOARD_LOG_FORMAT"));
    if (format.isEmpty() || format == QLatin1String("text"))
        return true;
    if (format != QLatin1String("json"))
        return false;
    qInstallMessageHandler(writeJson);
    return true;
}

} // namespace Switchboard
