// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/analytics/analyticsdata.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QLabel;
class QTimer;

namespace Switchboard {

class Database;
class Workspace;

//! The Analytics page (Qt Charts): orders per hour today, revenue per day over 30 days, the
//! products ordered most, the median first response time per day and the orders by source,
//! read from the replica when the page is shown and again (a second later) when orders or
//! messages change while it is. In a right-to-left language the charts mirror: time runs from
//! right to left with the value axis on the right, and the product names stand on the right.
class AnalyticsPage : public QWidget {
    Q_OBJECT
public:
    AnalyticsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~AnalyticsPage() override;

    //! Reads the replica and redraws every chart now.
    void refresh();
    const AnalyticsData &data() const { return m_data; }
    QList<QChart *> charts() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void draw();
    QString productName(const AnalyticsData::Product &product) const;

    QPointer<Workspace> m_workspace;
    std::unique_ptr<Database> m_db;
    AnalyticsData m_data;
    bool m_read = false;
    QLabel *m_heading;
    QLabel *m_summary;
    QChartView *m_hourly;
    QChartView *m_revenue;
    QChartView *m_products;
    QChartView *m_response;
    QChartView *m_sources;
    QTimer *m_later;
};

} // namespace Switchboard
