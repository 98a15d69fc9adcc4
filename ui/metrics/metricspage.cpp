#include "metricspage.h"

#include "trustreview.h"

#include "commands.h"
#include "dialogs.h"
#include "metricchartpanel.h"
#include "metricdialog.h"
#include "metricmonitor.h"
#include "plaintext.h"
#include "project.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace uw {
namespace {

constexpr int chartColumns = 2;
/** Live charts move once a second: smooth enough to watch. */
constexpr int refreshMilliseconds = 1000;
/**
 * Charts take turns within that second, an eighth of them per tick, so that no frame carries
 * the cost of all of them (one chart of 4 × 10,000 samples costs about 4 ms to lay out and draw).
 */
constexpr int refreshTicks = 8;
/** The range entry that follows the current or last run instead of a fixed length. */
constexpr int wholeRunRange = -1;
/** The baseline period entry that takes the range shown in the charts. */
constexpr int shownRangePeriod = -1;

Metric newMetric()
{
    Metric metric;
    metric.source = MetricSource::LocalMachine;
    metric.query = QStringLiteral("cpu");
    metric.unit = QStringLiteral("%");
    return metric;
}

QColor stateColour(MetricState state)
{
    switch (state) {
    case MetricState::Ok:
        return QColor(0x10, 0x7c, 0x10);
    case MetricState::Waiting:
    case MetricState::NoData:
        return QColor(0x8a, 0x6d, 0x00);
    default:
        return QColor(0xc5, 0x0f, 0x1f);
    }
}

} // namespace

MetricsPage::MetricsPage(QWidget *parent)
    : Page(parent)
    , m_metrics(new QListWidget(this))
    , m_add(new QPushButton(tr("Add metric…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_range(new QComboBox(this))
    , m_follow(new QPushButton(tr("Follow live"), this))
    , m_baselinePeriod(new QComboBox(this))
    , m_capture(new QPushButton(tr("Capture baseline"), this))
    , m_message(new QLabel(this))
    , m_trustBanner(new TrustBanner(this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new QWidget)
    , m_gridLayout(new QGridLayout(m_grid))
{
    m_metrics->setObjectName(QStringLiteral("metricsList"));
    m_add->setObjectName(QStringLiteral("addMetric"));
    m_edit->setObjectName(QStringLiteral("editMetric"));
    m_remove->setObjectName(QStringLiteral("removeMetric"));
    m_range->setObjectName(QStringLiteral("metricsRange"));
    m_follow->setObjectName(QStringLiteral("followLive"));
    m_baselinePeriod->setObjectName(QStringLiteral("baselinePeriod"));
    m_capture->setObjectName(QStringLiteral("captureBaseline"));
    m_message->setObjectName(QStringLiteral("metricsMessage"));
    m_add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_remove->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));

    m_range->addItem(tr("Last 5 minutes"), 5 * 60);
    m_range->addItem(tr("Last 15 minutes"), 15 * 60);
    m_range->addItem(tr("Last hour"), 3600);
    m_range->addItem(tr("Last 6 hours"), 6 * 3600);
    m_range->addItem(tr("Last 24 hours"), 24 * 3600);
    m_range->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_range->addItem(tr("Current or last run"), wholeRunRange);
    m_range->setCurrentIndex(1);
    m_baselinePeriod->addItem(tr("from the last 5 minutes"), 5 * 60);
    m_baselinePeriod->addItem(tr("from the last 15 minutes"), 15 * 60);
    m_baselinePeriod->addItem(tr("from the last hour"), 3600);
    m_baselinePeriod->addItem(tr("from the last 24 hours"), 24 * 3600);
    m_baselinePeriod->addItem(tr("from the range shown"), shownRangePeriod);
    m_baselinePeriod->setCurrentIndex(1);
    m_capture->setToolTip(tr("Take the selected metric's normal range (p5 to p95) from its samples "
                             "of the chosen period; undoable"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the charts at the newest values; uncheck to pause and look"));
    m_metrics->setToolTip(tr("Tick the metrics to chart; double-click to edit"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *bar = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("&Show:"), this);
    rangeLabel->setBuddy(m_range);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    bar->addWidget(m_follow);
    bar->addStretch();
    bar->addWidget(m_capture);
    bar->addWidget(m_baselinePeriod);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Metrics:"), this));
    leftLayout->addWidget(m_metrics, 1);
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_add);
    editButtons->addWidget(m_edit);
    editButtons->addWidget(m_remove);
    leftLayout->addLayout(editButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_scroll, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_trustBanner);
    layout->addWidget(splitter, 1);
    connect(m_trustBanner, &TrustBanner::reviewRequested, this, [this] {
        if (m_project && reviewAndTrust(this, *m_project, m_trust, operatingSystemUser())
            && m_monitor)
            m_monitor->permissionsChanged();
        m_trustBanner->refresh(m_project, m_trust);
    });

    connect(m_add, &QPushButton::clicked, this, &MetricsPage::addMetric);
    connect(m_edit, &QPushButton::clicked, this, &MetricsPage::editMetric);
    connect(m_remove, &QPushButton::clicked, this, &MetricsPage::removeMetric);
    connect(m_capture, &QPushButton::clicked, this, &MetricsPage::captureSelectedBaseline);
    connect(m_metrics, &QListWidget::itemDoubleClicked, this, &MetricsPage::editMetric);
    connect(m_metrics, &QListWidget::currentRowChanged, this, &MetricsPage::updateButtons);
    connect(m_metrics, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const Id id = item->data(Qt::UserRole).value<Id>();
        const bool hidden = item->checkState() != Qt::Checked;
        if (hidden == m_hidden.contains(id))
            return;
        if (hidden)
            m_hidden.insert(id);
        else
            m_hidden.remove(id);
        rebuildMetrics();
    });
    connect(m_range, &QComboBox::currentIndexChanged, this, &MetricsPage::refreshCharts);
    connect(m_follow, &QPushButton::toggled, this, &MetricsPage::setFollowing);
    m_refreshTimer.setInterval(refreshMilliseconds / refreshTicks);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshChartsInTurn();
    });
    updateButtons();
}

MetricsPage::~MetricsPage() = default;

QIcon MetricsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/kind-monitoring.svg"));
}

