#include "versionconstraint.h"

#include <QTest>

using uw::ConstraintResult;
using uw::ConstraintStatus;
using uw::VersionConstraint;

Q_DECLARE_METATYPE(uw::ConstraintStatus)

class TestVersionConstraint : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void evaluateConstraint_data();
    void evaluateConstraint();
    void parseRejects_data();
    void parseRejects();
    void toString_data();
    void toString();
    void longInputStaysUsable();
};

namespace {

const char *statusName(ConstraintStatus status)
{
    switch (status) {
    case ConstraintStatus::Satisfied:
        return "Satisfied";
    case ConstraintStatus::Violated:
        return "Violated";
    case ConstraintStatus::Unknown:
        return "Unknown";
    }
    return "invalid";
}

void addResultColumns()
{
    QTest::addColumn<QString>("constraint");
    QTest::addColumn<QString>("version");
    QTest::addColumn<ConstraintStatus>("status");
    QTest::addColumn<QString>("reasonContains");
}

void row(const char *name, const char *constraint, const char *version, ConstraintStatus status,
         const char *reasonContains = "")
{
    QTest::newRow(name) << QString::fromUtf8(constraint) << QString::fromUtf8(version) << status
                        << QString::fromUtf8(reasonContains);
}

void verifyResult(const ConstraintResult &result, ConstraintStatus status,
                  const QString &reasonContains)
{
    QCOMPARE(statusName(result.status), statusName(status));
    if (status != ConstraintStatus::Satisfied)
        QVERIFY2(!result.reason.isEmpty(), "a failure must say why");
    QVERIFY2(result.reason.contains(reasonContains), qPrintable(result.reason));
}

constexpr auto Satisfied = ConstraintStatus::Satisfied;
constexpr auto Violated = ConstraintStatus::Violated;
constexpr auto Unknown = ConstraintStatus::Unknown;

} // namespace

