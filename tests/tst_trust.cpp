#include "commands.h"
#include "projectfile.h"
#include "runfixture.h"
#include "runsession.h"
#include "runsummary.h"
#include "testutil.h"
#include "trust.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace uw;

namespace {

/** When the tests trust: a moment the system clock never shows while they run. */
QDateTime trustedAt()
{
    return QDateTime(QDate(2031, 3, 4), QTime(5, 6, 7), QTimeZone::utc());
}

} // namespace

/** A project from elsewhere runs no command before a person has reviewed and trusted them. */
class TestTrust : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aProjectWithoutCommandsNeedsNoTrust();
    void everythingThatRunsIsListedForReview();
    void trustCoversTheCommandsAsReviewed();
    void aChangedCommandNeedsTrustAgain();
    void theSecretsACommandIsGivenAreReviewed();
    void trustBelongsToOneFile();
    void theRecordLivesOutsideTheProject();
    void theRecordSaysWhoTrustedAndWhen();
    void aDamagedRecordTrustsNothing();
    void aRunStartsNoCommandUntilTrusted();

private:
    std::unique_ptr<QTemporaryDir> m_projects;
    std::unique_ptr<QTemporaryDir> m_appData;
    QString m_path;
    ProjectData m_data;
};

void TestTrust::init()
{
    m_projects = std::make_unique<QTemporaryDir>();
    m_appData = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_appData->path()));
    m_path = m_projects->filePath(QStringLiteral("shared.uwb"));
    m_data = test::runbookFixture();
    Step &backup = m_data.steps[2];
    backup.stepKind = StepKind::Command;
    backup.command.command = QStringLiteral("echo \"backing up as $UW_STEP_ID\"");
    Step &health = m_data.steps[6];
    health.stepKind = StepKind::HttpCheck;
    health.http.method = QStringLiteral("get");
    health.http.url = QStringLiteral("http://127.0.0.1:8080/health");
}

void TestTrust::aProjectWithoutCommandsNeedsNoTrust()
{
    const TrustStore trust;
    QVERIFY(commandsToReview(test::runbookFixture()).isEmpty());
    QVERIFY(trust.isTrusted(m_path, test::runbookFixture()));
}

void TestTrust::everythingThatRunsIsListedForReview()
{
    Metric metric;
    metric.id = 1;
    metric.name = QStringLiteral("queue depth");
    metric.source = MetricSource::Command;
    metric.query = QStringLiteral("queue-depth --raw");
    m_data.metrics[1] = metric;
    Metric prometheus;
    prometheus.id = 2;
    prometheus.name = QStringLiteral("error rate");
    prometheus.source = MetricSource::Prometheus;
    prometheus.serverUrl = QStringLiteral("https://prometheus.example:9090");
    prometheus.query = QStringLiteral("rate(errors_total[5m])");
    prometheus.tokenVariable = QStringLiteral("PROMETHEUS_TOKEN");
    m_data.metrics[2] = prometheus;
    const auto none = ReviewItem::TokenSource::None;
    const QList<ReviewItem> expected{
        {ReviewItem::Kind::Command,
         2,
         QStringLiteral("Back up database"),
         QStringLiteral("echo \"backing up as $UW_STEP_ID\""),
         none,
         {},
         {}},
        {ReviewItem::Kind::HttpCheck,
         6,
         QStringLiteral("Verify orders"),
         QStringLiteral("GET http://127.0.0.1:8080/health"),
         none,
         {},
         {}},
        {ReviewItem::Kind::MetricCommand,
         1,
         QStringLiteral("queue depth"),
         QStringLiteral("queue-depth --raw"),
         none,
         {},
         {}},
        {ReviewItem::Kind::MetricQuery,
         2,
         QStringLiteral("error rate"),
         QStringLiteral("https://prometheus.example:9090"),
         ReviewItem::TokenSource::Environment,
         QStringLiteral("PROMETHEUS_TOKEN"),
         {}},
    };
    QCOMPARE(commandsToReview(m_data), expected);
}

