// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/graph/graphrequest.h"

namespace Switchboard::Sandbox {

class GraphAccess;
class SandboxState;
struct Media;
struct PhoneNumber;

//! Media (reference §4): multipart upload to a number, GET /{media_id} for a 5-minute signed
//! URL with mime_type, sha256 and file_size, the download of that URL with the bearer token,
//! and DELETE. Types and size limits are Meta's (§4.5); anything else is 131053.
class MediaApi {
public:
    MediaApi(SandboxState &state, GraphAccess &access);

    GraphReply upload(const GraphRequest &request, const PhoneNumber &number);
    GraphReply get(const GraphRequest &request, const Media &media);
    GraphReply remove(const GraphRequest &request, const Media &media);
    //! GET /whatsapp_business/attachments/?mid&ext&hash
    GraphReply download(const GraphRequest &request);

private:
    std::optional<GraphError> authorize(const GraphRequest &request, const Media &media);

    SandboxState &m_state;
    GraphAccess &m_access;
};

} // namespace Switchboard::Sandbox
