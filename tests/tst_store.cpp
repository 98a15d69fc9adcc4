#include "commands.h"
#include "projectfile.h"
#include "schema.h"
#include "sqlite.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void everyEntityRoundTripsThroughTheFile();
    void newFileIsMarkedAsOurs();
    void createRefusesAnExistingFile();
    void versionOneFileIsMigratedWithABackup();
    void versionOneFileOpenedReadOnlyStaysUntouched();
    void readingLeavesTheFolderAsItFoundIt();
    void aFileLockedElsewhereIsNotCalledDamaged();
    void saveAsWritesACopyAndContinuesThere();
    void runHistoryIsAppendOnlyInTheFile();
    void theLogIsCheckpointedAndCutBack();

private:
    static QString materialiseFixture(const QTemporaryDir &dir, const char *name);
};

QString TestStore::materialiseFixture(const QTemporaryDir &dir, const char *name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile sqlFile(QStringLiteral(UW_TEST_DATA "/v1/project.sql"));
    if (!sqlFile.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray sql = sqlFile.readAll();
    QString error;
    auto db = sql::Database::open(path, sql::Database::Mode::Create, &error);
    if (!db || !db->exec("PRAGMA journal_mode = WAL") || !db->exec(sql.constData(), &error)) {
        qWarning() << error;
        return QString();
    }
    return path;
}

void TestStore::everyEntityRoundTripsThroughTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rich.uwb"));
    const ProjectData expected = test::richProject();
    {
        auto created = createProject(path, expected);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    }
    auto reopened = openProject(path);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
    const ProjectData &actual = reopened.value()->data();
    QString difference;
    QVERIFY2(test::sameDocument(actual, expected, &difference), qPrintable(difference));
    QCOMPARE(actual.runs.size(), expected.runs.size());
    QVERIFY(actual.runs.at(1) == expected.runs.at(1));
    QCOMPARE(actual.runEvents, expected.runEvents);
    QCOMPARE(actual.samples, expected.samples);
    QCOMPARE(actual.audit.size(), 1);
    QCOMPARE(actual.audit.first().action, QStringLiteral("Project created"));
}

void TestStore::newFileIsMarkedAsOurs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.uwb"));
    QVERIFY(createProject(path));
    auto db = sql::Database::open(path, sql::Database::Mode::ReadOnly, nullptr);
    QVERIFY(db);
    QCOMPARE(db->queryInt("PRAGMA application_id").value_or(0), qint64(schema::applicationId));
    QCOMPARE(db->queryInt("PRAGMA user_version").value_or(0), qint64(schema::currentVersion()));
    QCOMPARE(db->queryText("PRAGMA journal_mode").value_or(QString()), QStringLiteral("wal"));
}

void TestStore::createRefusesAnExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.uwb"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const auto created = createProject(path);
    QVERIFY(!created);
    QCOMPARE(created.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(test::fileBytes(path), QByteArray("keep me"));
}

void TestStore::versionOneFileIsMigratedWithABackup()
{
    QTemporaryDir dir;
    const QString path = materialiseFixture(dir, "old.uwb");
    QVERIFY(!path.isEmpty());
    ProjectData original;
    {
        auto before = openProject(path, Store::Access::ReadOnly);
        QVERIFY(before);
        original = before.value()->data();
    }

    auto project = openProject(path);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    const StoreInfo info = project.value()->storeInfo();
    QCOMPARE(info.migratedFrom, 1);
    QCOMPARE(info.schemaVersion, schema::currentVersion());
    QCOMPARE(info.backupPath, path + QStringLiteral(".bak-v1"));

    const ProjectData &data = project.value()->data();
    QCOMPARE(data.change.title, QStringLiteral("Patch the web tier"));
    QCOMPARE(data.change.reason, ReasonCategory::SecurityFix);
    QCOMPARE(data.systems.size(), size_t(2));
    QCOMPARE(data.systems.at(1).attributes.first().value, QStringLiteral("4"));
    // Environments became names, configuration items name, value and where the value lives.
    QCOMPARE(data.systems.at(1).environment, QStringLiteral("Production"));
    QCOMPARE(data.systems.at(1).configurationItems,
             (QList<ConfigurationItem>{
                 {QStringLiteral("nginx.conf"), {}, ConfigValueSource::Plain}}));
    QVERIFY(data.systems.at(2).configurationItems.isEmpty());
    QCOMPARE(data.steps.at(2).criticality, StepCriticality::ByPhase);
    QVERIFY(data.steps.at(2).reversible);
    QVERIFY(data.steps.at(2).http.verifyTls);
    QCOMPARE(data.steps.at(2).systemIds, QList<Id>{1});
    QCOMPARE(data.steps.at(2).command.command, QStringLiteral("apt-get install -y nginx"));
    QCOMPARE(data.steps.at(2).metricCheck.metricId, Id(0));
    QCOMPARE(data.windows.at(1).systemIds, QList<Id>{1});
    QCOMPARE(data.people.at(1).roles, RoleExecutor | RoleVerifier);
    project.value().reset();

    // The backup is still a version 1 project holding what the file held before.
    auto backup = openProject(info.backupPath, Store::Access::ReadOnly);
    QVERIFY(backup);
    QCOMPARE(backup.value()->storeInfo().schemaVersion, 1);
    QString difference;
    QVERIFY2(test::sameDocument(backup.value()->data(), original, &difference),
             qPrintable(difference));
}