void MetricsPage::setProject(Project *project)
{
    m_refreshTimer.stop();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_monitor.reset();
    m_project = project;
    m_history.clear();
    m_breaches.clear();
    m_hidden.clear();
    m_eventsStale = true;
    for (const auto &[id, panel] : m_panels)
        delete panel;
    m_panels.clear();
    m_message->hide();
    if (m_project) {
        m_history.add(m_project->data().samples);
        for (const auto &[id, metric] : m_project->data().metrics) {
            const QList<Breach> breaches = breachesIn(metric, m_project->data().samples);
            if (!breaches.isEmpty())
                m_breaches[id] = breaches;
        }
        // Nothing the file names is run or reached before this user trusts what it names.
        const auto allowed = [this](const Metric &) {
            return m_project && m_trust.isTrusted(m_project->filePath(), m_project->data());
        };
        m_monitor = std::make_unique<MetricMonitor>(m_project, allowed);
        connect(m_monitor.get(), &MetricMonitor::samplesAdded, this, &MetricsPage::onSamplesAdded);
        connect(m_monitor.get(), &MetricMonitor::statusChanged, this,
                [this](Id metricId, const MetricStatus &status) {
                    if (MetricChartPanel *panel = chartPanel(metricId))
                        panel->setStatus(status);
                    updateListItem(metricId);
                });
        connect(m_monitor.get(), &MetricMonitor::breachStarted, this, &MetricsPage::onBreach);
        connect(m_monitor.get(), &MetricMonitor::breachEnded, this, &MetricsPage::onBreach);
        connect(m_monitor.get(), &MetricMonitor::recordFailed, this, [this](const QString &message) {
            showMessage(tr("Samples are shown but not saved: %1").arg(message), true);
        });
        connect(m_project, &Project::documentChanged, this, &MetricsPage::onDocumentChanged);
        connect(m_project, &Project::historyAppended, this, [this] { m_eventsStale = true; });
        connect(m_project, &Project::samplesDropped, this,
                [this](Id metricId, const QDateTime &beforeUtc) {
                    m_history.dropBefore(metricId, double(beforeUtc.toMSecsSinceEpoch()));
                });
        if (isVisible())
            startMonitoring();
    }
    rebuildMetrics();
    m_trustBanner->refresh(m_project, m_trust);
    emit monitorChanged(m_monitor.get());
    emit editActionsChanged();
}

