// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Switchboard {

//! How a message reads in words, in the console's language: the one place that turns a message
//! record (relay contract) into the text of a preview, a screen reader's description, a tick's
//! name or a failure's reason. The inbox, the chat view and notifications all use it.
class MessageWords {
    Q_DECLARE_TR_FUNCTIONS(Switchboard::MessageWords)

public:
    //! The message's own text: the body, the media's caption, the reply's title.
    static QString text(const QJsonObject &message);
    //! A one-line summary: the text, or what the message is ("Photo: caption", "Voice message",
    //! "Location: Herzl 15", "Order: 3 items", …).
    static QString summary(const QJsonObject &message);
    //! What a message type is called ("Photo", "Document", …).
    static QString typeName(const QString &type);
    //! An outbound status in words ("Sent", "Read", "Waiting to send", …).
    static QString status(const QString &status);
    //! Why a message failed, in words, with what to do; empty when it did not fail.
    static QString error(const QJsonObject &message);
    //! Meta's error code in words (meta-platform.md 7.2); empty for a code not known here.
    static QString metaError(int code);
    //! The contact cards of a contacts message (kept in its raw Meta object by the relay).
    static QJsonArray contacts(const QJsonObject &message);
    //! A byte count as people read it ("2.4 MB").
    static QString size(qint64 bytes);
};

} // namespace Switchboard
