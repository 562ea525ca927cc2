// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/teammember.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace Switchboard {

//! Who wrote a message: the customer (inbound), the business (outbound), or a member of the team
//! for the team only (internal: a note, never sent to Meta).
enum class MessageDirection { Inbound, Outbound, Internal };

//! The kind of content, exactly the contract's list. A referral (a click-to-WhatsApp ad) is not a
//! type of its own: it arrives on a text message and stays in Message::raw.
enum class MessageType {
    Text,
    Image,
    Audio,
    Video,
    Document,
    Sticker,
    Location,
    Contacts,
    Interactive,
    Button,
    Reaction,
    Order,
    System,
    Unsupported,
    Note, //!< an internal note of the team (direction Internal, status Saved)
};

//! The "ticks". Inbound messages are Received; outbound ones go Queued → Sent → Delivered → Read,
//! or end Failed. An internal note is Saved, and stays so.
enum class MessageStatus { Received, Queued, Sent, Delivered, Read, Failed, Saved };

//! One WhatsApp message as the relay stores it and syncs it to consoles (contract: Message).
//! Content Meta shapes in ways the console only displays (location, interactive, order) stays as
//! Meta's JSON; an empty QJsonObject, or an empty optional, is JSON null.
struct Message {
    //! An attachment of an image, audio, video, document or sticker message.
    struct Media {
        QString id;
        QString mimeType;
        QString sha256;
        QString filename;
        QString caption;

        bool operator==(const Media &) const = default;
    };

    //! A reaction message: emoji on the message messageId; an empty emoji removes the reaction.
    struct Reaction {
        QString messageId;
        QString emoji;

        bool operator==(const Reaction &) const = default;
    };

    //! What a message replies to (messageId) or that it was forwarded.
    struct Context {
        QString messageId;
        bool forwarded = false;

        bool operator==(const Context &) const = default;
    };

    //! Why a message failed. code is Meta's numeric code as text ("131047") or one of the relay's
    //! snake_case codes ("outside_service_window").
    struct MessageError {
        QString code;
        QString title;
        QString message;

        bool operator==(const MessageError &) const = default;
    };

    QString id;             //!< the relay's id; required
    QString wamid;          //!< Meta's id; empty until Meta accepted an outbound message
    QString conversationId; //!< required
    QString customerId;     //!< required
    MessageDirection direction = MessageDirection::Inbound; //!< required
    MessageType type = MessageType::Text;                   //!< required
    QString text;                                           //!< body of a text message
    std::optional<Media> media;
    QJsonObject location;
    QJsonObject interactive;
    std::optional<Reaction> reaction;
    QJsonObject order;
    std::optional<Context> context;
    MessageStatus status = MessageStatus::Received; //!< required
    std::optional<MessageError> error;
    QDateTime timestamp; //!< required; when the message was sent (UTC)
    QJsonObject raw;     //!< the original Meta object, for what the record does not model
    //! Who of the team wrote it: the sender of an outbound message sent from a console, the
    //! writer of a note; empty for customers' messages and for ones sent outside the relay.
    std::optional<TeamMember> author;

    bool operator==(const Message &) const = default;
};

QString toString(MessageDirection direction);
std::optional<MessageDirection> parseMessageDirection(QStringView text);
QString toString(MessageType type);
std::optional<MessageType> parseMessageType(QStringView text);
QString toString(MessageStatus status);
std::optional<MessageStatus> parseMessageStatus(QStringView text);

//! Orders statuses so ingest can move ticks forward only: Received 0 < Queued 1 < Sent 2 <
//! Delivered 3 < Failed 4 < Read 5 (Saved, a note's, is 0: nothing moves it). A message keeps the
//! highest-ranked status ever reported, so the outcome is the same whatever order Meta's webhooks
//! (and their retries) arrive in. Failed beats sent and delivered; read beats everything, because a
//! message the customer read did reach them: a failed after read does not regress it, and a read
//! after failed corrects it.
int statusRank(MessageStatus status);

//! Whether a report of next should replace current: statusRank(next) > statusRank(current).
bool advancesStatus(MessageStatus current, MessageStatus next);

QJsonObject toJson(const Message &message);
Result<Message> messageFromJson(const QJsonObject &json);

} // namespace Switchboard
