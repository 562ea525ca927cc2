// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/graph/multipartform.h"

namespace Switchboard::Sandbox {

namespace {

QByteArray parameter(const QByteArray &header, const QByteArray &name) {
    for (QByteArray item : header.split(';')) {
        item = item.trimmed();
        if (!item.toLower().startsWith(QByteArray(name + '=')))
            continue;
        QByteArray value = item.mid(name.size() + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

} // namespace

std::optional<MultipartForm> MultipartForm::parse(const QByteArray &contentType,
                                                  const QByteArray &body) {
    if (!contentType.toLower().startsWith("multipart/form-data"))
        return std::nullopt;
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    MultipartForm form;
    qsizetype position = body.indexOf(delimiter);
    if (position < 0)
        return std::nullopt;
    while (true) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            break;
        if (body.mid(position, 2) != "\r\n")
            return std::nullopt;
        position += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position);
        if (headersEnd < 0)
            return std::nullopt;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headersEnd + 4);
        if (next < 0)
            return std::nullopt;
        Part part;
        for (const QByteArray &line : body.mid(position, headersEnd - position).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            const qsizetype colon = trimmed.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = trimmed.left(colon).trimmed().toLower();
            const QByteArray value = trimmed.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = QString::fromUtf8(parameter(value, "name"));
                part.filename = QString::fromUtf8(parameter(value, "filename"));
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        part.data = body.mid(headersEnd + 4, next - headersEnd - 4);
        form.m_parts.append(part);
        position = next + 2;
    }
    return form;
}

const MultipartForm::Part *MultipartForm::part(const QString &name) const {
    for (const Part &part : m_parts)
        if (part.name == name)
            return &part;
    return nullptr;
}

} // namespace Switchboard::Sandbox
