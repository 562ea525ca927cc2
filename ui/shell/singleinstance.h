// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace Switchboard {

//! One console per data folder: the first start listens on a local socket; a second start finds
//! it, asks it to raise its window, and ends. Keyed on the data folder (two consoles on one
//! replica would fight over it; tests with their own folders run side by side).
class SingleInstance : public QObject {
    Q_OBJECT
public:
    //! `dataDirectory` names the instance; the socket lives in the runtime folder.
    explicit SingleInstance(const QString &dataDirectory, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! True when this process is the console of the folder (it now listens); false when another
    //! one answered and was asked to raise its window.
    bool claim();
    QString socketPath() const { return m_path; }

Q_SIGNALS:
    //! A second start asked this one to show itself.
    void raiseRequested();

private:
    QString m_path;
    QLocalServer *m_server = nullptr;
};

} // namespace Switchboard
