#include "version.h"

#include <QTest>

#include <algorithm>
#include <random>

using uw::Version;

class TestVersion : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void parseRejects_data();
    void parseRejects();
    void parseAccepts_data();
    void parseAccepts();
    void releaseNumbersAndBump();
    void compareReleaseIgnoresSuffixes();
    void sortIsStrictWeakOrdering();
    void quoteForMessageBoundsHostileText();
};

namespace {

Version parsed(const QString &text)
{
    QString error;
    const auto version = Version::parse(text, &error);
    if (!version)
        qFatal("test data %s does not parse: %s", qPrintable(text), qPrintable(error));
    return *version;
}

} // namespace

void TestVersion::compare_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("expected");

    const auto row = [](const char *name, const char *left, const char *right, int expected) {
        QTest::newRow(name) << QString::fromUtf8(left) << QString::fromUtf8(right) << expected;
    };

    row("numeric parts compare by value", "1.10", "1.9", 1);
    row("multi-digit major beats single digit", "10", "9", 1);
    row("higher major wins over longer minor", "2.0", "1.99.99", 1);
    row("leading v is ignored", "v1.10", "1.10", 0);
    row("leading capital V is ignored", "V2.0", "2.0", 0);
    row("v prefix still compares numerically", "v1.10", "v1.9", 1);
    row("cumulative update numbers compare by value", "2019 CU18", "2019 CU9", 1);
    row("cumulative update is after the base release", "2019 CU1", "2019", 1);
    row("extra patch part is newer", "6.4.2", "6.4", 1);
    row("missing trailing part counts as zero", "6.4", "6.4.0", 0);
    row("several trailing zeros are still equal", "6.4.0.0", "6.4", 0);
    row("leading zeros are ignored", "1.01", "1.1", 0);
    row("leading zeros do not make a number bigger", "1.010", "1.9", 1);
    row("long digit runs compare without overflow", "1.123456789012345678901234567890",
        "1.123456789012345678901234567889", 1);
    row("huge number beats small number", "99999999999999999999999", "1", 1);
    row("huge number with leading zeros equals one", "000000000000000000000001", "1", 0);
    row("release candidate sorts before release", "1.0-rc1", "1.0", -1);
    row("beta sorts before release candidate", "1.0-beta2", "1.0-rc1", -1);
    row("alpha sorts before beta", "1.0-alpha", "1.0-beta2", -1);
    row("dev sorts before alpha", "1.0-dev", "1.0-alpha", -1);
    row("numbered alpha is after plain alpha", "1.0-alpha1", "1.0-alpha", 1);
    row("release candidates compare numerically", "1.0-rc10", "1.0-rc9", 1);
    row("attached rc is a pre-release too", "1.0rc1", "1.0", -1);
    row("attached rc equals dashed rc", "1.0rc1", "1.0-rc1", 0);
    row("dotted beta equals dashed beta", "1.0.beta2", "1.0-beta2", 0);
    row("pre-release words are case-insensitive", "1.0-RC1", "1.0-rc1", 0);
    row("unknown tag after dash is a pre-release", "1.0-SNAPSHOT", "1.0", -1);
    row("unknown pre-release tags sort before known ones", "1.0-snapshot", "1.0-dev", -1);
    row("pre-release is after the previous release", "1.0-rc1", "0.9", 1);
    row("pre-release of next minor is after current patch", "2.0-rc1", "1.9.9", 1);
    row("semver pre-release numbers compare by value", "1.0-beta.11", "1.0-beta.2", 1);
    row("hyphen inside pre-release is a plain separator", "1.0-beta-2", "1.0-beta.2", 0);
    row("zero padding applies before pre-release", "1.0.0-beta", "1.0-beta", 0);
    row("debian revision sorts after upstream", "12.2.0-14", "12.2.0", 1);
    row("debian security update is after its revision", "12.2.0-14+deb12u1", "12.2.0-14", 1);
    row("next debian revision beats security update", "12.2.0-15", "12.2.0-14+deb12u1", 1);
    row("debian security updates compare numerically", "12.2.0-14+deb12u2", "12.2.0-14+deb12u1", 1);
    row("zero padding applies per level", "12.2-14", "12.2.0-14", 0);
    row("zero revision is no revision", "1.0-0", "1.0", 0);
    row("ubuntu revision starting with zero is after upstream", "1.0-0ubuntu1", "1.0", 1);
    row("repacked upstream is after plain upstream", "1.0+dfsg-2", "1.0-2", 1);
    row("tilde sorts before the release", "1.0~rc1", "1.0", -1);
    row("tilde sorts before dash pre-release", "1.0~rc1", "1.0-rc1", -1);
    row("double tilde sorts before single tilde", "1.0~~", "1.0~", -1);
    row("tilde pre-releases compare numerically", "1.0~rc2", "1.0~rc1", 1);
    row("epoch dominates the version", "1:2.0", "9.0", 1);
    row("higher epoch wins", "2:1.0", "1:2.0", 1);
    row("zero epoch equals no epoch", "0:1.0", "1.0", 0);
    row("letter suffix is after the plain release", "1.0a", "1.0", 1);
    row("next patch is after letter suffix", "1.0.1", "1.0a", 1);
    row("letter suffixes compare alphabetically", "1.0b", "1.0a", 1);
    row("letter suffix is after explicit zero patch", "1.0.0a", "1.0.0", 1);
    row("letter suffix after implied zero", "1.0a", "1.0.0", 1);
    row("letter position matters against explicit zeros", "1.0a", "1.0.0a", 1);
    row("openssl letter release is before next major", "1.1.1w", "3.0.0", -1);
    row("letters are case-insensitive", "1.0A", "1.0a", 0);
    row("underscore is a separator", "1_2_3", "1.2.3", 0);
    row("space is a separator", "1 2 3", "1.2.3", 0);
    row("other punctuation is a separator", "1/2(3)", "1.2.3", 0);
    row("emoji is a separator", "1.0🙂1", "1.0.1", 0);
    row("unicode letters fold case", "2.0 \xC3\x84", "2.0 \xC3\xA4", 0);
    row("surrounding whitespace is ignored", "  1.0\t", "1.0", 0);
    row("product name before the number compares as a word", "Qt 6.4", "Qt 6.5", -1);
}

