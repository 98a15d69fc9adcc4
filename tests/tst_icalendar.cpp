#include "icalendar.h"
#include "testutil.h"

#include <QTest>

#include <algorithm>
#include <optional>

using namespace uw;

namespace {

/** One content line after unfolding: name, parameters and the raw value. */
struct Property
{
    QString name;
    QMap<QString, QString> parameters;
    QString value;
};

/** A component with its properties and sub-components, as RFC 5545 nests them. */
struct Component
{
    QString name;
    QList<Property> properties;
    QList<Component> children;

    QString value(const QString &property) const
    {
        for (const Property &p : properties) {
            if (p.name == property)
                return p.value;
        }
        return {};
    }
    const Property *find(const QString &property) const
    {
        for (const Property &p : properties) {
            if (p.name == property)
                return &p;
        }
        return nullptr;
    }
};

/** Undoes folding (CRLF followed by one space or tab) and splits into logical lines. */
QStringList unfold(const QByteArray &text)
{
    QByteArray joined = text;
    joined.replace("\r\n ", "").replace("\r\n\t", "");
    QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

Property parseLine(const QString &line)
{
    Property property;
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    const QStringList head = line.left(colon).split(QLatin1Char(';'));
    property.name = head.first();
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QStringList pair = head[i].split(QLatin1Char('='));
        property.parameters.insert(pair.value(0), pair.value(1));
    }
    property.value = line.mid(colon + 1);
    return property;
}

Component parseCalendar(const QByteArray &text)
{
    QList<Component> stack{Component{}};
    for (const QString &line : unfold(text)) {
        const Property property = parseLine(line);
        if (property.name == QLatin1String("BEGIN")) {
            stack.append(Component{property.value, {}, {}});
        } else if (property.name == QLatin1String("END")) {
            Component done = stack.takeLast();
            stack.last().children.append(done);
        } else {
            stack.last().properties.append(property);
        }
    }
    return stack.first().children.value(0);
}

QString unescape(const QString &text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            plain += next == QLatin1Char('n') || next == QLatin1Char('N') ? QChar(u'\n') : next;
        } else {
            plain += text.at(i);
        }
    }
    return plain;
}

int offsetSeconds(const QString &text)
{
    const int sign = text.startsWith(QLatin1Char('-')) ? -1 : 1;
    const int hours = text.mid(1, 2).toInt();
    const int minutes = text.mid(3, 2).toInt();
    const int seconds = text.size() > 5 ? text.mid(5, 2).toInt() : 0;
    return sign * (hours * 3600 + minutes * 60 + seconds);
}

QDateTime wallTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyyMMdd'T'HHmmss"));
    time.setTimeSpec(Qt::UTC);
    return time;
}

/**
 * The instant a DTSTART/DTEND means, resolved with the VTIMEZONE in the file itself (not this
 * machine's zone database): the observance in force is the last whose onset precedes it.
 */
std::optional<QDateTime> instant(const Component &calendar, const Property &property)
{
    if (property.value.endsWith(QLatin1Char('Z')))
        return wallTime(property.value.chopped(1));
    const QString zoneId = property.parameters.value(QStringLiteral("TZID"));
    const QDateTime local = wallTime(property.value);
    for (const Component &zone : calendar.children) {
        if (zone.name != QLatin1String("VTIMEZONE") || zone.value(QStringLiteral("TZID")) != zoneId)
            continue;
        std::optional<QDateTime> best;
        QDateTime bestOnset;
        for (const Component &observance : zone.children) {
            const QDateTime onsetUtc = wallTime(observance.value(QStringLiteral("DTSTART")))
                                           .addSecs(-offsetSeconds(
                                               observance.value(QStringLiteral("TZOFFSETFROM"))));
            const QDateTime candidate = local.addSecs(
                -offsetSeconds(observance.value(QStringLiteral("TZOFFSETTO"))));
            if (onsetUtc <= candidate && (!best || onsetUtc > bestOnset)) {
                best = candidate;
                bestOnset = onsetUtc;
            }
        }
        return best;
    }
    return std::nullopt;
}

QList<Component> events(const Component &calendar)
{
    QList<Component> found;
    for (const Component &child : calendar.children) {
        if (child.name == QLatin1String("VEVENT"))
            found.append(child);
    }
    return found;
}