void TestVersionConstraint::evaluate_data()
{
    addResultColumns();

    row("at least: equal version holds", ">=13", "13", Satisfied);
    row("at least: older version fails", ">=13", "12.9", Violated, "12.9 is below 13");
    row("at least: space after operator", ">= 13", "14", Satisfied);
    row("at least: zero padded equal holds", ">=13.0.0", "13", Satisfied);
    row("above: equal version fails", ">13", "13.0", Violated, "13.0 is not above 13");
    row("above: newer patch holds", ">13", "13.0.1", Satisfied);
    row("at most: padded equal holds", "<=6.4", "6.4.0", Satisfied);
    row("at most: newer patch fails", "<=6.4", "6.4.1", Violated, "6.4.1 is above 6.4");
    row("below: newer minor fails", "<6", "6.2", Violated, "6.2 is not below 6");
    row("below: older version holds", "<6", "5.15.2", Satisfied);
    row("below: pre-release of the bound holds", "<6", "6.0-rc1", Satisfied);
    row("equal: zero padding matches", "=6.4", "6.4.0", Satisfied);
    row("equal: bare major is exact", "=5", "5.2", Violated, "5.2 is not equal to 5");
    row("double equals: same version", "==5.2", "5.2", Satisfied);
    row("bare version means equal", "5.2", "5.2.0", Satisfied);
    row("bare version fails on other version", "5.2", "5.3", Violated, "5.3 is not equal to 5.2");
    row("not equal: same version fails", "!=5.2", "5.2.0", Violated,
        "5.2.0 equals the excluded version 5.2");
    row("not equal: other version holds", "!=5.2", "5.2.1", Satisfied);
    row("caret: same major holds", "^5.0", "5.9", Satisfied);
    row("caret: next major fails", "^5.0", "6.0", Violated,
        "6.0 is not below 6, required by '^5.0'");
    row("caret: older version fails", "^5.0", "4.9", Violated, "4.9 is below 5.0");
    row("caret: next major pre-release fails", "^5.0", "6.0-rc1", Violated, "not below 6");
    row("caret: zero major pins the minor", "^0.3", "0.3.9", Satisfied);
    row("caret: zero major next minor fails", "^0.3", "0.4", Violated, "0.4 is not below 0.4");
    row("caret: zero minor pins the patch", "^0.0.3", "0.0.4", Violated, "not below 0.0.4");
    row("caret: zero alone allows minors", "^0", "0.9", Satisfied);
    row("caret: zero alone excludes one", "^0", "1.0", Violated, "1.0 is not below 1");
    row("caret: all zeros pin the last part", "^0.0", "0.0.5", Satisfied);
    row("caret: all zeros exclude next minor", "^0.0", "0.1", Violated, "0.1 is not below 0.1");
    row("caret: pre-release lower bound", "^1.2.3-beta.2", "1.2.3-beta.3", Satisfied);
    row("caret: keeps the epoch", "^1:2.0", "1:2.5", Satisfied);
    row("caret: epoch missing fails", "^1:2.0", "2.5", Violated, "2.5 is below 1:2.0");
    row("tilde: same minor holds", "~2.3", "2.3.9", Satisfied);
    row("tilde: next minor fails", "~2.3", "2.4", Violated, "2.4 is not below 2.4");
    row("tilde: major only allows minors", "~2", "2.9", Satisfied);
    row("tilde: major only excludes next major", "~2", "3.0", Violated, "not below 3");
    row("tilde: patch given still allows patches", "~1.2.3", "1.2.9", Satisfied);
    row("tilde: patch given excludes next minor", "~1.2.3", "1.3", Violated, "not below 1.3");
    row("tilde operator with debian tilde version", "~1.0~rc1", "1.0~rc2", Satisfied);
    row("wildcard x: same major holds", "5.x", "5.15", Satisfied);
    row("wildcard x: next major fails", "5.x", "6.0", Violated, "6.0 is not below 6");
    row("wildcard star: previous major fails", "5.*", "4.9", Violated, "4.9 is below 5");
    row("wildcard on minor holds", "5.4.x", "5.4.2", Satisfied);
    row("wildcard on minor: next minor fails", "5.4.X", "5.5", Violated, "not below 5.5");
    row("wildcard: pre-release of major fails", "5.x", "5.0-rc1", Violated, "below 5");
    row("lone star accepts anything", "*", "0.1", Satisfied);
    row("lone x accepts anything", "x", "2019 CU18", Satisfied);
    row("wildcard after equals", "=5.x", "5.1", Satisfied);
    row("hyphen range: upper end is inclusive", "1.2 - 1.5", "1.5", Satisfied);
    row("hyphen range: past the upper end fails", "1.2 - 1.5", "1.5.1", Violated,
        "1.5.1 is above 1.5, required by '1.2 - 1.5'");
    row("hyphen range: below the lower end fails", "1.2 - 1.5", "1.1", Violated, "1.1 is below 1.2");
    row("hyphen range with dashed versions", "1.0-rc1 - 1.0-2", "1.0", Satisfied);
    row("combined range holds inside", ">=13 <16", "15.4", Satisfied);
    row("combined range names the failed upper clause", ">=13 <16", "16.1", Violated,
        "16.1 is not below 16");
    row("comma separated range names the lower clause", ">=13, <16", "12", Violated,
        "12 is below 13");
    row("comma without space", ">=13,<16", "13", Satisfied);
    row("clauses without any separator", ">=1.0<2.0", "1.5", Satisfied);
    row("three clauses all must hold", ">=1 <3 !=2", "2.0", Violated, "excluded");
    row("or: second alternative holds", "^5.0 || ~4.2", "4.2.7", Satisfied);
    row("or: first alternative holds", "^5.0 || ~4.2", "5.1", Satisfied);
    row("or: every failure is listed", "^5.0 || ~4.2", "4.3", Violated,
        "none of the alternatives holds: 4.3 is below 5.0");
    row("or: second failure is listed too", "^5.0 || ~4.2", "4.3", Violated, "4.3 is not below 4.3");
    row("or: gap between ranges fails", "<1 || >2", "1.5", Violated, "1.5 is not above 2");
    row("or: upper range holds", "<1 || >2", "3", Satisfied);
    row("or without spaces", "1.0||2.0||3.0", "2", Satisfied);
    row("or: many failures are summarized", "1||2||3||4||5", "9", Violated, "and 2 more");
    row("debian revision satisfies upstream minimum", ">=12.2.0-14", "12.2.0-14+deb12u1", Satisfied);
    row("debian security update is below next revision", "<12.2.0-15", "12.2.0-14+deb12u1",
        Satisfied);
    row("epoch bound beats plain versions", ">1:0", "2.0", Violated, "2.0 is not above 1:0");
    row("v prefix in constraint", ">=v1.10", "1.10", Satisfied);
    row("version with a word after a space", ">=2019 CU9", "2019 CU18", Satisfied);
    row("version with a word after a space fails", ">=2019 CU9 <2022", "2019 CU1", Violated,
        "2019 CU1 is below 2019 CU9");
    row("words after spaces in a hyphen range", "2019 CU9 - 2019 CU20", "2019 CU20", Satisfied);
    row("word continues only the preceding version", ">=2019 CU9 <2022", "2022 CU1", Violated,
        "2022 CU1 is not below 2022");
    row("unparsable version is unknown", ">=13", "latest", Unknown, "cannot parse version 'latest'");
    row("empty version is unknown", ">=13", "", Unknown, "empty");
    row("too long version is unknown", "<1",
        "1111111111111111111111111111111111111111111111111111"
        "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
        "11111111111111111111111111111111111111111111111111111111111111111",
        Unknown, "longer than 200");
    row("percent placeholders in the version stay literal", "<1", "2%1%2", Violated,
        "2%1%2 is not below 1");
}

