#include "zonedtime.h"

#include <QTest>

using namespace uw;

Q_DECLARE_METATYPE(uw::WallClockMatch)

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

const QString berlin = QStringLiteral("Europe/Berlin");
const QString newYork = QStringLiteral("America/New_York");

} // namespace

/**
 * Windows are stored in UTC and edited as wall-clock time in their zone: these conversions
 * must get DST right, because a maintenance window that is an hour shorter than planned is
 * exactly the kind of surprise the workbench exists to prevent.
 */
class TestZonedTime : public QObject
{
    Q_OBJECT

private slots:
    void wallClockMapsToTheRightInstant_data();
    void wallClockMapsToTheRightInstant();
    void windowLengthIsTheTrueDurationAcrossDst_data();
    void windowLengthIsTheTrueDurationAcrossDst();
    void exactWallTimesRoundTrip_data();
    void exactWallTimesRoundTrip();
    void formatsInTheZoneWithItsAbbreviation_data();
    void formatsInTheZoneWithItsAbbreviation();
    void formatsDurationsForPeople_data();
    void formatsDurationsForPeople();
    void unknownZonesAreRefused_data();
    void unknownZonesAreRefused();
};

void TestZonedTime::wallClockMapsToTheRightInstant_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<WallClockMatch>("match");

    QTest::newRow("Berlin winter evening is one hour ahead of UTC")
        << berlin << QDate(2026, 12, 5) << QTime(22, 0) << utc(2026, 12, 5, 21)
        << WallClockMatch::Exact;
    QTest::newRow("Berlin summer noon is two hours ahead of UTC")
        << berlin << QDate(2026, 7, 4) << QTime(12, 0) << utc(2026, 7, 4, 10)
        << WallClockMatch::Exact;
    QTest::newRow("Berlin 02:30 on spring-forward night moves to the 03:00 jump")
        << berlin << QDate(2026, 3, 29) << QTime(2, 30) << utc(2026, 3, 29, 1)
        << WallClockMatch::MovedOutOfGap;
    QTest::newRow("Berlin 02:00 on spring-forward night is already in the gap")
        << berlin << QDate(2026, 3, 29) << QTime(2, 0) << utc(2026, 3, 29, 1)
        << WallClockMatch::MovedOutOfGap;
    QTest::newRow("Berlin 03:00 on spring-forward night exists once")
        << berlin << QDate(2026, 3, 29) << QTime(3, 0) << utc(2026, 3, 29, 1)
        << WallClockMatch::Exact;
    QTest::newRow("Berlin 02:30 on fall-back night takes the earlier, summer-time occurrence")
        << berlin << QDate(2026, 10, 25) << QTime(2, 30) << utc(2026, 10, 25, 0, 30)
        << WallClockMatch::FirstOfTwo;
    QTest::newRow("Berlin 03:00 on fall-back night exists once, in winter time")
        << berlin << QDate(2026, 10, 25) << QTime(3, 0) << utc(2026, 10, 25, 2)
        << WallClockMatch::Exact;
    QTest::newRow("New York 02:30 on spring-forward night moves to the 03:00 jump")
        << newYork << QDate(2026, 3, 8) << QTime(2, 30) << utc(2026, 3, 8, 7)
        << WallClockMatch::MovedOutOfGap;
    QTest::newRow("New York 01:30 on fall-back night takes the earlier, EDT occurrence")
        << newYork << QDate(2026, 11, 1) << QTime(1, 30) << utc(2026, 11, 1, 5, 30)
        << WallClockMatch::FirstOfTwo;
    QTest::newRow("New York winter evening is five hours behind UTC")
        << newYork << QDate(2026, 12, 5) << QTime(22, 0) << utc(2026, 12, 6, 3)
        << WallClockMatch::Exact;
    QTest::newRow("UTC has no transitions")
        << QStringLiteral("UTC") << QDate(2026, 3, 29) << QTime(2, 30) << utc(2026, 3, 29, 2, 30)
        << WallClockMatch::Exact;
}

