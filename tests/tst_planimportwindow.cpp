#include "mainwindow.h"
#include "mspdi.h"
#include "planpage.h"
#include "project.h"
#include "projectfile.h"
#include "projectjson.h"
#include "scripteddialogs.h"
#include "testutil.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uw;

/** File › Import of whole plans, as a lead reaches it: Microsoft Project XML and project JSON. */
class TestPlanImportWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aMicrosoftProjectPlanIsReviewedThenImportedAsOneEdit();
    void aDamagedPlanChangesNothing();
    void theProjectJsonOpensAsANewProject();

private:
    QAction *importAction(MainWindow &window, const QString &startOfText) const;
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    test::ScriptedDialogs m_dialogs;
    QString m_project;
};

void TestPlanImportWindow::initTestCase()
{
    Dialogs::setInstance(&m_dialogs);
}

void TestPlanImportWindow::init()
{
    m_dialogs = test::ScriptedDialogs();
    m_project = m_dir.filePath(QLatin1String(QTest::currentTestFunction()) + QStringLiteral(".uwb"));
    QFile::remove(m_project);
    QVERIFY(createProject(m_project));
}

QAction *TestPlanImportWindow::importAction(MainWindow &window, const QString &startOfText) const
{
    for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
        if (action->text().remove(u'&').startsWith(startOfText))
            return action;
    }
    return nullptr;
}

QString TestPlanImportWindow::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestPlanImportWindow::aMicrosoftProjectPlanIsReviewedThenImportedAsOneEdit()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_project));
    QAction *import = importAction(window, QStringLiteral("Runbook from Microsoft Project XML"));
    QVERIFY(import && import->isEnabled());

    m_dialogs.nextFile = QStringLiteral(UW_TEST_DATA "/mspdi/msproject.xml");
    m_dialogs.nextAnswer = Dialogs::Answer::No;
    import->trigger();
    QCOMPARE(m_dialogs.questions.size(), 1);
    QVERIFY2(m_dialogs.questions.first().contains(QStringLiteral("msproject.xml holds")),
             qPrintable(m_dialogs.questions.first()));
    QVERIFY(window.project()->data().steps.empty());

    m_dialogs.nextAnswer = Dialogs::Answer::Yes;
    import->trigger();
    const ProjectData &data = window.project()->data();
    QVERIFY(!data.steps.empty());
    QVERIFY(!data.links.empty());
    QCOMPARE(data.windows.size(), size_t(1));
    QCOMPARE(window.project()->undoStack()->count(), 1);
    QCOMPARE(m_dialogs.informations.size(), 1);
    QVERIFY2(m_dialogs.informations.first().contains(QStringLiteral("one duration only")),
             qPrintable(m_dialogs.informations.first()));
    QVERIFY(window.page<PlanPage>()->isVisible());

    window.project()->undoStack()->undo();
    QVERIFY(window.project()->data().steps.empty());
}

void TestPlanImportWindow::aDamagedPlanChangesNothing()
{
    MainWindow window;
    QVERIFY(window.openFile(m_project));
    window.importMspdi(QStringLiteral(UW_TEST_DATA "/mspdi/broken.xml"));
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY2(m_dialogs.warnings.first().startsWith(QStringLiteral("broken.xml: ")),
             qPrintable(m_dialogs.warnings.first()));
    QVERIFY(m_dialogs.questions.isEmpty());
    QVERIFY(window.project()->data().steps.empty());
    QCOMPARE(window.project()->undoStack()->count(), 0);
}

void TestPlanImportWindow::theProjectJsonOpensAsANewProject()
{
    const ProjectData rich = test::richProject();
    const QString json = writeFile(QStringLiteral("rich.json"), writeProjectJson(rich));
    QVERIFY(!json.isEmpty());
    MainWindow window;
    QVERIFY(window.openFile(m_project));

    // The JSON itself is never overwritten by the project made from it.
    QVERIFY(!window.importProjectJson(json, json));
    QVERIFY(m_dialogs.warnings.last().contains(QStringLiteral("file of its own")));
    QCOMPARE(window.project()->filePath(), m_project);

    const QString target = m_dir.filePath(QStringLiteral("from-json"));
    QVERIFY(window.importProjectJson(json, target));
    QCOMPARE(window.project()->filePath(), target + QStringLiteral(".uwb"));
    QString difference;
    QVERIFY2(test::sameDocument(window.project()->data(), rich, &difference),
             qPrintable(difference));

    const QString damaged = writeFile(QStringLiteral("damaged.json"), "{\"format\": 7");
    QVERIFY(!window.importProjectJson(damaged, m_dir.filePath(QStringLiteral("never.uwb"))));
    QVERIFY2(m_dialogs.warnings.last().startsWith(QStringLiteral("damaged.json: ")),
             qPrintable(m_dialogs.warnings.last()));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.uwb"))));
}

QTEST_MAIN(TestPlanImportWindow)
#include "tst_planimportwindow.moc"