void TestVersion::compare()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, expected);

    const Version a = parsed(left);
    const Version b = parsed(right);
    QCOMPARE(uw::compareVersions(a, b), expected);
    QCOMPARE(uw::compareVersions(b, a), -expected);
    QCOMPARE(a == b, expected == 0);
    QCOMPARE(a != b, expected != 0);
    QCOMPARE(a < b, expected < 0);
    QCOMPARE(a > b, expected > 0);
    QCOMPARE(a <= b, expected <= 0);
    QCOMPARE(a >= b, expected >= 0);
}

void TestVersion::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("whitespace only") << QStringLiteral("  \t \n ") << QStringLiteral("empty");
    QTest::newRow("word without digits") << QStringLiteral("latest") << QStringLiteral("no digit");
    QTest::newRow("lone v") << QStringLiteral("v") << QStringLiteral("no digit");
    QTest::newRow("only separators") << QStringLiteral("..-+~") << QStringLiteral("no digit");
    QTest::newRow("unicode word without digits")
        << QString::fromUtf8("\xC3\xA9t\xC3\xA9") << QStringLiteral("no digit");
    QTest::newRow("only emoji") << QString::fromUtf8("\xF0\x9F\x99\x82\xF0\x9F\x99\x82")
                                << QStringLiteral("no digit");
    QTest::newRow("non-ascii digits are not numbers")
        << QString::fromUtf8("\xD9\xA1\xD9\xA2") << QStringLiteral("no digit");
    QTest::newRow("epoch without version") << QStringLiteral("1:") << QStringLiteral("no digit");
    QTest::newRow("epoch with word") << QStringLiteral("1:latest") << QStringLiteral("no digit");
    QTest::newRow("ten thousand digits")
        << QString(10000, QLatin1Char('1')) << QStringLiteral("longer than 200");
    QTest::newRow("one character too long")
        << QString(201, QLatin1Char('9')) << QStringLiteral("longer than 200");
    QTest::newRow("ten thousand emoji")
        << QString::fromUtf8("\xF0\x9F\x99\x82").repeated(5000) << QStringLiteral("longer than");
    QTest::newRow("nul character names its position")
        << QStringLiteral("1.0") + QChar(u'\0') + QStringLiteral("1")
        << QStringLiteral("control character at position 4");
    QTest::newRow("position counts from the untrimmed text")
        << QStringLiteral("  1") + QChar(u'\x01')
        << QStringLiteral("control character at position 4");
    QTest::newRow("newline inside")
        << QStringLiteral("1.0\n2.0") << QStringLiteral("control character");
    QTest::newRow("escape character")
        << QStringLiteral("1.0\x1b[31m") << QStringLiteral("control character");
}