void TestZonedTime::wallClockMapsToTheRightInstant()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QDateTime, expected);
    QFETCH(WallClockMatch, match);

    WallClockMatch actualMatch = WallClockMatch::Invalid;
    const QDateTime actual = fromWallClock(date, time, zone, &actualMatch);
    QCOMPARE(actual, expected);
    QCOMPARE(actual.timeSpec(), Qt::UTC);
    QCOMPARE(actualMatch, match);
    const QString note = wallClockNote(date, time, zone, actualMatch, actual,
                                       QLocale(QLocale::English, QLocale::UnitedStates));
    // Only an adjusted reading is worth a word, and that word names the instant used.
    QCOMPARE(note.isEmpty(), match == WallClockMatch::Exact);
    if (!note.isEmpty())
        QVERIFY2(note.contains(formatInZone(actual, zone, QLocale(QLocale::English))),
                 qPrintable(note));
}

void TestZonedTime::windowLengthIsTheTrueDurationAcrossDst_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("hours");

    QTest::newRow("Berlin 00:00-06:00 on fall-back night lasts 7 h")
        << berlin << QDate(2026, 10, 25) << 7LL;
    QTest::newRow("Berlin 00:00-06:00 on spring-forward night lasts 5 h")
        << berlin << QDate(2026, 3, 29) << 5LL;
    QTest::newRow("Berlin 00:00-06:00 on an ordinary night lasts 6 h")
        << berlin << QDate(2026, 12, 6) << 6LL;
    QTest::newRow("New York 00:00-06:00 on fall-back night lasts 7 h")
        << newYork << QDate(2026, 11, 1) << 7LL;
    QTest::newRow("New York 00:00-06:00 on spring-forward night lasts 5 h")
        << newYork << QDate(2026, 3, 8) << 5LL;
}

void TestZonedTime::windowLengthIsTheTrueDurationAcrossDst()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(qint64, hours);

    const QDateTime start = fromWallClock(date, QTime(0, 0), zone);
    const QDateTime end = fromWallClock(date, QTime(6, 0), zone);
    QCOMPARE(start.secsTo(end), hours * 3600);
    QCOMPARE(formatDuration(start.secsTo(end)), QStringLiteral("%1 h").arg(hours));
}

void TestZonedTime::exactWallTimesRoundTrip_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("wall");

    const QDateTime samples[] = {QDateTime(QDate(2026, 1, 15), QTime(9, 45)),
                                 QDateTime(QDate(2026, 3, 29), QTime(3, 0)),
                                 QDateTime(QDate(2026, 10, 25), QTime(4, 15)),
                                 QDateTime(QDate(2026, 12, 31), QTime(23, 59))};
    for (const QString &zone : {berlin, newYork, QStringLiteral("Asia/Kolkata")}) {
        for (const QDateTime &wall : samples) {
            QTest::addRow("%s %s", qPrintable(zone), qPrintable(wall.toString(Qt::ISODate)))
                << zone << wall;
        }
    }
}

void TestZonedTime::exactWallTimesRoundTrip()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, wall);

    const QDateTime instant = fromWallClock(wall.date(), wall.time(), zone);
    const QDateTime shown = toZone(instant, zone);
    QCOMPARE(shown.date(), wall.date());
    QCOMPARE(shown.time(), wall.time());
    QCOMPARE(shown.toUTC(), instant);
    // Editors get the same reading without a zone, and give it back unchanged.
    const QDateTime editorValue = wallClockValue(instant, zone);
    QCOMPARE(editorValue, QDateTime(wall.date(), wall.time(), Qt::UTC));
    QCOMPARE(fromWallClock(editorValue.date(), editorValue.time(), zone), instant);
}

