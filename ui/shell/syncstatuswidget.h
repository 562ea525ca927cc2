// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace Switchboard {

class SyncEngine;

//! The status bar's account of the relay: the sync state in words (live, catching up with the
//! count and a progress bar, reconnecting in n s, offline since a time with the reason, signed
//! out), the open business, and the number's quality rating in words and its colour. Every part
//! is a label, so a screen reader reads the same sentence a person sees.
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    //! The engine to follow; nullptr while nobody is signed in.
    void setEngine(SyncEngine *engine);
    void setBusiness(const QString &name);
    //! Meta's rating (GREEN, YELLOW, RED, UNKNOWN); empty hides it (no number connected).
    void setQualityRating(const QString &rating);

    //! The sync state as shown, for tests and the tray's tooltip.
    QString stateText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    QPointer<SyncEngine> m_engine;
    QLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_business;
    QLabel *m_quality;
    QString m_businessName;
    QString m_rating;
};

} // namespace Switchboard
