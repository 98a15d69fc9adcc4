#include "reportwriter.h"
#include "reportwriter_p.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace uw {
namespace {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(uw::Report)
};

} // namespace

using namespace reportstyle;

// Tables, preformatted text, figures and signature lines: the blocks a report section is made of.

QList<double> ReportWriter::columnWidths(const ReportTable &table) const
{
    const qsizetype columns = table.headers.size();
    QList<double> weights = table.widths;
    weights.resize(columns, weights.isEmpty() ? 1.0 : weights.last());
    double total = 0;
    for (const double weight : std::as_const(weights))
        total += weight;
    QList<double> widths;
    for (const double weight : std::as_const(weights))
        widths.append(m_body.width() * weight / total);

    // A word cannot wrap: a column narrower than its longest word (a phase called
    // "Communicate", a long host name) takes the room from columns that have it to spare.
    const QFontMetricsF cellMetrics(font(tableSize));
    const QFontMetricsF headerMetrics(font(tableSize, true));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const auto longestWord = [](const QFontMetricsF &metrics, const QString &text) {
        double longest = 0;
        for (const QString &word : text.split(space, Qt::SkipEmptyParts))
            longest = std::max(longest, metrics.horizontalAdvance(word));
        return longest;
    };
    QList<double> needed(columns, 0);
    for (qsizetype column = 0; column < columns; ++column) {
        needed[column] = longestWord(headerMetrics, table.headers[column]);
        for (const QStringList &row : table.rows)
            if (column < row.size())
                needed[column] = std::max(needed[column], longestWord(cellMetrics, row[column]));
        // Beyond a third of the page a word is better wrapped anywhere than given the room.
        needed[column] = std::min(needed[column] + 2 * pt(cellPadding) + 1, m_body.width() / 3);
    }
    double missing = 0;
    double spare = 0;
    for (qsizetype column = 0; column < columns; ++column) {
        missing += std::max(0.0, needed[column] - widths[column]);
        spare += std::max(0.0, widths[column] - needed[column]);
    }
    if (missing <= 0 || spare <= 0)
        return widths;
    const double share = std::min(1.0, missing / spare);
    for (qsizetype column = 0; column < columns; ++column) {
        if (widths[column] < needed[column])
            widths[column] += (needed[column] - widths[column]) * std::min(1.0, spare / missing);
        else
            widths[column] -= (widths[column] - needed[column]) * share;
    }
    return widths;
}

double ReportWriter::rowHeight(const QStringList &cells, const QList<double> &widths,
                               const QFont &font) const
{
    double height = 0;
    for (qsizetype column = 0; column < widths.size(); ++column) {
        const QString text = column < cells.size() ? cells[column] : QString();
        height = std::max(height, textHeight(text, font, widths[column] - 2 * pt(cellPadding)));
    }
    return height + 2 * pt(cellPadding);
}

void ReportWriter::drawRow(const QStringList &cells, const QList<double> &widths, const QFont &font,
                           double height, const QColor &background, const QColor &mark)
{
    if (!painting()) {
        m_y += height;
        return;
    }
    if (background.isValid())
        m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), height), background);
    if (mark.isValid())
        m_painter->fillRect(QRectF(m_body.left(), m_y, pt(2.5), height), mark);
    double x = m_body.left();
    for (qsizetype column = 0; column < widths.size(); ++column) {
        const QString text = column < cells.size() ? cells[column] : QString();
        const QRectF cell(x + pt(cellPadding), m_y + pt(cellPadding),
                          widths[column] - 2 * pt(cellPadding), height - 2 * pt(cellPadding));
        m_painter->save();
        m_painter->setClipRect(cell.adjusted(0, 0, 0, pt(cellPadding)));
        drawText(cell, text, font, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, ink);
        m_painter->restore();
        x += widths[column];
    }
    m_painter->setPen(QPen(rule, pt(0.5)));
    m_painter->drawLine(QPointF(m_body.left(), m_y + height), QPointF(m_body.right(), m_y + height));
    m_y += height;
}