void TestTrust::trustCoversTheCommandsAsReviewed()
{
    TrustStore trust;
    QVERIFY(!trust.isTrusted(m_path, m_data));
    QString error;
    QVERIFY2(trust.trust(m_path, m_data, QStringLiteral("Ben"), trustedAt(), &error),
             qPrintable(error));
    QVERIFY(trust.isTrusted(m_path, m_data));
    QVERIFY(TrustStore().isTrusted(m_path, m_data));

    ProjectData retitled = m_data;
    retitled.steps[2].title = QStringLiteral("Back up the database");
    retitled.steps[2].command.timeoutSeconds = 600;
    QVERIFY2(trust.isTrusted(m_path, retitled), "titles and limits run nothing");
}

void TestTrust::aChangedCommandNeedsTrustAgain()
{
    TrustStore trust;
    QVERIFY(trust.trust(m_path, m_data, QStringLiteral("Ben"), trustedAt(), nullptr));
    ProjectData changed = m_data;
    changed.steps[2].command.command += QStringLiteral("; curl -d @/etc/passwd 127.0.0.1");
    QVERIFY(!trust.isTrusted(m_path, changed));
    ProjectData moved = m_data;
    moved.steps[6].http.url = QStringLiteral("http://127.0.0.1:9090/health");
    QVERIFY(!trust.isTrusted(m_path, moved));
    QVERIFY(trust.trust(m_path, changed, QStringLiteral("Ben"), trustedAt(), nullptr));
    QVERIFY(trust.isTrusted(m_path, changed));
    QVERIFY2(!trust.isTrusted(m_path, m_data), "trust follows the latest review only");
}