void TestZonedTime::formatsInTheZoneWithItsAbbreviation_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("Berlin in winter shows CET")
        << utc(2026, 12, 5, 21) << berlin << english << QStringLiteral("Sat 2026-12-05 22:00 CET");
    QTest::newRow("Berlin in summer shows CEST")
        << utc(2026, 7, 4, 10) << berlin << english << QStringLiteral("Sat 2026-07-04 12:00 CEST");
    QTest::newRow("New York in winter shows EST and the previous day")
        << utc(2026, 12, 6, 3) << newYork << english << QStringLiteral("Sat 2026-12-05 22:00 EST");
    QTest::newRow("New York in summer shows EDT")
        << utc(2026, 7, 4, 16) << newYork << english << QStringLiteral("Sat 2026-07-04 12:00 EDT");
    QTest::newRow("weekday follows the locale")
        << utc(2026, 12, 5, 21) << berlin << QLocale(QLocale::German, QLocale::Germany)
        << QStringLiteral("Sa. 2026-12-05 22:00 CET");
    QTest::newRow("unknown zone falls back to UTC and says so")
        << utc(2026, 12, 5, 21) << QStringLiteral("Mars/Olympus_Mons") << english
        << QStringLiteral("Sat 2026-12-05 21:00 UTC");
    QTest::newRow("missing time shows nothing") << QDateTime() << berlin << english << QString();
}

void TestZonedTime::formatsInTheZoneWithItsAbbreviation()
{
    QFETCH(QDateTime, instant);
    QFETCH(QString, zone);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);

    QCOMPARE(formatInZone(instant, zone, locale), expected);
    // The short form drops only the date: "Sat 22:00 CET".
    const QString withoutDate = expected.isEmpty() ? QString()
                                                   : expected.section(u' ', 0, 0) + u' '
                                                         + expected.section(u' ', 2);
    QCOMPARE(formatShortInZone(instant, zone, locale), withoutDate);
}

void TestZonedTime::formatsDurationsForPeople_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing") << 0LL << QStringLiteral("0 min");
    QTest::newRow("seconds round to the nearest minute") << 89LL << QStringLiteral("1 min");
    QTest::newRow("whole hours drop the minutes") << 3600LL << QStringLiteral("1 h");
    QTest::newRow("hours and minutes") << 23400LL << QStringLiteral("6 h 30 min");
    QTest::newRow("days and hours") << 90000LL << QStringLiteral("1 d 1 h");
    QTest::newRow("a long freeze")
        << qint64(17 * 86400 + 8 * 3600 + 60) << QStringLiteral("17 d 8 h 1 min");
    QTest::newRow("negative durations keep their sign") << -1800LL << QStringLiteral("-30 min");
}

void TestZonedTime::formatsDurationsForPeople()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);

    QCOMPARE(formatDuration(seconds), expected);
}

void TestZonedTime::unknownZonesAreRefused_data()
{
    QTest::addColumn<QString>("zone");

    QTest::newRow("empty") << QString();
    QTest::newRow("misspelt") << QStringLiteral("Europe/Berlinn");
    QTest::newRow("a path") << QStringLiteral("../../etc/passwd");
    QTest::newRow("an abbreviation is not a zone") << QStringLiteral("CEST");
}

void TestZonedTime::unknownZonesAreRefused()
{
    QFETCH(QString, zone);

    QVERIFY(!isKnownZone(zone));
    QVERIFY(!zoneFromId(zone).isValid());
    QVERIFY(!toZone(utc(2026, 12, 5, 21), zone).isValid());
    QVERIFY(!wallClockValue(utc(2026, 12, 5, 21), zone).isValid());
    WallClockMatch match = WallClockMatch::Exact;
    QVERIFY(!fromWallClock(QDate(2026, 12, 5), QTime(22, 0), zone, &match).isValid());
    QCOMPARE(match, WallClockMatch::Invalid);
    QCOMPARE(zoneOrUtc(zone), QStringLiteral("UTC"));
    QCOMPARE(zoneOrUtc(berlin), berlin);
    QVERIFY(isKnownZone(berlin));
    QVERIFY(isKnownZone(QStringLiteral("UTC")));
}

QTEST_GUILESS_MAIN(TestZonedTime)
#include "tst_zonedtime.moc"
