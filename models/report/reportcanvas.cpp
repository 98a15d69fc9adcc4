#include "reportcanvas.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace uw {
namespace {

class CanvasText
{
    Q_DECLARE_TR_FUNCTIONS(uw::Report)
};

} // namespace

PdfReportCanvas::PdfReportCanvas(const QString &path, const QPageSize &pageSize, int dpi,
                                 const QString &title)
    : m_file(std::make_unique<QSaveFile>(path))
    , m_pageSize(pageSize)
    , m_dpi(dpi)
    , m_title(title)
{}

PdfReportCanvas::~PdfReportCanvas()
{
    if (m_painter && m_painter->isActive())
        discard();
}

bool PdfReportCanvas::open(QString *error)
{
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = CanvasText::tr("%1 cannot be written: %2")
                     .arg(m_file->fileName(), m_file->errorString());
        return false;
    }
    m_writer = std::make_unique<QPdfWriter>(m_file.get());
    m_writer->setPageSize(m_pageSize);
    m_writer->setPageMargins(QMarginsF());
    m_writer->setResolution(m_dpi);
    m_writer->setTitle(m_title);
    m_writer->setCreator(QCoreApplication::applicationName());
    return true;
}

QPainter *PdfReportCanvas::startPage()
{
    if (!m_writer)
        return nullptr;
    if (m_painter) {
        m_writer->newPage();
        return m_painter.get();
    }
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_writer.get())) {
        m_error = CanvasText::tr("%1 cannot be written.").arg(m_file->fileName());
        m_painter.reset();
        m_writer.reset();
        return nullptr;
    }
    return m_painter.get();
}

bool PdfReportCanvas::finish(QString *error)
{
    if (!m_painter) {
        *error = m_error.isEmpty() ? CanvasText::tr("The report has no pages.") : m_error;
        m_file->cancelWriting();
        return false;
    }
    m_painter->end();
    m_painter.reset();
    m_writer.reset();
    if (!m_file->commit()) {
        *error = CanvasText::tr("%1 cannot be written: %2")
                     .arg(m_file->fileName(), m_file->errorString());
        return false;
    }
    return true;
}

void PdfReportCanvas::discard()
{
    if (m_painter)
        m_painter->end();
    m_painter.reset();
    m_writer.reset();
    m_file->cancelWriting();
}

ImageReportCanvas::ImageReportCanvas(const QPageSize &pageSize, int dpi, double zoom)
    : m_pageSize(pageSize)
    , m_dpi(dpi)
    , m_zoom(zoom)
{}

ImageReportCanvas::~ImageReportCanvas() = default;

QPainter *ImageReportCanvas::startPage()
{
    endPage();
    const QSizeF points = m_pageSize.size(QPageSize::Point);
    const QSize pixels = (points * m_dpi / 72.0 * m_zoom).toSize();
    m_current = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    // The image's resolution is the report's, so fonts get the sizes the layout measured; the
    // zoom is a transformation on top.
    const int dotsPerMeter = qRound(m_dpi / 0.0254);
    m_current.setDotsPerMeterX(dotsPerMeter);
    m_current.setDotsPerMeterY(dotsPerMeter);
    m_current.fill(Qt::white);
    m_painter = std::make_unique<QPainter>(&m_current);
    m_painter->setRenderHint(QPainter::Antialiasing);
    m_painter->setRenderHint(QPainter::TextAntialiasing);
    m_painter->scale(m_zoom, m_zoom);
    return m_painter.get();
}

void ImageReportCanvas::endPage()
{
    if (!m_painter)
        return;
    m_painter->end();
    m_painter.reset();
    m_pages.append(m_current);
    m_current = QImage();
}

bool ImageReportCanvas::finish(QString *)
{
    endPage();
    return true;
}

void ImageReportCanvas::discard()
{
    if (m_painter)
        m_painter->end();
    m_painter.reset();
    m_pages.clear();
}

} // namespace uw