void TestTrust::theSecretsACommandIsGivenAreReviewed()
{
    System database;
    database.id = 90;
    database.name = QStringLiteral("orders-db");
    database.configurationItems = {
        {QStringLiteral("PGPASSWORD"), QStringLiteral("orders-db"), ConfigValueSource::Keychain}};
    m_data.systems.emplace(database.id, database);
    Step &backup = m_data.steps[2];
    backup.systemIds = {database.id};
    backup.command.environmentVariables = {QStringLiteral("PGPASSWORD"), QStringLiteral("PGHOST")};

    const QList<ReviewItem> items = commandsToReview(m_data);
    const auto command = std::find_if(items.begin(), items.end(), [](const ReviewItem &item) {
        return item.kind == ReviewItem::Kind::Command;
    });
    QVERIFY(command != items.end());
    QCOMPARE(command->variables,
             (QStringList{QStringLiteral("PGPASSWORD from the keychain entry \u201corders-db\u201d "
                                         "(secret of orders-db)"),
                          QStringLiteral("PGHOST from this computer's environment")}));
    QVERIFY(commandReviewText(items).contains(command->variables.first()));

    TrustStore trust;
    QVERIFY(trust.trust(m_path, m_data, QStringLiteral("Ben"), trustedAt(), nullptr));
    // A received file that points the same command at another keychain entry is asked about.
    ProjectData redirected = m_data;
    redirected.systems[90].configurationItems.first().value = QStringLiteral("prometheus-token");
    QVERIFY(!trust.isTrusted(m_path, redirected));
    ProjectData another = m_data;
    another.steps[2].command.environmentVariables.append(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    QVERIFY(!trust.isTrusted(m_path, another));
}

void TestTrust::trustBelongsToOneFile()
{
    TrustStore trust;
    QVERIFY(trust.trust(m_path, m_data, QStringLiteral("Ben"), trustedAt(), nullptr));
    QVERIFY(!trust.isTrusted(m_projects->filePath(QStringLiteral("copy.uwb")), m_data));
}

void TestTrust::theRecordLivesOutsideTheProject()
{
    auto project = createProject(m_path, m_data);
    QVERIFY(project);
    const QByteArray before = test::fileBytes(m_path);
    TrustStore trust;
    QVERIFY(trust.recordPath().startsWith(m_appData->path() + u'/'));
    QCOMPARE(trust.recordPath(), TrustStore::defaultPath());
    QVERIFY(
        trust.trust(m_path, project.value()->data(), QStringLiteral("Ben"), trustedAt(), nullptr));
    QVERIFY(QFile::exists(trust.recordPath()));
    QCOMPARE(test::fileBytes(m_path), before);
    for (const QString &name : QDir(m_projects->path()).entryList(QDir::Files))
        QVERIFY2(name.startsWith(QLatin1String("shared.uwb")), qPrintable(name));
}

void TestTrust::theRecordSaysWhoTrustedAndWhen()
{
    TrustStore trust;
    QVERIFY(trust.trust(m_path, m_data, QStringLiteral("Ben"), trustedAt(), nullptr));
    const QJsonObject projects = QJsonDocument::fromJson(test::fileBytes(trust.recordPath()))
                                     .object()
                                     .value(QStringLiteral("projects"))
                                     .toObject();
    QCOMPARE(projects.size(), 1);
    const QJsonObject entry = projects.begin()->toObject();
    QCOMPARE(entry.value(QStringLiteral("trustedBy")).toString(), QStringLiteral("Ben"));
    QCOMPARE(entry.value(QStringLiteral("trustedAt")).toString(),
             QStringLiteral("2031-03-04T05:06:07Z"));
}

void TestTrust::aDamagedRecordTrustsNothing()
{
    const QString record = m_appData->filePath(QStringLiteral("trust.json"));
    TrustStore trust(record);
    QVERIFY(trust.trust(m_path, m_data, QStringLiteral("Ben"), trustedAt(), nullptr));
    QFile file(record);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    QVERIFY(!trust.isTrusted(m_path, m_data));
    QString error;
    QVERIFY(!trust.trust(m_path, m_data, QStringLiteral("Ben"), trustedAt(), &error));
    QVERIFY2(error.startsWith(QStringLiteral("The list of trusted projects %1 is damaged")
                                  .arg(QDir::toNativeSeparators(record))),
             qPrintable(error));
}

void TestTrust::aRunStartsNoCommandUntilTrusted()
{
    auto project = createProject(m_path, m_data);
    QVERIFY(project);
    auto session = RunSession::start(*project.value(), RunKind::Rehearsal, QStringLiteral("dry"), 1,
                                     QStringLiteral("Ben"));
    QVERIFY(session);
    RunSession &run = *session.value();
    QString error;
    QVERIFY(run.startStep(1, QStringLiteral("Ben"), {}, &error));
    QVERIFY(run.finishStep(1, QStringLiteral("Ben"), {}, &error));
    QVERIFY(!run.commandsTrusted());
    QVERIFY(!run.startStep(2, QStringLiteral("Ben"), {}, &error));
    QCOMPARE(error, QStringLiteral("The commands of this project have not been reviewed and "
                                   "trusted on this computer, or they changed since: review "
                                   "them before running \u201cBack up database\u201d."));
    QCOMPARE(run.state().stateOf(2), StepRunState::Ready);

    QVERIFY(TrustStore().trust(m_path, project.value()->data(), QStringLiteral("Ben"), trustedAt(),
                               &error));
    QSignalSpy output(&run, &RunSession::outputReceived);
    QSignalSpy changed(&run, &RunSession::stepChanged);
    QVERIFY2(run.startStep(2, QStringLiteral("Ben"), {}, &error), qPrintable(error));
    QCOMPARE(run.state().stateOf(2), StepRunState::Running);
    QVERIFY(run.isStepLive(2));
    QVERIFY(!run.finishStep(2, QStringLiteral("Ben"), {}, &error));
    QTRY_COMPARE_WITH_TIMEOUT(run.state().stateOf(2), StepRunState::Done, 20000);
    QCOMPARE(output.size(), 1);
    QCOMPARE(output.first()[1].toString(), QStringLiteral("backing up as 2\n"));
    const RunEvent &finished = project.value()->data().runEvents.constLast();
    QCOMPARE(finished.type, RunEventType::StepFinished);
    QCOMPARE(finished.person, QStringLiteral("Ben"));
    QCOMPARE(finished.output, QStringLiteral("backing up as 2\n"));
    QCOMPARE(finished.note, QStringLiteral("The command ended with exit code 0, as expected."));
    QVERIFY(!run.isStepLive(2));
}

QTEST_GUILESS_MAIN(TestTrust)

#include "tst_trust.moc"
