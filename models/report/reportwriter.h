#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;

namespace uw {

/**
 * Something a report draws that may not fit on one page: the Gantt, the dependency graph, a
 * chart. Coordinates are the report's units (pixels at ReportWriter::dpi()); a header band at
 * the top, if any, is repeated on every page the figure continues on (the Gantt's time axis).
 */
class ReportFigure
{
public:
    virtual ~ReportFigure() = default;
    /** The figure at scale 1, header band included. */
    virtual QSizeF size() const = 0;
    virtual double headerHeight() const { return 0; }
    /** Paints the part source (figure coordinates, below the header band) of the figure. */
    virtual void paint(QPainter &painter, const QRectF &source) const = 0;
    /** Paints the header band between x0 and x1; only called when headerHeight() > 0. */
    virtual void paintHeader(QPainter &painter, double x0, double x1) const;
    /** The nearest y at or above y where a page may cut the figure (a row boundary). */
    virtual double cutAbove(double y) const { return y; }
    /**
     * The nearest x at or left of x where pages side by side may cut the figure cleanly; x
     * when there is no such place, and the pages then overlap a little instead.
     */
    virtual double cutLeftOf(double x) const { return x; }
    /** True to shrink the figure onto one page where legible rather than splitting it. */
    virtual bool prefersOnePage() const { return false; }
    /** The smallest scale at which the figure stays legible; below it, it is tiled. */
    virtual double minimumScale() const { return 0.55; }
};

/** A table of text cells that breaks across pages between rows, repeating its header. */
struct ReportTable
{
    QStringList headers;
    /** Relative column widths; equal widths when empty. */
    QList<double> widths;
    QList<QStringList> rows;
    /** Optional, per row: a mark drawn at the row's left edge (e.g. red for a failure). */
    QList<QColor> marks;
};

/**
 * Where the pages go: a PDF file (vector, fonts embedded) or images for a preview. The same
 * layout code draws on both, so the preview shows exactly what the PDF will hold.
 */
class ReportCanvas
{
public:
    virtual ~ReportCanvas() = default;
    /** Starts painting the next page (the first call, the first page). */
    virtual QPainter *startPage() = 0;
    /** Ends painting; false with a message when the output could not be written. */
    virtual bool finish(QString *error) = 0;
    /** Drops what was painted (a cancelled report leaves no partial file). */
    virtual void discard() = 0;
};

/**
 * Lays out a report onto pages: headings (numbered, collected into a table of contents),
 * paragraphs, key/value lists, tables that break between rows with repeated headers, and
 * figures scaled to the page width down to a legible minimum and tiled across pages beyond it.
 * Every page after the cover has a header (change title, report kind) and a footer
 * (generation time, "page X of N").
 *
 * Layout runs as passes over the same composition: measuring passes without a canvas learn the
 * page of every heading and the page count, then the painting pass draws with both known.
 */
class ReportWriter
{
public:
    enum class Tone { Neutral, Good, Warning, Bad };
    struct TocEntry
    {
        int level = 1;
        QString number;
        QString title;
        int page = 0;
        friend bool operator==(const TocEntry &, const TocEntry &) = default;
    };
    /** Called as each page starts painting; returning false cancels the report. */
    using Progress = std::function<bool(int page, int pageCount)>;

    ReportWriter(const QPageSize &pageSize, int dpi);
    ~ReportWriter();

    /** Resolution of the report's units; the screen's, so that views draw as on screen. */
    int dpi() const { return m_dpi; }
    const QPageSize &pageSize() const { return m_pageSize; }
    void setHeader(const QString &title, const QString &kind);
    void setFooter(const QString &text);
    void setFontFamily(const QString &family);

    /**
     * Runs compose as measuring passes until the contents settle, then once more painting on
     * canvas. False when cancelled through progress or when the canvas failed (error says why).
     */
    bool render(const std::function<void(ReportWriter &)> &compose, ReportCanvas &canvas,
                const Progress &progress, QString *error);
    int pageCount() const { return m_knownPageCount; }
    const QList<TocEntry> &contents() const { return m_knownContents; }

    // What compose calls.
    void cover(const QString &kind, const QString &title, const QString &subtitle);
    void tableOfContents();
    /** level 1 starts a new page; level 2 keeps with what follows. */
    void heading(int level, const QString &title);
    void paragraph(const QString &text, Tone tone = Tone::Neutral);
    /** A framed sentence that must not be missed, e.g. "the plan does not fit". */
    void callout(const QString &text, Tone tone);
    void keyValues(const QList<std::pair<QString, QString>> &items);
    void table(const ReportTable &table);
    /** Monospaced text (command output), framed, never wrapped in the middle of a line. */
    void preformatted(const QString &text);
    void figure(const ReportFigure &figure, const QString &caption);
    /** Lines for handwritten signatures with the role under each. */
    void signatureLines(const QStringList &roles);
    void pageBreak();
    /** Blank space in points. */
    void space(double points);

    /** Points to report units. */
    double pt(double points) const { return points * m_dpi / 72.0; }
    QFont font(double points, bool bold = false, bool monospace = false) const;
    double contentWidth() const { return m_body.width(); }
    /** The width figures get on pages of pageSize, for figures made before the writer. */
    static double contentWidth(const QPageSize &pageSize, int dpi);
    static QColor toneColour(Tone tone);
    /**
     * The widths table's columns are drawn with: its relative widths, except that a column
     * gets at least its longest word (up to a third of the page) so that no word is cut.
     */
    QList<double> columnWidths(const ReportTable &table) const;

private:
    void beginPass(ReportCanvas *canvas);
    void newPage();
    void paintPageFrame();
    /** Starts a new page when less than height is left on this one. */
    void ensureSpace(double height);
    double remaining() const { return m_body.bottom() - m_y; }
    double textHeight(const QString &text, const QFont &font, double width) const;
    void drawText(const QRectF &rect, const QString &text, const QFont &font, int flags,
                  const QColor &colour = Qt::black);
    double rowHeight(const QStringList &cells, const QList<double> &widths, const QFont &font) const;
    void drawRow(const QStringList &cells, const QList<double> &widths, const QFont &font,
                 double height, const QColor &background, const QColor &mark);
    void paintFigurePart(const ReportFigure &figure, double scale, const QRectF &source,
                         const QPointF &at);
    bool painting() const { return m_painter != nullptr; }

    QPageSize m_pageSize;
    int m_dpi;
    QRectF m_page;
    QRectF m_body;
    QString m_fontFamily;
    QString m_headerTitle;
    QString m_headerKind;
    QString m_footer;
    /** Measures text as the canvas will draw it: an image at the report's resolution. */
    QImage m_metricsDevice;

    // State of the current pass.
    ReportCanvas *m_canvas = nullptr;
    QPainter *m_painter = nullptr;
    int m_pageNumber = 0;
    double m_y = 0;
    bool m_hasCover = false;
    bool m_canvasFailed = false;
    bool m_cancelled = false;
    int m_figureNumber = 0;
    QList<int> m_sectionNumbers;
    QList<TocEntry> m_contents;
    Progress m_progress;

    // What the previous pass learnt.
    int m_knownPageCount = 0;
    bool m_knownCover = false;
    QList<TocEntry> m_knownContents;
};

} // namespace uw