void ReportWriter::table(const ReportTable &table)
{
    if (m_cancelled || table.headers.isEmpty())
        return;
    const QList<double> widths = columnWidths(table);
    const QFont headerFont = font(tableSize, true);
    const QFont cellFont = font(tableSize);
    const double headerHeight = rowHeight(table.headers, widths, headerFont);
    const double tallest = m_body.height() - headerHeight;
    const auto drawHeader = [&] {
        drawRow(table.headers, widths, headerFont, headerHeight, headerFill, {});
    };
    const double firstRow = table.rows.isEmpty()
                                ? 0
                                : std::min(tallest, rowHeight(table.rows.first(), widths, cellFont));
    ensureSpace(headerHeight + firstRow);
    drawHeader();
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        if (m_cancelled)
            return;
        // A row taller than a page (never in practice: callers cut long texts) is clipped.
        const double height = std::min(tallest, rowHeight(table.rows[row], widths, cellFont));
        if (height > remaining()) {
            newPage();
            drawHeader();
        }
        drawRow(table.rows[row], widths, cellFont, height, row % 2 ? stripeFill : QColor(),
                row < table.marks.size() ? table.marks[row] : QColor());
    }
    m_y += pt(10);
}

void ReportWriter::preformatted(const QString &text)
{
    if (m_cancelled)
        return;
    const QFont mono = font(7, false, true);
    const QFontMetricsF metrics(mono, &m_metricsDevice);
    const double padding = pt(5);
    const double width = m_body.width() - 2 * padding;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const double height = metrics
                                  .boundingRect(QRectF(0, 0, width, 1e9),
                                                Qt::TextWrapAnywhere | Qt::AlignLeft, line)
                                  .height();
        ensureSpace(height);
        if (painting()) {
            m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), height), stripeFill);
            m_painter->fillRect(QRectF(m_body.left(), m_y, pt(2), height), rule);
        }
        drawText(QRectF(m_body.left() + padding, m_y, width, height), line, mono,
                 Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop, ink);
        m_y += height;
    }
    m_y += pt(8);
}

void ReportWriter::paintFigurePart(const ReportFigure &figure, double scale, const QRectF &source,
                                   const QPointF &at)
{
    if (!painting())
        return;
    const double header = figure.headerHeight();
    m_painter->save();
    m_painter->translate(at);
    m_painter->scale(scale, scale);
    m_painter->setFont(font(tableSize));
    if (header > 0) {
        m_painter->save();
        m_painter->translate(-source.left(), 0);
        m_painter->setClipRect(QRectF(source.left(), 0, source.width(), header));
        figure.paintHeader(*m_painter, source.left(), source.right());
        m_painter->restore();
    }
    m_painter->translate(-source.left(), header - source.top());
    m_painter->setClipRect(source);
    figure.paint(*m_painter, source);
    m_painter->restore();
    m_painter->setPen(QPen(rule, pt(0.6)));
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRect(QRectF(at, QSizeF(source.width(), source.height() + header) * scale));
}

