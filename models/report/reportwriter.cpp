#include "reportwriter.h"
#include "reportwriter_p.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

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

void ReportFigure::paintHeader(QPainter &, double, double) const {}

ReportWriter::ReportWriter(const QPageSize &pageSize, int dpi)
    : m_pageSize(pageSize)
    , m_dpi(dpi)
    , m_fontFamily(QStringLiteral("DejaVu Sans"))
    , m_metricsDevice(1, 1, QImage::Format_ARGB32_Premultiplied)
{
    const QSizeF points = pageSize.size(QPageSize::Point);
    m_page = QRectF(0, 0, pt(points.width()), pt(points.height()));
    m_body = QRectF(QPointF(pt(sideMargin), pt(topMargin)),
                    QPointF(m_page.width() - pt(sideMargin), m_page.height() - pt(bottomMargin)));
    const int dotsPerMeter = qRound(dpi / 0.0254);
    m_metricsDevice.setDotsPerMeterX(dotsPerMeter);
    m_metricsDevice.setDotsPerMeterY(dotsPerMeter);
}

ReportWriter::~ReportWriter() = default;

double ReportWriter::contentWidth(const QPageSize &pageSize, int dpi)
{
    return (pageSize.size(QPageSize::Point).width() - 2 * sideMargin) * dpi / 72.0;
}

void ReportWriter::setHeader(const QString &title, const QString &kind)
{
    m_headerTitle = title;
    m_headerKind = kind;
}

void ReportWriter::setFooter(const QString &text)
{
    m_footer = text;
}

void ReportWriter::setFontFamily(const QString &family)
{
    m_fontFamily = family;
}

QFont ReportWriter::font(double points, bool bold, bool monospace) const
{
    QFont result(monospace ? QStringLiteral("DejaVu Sans Mono") : m_fontFamily);
    result.setStyleHint(monospace ? QFont::Monospace : QFont::SansSerif);
    result.setPointSizeF(points);
    result.setBold(bold);
    // Unhinted glyph advances are the same on the measuring image and in the PDF.
    result.setHintingPreference(QFont::PreferNoHinting);
    // Ligatures ("fi", "fl") would make words unsearchable and uncopyable in some viewers.
    result.setStyleStrategy(QFont::PreferNoShaping);
    return result;
}

QColor ReportWriter::toneColour(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        break;
    case Tone::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Tone::Warning:
        return QColor(0xc7, 0x7c, 0x02);
    case Tone::Bad:
        return QColor(0xc6, 0x28, 0x28);
    }
    return accent;
}

bool ReportWriter::render(const std::function<void(ReportWriter &)> &compose, ReportCanvas &canvas,
                          const Progress &progress, QString *error)
{
    m_knownContents.clear();
    m_knownPageCount = 0;
    m_knownCover = false;
    m_progress = {};
    // Each measuring pass uses the page numbers of the one before; the contents' own length
    // can move headings, so repeat until nothing moves (it settles in two or three passes).
    for (int pass = 0; pass < 4; ++pass) {
        beginPass(nullptr);
        compose(*this);
        const bool settled = m_contents == m_knownContents && m_pageNumber == m_knownPageCount;
        m_knownContents = m_contents;
        m_knownPageCount = m_pageNumber;
        m_knownCover = m_hasCover;
        if (settled)
            break;
    }
    m_progress = progress;
    beginPass(&canvas);
    if (!m_cancelled)
        compose(*this);
    m_painter = nullptr;
    m_canvas = nullptr;
    if (m_canvasFailed)
        return canvas.finish(error);
    if (m_cancelled) {
        canvas.discard();
        *error = ReportText::tr("The report was cancelled.");
        return false;
    }
    return canvas.finish(error);
}

void ReportWriter::beginPass(ReportCanvas *canvas)
{
    m_canvas = canvas;
    m_painter = nullptr;
    m_pageNumber = 0;
    m_hasCover = false;
    m_cancelled = false;
    m_canvasFailed = false;
    m_figureNumber = 0;
    m_sectionNumbers.clear();
    m_contents.clear();
    newPage();
}

void ReportWriter::newPage()
{
    if (m_cancelled)
        return;
    ++m_pageNumber;
    m_y = m_body.top();
    if (!m_canvas)
        return;
    if (m_progress && !m_progress(m_pageNumber, m_knownPageCount)) {
        m_cancelled = true;
        m_painter = nullptr;
        return;
    }
    m_painter = m_canvas->startPage();
    if (!m_painter) {
        m_cancelled = true;
        m_canvasFailed = true;
        return;
    }
    m_painter->setRenderHint(QPainter::Antialiasing);
    if (!(m_pageNumber == 1 && m_knownCover))
        paintPageFrame();
}

