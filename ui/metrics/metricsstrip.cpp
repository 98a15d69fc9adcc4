#include "metricsstrip.h"

#include "metricmonitor.h"
#include "project.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

#include <cmath>

namespace uw {
namespace {

/** How many earlier samples the trend compares the newest one with. */
constexpr int trendWindow = 5;
/** A change smaller than this share of the earlier level counts as flat. */
constexpr double flatShare = 0.02;

const QColor okColour(0x10, 0x7c, 0x10);
const QColor waitingColour(0xc1, 0x9c, 0x00);
const QColor failingColour(0xc5, 0x0f, 0x1f);

QString trendArrow(const QList<MetricSample> &samples)
{
    if (samples.size() < 2)
        return {};
    const double newest = samples.last().value;
    double sum = 0;
    int count = 0;
    for (qsizetype i = samples.size() - 2; i >= 0 && count < trendWindow; --i, ++count)
        sum += samples[i].value;
    const double earlier = sum / count;
    const double tolerance = std::max(std::abs(earlier) * flatShare, 1e-9);
    if (newest > earlier + tolerance)
        return QStringLiteral("↑");
    if (newest < earlier - tolerance)
        return QStringLiteral("↓");
    return QStringLiteral("→");
}

} // namespace

/** One key metric: name above, value and trend below, a coloured bar for its status. */
class MetricTile : public QToolButton
{
public:
    explicit MetricTile(QWidget *parent)
        : QToolButton(parent)
    {
        setToolButtonStyle(Qt::ToolButtonTextOnly);
        setCursor(Qt::PointingHandCursor);
        setMinimumWidth(130);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    }

    void show(const QString &text, const QColor &status, const QString &toolTip)
    {
        setText(text);
        setToolTip(toolTip);
        setStyleSheet(
            QStringLiteral("QToolButton { border: 1px solid palette(mid); border-left: 6px "
                           "solid %1; border-radius: 3px; padding: 4px 10px; "
                           "text-align: left; }"
                           "QToolButton:hover { background: palette(midlight); }")
                .arg(status.name()));
    }
};

MetricsStrip::MetricsStrip(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_empty(new QLabel(tr("No key metrics. Mark metrics as key on the Metrics page."), this))
{
    setObjectName(QStringLiteral("metricsStrip"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_empty);
    m_layout->addStretch();
}

void MetricsStrip::setSource(Project *project, MetricMonitor *monitor)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_project = project;
    m_monitor = monitor;
    if (m_project) {
        connect(m_project, &Project::documentChanged, this, [this](const DocumentChange &change) {
            if (change.touches(EntityKind::Metric))
                rebuild();
        });
        connect(m_project, &QObject::destroyed, this, [this] { setSource(nullptr, nullptr); });
    }
    if (m_monitor) {
        connect(m_monitor, &MetricMonitor::samplesAdded, this, &MetricsStrip::updateTile);
        connect(m_monitor, &MetricMonitor::statusChanged, this,
                [this](Id metricId) { updateTile(metricId); });
        connect(m_monitor, &MetricMonitor::breachStarted, this,
                [this](const Breach &breach) { updateTile(breach.metricId); });
        connect(m_monitor, &MetricMonitor::breachEnded, this,
                [this](const Breach &breach) { updateTile(breach.metricId); });
        connect(m_monitor, &QObject::destroyed, this, [this] { m_monitor = nullptr; });
    }
    rebuild();
}

void MetricsStrip::rebuild()
{
    for (const auto &[id, tile] : m_tiles)
        delete tile;
    m_tiles.clear();
    if (m_project) {
        int position = 0;
        for (const auto &[id, metric] : m_project->data().metrics) {
            if (!metric.key)
                continue;
            auto *tile = new MetricTile(this);
            tile->setObjectName(QStringLiteral("metricTile%1").arg(id));
            const Id metricId = id;
            connect(tile, &QToolButton::clicked, this,
                    [this, metricId] { emit metricActivated(metricId); });
            m_layout->insertWidget(position++, tile);
            m_tiles[id] = tile;
            updateTile(id);
        }
    }
    m_empty->setVisible(m_tiles.empty());
}

void MetricsStrip::updateTile(Id metricId)
{
    const auto tile = m_tiles.find(metricId);
    const Metric *metric = m_project ? m_project->find<Metric>(metricId) : nullptr;
    if (tile == m_tiles.end() || !metric)
        return;
    const MetricStatus status = m_monitor ? m_monitor->status(metricId) : MetricStatus{};
    std::optional<double> value;
    QString arrow;
    const QStringList series = m_monitor ? m_monitor->seriesNames(metricId) : QStringList();
    for (const QString &name : series) {
        const QList<MetricSample> samples = m_monitor->recentSamples(metricId, name);
        if (samples.isEmpty() || (value && *value >= samples.last().value))
            continue;
        value = samples.last().value;
        arrow = trendArrow(samples);
    }
    bool breached = false;
    if (m_monitor) {
        for (const Breach &breach : m_monitor->activeBreaches())
            breached = breached || breach.metricId == metricId;
    }

    QString valueText = tr("no value");
    if (value) {
        valueText = QLocale().toString(*value, 'f', std::abs(*value) >= 100 ? 0 : 1);
        if (!metric->unit.isEmpty())
            valueText += QLatin1Char(' ') + metric->unit;
        if (!arrow.isEmpty())
            valueText += QLatin1Char(' ') + arrow;
        if (series.size() > 1)
            valueText = tr("%1 (highest of %2)").arg(valueText).arg(series.size());
    }
    QColor colour = failingColour;
    QString toolTip = status.message;
    if (breached) {
        toolTip = tr("%1 is beyond a threshold.").arg(metric->name);
    } else if (status.state == MetricState::Ok) {
        colour = okColour;
        toolTip = tr("%1 is within its thresholds.").arg(metric->name);
    } else if (status.state == MetricState::Waiting || status.state == MetricState::NoData) {
        colour = waitingColour;
    }
    if (toolTip.isEmpty())
        toolTip = metricStateName(status.state);
    tile->second->show(metric->name + QLatin1Char('\n') + valueText, colour,
                       toolTip + QLatin1Char('\n') + tr("Click to show the chart."));
}

QList<Id> MetricsStrip::shownMetrics() const
{
    QList<Id> ids;
    for (const auto &[id, tile] : m_tiles)
        ids.append(id);
    return ids;
}

QString MetricsStrip::tileText(Id metricId) const
{
    const auto tile = m_tiles.find(metricId);
    return tile == m_tiles.end() ? QString() : tile->second->text();
}

} // namespace uw
