// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/analytics/analyticspage.h"

#include "core/session/workspace.h"
#include "core/store/database.h"
#include "core/sync/replica.h"
#include "ui/models/orderwords.h"
#include "ui/models/productlistmodel.h"
#include "ui/models/replicareader.h"
#include "ui/pages/pageheading.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QSqlQuery>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Switchboard {

namespace {

QChartView *chartView(const QString &name, QWidget *parent) {
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 240);
    view->setChart(new QChart);
    return view;
}

//! An axis from 0 over `top` with whole-number ticks: one a unit for small counts, else nice
//! round steps.
void integerRange(QValueAxis *axis, double top) {
    axis->setLabelFormat(QStringLiteral("%.0f"));
    if (top <= 10) {
        const int units = qMax(1, int(std::ceil(top)));
        axis->setRange(0, units);
        axis->setTickCount(units + 1);
        return;
    }
    axis->setRange(0, top);
    axis->applyNiceNumbers();
}

//! A bar chart of `values` over `categories`; in Hebrew the categories run right to left and
//! the value axis stands on the right. (Qt Charts 6.4 reverses no axis of a bar series, so the
//! bars are laid out mirrored instead.)
void barChart(QChart *chart, const QString &title, const QString &series, QStringList categories,
              QList<double> values, const QColor &color, bool rightToLeft) {
    if (rightToLeft) {
        std::reverse(categories.begin(), categories.end());
        std::reverse(values.begin(), values.end());
    }
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    auto *set = new QBarSet(series);
    set->setColor(color);
    double top = 0;
    for (double value : values) {
        *set << value;
        top = qMax(top, value);
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    // 24 hours or 30 days side by side: a size smaller, so that none is cut short.
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.75);
    x->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    integerRange(y, top);
    chart->addAxis(y, rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    bars->attachAxis(y);
    chart->legend()->hide();
}

} // namespace

AnalyticsPage::AnalyticsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_heading(makePageHeading(this))
    , m_summary(new QLabel(this))
    , m_hourly(chartView(QStringLiteral("ordersPerHour"), this))
    , m_revenue(chartView(QStringLiteral("revenuePerDay"), this))
    , m_products(chartView(QStringLiteral("topProducts"), this))
    , m_response(chartView(QStringLiteral("firstResponse"), this))
    , m_sources(chartView(QStringLiteral("orderSources"), this))
    , m_later(new QTimer(this)) {
    setObjectName(QStringLiteral("AnalyticsPage"));
    m_summary->setObjectName(QStringLiteral("analyticsSummary"));
    m_summary->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(m_hourly, 0, 0);
    grid->addWidget(m_revenue, 0, 1);
    grid->addWidget(m_products, 1, 0);
    grid->addWidget(m_response, 1, 1);
    grid->addWidget(m_sources, 2, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);
    m_later->setSingleShot(true);
    m_later->setInterval(1000);
    connect(m_later, &QTimer::timeout, this, &AnalyticsPage::refresh);
    if (workspace) {
        m_db = ReplicaReader::open(*workspace->replica());
        connect(workspace->replica(), &Replica::changed, this, [this](const ReplicaChange &c) {
            if (!m_read || !isVisible())
                return;
            if (c.upserted.contains(QStringLiteral("order")) ||
                c.upserted.contains(QStringLiteral("message")))
                m_later->start();
        });
    }
    m_heading->setText(tr("Analytics"));
}

AnalyticsPage::~AnalyticsPage() = default;

void AnalyticsPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // Read when first looked at (and when something changed while hidden): an unseen page
    // costs nothing.
    if (!m_read)
        refresh();
}

void AnalyticsPage::refresh() {
    if (!m_db)
        return;
    m_data = AnalyticsData::read(*m_db, QDate::currentDate());
    m_read = true;
    draw();
}

QList<QChart *> AnalyticsPage::charts() const {
    return {m_hourly->chart(), m_revenue->chart(), m_products->chart(), m_response->chart(),
            m_sources->chart()};
}

QString AnalyticsPage::productName(const AnalyticsData::Product &product) const {
    if (layoutDirection() != Qt::RightToLeft || product.id.isEmpty() || !m_workspace)
        return product.name;
    if (auto stored = m_workspace->replica()->record(QStringLiteral("product"), product.id);
        stored && stored->has_value()) {
        const QString hebrew = stored->value().value(QLatin1String("name_he")).toString();
        if (!hebrew.isEmpty())
            return hebrew;
    }
    return product.name;
}

