// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/visionchart.h"

#include "core/model/types.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QJsonObject>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace storyloom {

namespace {

/** What the chart counts: the key of VisionLog::counts() and how a kind of it reads. */
enum class Measure { Entities, PainPoints, Goals };

QString kindName(Measure measure, const QString &key)
{
    switch (measure) {
    case Measure::Entities:
        if (const std::optional<EntityType> type = entityTypeFromString(key))
            return pluralDisplayName(*type);
        break;
    case Measure::PainPoints:
        return key == QLatin1StringView("addressed") ? VisionChart::tr("Addressed") : VisionChart::tr("Not addressed");
    case Measure::Goals:
        if (const std::optional<GoalState> state = goalStateFromString(key))
            return displayName(*state);
        return VisionChart::tr("No state");
    }
    return key;
}

QString measureKey(Measure measure)
{
    switch (measure) {
    case Measure::Entities:
        return QStringLiteral("entities");
    case Measure::PainPoints:
        return QStringLiteral("pain_points");
    case Measure::Goals:
        break;
    }
    return QStringLiteral("goals");
}

} // namespace

VisionChart::VisionChart(QWidget *parent)
    : QWidget(parent)
    , m_measure(new QComboBox(this))
    , m_view(new QChartView(this))
{
    m_measure->setObjectName(QStringLiteral("visionChartMeasure"));
    m_measure->setAccessibleName(tr("What the chart shows"));
    m_measure->addItem(tr("Entities by type"), int(Measure::Entities));
    m_measure->addItem(tr("Pain points addressed and not"), int(Measure::PainPoints));
    m_measure->addItem(tr("Goals by state"), int(Measure::Goals));
    m_view->setObjectName(QStringLiteral("visionChartView"));
    m_view->setAccessibleName(tr("The vision over time"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_measure);
    layout->addWidget(m_view, 1);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &VisionChart::rebuild);
    rebuild();
}

QSize VisionChart::sizeHint() const
{
    return { 420, 220 };
}

void VisionChart::setRows(const std::vector<VisionLogRow> &rows)
{
    m_rows = rows;
    rebuild();
}

void VisionChart::rebuild()
{
    const auto measure = Measure(m_measure->currentData().toInt());
    const QString key = measureKey(measure);
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignRight);
    // One line per kind that is there at some commit; oldest first along the axis.
    QStringList kinds;
    for (const VisionLogRow &row : m_rows) {
        const QJsonObject counts = row.counts.value(key).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            if (it.value().toInt() > 0 && !kinds.contains(it.key()))
                kinds.append(it.key());
        }
    }
    kinds.sort();
    int highest = 1;
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yyyy-MM-dd"));
    auto *value = new QValueAxis;
    value->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(value, Qt::AlignLeft);
    for (const QString &kind : std::as_const(kinds)) {
        auto *series = new QLineSeries;
        series->setName(kindName(measure, kind));
        series->setPointsVisible(true);
        for (auto it = m_rows.rbegin(); it != m_rows.rend(); ++it) {
            const int count = it->counts.value(key).toObject().value(kind).toInt();
            highest = std::max(highest, count);
            series->append(double(it->commit.date.toMSecsSinceEpoch()), count);
        }
        chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(value);
    }
    if (!m_rows.empty()) {
        QDateTime first = m_rows.back().commit.date;
        QDateTime last = m_rows.front().commit.date;
        if (first == last) {
            first = first.addDays(-1);
            last = last.addDays(1);
        }
        time->setRange(first, last);
        time->setTickCount(std::clamp(int(m_rows.size()), 2, 5));
    }
    value->setRange(0, highest + 1);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace storyloom