void ReportWriter::paintPageFrame()
{
    const QFont small = font(smallSize);
    const QFontMetricsF metrics(small, &m_metricsDevice);
    const double width = m_body.width();
    const QString kind = m_headerKind;
    const double kindWidth = metrics.horizontalAdvance(kind) + pt(12);
    const QString title = metrics.elidedText(m_headerTitle, Qt::ElideRight, width - kindWidth);
    const double headerTop = pt(headerBaseline) - metrics.ascent();
    drawText(QRectF(m_body.left(), headerTop, width, metrics.height()), title, small,
             Qt::AlignLeft | Qt::AlignTop, muted);
    drawText(QRectF(m_body.left(), headerTop, width, metrics.height()), kind, small,
             Qt::AlignRight | Qt::AlignTop, muted);
    m_painter->setPen(QPen(rule, pt(0.6)));
    const double headerRule = headerTop + metrics.height() + pt(4);
    m_painter->drawLine(QPointF(m_body.left(), headerRule), QPointF(m_body.right(), headerRule));

    const double footerTop = m_page.height() - pt(footerOffset);
    m_painter->drawLine(QPointF(m_body.left(), footerTop - pt(4)),
                        QPointF(m_body.right(), footerTop - pt(4)));
    const QString pageText
        = m_knownPageCount > 0
              ? ReportText::tr("Page %1 of %2").arg(m_pageNumber).arg(m_knownPageCount)
              : ReportText::tr("Page %1").arg(m_pageNumber);
    drawText(QRectF(m_body.left(), footerTop, width, metrics.height()), m_footer, small,
             Qt::AlignLeft | Qt::AlignTop, muted);
    drawText(QRectF(m_body.left(), footerTop, width, metrics.height()), pageText, small,
             Qt::AlignRight | Qt::AlignTop, muted);
}

void ReportWriter::ensureSpace(double height)
{
    if (m_y > m_body.top() && height > remaining())
        newPage();
}

double ReportWriter::textHeight(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF metrics(font, &m_metricsDevice);
    if (text.isEmpty())
        return metrics.height();
    return metrics
        .boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      text)
        .height();
}

void ReportWriter::drawText(const QRectF &rect, const QString &text, const QFont &font, int flags,
                            const QColor &colour)
{
    if (!painting())
        return;
    m_painter->setFont(font);
    m_painter->setPen(colour);
    m_painter->drawText(rect, flags, text);
}

void ReportWriter::cover(const QString &kind, const QString &title, const QString &subtitle)
{
    if (m_cancelled)
        return;
    m_hasCover = true;
    const double bandHeight = pt(150);
    if (painting()) {
        m_painter->fillRect(QRectF(0, 0, m_page.width(), bandHeight), accent);
        m_painter->fillRect(QRectF(0, bandHeight, m_page.width(), pt(4)), toneColour(Tone::Warning));
    }
    const QFont kindFont = font(11, true);
    drawText(QRectF(m_body.left(), pt(70), m_body.width(), pt(20)), kind.toUpper(), kindFont,
             Qt::AlignLeft | Qt::AlignTop, QColor(0xdb, 0xe6, 0xf3));
    m_y = bandHeight + pt(36);
    const QFont titleFont = font(22, true);
    const double titleHeight = textHeight(title, titleFont, m_body.width());
    drawText(QRectF(m_body.left(), m_y, m_body.width(), titleHeight), title, titleFont,
             Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, ink);
    m_y += titleHeight + pt(10);
    if (!subtitle.isEmpty()) {
        const QFont subtitleFont = font(12);
        const double height = textHeight(subtitle, subtitleFont, m_body.width());
        drawText(QRectF(m_body.left(), m_y, m_body.width(), height), subtitle, subtitleFont,
                 Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, muted);
        m_y += height;
    }
    m_y += pt(24);
}

void ReportWriter::tableOfContents()
{
    if (m_cancelled)
        return;
    if (m_y > m_body.top())
        newPage();
    const QFont titleFont = font(16, true);
    const double titleHeight = textHeight(ReportText::tr("Contents"), titleFont, m_body.width());
    drawText(QRectF(m_body.left(), m_y, m_body.width(), titleHeight), ReportText::tr("Contents"),
             titleFont, Qt::AlignLeft | Qt::AlignTop, accent);
    m_y += titleHeight + pt(12);
    for (const TocEntry &entry : std::as_const(m_knownContents)) {
        const QFont entryFont = font(entry.level == 1 ? 10.5 : 9.5, entry.level == 1);
        const QFontMetricsF metrics(entryFont, &m_metricsDevice);
        const double lineHeight = metrics.height() * (entry.level == 1 ? 1.7 : 1.4);
        ensureSpace(lineHeight);
        const double indent = entry.level == 1 ? 0 : pt(22);
        const QString page = QString::number(entry.page);
        const double pageWidth = pt(30);
        const double left = m_body.left() + indent;
        const double available = m_body.width() - indent - pageWidth - pt(8);
        const QString text = metrics.elidedText(entry.number + QStringLiteral("  ") + entry.title,
                                                Qt::ElideRight, available);
        const QRectF line(left, m_y, m_body.width() - indent, metrics.height());
        drawText(line, text, entryFont, Qt::AlignLeft | Qt::AlignTop, ink);
        drawText(line, page, entryFont, Qt::AlignRight | Qt::AlignTop, ink);
        if (painting()) {
            const double textEnd = left + metrics.horizontalAdvance(text) + pt(4);
            const double pageStart = m_body.right() - metrics.horizontalAdvance(page) - pt(4);
            if (pageStart > textEnd) {
                m_painter->setPen(QPen(rule, pt(0.8), Qt::DotLine));
                const double baseline = m_y + metrics.ascent();
                m_painter->drawLine(QPointF(textEnd, baseline), QPointF(pageStart, baseline));
            }
        }
        m_y += lineHeight;
    }
    newPage();
}

