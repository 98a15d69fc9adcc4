#include "metricchartpanel.h"

#include "dialogs.h"
#include "metricchart.h"

#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

namespace uw {
namespace {

/** PNG exports are drawn at twice the screen scale, so they stay sharp in documents. */
constexpr qreal pngScale = 2.0;

QString stateColour(MetricState state)
{
    switch (state) {
    case MetricState::Ok:
        return QStringLiteral("#107c10");
    case MetricState::Waiting:
    case MetricState::NoData:
        return QStringLiteral("#8a6d00");
    default:
        return QStringLiteral("#c50f1f");
    }
}

} // namespace

bool writeMetricChart(MetricChart *chart, MetricChartFormat format, const QString &path,
                      QString *error)
{
    const QSizeF size = chart->size();
    QPainter painter;
    switch (format) {
    case MetricChartFormat::Png: {
        QImage image((size * pngScale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        painter.begin(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart->render(&painter, QRectF(image.rect()));
        painter.end();
        if (!image.save(path, "PNG")) {
            *error = MetricChartPanel::tr("the image could not be saved.");
            return false;
        }
        return true;
    }
    case MetricChartFormat::Svg: {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(), size));
        generator.setTitle(chart->title());
        generator.setDescription(MetricChartPanel::tr("Metric chart"));
        if (!painter.begin(&generator)) {
            *error = MetricChartPanel::tr("the file cannot be created.");
            return false;
        }
        chart->render(&painter, QRectF(QPointF(), size));
        painter.end();
        return true;
    }
    }
    return false;
}

void exportMetricChart(QWidget *parent, MetricChart *chart)
{
    QString path = Dialogs::instance()
                       .saveFileName(parent, MetricChartPanel::tr("Export chart"),
                                     MetricChartPanel::tr(
                                         "PNG images (*.png);;SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        path += QStringLiteral(".png");
    const MetricChartFormat format = suffix == QLatin1String("svg") ? MetricChartFormat::Svg
                                                                    : MetricChartFormat::Png;
    QString error;
    if (!writeMetricChart(chart, format, path, &error)) {
        Dialogs::instance().warning(parent, MetricChartPanel::tr("Cannot export chart"),
                                    MetricChartPanel::tr("%1 could not be written: %2")
                                        .arg(QDir::toNativeSeparators(path), error));
    }
}

MetricChartPanel::MetricChartPanel(Id metricId, QWidget *parent)
    : QFrame(parent)
    , m_metricId(metricId)
    , m_chart(new MetricChart)
    , m_view(new QChartView(m_chart, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("metricChart%1").arg(metricId));
    setFrameShape(QFrame::StyledPanel);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(420, 280);
    m_status->setObjectName(QStringLiteral("metricStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportChart"));
    exportButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Export this chart as PNG or SVG"));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(exportButton, &QToolButton::clicked, this, [this] { exportMetricChart(this, m_chart); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_status, 1);
    header->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    setStatus({});
}

void MetricChartPanel::setStatus(const MetricStatus &status)
{
    QString text = metricStateName(status.state);
    if (!status.message.isEmpty())
        text += QStringLiteral(": ") + status.message;
    m_status->setText(text);
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(stateColour(status.state)));
}

QString MetricChartPanel::statusText() const
{
    return m_status->text();
}

} // namespace uw