void TestVersion::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, errorContains);

    QString error;
    const auto version = Version::parse(text, &error);
    QVERIFY(!version);
    QVERIFY2(error.contains(errorContains), qPrintable(error));
    QVERIFY(!Version::parse(text)); // the error pointer is optional
}

void TestVersion::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");

    QTest::newRow("plain") << QStringLiteral("1.2.3") << QStringLiteral("1.2.3");
    QTest::newRow("text is trimmed but otherwise kept")
        << QStringLiteral("  v01.2-RC1 ") << QStringLiteral("v01.2-RC1");
    QTest::newRow("exactly the maximum length")
        << QString(200, QLatin1Char('7')) << QString(200, QLatin1Char('7'));
    QTest::newRow("long whitespace around a short version")
        << QString(300, QLatin1Char(' ')) + QStringLiteral("1") << QStringLiteral("1");
    QTest::newRow("digits between hostile punctuation")
        << QStringLiteral("((1]]||") << QStringLiteral("((1]]||");
    QTest::newRow("percent placeholders stay literal")
        << QStringLiteral("%1 2%2") << QStringLiteral("%1 2%2");
}

void TestVersion::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(QString, display);

    QString error;
    const auto version = Version::parse(text, &error);
    QVERIFY2(version, qPrintable(error));
    QCOMPARE(version->toString(), display);
    QCOMPARE(*version, *version);
}

void TestVersion::releaseNumbersAndBump()
{
    QCOMPARE(parsed(QStringLiteral("v5.04.2b-rc1")).releaseNumbers(),
             QStringList({QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("2")}));
    QVERIFY(parsed(QStringLiteral("CU18")).releaseNumbers().isEmpty());

    QCOMPARE(parsed(QStringLiteral("1.2.3")).bumped(1).toString(), QStringLiteral("1.3"));
    QCOMPARE(parsed(QStringLiteral("1.2.3")).bumped(0).toString(), QStringLiteral("2"));
    QCOMPARE(parsed(QStringLiteral("0.0.3")).bumped(2).toString(), QStringLiteral("0.0.4"));
    QCOMPARE(parsed(QStringLiteral("1.99")).bumped(1).toString(), QStringLiteral("1.100"));
    QCOMPARE(parsed(QStringLiteral("2:1.9-3")).bumped(0).toString(), QStringLiteral("2:2"));

    const QString nines(200, QLatin1Char('9'));
    const Version bumped = parsed(nines).bumped(0);
    QCOMPARE(bumped.toString(), QLatin1Char('1') + QString(200, QLatin1Char('0')));
    QVERIFY(bumped > parsed(nines));
}

void TestVersion::compareReleaseIgnoresSuffixes()
{
    const Version six = parsed(QStringLiteral("6"));
    QVERIFY(parsed(QStringLiteral("6.0-rc1")) < six);
    QVERIFY(parsed(QStringLiteral("6.0-rc1")).compareRelease(six, 1) == 0);
    QVERIFY(parsed(QStringLiteral("5.99.9")).compareRelease(six, 1) < 0);
    QVERIFY(parsed(QStringLiteral("5.4.9")).compareRelease(parsed(QStringLiteral("5.5")), 2) < 0);
    QVERIFY(parsed(QStringLiteral("1:5.0")).compareRelease(six, 1) > 0);
}

