#pragma once

#include "reportwriter.h"

#include <QImage>
#include <QList>
#include <QPageSize>
#include <QString>

#include <memory>

class QPainter;
class QPdfWriter;
class QSaveFile;

namespace uw {

/** Writes the pages to a PDF file, atomically: the file appears only when finished. */
class PdfReportCanvas : public ReportCanvas
{
public:
    PdfReportCanvas(const QString &path, const QPageSize &pageSize, int dpi, const QString &title);
    ~PdfReportCanvas() override;
    /** False with a message when the file cannot be created. */
    bool open(QString *error);
    QPainter *startPage() override;
    bool finish(QString *error) override;
    void discard() override;

private:
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    QPageSize m_pageSize;
    int m_dpi;
    QString m_title;
    QString m_error;
};

/** Paints each page into an image, for a preview. */
class ImageReportCanvas : public ReportCanvas
{
public:
    /** zoom 1 paints at dpi pixels per inch. */
    ImageReportCanvas(const QPageSize &pageSize, int dpi, double zoom = 1);
    ~ImageReportCanvas() override;
    QPainter *startPage() override;
    bool finish(QString *error) override;
    void discard() override;
    const QList<QImage> &pages() const { return m_pages; }

private:
    void endPage();

    QPageSize m_pageSize;
    int m_dpi;
    double m_zoom;
    QImage m_current;
    QList<QImage> m_pages;
    std::unique_ptr<QPainter> m_painter;
};

} // namespace uw
