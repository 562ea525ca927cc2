// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/graph/graphrequest.h"

#include <QJsonObject>
#include <QList>

#include <variant>

namespace Switchboard::Sandbox {

//! Graph's `?fields=` selection and list paging (reference §0), shared by every node and edge.
class GraphFields {
public:
    //! `all` reduced to the requested fields (or `defaults` without ?fields=); `id` is always
    //! kept. An unknown field is Meta's error 100.
    static std::variant<QJsonObject, GraphError> select(const QJsonObject &all,
                                                        const QStringList &defaults,
                                                        const GraphRequest &request,
                                                        const QString &nodeType);
    //! {"data":[…], "paging":{"cursors":{before,after}, next?}} honouring limit= and after=.
    static QJsonObject page(const QList<QJsonObject> &items, const GraphRequest &request);
};

} // namespace Switchboard::Sandbox