void MetricsPage::startMonitoring()
{
    if (!m_monitor)
        return;
    // The run page may have started the monitor already; the charts still need their timer.
    if (!m_monitor->isRunning())
        m_monitor->start();
    m_refreshTimer.start();
}

void MetricsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // Trust may have been given on the Run page meanwhile.
    m_trustBanner->refresh(m_project, m_trust);
    startMonitoring();
    refreshCharts();
}

void MetricsPage::onDocumentChanged(const DocumentChange &change)
{
    if (change.touches(EntityKind::Metric)) {
        rebuildMetrics();
        m_trustBanner->refresh(m_project, m_trust);
    }
    if (change.touches(EntityKind::Step) || change.touches(EntityKind::Window)
        || change.touches(EntityKind::Change)) {
        m_eventsStale = true;
        refreshCharts();
    }
}

void MetricsPage::onSamplesAdded(Id metricId)
{
    // The monitor keeps a bounded window; only what is newer than the history joins it.
    for (const QString &series : m_monitor->seriesNames(metricId)) {
        const double last = m_history.lastTime(metricId, series);
        QList<MetricSample> newer;
        const QList<MetricSample> recent = m_monitor->recentSamples(metricId, series);
        for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
            if (!std::isnan(last) && double(it->timeUtc.toMSecsSinceEpoch()) <= last)
                break;
            newer.prepend(*it);
        }
        m_history.add(newer);
    }
}

void MetricsPage::onBreach(const Breach &breach)
{
    QList<Breach> &breaches = m_breaches[breach.metricId];
    const auto same = std::find_if(breaches.begin(), breaches.end(), [&](const Breach &known) {
        return known.thresholdIndex == breach.thresholdIndex && known.series == breach.series
               && known.startUtc == breach.startUtc;
    });
    if (same == breaches.end())
        breaches.append(breach);
    else
        *same = breach;
    if (MetricChartPanel *panel = chartPanel(breach.metricId))
        panel->chart()->setBreaches(breaches);
}

void MetricsPage::rebuildMetrics()
{
    const Id selected = selectedMetric();
    const QSignalBlocker blocker(m_metrics);
    m_metrics->clear();
    std::map<Id, MetricChartPanel *> kept;
    if (m_project) {
        for (const auto &[id, metric] : m_project->data().metrics) {
            auto *item = new QListWidgetItem(m_metrics);
            item->setData(Qt::UserRole, QVariant::fromValue(id));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(m_hidden.contains(id) ? Qt::Unchecked : Qt::Checked);
            if (id == selected)
                m_metrics->setCurrentItem(item);
            if (m_hidden.contains(id))
                continue;
            MetricChartPanel *panel = chartPanel(id);
            if (!panel) {
                panel = new MetricChartPanel(id, m_grid);
                if (m_monitor)
                    panel->setStatus(m_monitor->status(id));
            }
            panel->chart()->setMetric(metric);
            const auto breaches = m_breaches.find(id);
            panel->chart()->setBreaches(breaches == m_breaches.end() ? QList<Breach>()
                                                                     : breaches->second);
            kept[id] = panel;
            m_panels.erase(id);
        }
    }
    for (const auto &[id, panel] : m_panels)
        delete panel;
    m_panels = std::move(kept);
    for (const auto &[id, panel] : m_panels)
        updateListItem(id);
    for (int row = 0; row < m_metrics->count(); ++row)
        updateListItem(m_metrics->item(row)->data(Qt::UserRole).value<Id>());
    layoutPanels();
    m_eventsStale = true;
    refreshCharts();
    updateButtons();
}

