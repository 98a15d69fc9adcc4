#pragma once

#include "baseline.h"
#include "metricchart.h"
#include "metrichistory.h"
#include "page.h"
#include "trust.h"

#include <QTimer>

#include <map>
#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace uw {

class TrustBanner;

class MetricChartPanel;
class MetricMonitor;
struct DocumentChange;
struct MetricStatus;

/**
 * Live metrics: the project's metrics polled in the background, each in a chart with its
 * baseline band, thresholds, breaches and the current run's events, in a grid. The user picks
 * the metrics and the time range, pauses or follows live, edits metrics and captures baselines.
 */
class MetricsPage : public Page
{
    Q_OBJECT

public:
    explicit MetricsPage(QWidget *parent = nullptr);
    ~MetricsPage() override;

    void setProject(Project *project) override;
    QString title() const override { return tr("Metrics"); }
    QIcon icon() const override;

    /** Polls the project's metrics (once the page is first shown); null without a project. */
    MetricMonitor *monitor() const { return m_monitor.get(); }
    /** Starts polling now, e.g. when a run begins before the page was ever shown. */
    void startMonitoring();
    /** Shows metricId's chart and selects the metric, e.g. from the key metrics strip. */
    void showMetric(Id metricId);
    MetricChartPanel *chartPanel(Id metricId) const;
    /** Redraws every chart in sight for the current range, e.g. after the range changed. */
    void refreshCharts();
    /**
     * What the timer does while following live: refreshes the next charts in sight in turn, so
     * that each is refreshed once a second but no frame carries all of them.
     */
    void refreshChartsInTurn();

signals:
    /** The monitor was replaced (another project, or none); monitor may be null. */
    void monitorChanged(uw::MetricMonitor *monitor);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildMetrics();
    QList<MetricChartPanel *> shownPanels() const;
    void refreshPanels(const QList<MetricChartPanel *> &panels);
    void layoutPanels();
    void updateRunEvents();
    void updateListItem(Id metricId);
    void onDocumentChanged(const DocumentChange &change);
    void onSamplesAdded(Id metricId);
    void onBreach(const Breach &breach);
    void setFollowing(bool following);
    TimeInterval shownRange() const;
    Id selectedMetric() const;
    void addMetric();
    void editMetric();
    void removeMetric();
    void captureSelectedBaseline();
    void showMessage(const QString &text, bool problem);
    void updateButtons();

    Project *m_project = nullptr;
    std::unique_ptr<MetricMonitor> m_monitor;
    TrustStore m_trust;
    MetricHistory m_history;
    std::map<Id, MetricChartPanel *> m_panels;
    std::map<Id, QList<Breach>> m_breaches;
    QSet<Id> m_hidden;
    QList<MetricChartEvent> m_events;
    Id m_runId = 0;
    QString m_zone;
    bool m_eventsStale = true;
    Id m_lastRefreshedMetric = 0;
    QDateTime m_pausedAt;

    QListWidget *m_metrics;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QComboBox *m_range;
    QPushButton *m_follow;
    QComboBox *m_baselinePeriod;
    QPushButton *m_capture;
    QLabel *m_message;
    TrustBanner *m_trustBanner;
    QScrollArea *m_scroll;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QTimer m_refreshTimer;
};

} // namespace uw