Window window(Id id, const QString &name, const QDateTime &start, const QDateTime &end,
              const QString &zone)
{
    Window w;
    w.id = id;
    w.name = name;
    w.startUtc = start;
    w.endUtc = end;
    w.timeZone = zone;
    return w;
}

} // namespace

/** iCalendar export of windows, read back the way a calendar program reads it. */
class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void linesAreCrlfAndFoldedAt75Octets();
    void textIsEscaped();
    void windowsResolveToTheirInstantsAcrossDaylightSavingChanges_data();
    void windowsResolveToTheirInstantsAcrossDaylightSavingChanges();
    void theSecondOfARepeatedHourIsWrittenInUtc();
    void eventsCarryUidStampSummaryAndSystems();
    void windowsWithoutTimesAreSkippedByName();
};

void TestICalendar::linesAreCrlfAndFoldedAt75Octets()
{
    ProjectData data = test::richProject();
    data.windows[1].notes = QString(40, QChar(u'ü')) + QString(100, QLatin1Char('x'));
    const QByteArray text = windowsToICalendar(data, {}, test::utc(2026, 11, 1, 12)).text;
    QVERIFY(text.endsWith("\r\n"));
    QVERIFY(!text.contains("\n\n"));
    const QList<QByteArray> lines = text.chopped(1).split('\n');
    bool folded = false;
    for (const QByteArray &line : lines) {
        QVERIFY2(line.endsWith('\r'), line.constData());
        QVERIFY2(line.size() - 1 <= 75, line.constData());
        // A fold never splits a UTF-8 character: every physical line is valid UTF-8 by itself.
        QVERIFY(QString::fromUtf8(line).toUtf8() == line);
        folded = folded || line.startsWith(' ');
    }
    QVERIFY(folded);
    const Component calendar = parseCalendar(text);
    QVERIFY(unescape(events(calendar).first().value(QStringLiteral("DESCRIPTION")))
                .endsWith(data.windows[1].notes));
}

void TestICalendar::textIsEscaped()
{
    QCOMPARE(ical::escapeText(QStringLiteral("a;b,c\\d\ne\r\nf")),
             QStringLiteral("a\\;b\\,c\\\\d\\ne\\nf"));
    QCOMPARE(ical::foldLine("short"), QByteArray("short\r\n"));
    QCOMPARE(ical::foldLine(QByteArray(76, 'a')), QByteArray(75, 'a') + "\r\n a\r\n");
}

void TestICalendar::windowsResolveToTheirInstantsAcrossDaylightSavingChanges_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QString>("localStart");
    QTest::addColumn<QString>("localEnd");
    // Berlin falls back at 01:00 UTC on 25 October 2026: 00:00 CEST to 05:00 CET is 6 hours.
    QTest::newRow("Berlin, clocks fall back inside the window")
        << QStringLiteral("Europe/Berlin") << test::utc(2026, 10, 24, 22)
        << test::utc(2026, 10, 25, 4) << QStringLiteral("20261025T000000")
        << QStringLiteral("20261025T050000");
    QTest::newRow("Berlin, clocks spring forward inside the window")
        << QStringLiteral("Europe/Berlin") << test::utc(2026, 3, 28, 23)
        << test::utc(2026, 3, 29, 3) << QStringLiteral("20260329T000000")
        << QStringLiteral("20260329T050000");
    // New York falls back at 06:00 UTC on 1 November 2026.
    QTest::newRow("New York, clocks fall back inside the window")
        << QStringLiteral("America/New_York") << test::utc(2026, 11, 1, 4)
        << test::utc(2026, 11, 1, 10) << QStringLiteral("20261101T000000")
        << QStringLiteral("20261101T050000");
    QTest::newRow("New York in summer")
        << QStringLiteral("America/New_York") << test::utc(2026, 7, 4, 2)
        << test::utc(2026, 7, 4, 6) << QStringLiteral("20260703T220000")
        << QStringLiteral("20260704T020000");
    QTest::newRow("a zone without daylight saving")
        << QStringLiteral("Asia/Tokyo") << test::utc(2026, 5, 1, 15) << test::utc(2026, 5, 1, 18)
        << QStringLiteral("20260502T000000") << QStringLiteral("20260502T030000");
}