void AnalyticsPage::draw() {
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QLocale locale;
    m_heading->setText(tr("Analytics"));

    QStringList hours;
    QList<double> perHour;
    int today = 0;
    for (int hour = 0; hour < 24; ++hour) {
        hours << QString::number(hour);
        perHour << m_data.ordersByHour.at(hour);
        today += m_data.ordersByHour.at(hour);
    }
    barChart(m_hourly->chart(), tr("Orders per hour today"), tr("Orders"), hours, perHour,
             QColor(0x25, 0x63, 0xeb), rtl);

    QStringList days;
    QList<double> revenue;
    QList<double> response;
    double month = 0;
    for (int day = 0; day < AnalyticsData::days; ++day) {
        const QDate date = m_data.today.addDays(day - (AnalyticsData::days - 1));
        // The day of the month: "4/12" does not fit under a bar of 30 (the title says which).
        days << (date.day() == 1 || day == 0 ? locale.toString(date, QStringLiteral("d/M"))
                                             : locale.toString(date, QStringLiteral("d")));
        revenue << m_data.revenueByDay.at(day);
        month += m_data.revenueByDay.at(day);
        const auto median = m_data.medianResponseByDay.at(day);
        response << (median ? double(*median) / 60.0 : 0.0);
    }
    barChart(m_revenue->chart(),
             tr("Revenue per day, last 30 days (%1)")
                 .arg(m_data.currency.isEmpty() ? tr("no orders") : m_data.currency),
             tr("Revenue"), days, revenue, QColor(0x16, 0xa3, 0x4a), rtl);
    barChart(m_response->chart(), tr("Median first response per day (minutes)"), tr("Minutes"),
             days, response, QColor(0xea, 0x58, 0x0c), rtl);

    QChart *products = m_products->chart();
    products->removeAllSeries();
    for (QAbstractAxis *axis : products->axes())
        products->removeAxis(axis);
    products->setTitle(tr("Products ordered most, last 30 days"));
    auto *set = new QBarSet(tr("Quantity"));
    set->setColor(QColor(0x7c, 0x3a, 0xed));
    QStringList names;
    int most = 0;
    // The list reads from the top: the horizontal bars' first category is at the bottom.
    for (qsizetype i = m_data.topProducts.size() - 1; i >= 0; --i) {
        names << productName(m_data.topProducts.at(i));
        *set << m_data.topProducts.at(i).quantity;
        most = qMax(most, m_data.topProducts.at(i).quantity);
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    products->addSeries(bars);
    auto *names_ = new QBarCategoryAxis;
    names_->append(names);
    products->addAxis(names_, rtl ? Qt::AlignRight : Qt::AlignLeft);
    bars->attachAxis(names_);
    auto *quantity = new QValueAxis;
    integerRange(quantity, most);
    products->addAxis(quantity, Qt::AlignBottom);
    bars->attachAxis(quantity);
    products->legend()->hide();

    QChart *sources = m_sources->chart();
    sources->removeAllSeries();
    sources->setTitle(tr("Orders by source, last 30 days"));
    auto *pie = new QPieSeries;
    int orders = 0;
    for (auto it = m_data.ordersBySource.cbegin(); it != m_data.ordersBySource.cend(); ++it) {
        QPieSlice *slice = pie->append(
            tr("%1: %2").arg(OrderWords::sourceName(it.key())).arg(it.value()), it.value());
        slice->setLabelVisible(true);
        orders += it.value();
    }
    sources->addSeries(pie);
    sources->legend()->setAlignment(rtl ? Qt::AlignLeft : Qt::AlignRight);

    m_summary->setText(
        orders == 0
            ? tr("No orders in the last 30 days yet: the charts fill in as customers order on "
                 "WhatsApp.")
            : tr("%1 orders today; %2 orders and %3 in the last 30 days.")
                  .arg(today)
                  .arg(orders)
                  .arg(ProductListModel::priceText(month, m_data.currency)));
    for (QChartView *view : {m_hourly, m_revenue, m_products, m_response, m_sources})
        view->setAccessibleName(view->chart()->title());
}

void AnalyticsPage::changeEvent(QEvent *event) {
    if ((event->type() == QEvent::LanguageChange ||
         event->type() == QEvent::LayoutDirectionChange) &&
        m_read)
        draw();
    QWidget::changeEvent(event);
}

} // namespace Switchboard
