// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Switchboard {

//! Turns SIGTERM and SIGINT into a Qt signal delivered on the event loop (self-pipe), so services
//! can finish in-flight work before quitting instead of dying inside a signal handler.
//! One instance per process.
class ShutdownSignal : public QObject {
    Q_OBJECT

public:
    explicit ShutdownSignal(QObject *parent = nullptr);
    ~ShutdownSignal() override;

Q_SIGNALS:
    void requested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Switchboard