void TestVersionConstraint::evaluate()
{
    QFETCH(QString, constraint);
    QFETCH(QString, version);
    QFETCH(ConstraintStatus, status);
    QFETCH(QString, reasonContains);

    QString error;
    const auto parsed = VersionConstraint::parse(constraint, &error);
    QVERIFY2(parsed, qPrintable(error));
    verifyResult(parsed->evaluate(version), status, reasonContains);

    const auto parsedVersion = uw::Version::parse(version);
    if (parsedVersion)
        verifyResult(parsed->evaluate(*parsedVersion), status, reasonContains);
    verifyResult(uw::evaluateConstraint(constraint, version), status, reasonContains);
}

void TestVersionConstraint::evaluateConstraint_data()
{
    addResultColumns();

    row("empty constraint is no constraint", "", "1.0", Satisfied);
    row("whitespace constraint is no constraint", "  \t ", "1.0", Satisfied);
    row("no constraint does not need a valid version", "", "latest", Satisfied);
    row("valid constraint and version", ">=13", "14", Satisfied);
    row("unparsable version is never a pass", ">=13", "latest", Unknown,
        "cannot parse version 'latest'");
    row("unknown operator names token and position", "=>13", "14", Unknown,
        "unknown operator '=>' at position 1 in '=>13'");
    row("unparsable constraint with unparsable version", "=>13", "latest", Unknown,
        "unknown operator");
    row("empty alternative is never a pass", ">=1 ||", "2", Unknown, "empty alternative");
}

void TestVersionConstraint::evaluateConstraint()
{
    QFETCH(QString, constraint);
    QFETCH(QString, version);
    QFETCH(ConstraintStatus, status);
    QFETCH(QString, reasonContains);

    verifyResult(uw::evaluateConstraint(constraint, version), status, reasonContains);
}

