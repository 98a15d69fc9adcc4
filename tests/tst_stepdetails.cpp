#include "changeassessor.h"
#include "commands.h"
#include "planedits.h"
#include "planpage.h"
#include "projectfile.h"
#include "runsession.h"
#include "scripteddialogs.h"
#include "stepdetailspanel.h"
#include "systempicker.h"
#include "testutil.h"
#include "trust.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace uw;

/**
 * The step details panel on the Plan page, used as a lead would: from an empty project to a
 * runbook whose command, HTTP check and metric check run themselves in a rehearsal.
 */
class TestStepDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void buildsAnAutomatedRunbookAndRehearsesIt();
    void refusesWhatTheRunCouldNotUse();
    void keepsDutiesApart();
    void changesSeveralStepsAsOneEdit();
    void rollbackStepsSayWhatTheyUndo();
    void saysWhatCannotBeUndoneAndWhenAFailureCounts();
    void aVariableWithoutValueFailsTheStepNamingIt();

private:
    template<class T>
    T *field(const char *name) const
    {
        T *found = m_page->details()->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no field %s", name);
        return found;
    }
    /** Chooses the item with data as a person would pick it from the list. */
    void choose(const char *comboName, const QVariant &data) const;
    /** Types text into a field replacing what it had, and presses Return. */
    void type(const char *lineName, const QString &text) const;
    Id addStep();
    const Step &step(Id id) const { return m_project->data().steps.at(id); }
    Id addPerson(const QString &name, int roles);

    QTemporaryDir m_dir;
    test::ScriptedDialogs m_dialogs;
    std::unique_ptr<Project> m_project;
    ChangeAssessor m_assessor;
    std::unique_ptr<PlanPage> m_page;
};

void TestStepDetails::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setInstance(&m_dialogs);
}