void TestVersion::sortIsStrictWeakOrdering()
{
    // Ascending; texts within one group are equivalent.
    const QList<QStringList> groups = {
        {QStringLiteral("0.9")},
        {QStringLiteral("1.0~rc1")},
        {QStringLiteral("1.0~~")},
        {QStringLiteral("1.0~")},
        {QStringLiteral("1.0-snapshot"), QStringLiteral("1.0.0-SNAPSHOT")},
        {QStringLiteral("1.0-dev")},
        {QStringLiteral("1.0-alpha")},
        {QStringLiteral("1.0-alpha1"), QStringLiteral("1.0-alpha.1")},
        {QStringLiteral("1.0-beta2")},
        {QStringLiteral("1.0-rc1"), QStringLiteral("1.0-RC1"), QStringLiteral("1.0rc1")},
        {QStringLiteral("1.0"), QStringLiteral("v1"), QStringLiteral("1.0.0"),
         QStringLiteral("1.0-0")},
        {QStringLiteral("1.0-0ubuntu1")},
        {QStringLiteral("1.0-1")},
        {QStringLiteral("1.0-2")},
        {QStringLiteral("1.0+dfsg-2")},
        {QStringLiteral("1.0.0A")},
        {QStringLiteral("1.0a")},
        {QStringLiteral("1.0b")},
        {QStringLiteral("1.0.1")},
        {QStringLiteral("1.9")},
        {QStringLiteral("1.10"), QStringLiteral("v1.010")},
        {QStringLiteral("12.2.0")},
        {QStringLiteral("12.2.0-14"), QStringLiteral("12.2-14")},
        {QStringLiteral("12.2.0-14+deb12u1")},
        {QStringLiteral("12.2.0-15")},
        {QStringLiteral("2019")},
        {QStringLiteral("2019 CU9"), QStringLiteral("2019_cu9")},
        {QStringLiteral("2019 CU18")},
        {QStringLiteral("2019.1")},
        {QStringLiteral("99999999999999999999999")},
        {QStringLiteral("1:0.1")},
        {QStringLiteral("2:0")},
    };

    QList<std::pair<Version, qsizetype>> entries;
    for (qsizetype group = 0; group < groups.size(); ++group) {
        for (const QString &text : groups.at(group))
            entries.append({parsed(text), group});
    }

    std::mt19937 random(20240607);
    std::shuffle(entries.begin(), entries.end(), random);
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QVERIFY(std::is_sorted(entries.begin(), entries.end(),
                           [](const auto &a, const auto &b) { return a.first < b.first; }));

    for (const auto &[a, groupA] : std::as_const(entries)) {
        for (const auto &[b, groupB] : std::as_const(entries)) {
            const int expected = groupA < groupB ? -1 : groupA > groupB ? 1 : 0;
            QVERIFY2(uw::compareVersions(a, b) == expected,
                     qPrintable(a.toString() + QStringLiteral(" vs ") + b.toString()));
        }
    }

    // Transitivity of < and of equivalence, checked directly rather than via the groups.
    for (const auto &a : std::as_const(entries)) {
        for (const auto &b : std::as_const(entries)) {
            for (const auto &c : std::as_const(entries)) {
                if (a.first < b.first && b.first < c.first)
                    QVERIFY(a.first < c.first);
                if (a.first == b.first && b.first == c.first)
                    QVERIFY(a.first == c.first);
            }
        }
    }
}

void TestVersion::quoteForMessageBoundsHostileText()
{
    QCOMPARE(uw::quoteForMessage(u"1.0"), QStringLiteral("'1.0'"));

    const QString quoted = uw::quoteForMessage(QString(10000, QLatin1Char('>')));
    QVERIFY(quoted.size() < 70);
    QVERIFY(quoted.endsWith(QChar(0x2026) + QLatin1Char('\'')));

    const QString withNul = uw::quoteForMessage(QStringLiteral("a") + QChar(u'\0')
                                                + QStringLiteral("b"));
    QVERIFY(!withNul.contains(QChar(u'\0')));
    QVERIFY(withNul.contains(QChar(QChar::ReplacementCharacter)));

    // Cutting must not leave half of a surrogate pair behind.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x99\x82").repeated(100);
    const QString quotedEmoji = uw::quoteForMessage(emoji);
    QVERIFY(!quotedEmoji.at(quotedEmoji.size() - 3).isHighSurrogate());
}

QTEST_GUILESS_MAIN(TestVersion)

#include "tst_version.moc"
