#pragma once

#include "entities.h"

#include <QWidget>

#include <map>

class QHBoxLayout;
class QLabel;

namespace uw {

class MetricMonitor;
class MetricTile;
class Project;

/**
 * The key metrics at a glance, for the run page: per metric marked key its current value, a
 * trend arrow and a status colour (green ok, amber waiting or no data, red failing or beyond a
 * threshold). Clicking a metric asks to show its full chart.
 */
class MetricsStrip : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsStrip(QWidget *parent = nullptr);

    /** The strip follows the project's key metrics and the monitor's readings; either may be null. */
    void setSource(Project *project, MetricMonitor *monitor);

    /** The metrics shown, in the strip's order. */
    QList<Id> shownMetrics() const;
    /** The text shown for a metric (name, value, arrow), for tests and accessibility. */
    QString tileText(Id metricId) const;

signals:
    void metricActivated(uw::Id metricId);

private:
    void rebuild();
    void updateTile(Id metricId);

    Project *m_project = nullptr;
    MetricMonitor *m_monitor = nullptr;
    QHBoxLayout *m_layout;
    QLabel *m_empty;
    std::map<Id, MetricTile *> m_tiles;
};

} // namespace uw