void MetricsPage::layoutPanels()
{
    int index = 0;
    for (const auto &[id, panel] : m_panels) {
        m_gridLayout->addWidget(panel, index / chartColumns, index % chartColumns);
        ++index;
    }
    if (m_panels.empty() && m_project) {
        showMessage(m_project->data().metrics.empty()
                        ? tr("No metrics yet. Add one, e.g. this machine's CPU, to watch it live.")
                        : tr("Tick a metric on the left to chart it."),
                    false);
    } else if (!m_message->property("problem").toBool()) {
        m_message->hide();
    }
}

void MetricsPage::updateListItem(Id metricId)
{
    const Metric *metric = m_project ? m_project->find<Metric>(metricId) : nullptr;
    if (!metric)
        return;
    for (int row = 0; row < m_metrics->count(); ++row) {
        QListWidgetItem *item = m_metrics->item(row);
        if (item->data(Qt::UserRole).value<Id>() != metricId)
            continue;
        const MetricStatus status = m_monitor ? m_monitor->status(metricId) : MetricStatus{};
        const QSignalBlocker blocker(m_metrics);
        QString text = tr("%1 — %2").arg(metric->name, metricStateName(status.state));
        if (metric->key)
            text = tr("★ %1").arg(text);
        item->setText(text);
        item->setForeground(stateColour(status.state));
        item->setToolTip(plainToolTip(status.message.isEmpty() ? metricStateName(status.state)
                                                               : status.message));
    }
}

void MetricsPage::updateRunEvents()
{
    if (!m_eventsStale || !m_project)
        return;
    m_eventsStale = false;
    m_runId = currentOrLastRun(m_project->data());
    m_events = chartEvents(m_project->data(), m_runId);
    m_zone = chartTimeZone(m_project->data(), m_runId);
    for (const auto &[id, panel] : m_panels) {
        panel->chart()->setEvents(m_events);
        panel->chart()->setTimeZone(m_zone);
    }
}

TimeInterval MetricsPage::shownRange() const
{
    const QDateTime now = m_follow->isChecked() || !m_pausedAt.isValid()
                              ? (m_project ? m_project->now() : systemNow())
                              : m_pausedAt;
    const int seconds = m_range->currentData().toInt();
    if (seconds == wholeRunRange && m_project) {
        const auto run = m_project->data().runs.find(m_runId);
        if (run != m_project->data().runs.end() && run->second.startedAtUtc.isValid()) {
            const QDateTime end = run->second.endedAtUtc.isValid()
                                      ? std::min(run->second.endedAtUtc, now)
                                      : now;
            return {run->second.startedAtUtc, std::max(end, run->second.startedAtUtc.addSecs(60))};
        }
        return {now.addSecs(-3600), now};
    }
    return {now.addSecs(-std::max(60, seconds)), now};
}

void MetricsPage::refreshCharts()
{
    refreshPanels(shownPanels());
}

void MetricsPage::refreshChartsInTurn()
{
    const QList<MetricChartPanel *> shown = shownPanels();
    if (shown.isEmpty())
        return;
    const qsizetype perTick = (shown.size() + refreshTicks - 1) / refreshTicks;
    const auto next = std::find_if(shown.begin(), shown.end(), [this](MetricChartPanel *panel) {
        return panel->metricId() > m_lastRefreshedMetric;
    });
    qsizetype first = next == shown.end() ? 0 : qsizetype(next - shown.begin());
    QList<MetricChartPanel *> turn;
    for (qsizetype i = 0; i < perTick; ++i)
        turn.append(shown.at((first + i) % shown.size()));
    refreshPanels(turn);
    m_lastRefreshedMetric = turn.last()->metricId();
}

QList<MetricChartPanel *> MetricsPage::shownPanels() const
{
    QList<MetricChartPanel *> shown;
    for (const auto &[id, panel] : m_panels) {
        // Charts scrolled out of sight wait: a tick after scrolling brings them up to date.
        if (!isVisible() || !panel->visibleRegion().isEmpty())
            shown.append(panel);
    }
    return shown;
}

void MetricsPage::refreshPanels(const QList<MetricChartPanel *> &panels)
{
    if (!m_project)
        return;
    updateRunEvents();
    const TimeInterval range = shownRange();
    const double start = double(range.startUtc.toMSecsSinceEpoch());
    const double end = double(range.endUtc.toMSecsSinceEpoch());
    for (MetricChartPanel *panel : panels)
        panel->chart()->showRange(m_history.series(panel->metricId()), start, end);
}

