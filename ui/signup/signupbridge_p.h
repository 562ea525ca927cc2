// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace Switchboard {

//! The object the relay's /signup page sees as `signup` on its QWebChannel. The page calls
//! report(json) with `{"step", "detail"}` for every step; anything else is ignored, so a page
//! cannot make the console do more than show progress.
class SignupBridge : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    //! Called from the page. `detail` is an object or null; a "code" in it is dropped (the page
    //! sends it to the relay itself; the console has no use for it).
    Q_INVOKABLE void report(const QString &json);

Q_SIGNALS:
    void reported(const QString &step, const QJsonObject &detail);
};

} // namespace Switchboard