void ReportWriter::figure(const ReportFigure &figure, const QString &caption)
{
    if (m_cancelled)
        return;
    ++m_figureNumber;
    const QSizeF size = figure.size();
    if (size.isEmpty())
        return;
    const double header = figure.headerHeight();
    const QFont captionFont = font(smallSize + 0.5, true);
    const QFontMetricsF captionMetrics(captionFont, &m_metricsDevice);
    const double captionHeight = captionMetrics.height() + pt(4);
    const double pageRoom = m_body.height() - captionHeight;

    double scale = std::min(1.0, m_body.width() / size.width());
    if (figure.prefersOnePage())
        scale = std::min(scale, pageRoom / size.height());
    scale = std::max(scale, std::min(1.0, figure.minimumScale()));
    const double tileWidth = m_body.width() / scale;
    // Pages side by side: cut where the figure allows it cleanly, else overlap a little.
    QList<std::pair<double, double>> columns;
    for (double x0 = 0; x0 < size.width();) {
        double x1 = std::min(size.width(), x0 + tileWidth);
        double next = x1;
        if (x1 < size.width()) {
            const double cut = figure.cutLeftOf(x1);
            if (cut < x1 && cut > x0 + tileWidth / 4)
                x1 = next = cut;
            else
                next = x1 - tileOverlap;
        }
        columns.append({x0, x1});
        x0 = next;
    }
    const double bodyTop = header;
    const double minimumSlice = std::min(size.height() - bodyTop, pt(60) / scale);

    // Plan the parts first, so that each caption can say "part 2 of 5". A continuation always
    // starts a page; the first part moves to the next page when too little of it fits here, or
    // when a figure that should stay whole would fit there.
    struct Part
    {
        QRectF source;
        bool newPage;
    };
    QList<Part> parts;
    double y = m_y;
    const double wholeHeight = captionHeight + size.height() * scale;
    for (const auto &[x0, x1] : columns) {
        for (double top = bodyTop; top < size.height();) {
            const bool first = parts.isEmpty();
            const double roomHere = (m_body.bottom() - y - captionHeight) / scale - header;
            const bool movesWhole = figure.prefersOnePage() && wholeHeight > m_body.bottom() - y
                                    && wholeHeight <= m_body.height();
            const bool startPage = !first
                                   || (y > m_body.top() && (movesWhole || roomHere < minimumSlice));
            if (startPage)
                y = m_body.top();
            const double room = (m_body.bottom() - y - captionHeight) / scale - header;
            double bottom = std::min(size.height(), top + room);
            if (bottom < size.height()) {
                // A clean cut too near the top would leave a sliver; cut through instead.
                const double cut = figure.cutAbove(bottom);
                bottom = cut > top + room / 4 ? cut : std::max(bottom, top + 1);
            }
            parts.append({QRectF(x0, top, x1 - x0, bottom - top), startPage});
            y += captionHeight + (bottom - top + header) * scale + pt(10);
            top = bottom;
        }
    }

    for (qsizetype index = 0; index < parts.size(); ++index) {
        const Part &part = parts[index];
        if (part.newPage)
            newPage();
        if (m_cancelled)
            return;
        QString text = ReportText::tr("Figure %1: %2").arg(m_figureNumber).arg(caption);
        if (parts.size() > 1)
            text = ReportText::tr("%1 (part %2 of %3)").arg(text).arg(index + 1).arg(parts.size());
        drawText(QRectF(m_body.left(), m_y, m_body.width(), captionHeight), text, captionFont,
                 Qt::AlignLeft | Qt::AlignTop, muted);
        if (index + 1 < parts.size())
            drawText(QRectF(m_body.left(), m_y, m_body.width(), captionHeight),
                     ReportText::tr("continued on the next page \u2192"), font(smallSize),
                     Qt::AlignRight | Qt::AlignTop, muted);
        m_y += captionHeight;
        paintFigurePart(figure, scale, part.source, QPointF(m_body.left(), m_y));
        m_y += (part.source.height() + header) * scale + pt(10);
    }
}

void ReportWriter::signatureLines(const QStringList &roles)
{
    if (m_cancelled || roles.isEmpty())
        return;
    const QFont labelFont = font(smallSize + 0.5);
    const double gap = pt(24);
    const double width = (m_body.width() - gap) / 2;
    for (qsizetype index = 0; index < roles.size(); index += 2) {
        ensureSpace(pt(64));
        m_y += pt(40);
        for (qsizetype column = 0; column < 2 && index + column < roles.size(); ++column) {
            const double x = m_body.left() + double(column) * (width + gap);
            if (painting()) {
                m_painter->setPen(QPen(ink, pt(0.7)));
                m_painter->drawLine(QPointF(x, m_y), QPointF(x + width, m_y));
            }
            drawText(QRectF(x, m_y + pt(3), width, pt(14)), roles[index + column], labelFont,
                     Qt::AlignLeft | Qt::AlignTop, muted);
        }
        m_y += pt(20);
    }
}

void ReportWriter::pageBreak()
{
    if (!m_cancelled && m_y > m_body.top())
        newPage();
}

void ReportWriter::space(double points)
{
    m_y = std::min(m_body.bottom(), m_y + pt(points));
}

} // namespace uw