void TestVersionConstraint::parseRejects_data()
{
    QTest::addColumn<QString>("constraint");
    QTest::addColumn<QString>("errorContains");

    const auto reject = [](const char *name, const QString &constraint, const char *contains) {
        QTest::newRow(name) << constraint << QString::fromUtf8(contains);
    };
    const auto utf8 = [](const char *text) {
        return QString::fromUtf8(text);
    };

    reject("empty", QString(), "constraint is empty");
    reject("whitespace only", utf8(" \t\n "), "constraint is empty");
    reject("reversed operator", utf8("=>13"), "unknown operator '=>' at position 1 in '=>13'");
    reject("reversed operator later in the text", utf8(">=1 =<3"),
           "unknown operator '=<' at position 5");
    reject("ruby pessimistic operator", utf8("~>1.2"), "unknown operator '~>'");
    reject("python compatible release operator", utf8("~=1.2"), "unknown operator '~='");
    reject("angle brackets", utf8("<>1"), "unknown operator '<>'");
    reject("lone exclamation mark", utf8("!1"), "unknown operator '!'");
    reject("triple equals", utf8("===1"), "unknown operator '==='");
    reject("only operators", utf8(">=>=<=<"), "unknown operator");
    reject("operator without version at the end", utf8(">="), "operator '>=' at position 1");
    reject("operator followed by or", utf8(">= || 1"), "is not followed by a version");
    reject("operator followed by comma", utf8("^, 1"), "is not followed by a version");
    reject("trailing or", utf8(">=1 ||"), "empty alternative after '||' at position 5");
    reject("leading or", utf8("|| >=1"), "empty alternative before '||' at position 1");
    reject("only or operators", utf8("||||"), "empty alternative before '||'");
    reject("double or in the middle", utf8("1 |||| 2"),
           "empty alternative before '||' at position 5");
    reject("single pipe", utf8(">=1 | <2"), "unexpected '|' at position 5");
    reject("triple pipe", utf8("1 ||| 2"), "unexpected '|' at position 5");
    reject("leading comma", utf8(",>=1"), "unexpected ',' at position 1");
    reject("double comma", utf8(">=1,,<2"), "unexpected ',' at position 5");
    reject("trailing comma", utf8(">=1,"), "unexpected ',' at position 4");
    reject("comma before or", utf8(">=1, || 2"), "unexpected ',' at position 4");
    reject("unparsable version", utf8(">=latest"), "cannot parse version 'latest' at position 3");
    reject("bare word", utf8("latest"), "cannot parse version 'latest'");
    reject("emoji version", utf8(">=\xF0\x9F\x99\x82"), "no digit");
    reject("unbalanced parentheses", utf8("((>=1)"), "cannot parse version '(('");
    reject("hyphen range without upper end", utf8("1.2 -"), "unexpected '-' at position 5");
    reject("hyphen range without lower end", utf8("- 1.5"), "unexpected '-' at position 1");
    reject("hyphen range followed by or", utf8("1.2 - || 2"), "unexpected '-'");
    reject("chained hyphen ranges", utf8("1.2 - 1.5 - 1.7"), "unexpected '-' at position 11");
    reject("hyphen after operator clause", utf8(">=1 - 2"), "unexpected '-' at position 5");
    reject("hyphen glued to upper end", utf8("1.2 -1.5"), "unexpected '-' at position 5");
    reject("hyphen glued to lower end", utf8("1.2- 1.5"), "version '1.2-' at position 1");
    reject("reversed hyphen range", utf8("1.5 - 1.2"), "empty range '1.5 - 1.2'");
    reject("wildcard in hyphen range", utf8("1.x - 2"), "cannot be used in a hyphen range");
    reject("wildcard in the middle", utf8("5.x.3"), "misplaced wildcard in '5.x.3'");
    reject("star glued to a number", utf8("5*"), "misplaced wildcard");
    reject("wildcard after a word", utf8("beta.x"), "misplaced wildcard");
    reject("wildcard with comparison", utf8(">=5.x"), "can only be used alone or after '='");
    reject("wildcard with caret", utf8("^5.*"), "can only be used alone or after '='");
    reject("caret needs a leading number", utf8("^CU18"), "must start with a number");
    reject("tilde needs a leading number", utf8("~rc1"), "must start with a number");
    reject("wildcard prefix too long", QString(250, QLatin1Char('1')) + QStringLiteral(".x"),
           "longer than 200");
    reject("nul character", utf8(">=1") + QChar(u'\0'), "control character at position 4");
    reject("escape sequence", utf8(">=1\x1b[2J"), "control character");
    reject("ten thousand characters", QString(10000, QLatin1Char('>')), "longer than 1000");
    reject("ten thousand or operators", QStringLiteral("||").repeated(5000), "longer than 1000");
    reject("almost too long run of operators", QString(1000, QLatin1Char('>')), "unknown operator");
    reject("almost too long run of pipes", QString(999, QLatin1Char('|')),
           "empty alternative before '||' at position 1");
    reject("too long once spaced out", QStringLiteral("||1").repeated(300).mid(2),
           "longer than 1000 characters once written with spaces");
    reject("ten thousand emoji", utf8("\xF0\x9F\x99\x82").repeated(5000), "longer than 1000");
}

