#include "dialogs.h"
#include "mainwindow.h"
#include "project.h"
#include "sample.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensTheSampleAndShowsItsName();
    void secondInstanceShowsTheReadOnlyBanner();

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QString error;
    auto sample = sampleProject(&error);
    QVERIFY2(sample, qPrintable(error));
    m_sample = m_dir.filePath(QStringLiteral("sample.uwb"));
    QVERIFY(Project::create(m_sample, *sample));
}

void TestMainWindow::opensTheSampleAndShowsItsName()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_sample));
    QVERIFY(window.windowTitle().contains(QStringLiteral("sample.uwb")));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
}

void TestMainWindow::secondInstanceShowsTheReadOnlyBanner()
{
    MainWindow first;
    MainWindow second;
    first.show();
    second.show();
    QVERIFY(first.openFile(m_sample));
    QVERIFY(second.openFile(m_sample));
    auto *banner = second.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("another Upgrade Workbench")));
    QVERIFY(second.windowTitle().contains(QStringLiteral("read-only")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
