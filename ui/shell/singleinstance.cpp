// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/singleinstance.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace Switchboard {

namespace {
const QByteArray raiseCommand = QByteArrayLiteral("raise\n");
}

SingleInstance::SingleInstance(const QString &dataDirectory, QObject *parent)
    : QObject(parent) {
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    const QByteArray key = QCryptographicHash::hash(QDir(dataDirectory).absolutePath().toUtf8(),
                                                    QCryptographicHash::Sha256)
                               .toHex()
                               .left(12);
    m_path = runtime + QStringLiteral("/switchboard-") + QString::fromLatin1(key);
}

SingleInstance::~SingleInstance() {
    if (m_server)
        m_server->close();
}

bool SingleInstance::claim() {
    {
        QLocalSocket other;
        other.connectToServer(m_path);
        if (other.waitForConnected(500)) {
            other.write(raiseCommand);
            other.waitForBytesWritten(500);
            other.disconnectFromServer();
            return false;
        }
    }
    // Nobody answered: a socket file left by a killed console is stale.
    QLocalServer::removeServer(m_path);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_path)) {
        qCWarning(Log::console) << "cannot listen for a second start:" << m_server->errorString();
        return true; // run anyway: a console that cannot be raised beats none
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains(raiseCommand))
                    Q_EMIT raiseRequested();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return true;
}

} // namespace Switchboard
