// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/signup/signupdialog.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

namespace {

GraphReply resource(const QString &path, const QByteArray &contentType) {
    QFile file(path);
    GraphReply reply;
    if (!file.open(QIODevice::ReadOnly)) {
        reply.status = 500;
        reply.contentType = "text/plain";
        reply.body = "sandbox resource missing";
        return reply;
    }
    reply.contentType = contentType;
    reply.body = file.readAll();
    reply.headers.append(
        qMakePair(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")));
    return reply;
}

} // namespace

std::optional<GraphReply> SignupDialog::serve(const GraphRequest &request) {
    if (request.method != u"GET"_s)
        return std::nullopt;
    const QString path = request.path;
    if (path == u"/sdk.js"_s || path == u"/en_US/sdk.js"_s)
        return resource(u":/sandbox/web/sdk.js"_s, "application/javascript; charset=utf-8");
    if (request.segments == QStringList{u"dialog"_s, u"oauth"_s})
        return resource(u":/sandbox/web/dialog.html"_s, "text/html; charset=utf-8");
    return std::nullopt;
}

} // namespace Switchboard::Sandbox