void TestStepDetails::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.uwb").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    auto created = createProject(path, ProjectData());
    QVERIFY(created);
    m_project = std::move(created.value());
    m_project->setUser(QStringLiteral("Mara"));
    m_page = std::make_unique<PlanPage>(&m_assessor);
    m_page->setProject(m_project.get());
    m_page->resize(1500, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestStepDetails::cleanup()
{
    m_page.reset();
    m_assessor.setProject(nullptr);
    m_project.reset();
}

void TestStepDetails::choose(const char *comboName, const QVariant &data) const
{
    auto *combo = field<QComboBox>(comboName);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, comboName);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

void TestStepDetails::type(const char *lineName, const QString &text) const
{
    auto *line = field<QLineEdit>(lineName);
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
}

Id TestStepDetails::addStep()
{
    const std::size_t before = m_project->data().steps.size();
    m_page->addStep();
    if (m_project->data().steps.size() != before + 1)
        return 0;
    // The page selects the step it added.
    const QList<Id> selected = m_page->selectedSteps();
    return selected.size() == 1 ? selected.first() : 0;
}

Id TestStepDetails::addPerson(const QString &name, int roles)
{
    Person person;
    person.id = m_project->allocateId(EntityKind::Person);
    person.name = name;
    person.roles = roles;
    return edit::addEntities(*m_project, QStringLiteral("Add person"), {person}) ? person.id : 0;
}

void TestStepDetails::buildsAnAutomatedRunbookAndRehearsesIt()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 14\r\nConnection: close\r\n\r\n"
                          "{\"status\":\"up\"}");
            socket->disconnectFromHost();
        });
    });
    Metric metric;
    metric.id = m_project->allocateId(EntityKind::Metric);
    metric.name = QStringLiteral("Error rate");
    metric.source = MetricSource::Command;
    metric.query = QStringLiteral("echo 0.4");
    QVERIFY(edit::addEntities(*m_project, QStringLiteral("Add metric"), {metric}));
    const Id metricId = metric.id;

    // The database's port is a plain setting; its password a secret the file only names.
    System database;
    database.id = m_project->allocateId(EntityKind::System);
    database.name = QStringLiteral("orders-db");
    database.configurationItems = {{QStringLiteral("PGPORT"), QStringLiteral("5433"),
                                    ConfigValueSource::Plain},
                                   {QStringLiteral("DB_SECRET"),
                                    QStringLiteral("UW_TEST_ORDERS_SECRET"),
                                    ConfigValueSource::EnvironmentVariable}};
    QVERIFY(edit::addEntities(*m_project, QStringLiteral("Add system"), {database}));

    const Id command = addStep();
    QVERIFY(command);
    choose("stepKind", int(StepKind::Command));
    QCOMPARE(step(command).stepKind, StepKind::Command);
    field<SystemPicker>("stepSystemPicker")->setSystemId(database.id);
    QTest::mouseClick(field<QToolButton>("stepAddSystem"), Qt::LeftButton);
    QCOMPARE(step(command).systemIds, QList<Id>{database.id});
    type("stepVariables", QStringLiteral("PGPORT, DB_SECRET"));
    QCOMPARE(step(command).command.environmentVariables,
             (QStringList{QStringLiteral("PGPORT"), QStringLiteral("DB_SECRET")}));
    const QString sources = field<QLabel>("stepVariableSources")->text();
    QVERIFY2(sources.contains(QStringLiteral("PGPORT = \u201c5433\u201d (orders-db)"))
                 && sources.contains(QStringLiteral("DB_SECRET from the environment variable "
                                                    "UW_TEST_ORDERS_SECRET")),
             qPrintable(sources));
    type("stepCommand", QStringLiteral("test \"$DB_SECRET\" = s3cret && echo port $PGPORT: "
                                       "schema migrated"));
    type("stepOutputPattern", QStringLiteral("migrated$"));
    auto *timeout = field<QSpinBox>("stepCommandTimeout");
    timeout->setValue(60);
    QVERIFY(step(command).command.command.endsWith(QStringLiteral("schema migrated")));
    QCOMPARE(step(command).command.outputPattern, QStringLiteral("migrated$"));
    QCOMPARE(step(command).command.timeoutSeconds, 60);

    const Id http = addStep();
    choose("stepKind", int(StepKind::HttpCheck));
    type("stepHttpUrl", QStringLiteral("http://127.0.0.1:%1/health").arg(server.serverPort()));
    type("stepHttpBodyPattern", QStringLiteral("\"up\""));
    QCOMPARE(step(http).http.url,
             QStringLiteral("http://127.0.0.1:%1/health").arg(server.serverPort()));

    const Id check = addStep();
    choose("stepKind", int(StepKind::MetricCheck));
    choose("stepMetric", QVariant::fromValue(metricId));
    type("stepMetricCondition", QStringLiteral("< 2"));
    QCOMPARE(step(check).metricCheck.metricId, metricId);
    QCOMPARE(step(check).metricCheck.condition, QStringLiteral("< 2"));

    // What the lead typed is reviewed and trusted before anything runs.
    TrustStore trust(m_dir.filePath(QStringLiteral("trust.ini")));
    QString error;
    QVERIFY2(trust.trust(m_project->filePath(), m_project->data(), QStringLiteral("Mara"),
                         m_project->now(), &error),
             qPrintable(error));
    QVERIFY(m_project->recordSamples({{metricId, m_project->now(), QString(), 0.4}}, &error));
    auto started = RunSession::start(*m_project, RunKind::Rehearsal, QStringLiteral("Dry run"), 0,
                                     QStringLiteral("Mara"));
    QVERIFY(started);
    RunSession &session = *started.value();
    session.setTrustStore(trust);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("UW_TEST_ORDERS_SECRET"), QStringLiteral("s3cret"));
    session.setEnvironment(environment);
    for (const Id id : {command, http, check}) {
        QVERIFY2(session.startStep(id, QStringLiteral("Mara"), {}, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(session.state().step(id)->state != StepRunState::Running, 20000);
        QVERIFY2(session.state().step(id)->state == StepRunState::Done,
                 qPrintable(session.state().step(id)->lastNote));
    }
    QVERIFY(session.state().step(command)->lastOutput.contains(QStringLiteral("port 5433")));
    const RunEvent &judged = m_project->data().runEvents.back();
    QCOMPARE(judged.stepId, check);
    QVERIFY2(judged.output.contains(QStringLiteral("0.4")), qPrintable(judged.output));
}

void TestStepDetails::refusesWhatTheRunCouldNotUse()
{
    const Id id = addStep();
    choose("stepKind", int(StepKind::Command));
    type("stepOutputPattern", QStringLiteral("ready ("));
    QVERIFY(field<QLabel>("stepCommandProblem")->isVisible());
    QVERIFY(field<QLabel>("stepCommandProblem")->text().contains(QStringLiteral("ready (")));
    QVERIFY(step(id).command.outputPattern.isEmpty());
    type("stepOutputPattern", QStringLiteral("ready"));
    QVERIFY(!field<QLabel>("stepCommandProblem")->isVisible());
    QCOMPARE(step(id).command.outputPattern, QStringLiteral("ready"));

    choose("stepKind", int(StepKind::HttpCheck));
    type("stepHttpUrl", QStringLiteral("ftp://files.example.com/"));
    QVERIFY(field<QLabel>("stepHttpProblem")->text().contains(QStringLiteral("http or https")));
    QVERIFY(step(id).http.url.isEmpty());

    choose("stepKind", int(StepKind::MetricCheck));
    type("stepMetricCondition", QStringLiteral("about 3"));
    QVERIFY(field<QLabel>("stepMetricProblem")->isVisible());
    QVERIFY(step(id).metricCheck.condition.isEmpty());

    // Each accepted change is one undo step, and the panel follows undo.
    m_project->undoStack()->undo();
    QCOMPARE(step(id).stepKind, StepKind::HttpCheck);
    QCOMPARE(field<QComboBox>("stepKind")->currentData().toInt(), int(StepKind::HttpCheck));
}

void TestStepDetails::keepsDutiesApart()
{
    const Id lukas = addPerson(QStringLiteral("Lukas"), RoleExecutor | RoleVerifier);
    const Id wei = addPerson(QStringLiteral("Wei"), RoleVerifier | RoleApprover);
    QVERIFY(lukas && wei);
    const Id id = addStep();
    choose("stepOwner", QVariant::fromValue(lukas));
    QCOMPARE(step(id).ownerId, lukas);
    choose("stepVerifier", QVariant::fromValue(lukas));
    QVERIFY(field<QLabel>("stepPeopleProblem")->text().contains(QStringLiteral("Segregation")));
    QCOMPARE(step(id).verifierId, Id(0));
    QCOMPARE(field<QComboBox>("stepVerifier")->currentData().value<Id>(), Id(0));
    choose("stepVerifier", QVariant::fromValue(wei));
    QCOMPARE(step(id).verifierId, wei);
    QVERIFY(!field<QLabel>("stepPeopleProblem")->isVisible());
    // Only people with the role are offered.
    QCOMPARE(field<QComboBox>("stepApprover")->findData(QVariant::fromValue(lukas)), -1);
}

void TestStepDetails::changesSeveralStepsAsOneEdit()
{
    const Id lukas = addPerson(QStringLiteral("Lukas"), RoleExecutor);
    QVERIFY(lukas);
    const Id first = addStep();
    const Id second = addStep();
    m_page->selectSteps({first, second});
    QVERIFY(field<QPlainTextEdit>("stepInstructions")->isEnabled() == false);
    const int before = m_project->undoStack()->count();
    choose("stepOwner", QVariant::fromValue(lukas));
    QCOMPARE(step(first).ownerId, lukas);
    QCOMPARE(step(second).ownerId, lukas);
    QCOMPARE(m_project->undoStack()->count(), before + 1);
}

void TestStepDetails::rollbackStepsSayWhatTheyUndo()
{
    const Id execute = addStep();
    QCOMPARE(step(execute).phase, Phase::Execute);
    auto added = plan::addStep(*m_project, Phase::Rollback, 0);
    QVERIFY(added);
    m_page->selectSteps({added.value()});
    auto *undoes = field<QListWidget>("stepUndoes");
    QVERIFY(undoes->isVisible());
    QCOMPARE(undoes->count(), 1);
    undoes->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(step(added.value()).undoesStepIds, QList<Id>{execute});
}

void TestStepDetails::saysWhatCannotBeUndoneAndWhenAFailureCounts()
{
    const Id id = addStep();
    auto *reversible = field<QCheckBox>("stepReversible");
    QVERIFY(reversible->isChecked());
    type("stepRollbackLoss", QStringLiteral("orders taken since the switch"));
    QCOMPARE(step(id).rollbackLoss, QStringLiteral("orders taken since the switch"));
    reversible->click();
    QVERIFY(!step(id).reversible);
    choose("stepCriticality", int(StepCriticality::NotCritical));
    QCOMPARE(step(id).criticality, StepCriticality::NotCritical);

    choose("stepKind", int(StepKind::HttpCheck));
    auto *verify = field<QCheckBox>("stepHttpVerifyTls");
    QVERIFY(verify->isChecked());
    verify->click();
    QVERIFY(!step(id).http.verifyTls);

    // Two steps that differ show neither value, and one click sets both.
    const Id other = addStep();
    m_page->selectSteps({id, other});
    QCOMPARE(reversible->checkState(), Qt::PartiallyChecked);
    QCOMPARE(field<QComboBox>("stepCriticality")->currentIndex(), -1);
    QVERIFY(!field<QLineEdit>("stepRollbackLoss")->isEnabled());
    const int before = m_project->undoStack()->count();
    reversible->click();
    QVERIFY(step(id).reversible && step(other).reversible);
    QCOMPARE(m_project->undoStack()->count(), before + 1);
}

void TestStepDetails::aVariableWithoutValueFailsTheStepNamingIt()
{
    const Id id = addStep();
    choose("stepKind", int(StepKind::Command));
    type("stepCommand", QStringLiteral("echo never"));
    type("stepVariables", QStringLiteral("9LIVES"));
    QVERIFY(field<QLabel>("stepCommandProblem")->text().contains(QStringLiteral("9LIVES")));
    QVERIFY(step(id).command.environmentVariables.isEmpty());
    type("stepVariables", QStringLiteral("UW_TEST_NOWHERE_SET"));
    QCOMPARE(step(id).command.environmentVariables,
             QStringList{QStringLiteral("UW_TEST_NOWHERE_SET")});

    TrustStore trust(m_dir.filePath(QStringLiteral("trust.ini")));
    QString error;
    QVERIFY(trust.trust(m_project->filePath(), m_project->data(), QStringLiteral("Mara"),
                        m_project->now(), &error));
    auto started = RunSession::start(*m_project, RunKind::Rehearsal, QStringLiteral("Dry run"), 0,
                                     QStringLiteral("Mara"));
    QVERIFY(started);
    RunSession &session = *started.value();
    session.setTrustStore(trust);
    session.setEnvironment(QProcessEnvironment());
    QVERIFY2(session.startStep(id, QStringLiteral("Mara"), {}, &error), qPrintable(error));
    QTRY_COMPARE(int(session.state().step(id)->state), int(StepRunState::Failed));
    QVERIFY2(session.state().step(id)->lastNote.contains(QStringLiteral("UW_TEST_NOWHERE_SET")),
             qPrintable(session.state().step(id)->lastNote));
}

QTEST_MAIN(TestStepDetails)
#include "tst_stepdetails.moc"
