// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Switchboard::Sandbox {

//! A multipart/form-data body taken apart (RFC 7578), for media uploads. QtHttpServer 6.4 has
//! no parser of its own.
class MultipartForm {
public:
    struct Part {
        QString name;
        QString filename;
        QByteArray contentType;
        QByteArray data;
    };

    //! The parts, or nothing when the content type has no boundary or the body is malformed.
    static std::optional<MultipartForm> parse(const QByteArray &contentType,
                                              const QByteArray &body);
    const Part *part(const QString &name) const;
    const QList<Part> &parts() const { return m_parts; }

private:
    QList<Part> m_parts;
};

} // namespace Switchboard::Sandbox
