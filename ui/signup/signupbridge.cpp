// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signup/signupbridge_p.h"

#include "core/logging.h"

#include <QJsonDocument>

namespace Switchboard {

void SignupBridge::report(const QString &json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    const QString step = document.object().value(QStringLiteral("step")).toString();
    if (error.error != QJsonParseError::NoError || step.isEmpty()) {
        qCWarning(Log::uiSignup) << "the signup page reported something that is not a step";
        return;
    }
    QJsonObject detail = document.object().value(QStringLiteral("detail")).toObject();
    detail.remove(QStringLiteral("code"));
    qCInfo(Log::uiSignup) << "step" << step;
    Q_EMIT reported(step, detail);
}

} // namespace Switchboard