void TestICalendar::windowsResolveToTheirInstantsAcrossDaylightSavingChanges()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(QString, localStart);
    QFETCH(QString, localEnd);
    ProjectData data;
    data.windows[7] = window(7, QStringLiteral("Night"), start, end, zone);
    // A second zone in the same file must not disturb the first one's rules.
    data.windows[8] = window(8, QStringLiteral("Other"), test::utc(2026, 1, 10, 1),
                             test::utc(2026, 1, 10, 2), QStringLiteral("Australia/Sydney"));
    const Component calendar = parseCalendar(
        windowsToICalendar(data, {7, 8}, test::utc(2026, 1, 1, 0)).text);
    QCOMPARE(calendar.name, QStringLiteral("VCALENDAR"));
    const Component event = events(calendar).first();
    const Property *dtStart = event.find(QStringLiteral("DTSTART"));
    const Property *dtEnd = event.find(QStringLiteral("DTEND"));
    QVERIFY(dtStart && dtEnd);
    QCOMPARE(dtStart->parameters.value(QStringLiteral("TZID")), zone);
    QCOMPARE(dtStart->value, localStart);
    QCOMPARE(dtEnd->value, localEnd);
    QCOMPARE(instant(calendar, *dtStart), std::optional<QDateTime>(start));
    QCOMPARE(instant(calendar, *dtEnd), std::optional<QDateTime>(end));
}

void TestICalendar::theSecondOfARepeatedHourIsWrittenInUtc()
{
    ProjectData data;
    // 01:30 UTC on 25 October 2026 is 02:30 CET, the second time Berlin clocks show 02:30.
    data.windows[1] = window(1, QStringLiteral("Repeated hour"), test::utc(2026, 10, 25, 1, 30),
                             test::utc(2026, 10, 25, 3), QStringLiteral("Europe/Berlin"));
    const Component calendar = parseCalendar(
        windowsToICalendar(data, {}, test::utc(2026, 1, 1, 0)).text);
    const Component event = events(calendar).first();
    QCOMPARE(event.value(QStringLiteral("DTSTART")), QStringLiteral("20261025T013000Z"));
    QCOMPARE(event.find(QStringLiteral("DTEND"))->parameters.value(QStringLiteral("TZID")),
             QStringLiteral("Europe/Berlin"));
    QCOMPARE(instant(calendar, *event.find(QStringLiteral("DTSTART"))),
             std::optional<QDateTime>(test::utc(2026, 10, 25, 1, 30)));
}

void TestICalendar::eventsCarryUidStampSummaryAndSystems()
{
    const ProjectData data = test::richProject();
    const Component calendar = parseCalendar(
        windowsToICalendar(data, {}, test::utc(2026, 11, 1, 12, 30)).text);
    QCOMPARE(calendar.value(QStringLiteral("VERSION")), QStringLiteral("2.0"));
    QVERIFY(calendar.value(QStringLiteral("PRODID")).contains(QStringLiteral("Upgrade Workbench")));
    const QList<Component> all = events(calendar);
    QCOMPARE(all.size(), 1);
    const Component &event = all.first();
    QCOMPARE(event.value(QStringLiteral("DTSTAMP")), QStringLiteral("20261101T123000Z"));
    QCOMPARE(unescape(event.value(QStringLiteral("SUMMARY"))),
             QStringLiteral("Move orders to PostgreSQL 16: Saturday night"));
    const QString description = unescape(event.value(QStringLiteral("DESCRIPTION")));
    QVERIFY2(description.contains(QStringLiteral("Affected systems: order-service, db-primary.")),
             qPrintable(description));
    QVERIFY(description.contains(QStringLiteral("agreed with the business")));
    // The same change and window give the same UID, so calendars update instead of duplicating.
    const Component again = parseCalendar(
        windowsToICalendar(data, {}, test::utc(2026, 11, 2, 0)).text);
    QCOMPARE(events(again).first().value(QStringLiteral("UID")),
             event.value(QStringLiteral("UID")));
    QVERIFY(!event.value(QStringLiteral("UID")).isEmpty());
    QCOMPARE(calendar.children.first().name, QStringLiteral("VTIMEZONE"));
}

void TestICalendar::windowsWithoutTimesAreSkippedByName()
{
    ProjectData data = test::richProject();
    data.windows[2] = window(2, QStringLiteral("Someday"), {}, {}, QStringLiteral("UTC"));
    const ICalendarExport exported = windowsToICalendar(data, {}, test::utc(2026, 1, 1, 0));
    QCOMPARE(exported.skippedWindows, QStringList{QStringLiteral("Someday")});
    QCOMPARE(events(parseCalendar(exported.text)).size(), 1);
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