void ReportWriter::heading(int level, const QString &title)
{
    if (m_cancelled)
        return;
    QString number;
    if (level <= 1) {
        m_sectionNumbers = {m_sectionNumbers.isEmpty() ? 1 : m_sectionNumbers.first() + 1};
        number = QString::number(m_sectionNumbers.first());
    } else {
        if (m_sectionNumbers.isEmpty())
            m_sectionNumbers = {0};
        if (m_sectionNumbers.size() < 2)
            m_sectionNumbers.append(0);
        ++m_sectionNumbers[1];
        number = QStringLiteral("%1.%2").arg(m_sectionNumbers[0]).arg(m_sectionNumbers[1]);
    }
    const QFont headingFont = font(level <= 1 ? 15 : 11.5, true);
    const QString text = number + QStringLiteral("  ") + title;
    const double height = textHeight(text, headingFont, m_body.width());
    // A heading never ends a page: it needs room for a few lines of what it introduces.
    const double before = m_y > m_body.top() ? pt(level <= 1 ? 18 : 10) : 0;
    ensureSpace(before + height + pt(level <= 1 ? 120 : 70));
    if (m_y > m_body.top())
        m_y += before;
    drawText(QRectF(m_body.left(), m_y, m_body.width(), height), text, headingFont,
             Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, level <= 1 ? accent : ink);
    m_y += height;
    if (level <= 1 && painting()) {
        m_painter->setPen(QPen(accent, pt(1)));
        m_painter->drawLine(QPointF(m_body.left(), m_y + pt(3)),
                            QPointF(m_body.right(), m_y + pt(3)));
    }
    m_y += pt(level <= 1 ? 10 : 5);
    m_contents.append({level <= 1 ? 1 : 2, number, title, m_pageNumber});
}

void ReportWriter::paragraph(const QString &text, Tone tone)
{
    if (m_cancelled)
        return;
    const QFont bodyFont = font(bodySize);
    // Each line break starts a block that may go to the next page on its own.
    for (const QString &block : text.split(QLatin1Char('\n'))) {
        const double height = textHeight(block, bodyFont, m_body.width());
        ensureSpace(height);
        drawText(QRectF(m_body.left(), m_y, m_body.width(), height), block, bodyFont,
                 Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                 tone == Tone::Neutral ? ink : toneColour(tone));
        m_y += height;
    }
    m_y += pt(6);
}

void ReportWriter::callout(const QString &text, Tone tone)
{
    if (m_cancelled)
        return;
    const QFont calloutFont = font(bodySize, true);
    const double padding = pt(7);
    const double textWidth = m_body.width() - 2 * padding - pt(4);
    const double height = textHeight(text, calloutFont, textWidth) + 2 * padding;
    ensureSpace(height);
    const QColor colour = toneColour(tone);
    if (painting()) {
        QColor fill = colour;
        fill.setAlpha(28);
        m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), height), fill);
        m_painter->fillRect(QRectF(m_body.left(), m_y, pt(4), height), colour);
    }
    drawText(QRectF(m_body.left() + pt(4) + padding, m_y + padding, textWidth, height), text,
             calloutFont, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, colour.darker(140));
    m_y += height + pt(8);
}

void ReportWriter::keyValues(const QList<std::pair<QString, QString>> &items)
{
    if (m_cancelled)
        return;
    const QFont keyFont = font(bodySize, true);
    const QFont valueFont = font(bodySize);
    const double keyWidth = m_body.width() * 0.28;
    const double valueWidth = m_body.width() - keyWidth - pt(8);
    for (const auto &[key, value] : items) {
        const double height = std::max(textHeight(key, keyFont, keyWidth),
                                       textHeight(value, valueFont, valueWidth));
        ensureSpace(height);
        drawText(QRectF(m_body.left(), m_y, keyWidth, height), key, keyFont,
                 Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, muted);
        drawText(QRectF(m_body.left() + keyWidth + pt(8), m_y, valueWidth, height), value,
                 valueFont, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, ink);
        m_y += height + pt(4);
    }
    m_y += pt(6);
}

} // namespace uw
