#include "enumkeys.h"

#include <QTest>

#include <set>

using namespace uw;

class TestEnumKeys : public QObject
{
    Q_OBJECT

private slots:
    void everyKeyRoundTripsAndIsUnique();
    void keysAreReadCaseInsensitivelyAndTrimmed();
    void unknownKeyIsRefused();
    void rolesRoundTripAndNameUnknownOnes();
};

namespace {

template<class E>
void checkEnum()
{
    const QStringList keys = enumKeys<E>();
    QVERIFY(!keys.isEmpty());
    std::set<QString> seen;
    for (const QString &key : keys) {
        QVERIFY2(seen.insert(key).second, qPrintable(key));
        const auto value = enumFromKey<E>(key);
        QVERIFY2(value, qPrintable(key));
        QCOMPARE(enumKey(*value), key);
        QVERIFY(!enumDisplayName(*value).isEmpty());
    }
}

} // namespace

void TestEnumKeys::everyKeyRoundTripsAndIsUnique()
{
    checkEnum<ReasonCategory>();
    checkEnum<Level>();
    checkEnum<RolloutStrategy>();
    checkEnum<SystemKind>();
    checkEnum<StepCriticality>();
    checkEnum<ConfigValueSource>();
    checkEnum<DependencyKind>();
    checkEnum<WindowKind>();
    checkEnum<Phase>();
    checkEnum<StepKind>();
    checkEnum<LinkType>();
    checkEnum<ApprovalDecision>();
    checkEnum<RecordKind>();
    checkEnum<MetricSource>();
    checkEnum<RunKind>();
    checkEnum<RunEventType>();
    QCOMPARE(enumKeys<SystemKind>().size(), 15);
}

void TestEnumKeys::keysAreReadCaseInsensitivelyAndTrimmed()
{
    QCOMPARE(enumFromKey<SystemKind>(u" Database "), SystemKind::Database);
    QCOMPARE(enumFromKey<Level>(u"CRITICAL"), Level::Critical);
}

void TestEnumKeys::unknownKeyIsRefused()
{
    QVERIFY(!enumFromKey<SystemKind>(u"mainframe"));
    QVERIFY(!enumFromKey<SystemKind>(u""));
}

void TestEnumKeys::rolesRoundTripAndNameUnknownOnes()
{
    QCOMPARE(rolesToKeys(RoleApprover | RoleVerifier), QStringLiteral("approver,verifier"));
    QCOMPARE(rolesFromKeys(u"verifier, approver"), std::optional<int>(RoleApprover | RoleVerifier));
    QCOMPARE(rolesFromKeys(u""), std::optional<int>(NoRole));
    QString error;
    QVERIFY(!rolesFromKeys(u"approver,janitor", &error));
    QVERIFY2(error.contains(QStringLiteral("janitor")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestEnumKeys)
#include "tst_enumkeys.moc"
