#include "graphexport.h"

#include "dialogs.h"
#include "graphlayout.h"
#include "graphscene.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace uw {
namespace {

/** Only the translation context of the export texts. */
struct GraphExport
{
    Q_DECLARE_TR_FUNCTIONS(uw::GraphExport)
};

/** PNG exports are drawn at twice the screen scale, within what image viewers open. */
constexpr qreal pngScale = 2.0;
constexpr int maxPngSide = 16000;

bool writeExport(GraphScene *scene, const ProjectData &shown, GraphExportFormat format,
                 const QString &path, QString *error)
{
    const QRectF bounds = scene->graphBounds();
    const QString title = shown.change.title;
    QPainter painter;
    switch (format) {
    case GraphExportFormat::Png: {
        const qreal scale = std::min(pngScale,
                                     maxPngSide / std::max(bounds.width(), bounds.height()));
        QImage image((bounds.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        painter.begin(&image);
        scene->render(&painter, image.rect());
        painter.end();
        if (!image.save(path, "PNG")) {
            *error = GraphExport::tr("the image could not be saved.");
            return false;
        }
        return true;
    }
    case GraphExportFormat::Svg: {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(bounds.size().toSize());
        generator.setViewBox(QRectF(QPointF(), bounds.size()));
        generator.setTitle(title);
        generator.setDescription(GraphExport::tr("Dependency graph"));
        if (!painter.begin(&generator)) {
            *error = GraphExport::tr("the file cannot be created.");
            return false;
        }
        scene->render(&painter, QRectF(QPointF(), bounds.size()));
        painter.end();
        return true;
    }
    case GraphExportFormat::Pdf: {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(QCoreApplication::applicationName());
        // One page the size of the drawing: a PDF viewer zooms better than a page break cuts.
        writer.setPageSize(
            QPageSize(bounds.size(), QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF());
        if (!painter.begin(&writer)) {
            *error = GraphExport::tr("the file cannot be created.");
            return false;
        }
        scene->render(&painter, QRectF(0, 0, writer.width(), writer.height()));
        painter.end();
        return true;
    }
    case GraphExportFormat::Dot: {
        QFile file(path);
        const QByteArray dot = dependencyGraphDot(shown, scene->nodeSizes());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(dot) != dot.size()) {
            *error = file.errorString();
            return false;
        }
        return true;
    }
    }
    return false;
}

} // namespace

void exportGraph(QWidget *parent, GraphScene *scene, const ProjectData &shown,
                 GraphExportFormat format)
{
    QString filter;
    QString suffix;
    switch (format) {
    case GraphExportFormat::Png:
        filter = GraphExport::tr("PNG images (*.png)");
        suffix = QStringLiteral("png");
        break;
    case GraphExportFormat::Svg:
        filter = GraphExport::tr("SVG drawings (*.svg)");
        suffix = QStringLiteral("svg");
        break;
    case GraphExportFormat::Pdf:
        filter = GraphExport::tr("PDF documents (*.pdf)");
        suffix = QStringLiteral("pdf");
        break;
    case GraphExportFormat::Dot:
        filter = GraphExport::tr("Graphviz DOT files (*.dot *.gv)");
        suffix = QStringLiteral("dot");
        break;
    }
    QString path = Dialogs::instance().saveFileName(parent, GraphExport::tr("Export graph"), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QString error;
    if (!writeExport(scene, shown, format, path, &error)) {
        Dialogs::instance().warning(parent, GraphExport::tr("Cannot export graph"),
                                    GraphExport::tr("%1 could not be written: %2")
                                        .arg(QDir::toNativeSeparators(path), error));
    }
}

} // namespace uw
