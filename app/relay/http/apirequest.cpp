// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/relay/http/apirequest.h"

namespace Switchboard {

ApiRequest::ApiRequest(const QHttpServerRequest &request)
    : m_url(request.url())
    , m_body(request.body())
    , m_remoteAddress(request.remoteAddress()) {
    const auto headers = request.headers();
    m_headers.reserve(headers.size());
    for (const auto &[name, value] : headers)
        m_headers.insert(name.toLower(), value);
}

} // namespace Switchboard