void TestVersionConstraint::parseRejects()
{
    QFETCH(QString, constraint);
    QFETCH(QString, errorContains);

    QString error;
    QVERIFY(!VersionConstraint::parse(constraint, &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
    QVERIFY2(error.size() < 400, "quoted input must be shortened");
    QVERIFY(!error.contains(QChar(u'\0')));
    QVERIFY(!VersionConstraint::parse(constraint)); // the error pointer is optional
}

void TestVersionConstraint::toString_data()
{
    QTest::addColumn<QString>("constraint");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("already normalized") << QStringLiteral(">=13 <16") << QStringLiteral(">=13 <16");
    QTest::newRow("space after operator and comma are dropped")
        << QStringLiteral("  >= 13,<16 ") << QStringLiteral(">=13 <16");
    QTest::newRow("alternatives get spaced bars")
        << QStringLiteral("^5.0||~4.2") << QStringLiteral("^5.0 || ~4.2");
    QTest::newRow("hyphen range keeps its spaces")
        << QStringLiteral("1.2   -  1.5") << QStringLiteral("1.2 - 1.5");
    QTest::newRow("wildcards are kept")
        << QStringLiteral("5.x || =6.*") << QStringLiteral("5.x || =6.*");
    QTest::newRow("a word after a space stays in the version")
        << QStringLiteral(">= 2019 CU9 <2022") << QStringLiteral(">=2019 CU9 <2022");
    QTest::newRow("a clause starting with a letter keeps its comma")
        << QStringLiteral("<2,beta3") << QStringLiteral("<2, beta3");
    QTest::newRow("glued clauses are separated")
        << QStringLiteral(">=1.0<2.0") << QStringLiteral(">=1.0 <2.0");
}

void TestVersionConstraint::toString()
{
    QFETCH(QString, constraint);
    QFETCH(QString, normalized);

    const auto parsed = VersionConstraint::parse(constraint);
    QVERIFY(parsed);
    QCOMPARE(parsed->toString(), normalized);

    const auto reparsed = VersionConstraint::parse(parsed->toString());
    QVERIFY(reparsed);
    QCOMPARE(reparsed->toString(), normalized);
}

void TestVersionConstraint::longInputStaysUsable()
{
    // Near the length limit, many clauses and alternatives must parse and evaluate promptly.
    const QString clauses = QStringLiteral(">=1 ").repeated(249);
    const auto allOf = VersionConstraint::parse(clauses);
    QVERIFY(allOf);
    QCOMPARE(statusName(allOf->evaluate(u"2").status), statusName(ConstraintStatus::Satisfied));

    QString alternatives = QStringLiteral("1");
    while (alternatives.size() < VersionConstraint::MaxLength - 6)
        alternatives += QStringLiteral(" || 1");
    const auto anyOf = VersionConstraint::parse(alternatives);
    QVERIFY(anyOf);
    const ConstraintResult result = anyOf->evaluate(u"2");
    QCOMPARE(statusName(result.status), statusName(ConstraintStatus::Violated));
    QVERIFY2(result.reason.size() < 200, qPrintable(result.reason));
}

QTEST_GUILESS_MAIN(TestVersionConstraint)

#include "tst_versionconstraint.moc"