void TestStore::versionOneFileOpenedReadOnlyStaysUntouched()
{
    QTemporaryDir dir;
    const QString path = materialiseFixture(dir, "look.uwb");
    QVERIFY(!path.isEmpty());
    const QByteArray original = test::fileBytes(path);
    {
        auto project = openProject(path, Store::Access::ReadOnly);
        QVERIFY(project);
        QVERIFY(project.value()->isReadOnly());
        QCOMPARE(project.value()->data().systems.size(), size_t(2));
    }
    QCOMPARE(test::fileBytes(path), original);
    QVERIFY(!QFile::exists(path + QStringLiteral(".bak-v1")));
}

void TestStore::readingLeavesTheFolderAsItFoundIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.uwb"));
    QVERIFY(createProject(path, test::smallRunbook()));
    const auto folder = [&dir] {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    };
    const QStringList before = folder();
    QCOMPARE(before, QStringList{QStringLiteral("p.uwb")});
    {
        auto project = openProject(path, Store::Access::ReadOnly);
        QVERIFY(project);
        QCOMPARE(project.value()->data().steps.size(), test::smallRunbook().steps.size());
    }
    QCOMPARE(folder(), before);

    // Beside an editor, a reader shares the log and sees what the editor wrote.
    auto editor = openProject(path);
    QVERIFY(editor);
    Step step = editor.value()->data().steps.begin()->second;
    step.title = QStringLiteral("Edited while another reads");
    QVERIFY(edit::updateEntity(*editor.value(), QStringLiteral("Rename"), step));
    auto reader = openProject(path, Store::Access::ReadOnly);
    QVERIFY(reader);
    QCOMPARE(reader.value()->data().steps.at(step.id).title, step.title);
}

void TestStore::aFileLockedElsewhereIsNotCalledDamaged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.uwb"));
    QVERIFY(createProject(path, test::smallRunbook()));
    // Another program holds the file exclusively: the machine's problem, not the file's.
    QString error;
    auto other = sql::Database::open(path, sql::Database::Mode::ReadWrite, &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY2(other->exec("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                         "SELECT count(*) FROM steps",
                         &error),
             qPrintable(error));
    auto project = openProject(path, Store::Access::ReadOnly);
    QVERIFY(!project);
    QCOMPARE(project.error().code, ErrorCode::Failed);
    QVERIFY2(project.error().message.contains(QStringLiteral("holds it locked"))
                 && !project.error().message.contains(QStringLiteral("backup")),
             qPrintable(project.error().message));
}

void TestStore::saveAsWritesACopyAndContinuesThere()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.uwb"));
    const QString second = dir.filePath(QStringLiteral("second.uwb"));
    auto project = createProject(first, test::richProject());
    QVERIFY(project);
    QString error;
    QVERIFY2(project.value()->saveAs(second, &error), qPrintable(error));
    QCOMPARE(project.value()->filePath(), second);
    QVERIFY(!project.value()->isReadOnly());

    Change change = project.value()->change();
    change.title = QStringLiteral("Only in the copy");
    QVERIFY2(edit::updateEntity(*project.value(), QStringLiteral("retitle"), change, MergeId::None,
                                &error),
             qPrintable(error));
    project.value().reset();

    auto copy = openProject(second, Store::Access::ReadOnly);
    auto original = openProject(first, Store::Access::ReadOnly);
    QVERIFY(copy && original);
    QCOMPARE(copy.value()->change().title, QStringLiteral("Only in the copy"));
    QCOMPARE(original.value()->change().title, test::richProject().change.title);
    QCOMPARE(copy.value()->data().systems.size(), test::richProject().systems.size());
}

void TestStore::runHistoryIsAppendOnlyInTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.uwb"));
    QVERIFY(createProject(path, test::richProject()));
    QString error;
    QVERIFY(!test::runSql(path, "UPDATE run_events SET note = 'rewritten'", &error));
    QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
    QVERIFY(!test::runSql(path, "DELETE FROM audit_log", &error));
    QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
}

void TestStore::theLogIsCheckpointedAndCutBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.uwb"));
    auto project = createProject(path, test::richProject());
    QVERIFY(project);
    // Each edit writes several pages of log: 400 of them would leave thousands of pages in the
    // log if nothing copied them back into the file.
    constexpr int edits = 400;
    QString error;
    for (int i = 0; i < edits; ++i) {
        Change change = project.value()->change();
        change.purpose = QString(16 * 1024, QLatin1Char('a' + i % 26));
        change.title = QStringLiteral("Edit %1").arg(i);
        QVERIFY2(edit::updateEntity(*project.value(), QStringLiteral("retype"), change,
                                    MergeId::None, &error),
                 qPrintable(error));
    }
    const QString log = path + QStringLiteral("-wal");
    // Once a checkpoint has caught up, the next edit starts the log afresh and cuts it back.
    int more = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            Change change = project.value()->change();
            change.title = QStringLiteral("Edit %1").arg(edits + more++);
            return edit::updateEntity(*project.value(), QStringLiteral("retitle"), change)
                   && QFileInfo(log).size() <= 4 * 1024 * 1024;
        }(),
        20000);
    project.value().reset();

    auto reopened = openProject(path, Store::Access::ReadOnly);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->change().title, QStringLiteral("Edit %1").arg(edits + more - 1));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
