// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/state/sandboxids.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Switchboard::Sandbox {

namespace {

QString randomText(int length, QLatin1StringView alphabet) {
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(
            QLatin1Char(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())))));
    return text;
}

QByteArray randomBytes(int count) {
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

const QLatin1StringView alnum("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

} // namespace

QString SandboxIds::numericId(int digits) {
    return randomText(1, QLatin1StringView("123456789")) +
           randomText(digits - 1, QLatin1StringView("0123456789"));
}

QString SandboxIds::wamid() {
    return QStringLiteral("wamid.HBgL") + QString::fromLatin1(randomBytes(30).toBase64());
}

QString SandboxIds::accessToken() {
    return QStringLiteral("EAA") + randomText(177, alnum);
}

QString SandboxIds::signupCode() {
    return QStringLiteral("AQ") + randomText(62, alnum);
}

QString SandboxIds::fbtraceId() {
    return QString::fromLatin1(
        randomBytes(17).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SandboxIds::hexSha256(const QByteArray &data) {
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace Switchboard::Sandbox