void MetricsPage::setFollowing(bool following)
{
    m_pausedAt = following ? QDateTime() : (m_project ? m_project->now() : systemNow());
    m_follow->setText(following ? tr("Follow live") : tr("Paused"));
    refreshCharts();
}

Id MetricsPage::selectedMetric() const
{
    const QListWidgetItem *item = m_metrics->currentItem();
    return item ? item->data(Qt::UserRole).value<Id>() : 0;
}

void MetricsPage::updateButtons()
{
    const bool editable = m_project && !m_project->isReadOnly();
    const bool selected = selectedMetric() != 0;
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && selected);
    m_remove->setEnabled(editable && selected);
    m_capture->setEnabled(editable && selected);
}

void MetricsPage::addMetric()
{
    if (!m_project)
        return;
    auto *dialog = new MetricDialog(newMetric(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_project)
            return;
        Metric metric = dialog->metric();
        metric.id = m_project->allocateId(EntityKind::Metric);
        QString error;
        if (!edit::addEntities(*m_project, tr("Add metric %1").arg(metric.name), {metric}, &error))
            showMessage(tr("The metric could not be added: %1").arg(error), true);
    });
    dialog->open();
}

void MetricsPage::editMetric()
{
    const Metric *metric = m_project ? m_project->find<Metric>(selectedMetric()) : nullptr;
    if (!metric || m_project->isReadOnly())
        return;
    auto *dialog = new MetricDialog(*metric, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Metric edited = dialog->metric();
        const Metric *current = m_project ? m_project->find<Metric>(edited.id) : nullptr;
        if (!current || *current == edited)
            return;
        QString error;
        if (!edit::updateEntity(*m_project, tr("Edit metric %1").arg(edited.name), edited,
                                MergeId::None, &error))
            showMessage(tr("The metric could not be changed: %1").arg(error), true);
    });
    dialog->open();
}

void MetricsPage::removeMetric()
{
    const Metric *metric = m_project ? m_project->find<Metric>(selectedMetric()) : nullptr;
    if (!metric)
        return;
    if (Dialogs::instance().question(this, tr("Remove metric"),
                                     tr("Remove the metric \"%1\"? Its recorded samples stay in "
                                        "the file.")
                                         .arg(metric->name))
        != Dialogs::Answer::Yes)
        return;
    QString error;
    if (!edit::removeEntities(*m_project, tr("Remove metric %1").arg(metric->name),
                              EntityKind::Metric, {metric->id}, &error))
        showMessage(tr("The metric could not be removed: %1").arg(error), true);
}

void MetricsPage::captureSelectedBaseline()
{
    const Id metricId = selectedMetric();
    if (!m_project || !metricId)
        return;
    const int seconds = m_baselinePeriod->currentData().toInt();
    TimeInterval period = shownRange();
    if (seconds != shownRangePeriod) {
        const QDateTime now = m_project->now();
        period = {now.addSecs(-seconds), now};
    }
    QString error;
    if (!captureBaseline(*m_project, metricId, period, &error))
        showMessage(error, true);
    else
        showMessage(tr("Baseline captured for \"%1\".").arg(m_project->find<Metric>(metricId)->name),
                    false);
}

void MetricsPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a4262c;") : QString());
    m_message->show();
}

void MetricsPage::showMetric(Id metricId)
{
    if (m_hidden.contains(metricId)) {
        m_hidden.remove(metricId);
        rebuildMetrics();
    }
    for (int row = 0; row < m_metrics->count(); ++row) {
        if (m_metrics->item(row)->data(Qt::UserRole).value<Id>() == metricId)
            m_metrics->setCurrentRow(row);
    }
    if (MetricChartPanel *panel = chartPanel(metricId))
        m_scroll->ensureWidgetVisible(panel);
}

MetricChartPanel *MetricsPage::chartPanel(Id metricId) const
{
    const auto it = m_panels.find(metricId);
    return it == m_panels.end() ? nullptr : it->second;
}

} // namespace uw
