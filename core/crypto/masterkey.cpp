// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/masterkey.h"

#include "core/crypto/random.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Switchboard {

namespace {

constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;

QString systemError(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

Result<QByteArray> decode(QByteArrayView text, const QString &origin) {
    auto decoded = QByteArray::fromBase64Encoding(text.trimmed().toByteArray(),
                                                  QByteArray::Base64Encoding |
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.trimmed().isEmpty())
        return Error{QStringLiteral("bad_key_encoding"),
                     QStringLiteral("%1 is not base64 text; generate a key with "
                                    "`openssl rand -base64 32`.")
                         .arg(origin)};
    if (decoded.decoded.size() != MasterKey::Size)
        return Error{QStringLiteral("wrong_key_length"),
                     QStringLiteral("%1 decodes to %2 bytes; a master key is %3 bytes.")
                         .arg(origin)
                         .arg(decoded.decoded.size())
                         .arg(MasterKey::Size)};
    return decoded.decoded;
}

// Makes a rename/link into dir durable.
void syncDirectory(const QString &dir) {
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Error exists(const QString &path) {
    return Error{QStringLiteral("key_file_exists"),
                 QStringLiteral("%1 already exists; a master key is never overwritten.").arg(path)};
}

} // namespace

Result<QByteArray> MasterKey::load(const QString &path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error{QStringLiteral("key_file_missing"),
                     QStringLiteral("The master key file %1 does not exist.").arg(path)};
    if (info.permissions() & GroupOrOther)
        return Error{QStringLiteral("insecure_key_file_mode"),
                     QStringLiteral("The master key file %1 is accessible to other users; run "
                                    "`chmod 600 %1`.")
                         .arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("key_file_unreadable"),
                     QStringLiteral("Cannot read the master key file %1: %2.")
                         .arg(path, file.errorString())};
    // A key file is one line; refuse to slurp something huge by mistake.
    const QByteArray text = file.read(4096);
    return decode(text, QStringLiteral("The master key file %1").arg(path));
}

Result<QByteArray> MasterKey::create(const QString &path) {
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return exists(path);
    const QString dir = info.absolutePath();
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir))
            return Error{QStringLiteral("key_directory_failed"),
                         QStringLiteral("Cannot create the directory %1.").arg(dir)};
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
    }

    auto key = randomBytes(Size);
    if (!key)
        return key.error();

    // Write a private temporary file beside the target, then link it into place: link() fails
    // if the target appeared meanwhile, so nothing is ever replaced or half-written.
    QTemporaryFile temp(dir + QStringLiteral("/.masterkey-XXXXXX"));
    const auto writeFailed = [&](const QString &reason) {
        return Error{QStringLiteral("key_file_write_failed"),
                     QStringLiteral("Cannot write the master key file %1: %2.").arg(path, reason)};
    };
    if (!temp.open())
        return writeFailed(temp.errorString());
    if (!temp.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return writeFailed(temp.errorString());
    const QByteArray text = key->toBase64() + '\n';
    if (temp.write(text) != text.size() || !temp.flush())
        return writeFailed(temp.errorString());
    if (::fsync(temp.handle()) != 0)
        return writeFailed(systemError(errno));

    if (::link(QFile::encodeName(temp.fileName()).constData(),
               QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        const int error = errno;
        if (error == EEXIST)
            return exists(path);
        return writeFailed(systemError(error));
    }
    temp.close(); // QTemporaryFile removes its own name; the linked key file stays.
    syncDirectory(dir);
    return *key;
}

Result<QByteArray> MasterKey::loadOrCreate(const QString &path) {
    if (QFileInfo(path).exists())
        return load(path);
    auto created = create(path);
    // Another process may have created it between the check and create(): use that one.
    if (!created && created.error().code == QLatin1String("key_file_exists"))
        return load(path);
    return created;
}

Result<QByteArray> MasterKey::fromEnvironmentValue(QByteArrayView base64) {
    return decode(base64, QStringLiteral("The master key value"));
}

} // namespace Switchboard
