#include "commands.h"
#include "projectfile.h"
#include "schema.h"
#include "sqlite.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

/** Every kind of bad file is refused with a message naming it, and stays byte-for-byte intact. */
class TestBadFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusedFileIsLeftUntouched_data();
    void refusedFileIsLeftUntouched();
    void readOnlyFileOpensForViewingOnly();
    void secondInstanceOpensReadOnlyWithANotice();
    void lockLeftByADeadProcessIsTakenOver();

private:
    QString validProject(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

using Damage = std::function<void(const QString &path)>;
Q_DECLARE_METATYPE(Damage)
Q_DECLARE_METATYPE(uw::ErrorCode)

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

void patchFile(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    file.write(bytes);
}

} // namespace

void TestBadFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QString TestBadFiles::validProject(const QString &name)
{
    const QString path = m_dir->filePath(name);
    ProjectData data = test::richProject();
    // Enough rows to span several pages, so that a damaged page is one with data on it.
    for (Id id = 10; id < 400; ++id) {
        System system = data.systems.at(1);
        system.id = id;
        system.name = QStringLiteral("system-%1").arg(id);
        data.systems[id] = system;
    }
    auto project = createProject(path, data);
    return project ? path : QString();
}

void TestBadFiles::refusedFileIsLeftUntouched_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("missing file") << Damage([](const QString &path) { QFile::remove(path); })
                                  << ErrorCode::FileMissing << QStringLiteral("does not exist");
    QTest::newRow("empty file") << Damage([](const QString &path) { writeFile(path, {}); })
                                << ErrorCode::NotSqlite << QStringLiteral("not an SQLite database");
    QTest::newRow("text file") << Damage([](const QString &path) {
        writeFile(path, QByteArray("name,kind\nweb-1,server\n").repeated(20));
    }) << ErrorCode::NotSqlite << QStringLiteral("not an SQLite database");
    QTest::newRow("binary garbage") << Damage([](const QString &path) {
        QByteArray garbage(8192, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251);
        writeFile(path, garbage);
    }) << ErrorCode::NotSqlite << QStringLiteral("not an SQLite database");
    QTest::newRow("SQLite database of another program") << Damage([](const QString &path) {
        QFile::remove(path);
        QVERIFY(test::runSql(path, "PRAGMA application_id = 42; CREATE TABLE t (x);"));
    }) << ErrorCode::NotOurs << QStringLiteral("another program");
    QTest::newRow("plain SQLite database without an id") << Damage([](const QString &path) {
        QFile::remove(path);
        QVERIFY(test::runSql(path, "CREATE TABLE systems (id INTEGER PRIMARY KEY);"));
    }) << ErrorCode::NotOurs << QStringLiteral("another program");
    QTest::newRow("written by a newer version") << Damage([](const QString &path) {
        QVERIFY(test::runSql(path, "PRAGMA user_version = 99"));
    }) << ErrorCode::TooNew << QStringLiteral("newer Upgrade Workbench");
    QTest::newRow("truncated") << Damage([](const QString &path) {
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
    }) << ErrorCode::Damaged << QStringLiteral("shorter than its header says");
    QTest::newRow("corrupted page") << Damage([](const QString &path) {
        // Page 3 onwards hold table data; scribble over a b-tree page header.
        patchFile(path, 4096 * 3, QByteArray(64, '\xEE'));
    }) << ErrorCode::Damaged << QStringLiteral("damaged");
}

void TestBadFiles::refusedFileIsLeftUntouched()
{
    QFETCH(Damage, damage);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messagePart);

    const QString path = validProject(QStringLiteral("bad.uwb"));
    QVERIFY(!path.isEmpty());
    damage(path);
    const QByteArray before = test::fileBytes(path);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    for (auto access : {Store::Access::ReadWrite, Store::Access::ReadOnly}) {
        const auto project = openProject(path, access);
        QVERIFY(!project);
        QCOMPARE(project.error().code, code);
        QVERIFY2(project.error().message.contains(messagePart), qPrintable(project.error().message));
        QVERIFY2(project.error().message.contains(QStringLiteral("bad.uwb")),
                 qPrintable(project.error().message));
    }
    QCOMPARE(test::fileBytes(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).filter(QStringLiteral(".bak")),
             filesBefore.filter(QStringLiteral(".bak")));
}

void TestBadFiles::readOnlyFileOpensForViewingOnly()
{
    const QString path = validProject(QStringLiteral("readonly.uwb"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    const QByteArray before = test::fileBytes(path);
    {
        auto project = openProject(path);
        QVERIFY(project);
        QVERIFY(project.value()->isReadOnly());
        QVERIFY2(project.value()->storeInfo().readOnlyReason.contains(QStringLiteral("read-only")),
                 qPrintable(project.value()->storeInfo().readOnlyReason));
        System system = project.value()->data().systems.at(1);
        system.name = QStringLiteral("renamed");
        QString error;
        QVERIFY(!edit::updateEntity(*project.value(), QStringLiteral("rename"), system,
                                    MergeId::None, &error));
        QVERIFY(error.contains(QStringLiteral("read-only")));
        QCOMPARE(project.value()->data().systems.at(1).name, test::richProject().systems.at(1).name);
    }
    QCOMPARE(test::fileBytes(path), before);
}

void TestBadFiles::secondInstanceOpensReadOnlyWithANotice()
{
    const QString path = validProject(QStringLiteral("shared.uwb"));
    auto first = openProject(path);
    QVERIFY(first);
    QVERIFY(!first.value()->isReadOnly());

    auto second = openProject(path);
    QVERIFY(second);
    QVERIFY(second.value()->isReadOnly());
    QVERIFY2(second.value()->storeInfo().readOnlyReason.contains(
                 QStringLiteral("open in another Upgrade Workbench")),
             qPrintable(second.value()->storeInfo().readOnlyReason));

    // The first keeps editing; the second sees the data, never writes it.
    System system = first.value()->data().systems.at(1);
    system.name = QStringLiteral("edited by the first");
    QVERIFY(edit::updateEntity(*first.value(), QStringLiteral("rename"), system));
    QVERIFY(!edit::updateEntity(*second.value(), QStringLiteral("rename"), system));
    second.value().reset();
    first.value().reset();

    auto reopened = openProject(path);
    QVERIFY(reopened);
    QVERIFY(!reopened.value()->isReadOnly());
    QCOMPARE(reopened.value()->data().systems.at(1).name, QStringLiteral("edited by the first"));
}

void TestBadFiles::lockLeftByADeadProcessIsTakenOver()
{
    const QString path = validProject(QStringLiteral("crashed.uwb"));
    // What a killed instance leaves: a lock naming a process that no longer exists.
    writeFile(path + QStringLiteral(".lock"), QByteArray("2147480000\nupgrade-workbench\n")
                                                  + QSysInfo::machineHostName().toUtf8() + '\n');
    auto project = openProject(path);
    QVERIFY(project);
    QVERIFY2(!project.value()->isReadOnly(),
             qPrintable(project.value()->storeInfo().readOnlyReason));
}

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
