#include "reportwriter.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QTest>

#include <numeric>

using namespace uw;

/** How report blocks are laid out on the page, apart from any particular report. */
class TestReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void columnsFollowTheirRelativeWidthsWhenEveryWordFits();
    void aColumnIsNeverNarrowerThanItsLongestWord();
    void aVeryLongWordTakesAtMostAThirdOfThePage();

private:
    static double sum(const QList<double> &widths)
    {
        return std::accumulate(widths.cbegin(), widths.cend(), 0.0);
    }
    static double advance(const ReportWriter &writer, const QString &text)
    {
        return QFontMetricsF(writer.font(9)).horizontalAdvance(text);
    }

    ReportWriter m_writer{QPageSize(QPageSize::A4), 96};
};

void TestReportLayout::columnsFollowTheirRelativeWidthsWhenEveryWordFits()
{
    const ReportTable table{{QStringLiteral("A"), QStringLiteral("B")},
                            {1, 3},
                            {{QStringLiteral("x"), QStringLiteral("a few short words")}},
                            {}};
    const QList<double> widths = m_writer.columnWidths(table);
    QCOMPARE(widths.size(), 2);
    QVERIFY(qFuzzyCompare(widths[1], 3 * widths[0]));
    QVERIFY(qFuzzyCompare(sum(widths), m_writer.contentWidth()));
}

void TestReportLayout::aColumnIsNeverNarrowerThanItsLongestWord()
{
    // The plan's step table: "Communicate" in a narrow Phase column was cut to "Commun".
    const ReportTable table{{QStringLiteral("#"), QStringLiteral("Step"), QStringLiteral("Phase"),
                             QStringLiteral("Owner"), QStringLiteral("Start"),
                             QStringLiteral("Finish"), QStringLiteral("Likely"),
                             QStringLiteral("Slack")},
                            {0.5, 3.2, 0.4, 1.2, 1.9, 1.9, 0.9, 0.9},
                            {{QStringLiteral("3"), QStringLiteral("Send the notice"),
                              QStringLiteral("Communicate"), QStringLiteral("Miriam"),
                              QStringLiteral("Sat 2026-12-12 22:13 CET"),
                              QStringLiteral("Sat 2026-12-12 22:18 CET"), QStringLiteral("5 min"),
                              QStringLiteral("critical")}},
                            {}};
    const QList<double> widths = m_writer.columnWidths(table);
    QVERIFY2(widths[2] > advance(m_writer, QStringLiteral("Communicate")),
             qPrintable(QString::number(widths[2])));
    QVERIFY(qFuzzyCompare(sum(widths), m_writer.contentWidth()));
    // The room came from the columns that had it to spare, the Step column first.
    QVERIFY(widths[1] < m_writer.contentWidth() * 3.2 / 10.9);
    for (const double width : widths)
        QVERIFY(width > 0);
}

void TestReportLayout::aVeryLongWordTakesAtMostAThirdOfThePage()
{
    const QString host = QStringLiteral("x").repeated(400);
    const ReportTable table{{QStringLiteral("Host"), QStringLiteral("Note")},
                            {1, 4},
                            {{host, QStringLiteral("wraps")}},
                            {}};
    const QList<double> widths = m_writer.columnWidths(table);
    QVERIFY(widths[0] <= m_writer.contentWidth() / 3 + 0.01);
    QVERIFY(qFuzzyCompare(sum(widths), m_writer.contentWidth()));
}

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
