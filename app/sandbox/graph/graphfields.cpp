// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/graph/graphfields.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Switchboard::Sandbox {

namespace {

QString cursor(qsizetype index) {
    return QString::fromLatin1(
        QByteArray("sbx:" + QByteArray::number(index))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qsizetype fromCursor(const QString &text) {
    const QByteArray raw = QByteArray::fromBase64(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return raw.startsWith("sbx:") ? raw.mid(4).toLongLong() : -1;
}

} // namespace

std::variant<QJsonObject, GraphError> GraphFields::select(const QJsonObject &all,
                                                          const QStringList &defaults,
                                                          const GraphRequest &request,
                                                          const QString &nodeType) {
    QStringList wanted = defaults;
    const QString fields = request.text(u"fields"_s);
    if (!fields.isEmpty()) {
        wanted.clear();
        int depth = 0;
        QString current;
        for (const QChar c : fields) {
            if (c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char('}'))
                --depth;
            else if (c == QLatin1Char(',') && depth == 0) {
                wanted.append(current);
                current.clear();
                continue;
            }
            current.append(c);
        }
        wanted.append(current);
    }
    QJsonObject selected;
    for (QString field : std::as_const(wanted)) {
        field = field.section(QLatin1Char('{'), 0, 0).section(QLatin1Char('.'), 0, 0).trimmed();
        if (field.isEmpty())
            continue;
        if (!all.contains(field))
            return GraphError::nonexistingField(field, nodeType);
        selected.insert(field, all.value(field));
    }
    selected.insert(u"id"_s, all.value(u"id"_s));
    return selected;
}

QJsonObject GraphFields::page(const QList<QJsonObject> &items, const GraphRequest &request) {
    bool ok = false;
    int limit = request.text(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0)
        limit = 25;
    qsizetype start = 0;
    if (const QString after = request.text(u"after"_s); !after.isEmpty())
        start = std::max<qsizetype>(0, fromCursor(after) + 1);
    const qsizetype end = std::min<qsizetype>(items.size(), start + limit);
    QJsonArray data;
    for (qsizetype i = start; i < end; ++i)
        data.append(items.at(i));
    QJsonObject result{{u"data"_s, data}};
    if (end > start) {
        QJsonObject paging{{u"cursors"_s, QJsonObject{{u"before"_s, cursor(start)},
                                                      {u"after"_s, cursor(end - 1)}}}};
        if (end < items.size()) {
            QUrlQuery next = request.query;
            next.removeAllQueryItems(u"after"_s);
            next.addQueryItem(u"after"_s, cursor(end - 1));
            next.removeAllQueryItems(u"limit"_s);
            next.addQueryItem(u"limit"_s, QString::number(limit));
            next.removeAllQueryItems(u"access_token"_s);
            paging.insert(u"next"_s, QString(request.baseUrl + request.path + QLatin1Char('?') +
                                             next.toString(QUrl::FullyEncoded)));
        }
        result.insert(u"paging"_s, paging);
    }
    return result;
}

} // namespace Switchboard::Sandbox
