#include "graphlayout.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

/**
 * The dependency graph becomes readable DOT, dot lays it out in its own process with
 * dependants above their dependencies, and every way dot can fail (missing, erroring, printing
 * garbage, hanging) ends in one clear message while the caller keeps running.
 */
class TestGraphLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dotDescribesEverySystemAndDependency_data();
    void dotDescribesEverySystemAndDependency();
    void labelsAreEscaped_data();
    void labelsAreEscaped();
    void dotIsDeterministicAndSkipsDanglingDependencies();
    void dotPlacesDependantsAboveTheirDependencies();
    void startingAgainReplacesTheRunningLayout();
    void missingDotIsExplainedAfterStartReturns();
    void dotFailures_data();
    void dotFailures();
    void hangingDotIsStoppedAfterTheTimeout();
    void cancelStopsDotSilently();
    void largeGraphsAskDotForLessEffort();

private:
    QString writeFakeDot(const QByteArray &name, const QByteArray &body);
    QString pidFile() const { return m_dir.filePath(QStringLiteral("dot.pid")); }
    static ProjectData smallGraph();

    QTemporaryDir m_dir;
};

namespace {

System system(Id id, const QString &name, const QString &current, const QString &target)
{
    System s;
    s.id = id;
    s.name = name;
    s.currentVersion = current;
    s.targetVersion = target;
    return s;
}

Dependency dependency(Id id, Id dependent, Id needed, const QString &constraint = {})
{
    Dependency d;
    d.id = id;
    d.dependentId = dependent;
    d.dependencyId = needed;
    d.constraint = constraint;
    return d;
}

QStringList linesOf(const QByteArray &dot)
{
    return QString::fromUtf8(dot).split(u'\n');
}

/** Runs one layout to its end; fails the calling test when it does not end in time. */
bool waitForOutcome(QSignalSpy &finished, QSignalSpy &failed, int timeout = 20000)
{
    return QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, timeout);
}

} // namespace

/** A web shop on an order service on a database; two dependencies join the same pair. */
ProjectData TestGraphLayout::smallGraph()
{
    ProjectData data;
    data.systems[1] = system(1, QStringLiteral("db-primary"), QStringLiteral("13.14"),
                             QStringLiteral("16.4"));
    data.systems[2] = system(2, QStringLiteral("order-service"), QStringLiteral("4.8.2"),
                             QStringLiteral("5.0.0"));
    data.systems[3] = system(3, QStringLiteral("web-shop"), QStringLiteral("2.1"), {});
    data.systems[4] = system(4, QStringLiteral("batch"), QStringLiteral("1.0"),
                             QStringLiteral("1.1"));
    data.dependencies[1] = dependency(1, 2, 1, QStringLiteral(">=13 <17"));
    data.dependencies[2] = dependency(2, 2, 1);
    data.dependencies[2].dependencyKind = DependencyKind::Auth;
    data.dependencies[3] = dependency(3, 3, 2);
    data.dependencies[4] = dependency(4, 4, 1);
    data.dependencies[5] = dependency(5, 3, 4);
    return data;
}

void TestGraphLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestGraphLayout::writeFakeDot(const QByteArray &name, const QByteArray &body)
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

void TestGraphLayout::dotDescribesEverySystemAndDependency_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("a directed graph from top to bottom")
        << QStringLiteral("digraph dependencies {");
    QTest::newRow("rank direction") << QStringLiteral("    rankdir=TB;");
    QTest::newRow("systems are boxes") << QStringLiteral("    node [shape=box];");
    QTest::newRow("a sized node is fixed to the scene's size in inches")
        << QStringLiteral("    s1 [label=\"db-primary\\n13.14 → 16.4\", width=2, height=0.5, "
                          "fixedsize=true];");
    QTest::newRow("an unsized node is left to dot")
        << QStringLiteral("    s2 [label=\"order-service\\n4.8.2 → 5.0.0\"];");
    QTest::newRow("a system that stays shows only its version")
        << QStringLiteral("    s3 [label=\"web-shop\\n2.1\"];");
    QTest::newRow("an edge points from dependant to dependency with the constraint")
        << QStringLiteral("    s2 -> s1 [id=\"d1\", tooltip=\"order-service needs db-primary "
                          ">=13 <17 (Runtime)\"];");
    QTest::newRow("a parallel edge keeps its own id") << QStringLiteral(
        "    s2 -> s1 [id=\"d2\", tooltip=\"order-service needs db-primary (Authentication)\"];");
    QTest::newRow("the graph is closed") << QStringLiteral("}");
}

void TestGraphLayout::dotDescribesEverySystemAndDependency()
{
    QFETCH(QString, line);
    const QByteArray dot = dependencyGraphDot(smallGraph(), {{1, QSizeF(144, 36)}});
    const QStringList lines = linesOf(dot);
    QVERIFY2(lines.contains(line), dot.constData());
}

void TestGraphLayout::labelsAreEscaped_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("label");
    QTest::newRow("quotes are escaped") << QStringLiteral("the \"big\" one")
                                        << QStringLiteral("label=\"the \\\"big\\\" one\\n1 → 2\"");
    QTest::newRow("line breaks become dot's \\n")
        << QStringLiteral("two\r\nlines") << QStringLiteral("label=\"two\\nlines\\n1 → 2\"");
    QTest::newRow("backslashes are doubled")
        << QStringLiteral("C:\\apps") << QStringLiteral("label=\"C:\\\\apps\\n1 → 2\"");
    QTest::newRow("unicode passes through")
        << QStringLiteral("Datenbank ✓ 数据库")
        << QStringLiteral("label=\"Datenbank ✓ 数据库\\n1 → 2\"");
}

void TestGraphLayout::labelsAreEscaped()
{
    QFETCH(QString, name);
    QFETCH(QString, label);
    ProjectData data;
    data.systems[7] = system(7, name, QStringLiteral("1"), QStringLiteral("2"));
    const QString dot = QString::fromUtf8(dependencyGraphDot(data));
    QVERIFY2(dot.contains(QStringLiteral("    s7 [") + label + QStringLiteral("];\n")),
             qPrintable(dot));
}

void TestGraphLayout::dotIsDeterministicAndSkipsDanglingDependencies()
{
    ProjectData data = smallGraph();
    data.systems[10] = system(10, QStringLiteral("ten"), QStringLiteral("1"), QStringLiteral("2"));
    data.dependencies[9] = dependency(9, 10, 99);
    const QByteArray dot = dependencyGraphDot(data);
    QCOMPARE(dependencyGraphDot(data), dot);
    const QStringList lines = linesOf(dot);
    // Numeric id order, not text order: s4 before s10.
    QVERIFY(lines.indexOf(QRegularExpression(QStringLiteral("^    s4 .*")))
            < lines.indexOf(QRegularExpression(QStringLiteral("^    s10 .*"))));
    QVERIFY(!dot.contains("s99"));
    QVERIFY(!dot.contains("d9"));
}

void TestGraphLayout::dotPlacesDependantsAboveTheirDependencies()
{
    if (GraphLayouter::dotExecutable().isEmpty())
        QSKIP("Graphviz's dot is not installed here; CI installs it (scripts/packages.txt).");
    const ProjectData data = smallGraph();
    const std::map<Id, QSizeF> sizes{{1, {144, 36}}, {2, {160, 40}}, {3, {120, 36}}, {4, {100, 30}}};
    GraphLayouter layouter;
    QSignalSpy finished(&layouter, &GraphLayouter::finished);
    QSignalSpy failed(&layouter, &GraphLayouter::failed);
    layouter.start(data, sizes);
    QVERIFY(layouter.isRunning());
    QVERIFY(waitForOutcome(finished, failed));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(!layouter.isRunning());
    const GraphLayout layout = *finished.first().first().value<std::shared_ptr<const GraphLayout>>();

    QCOMPARE(layout.nodeCentres.size(), data.systems.size());
    for (const auto &[id, size] : sizes) {
        QVERIFY(layout.bounds.contains(layout.nodeCentres.at(id)));
        QVERIFY(qAbs(layout.nodeSizes.at(id).width() - size.width()) < 0.5);
        QVERIFY(qAbs(layout.nodeSizes.at(id).height() - size.height()) < 0.5);
    }
    QCOMPARE(layout.edgeRoutes.size(), data.dependencies.size());
    QCOMPARE(layout.arrowTips.size(), data.dependencies.size());
    for (const auto &[id, dependency] : data.dependencies) {
        const QPointF dependant = layout.nodeCentres.at(dependency.dependentId);
        const QPointF needed = layout.nodeCentres.at(dependency.dependencyId);
        QVERIFY2(dependant.y() < needed.y(), qPrintable(QString::number(id)));
        const QPolygonF &route = layout.edgeRoutes.at(id);
        QCOMPARE((route.size() - 1) % 3, 0);
        // The route leaves the dependant and its arrow ends at the dependency.
        QVERIFY(QLineF(route.first(), dependant).length() < QLineF(route.first(), needed).length());
        const QPointF tip = layout.arrowTips.at(id);
        QVERIFY(QLineF(tip, needed).length() < QLineF(tip, dependant).length());
    }
    // The two dependencies of order-service on db-primary are drawn apart.
    QVERIFY(layout.edgeRoutes.at(1) != layout.edgeRoutes.at(2));
}

void TestGraphLayout::startingAgainReplacesTheRunningLayout()
{
    const QString realDot = GraphLayouter::dotExecutable();
    if (realDot.isEmpty())
        QSKIP("Graphviz's dot is not installed here; CI installs it (scripts/packages.txt).");
    GraphLayouter layouter;
    QSignalSpy finished(&layouter, &GraphLayouter::finished);
    QSignalSpy failed(&layouter, &GraphLayouter::failed);
    layouter.setExecutable(writeFakeDot("replaced-dot", "exec sleep 30\n"));
    layouter.start(smallGraph(), {});
    layouter.setExecutable(realDot);
    layouter.start(smallGraph(), {});
    QVERIFY(waitForOutcome(finished, failed));
    // Only a running dot reports, and the replaced one was stopped when the second started.
    QVERIFY(!layouter.isRunning());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 0);
}

void TestGraphLayout::missingDotIsExplainedAfterStartReturns()
{
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(m_dir.filePath(QStringLiteral("empty"))));
    QString message;
    const QString found = GraphLayouter::dotExecutable(&message);
    GraphLayouter layouter;
    QSignalSpy failed(&layouter, &GraphLayouter::failed);
    layouter.start(smallGraph(), {});
    qputenv("PATH", path);
    QVERIFY(found.isEmpty());
    QCOMPARE(message, QStringLiteral("Graphviz's dot program is not installed. Install it with: "
                                     "apt-get install graphviz"));
    QCOMPARE(failed.size(), 0);
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().first().toString(), message);
}

void TestGraphLayout::dotFailures_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("message");
    QTest::newRow("an error exit reports dot's own message")
        << QByteArray("echo 'Error: <stdin>: syntax error in line 3 near ->' >&2\nexit 1\n")
        << QStringLiteral("Graphviz's dot could not lay out the dependency graph (exit code 1): "
                          "Error: <stdin>: syntax error in line 3 near ->");
    QTest::newRow("garbage output names its line")
        << QByteArray("cat >/dev/null\nprintf '{\\n  \"name\": \"dependencies\",\\n  this is "
                      "not json\\n}\\n'\n")
        << QStringLiteral("Graphviz's dot produced a layout that cannot be read: line 3: \"this "
                          "is not json\".");
    QTest::newRow("a node without position is named")
        << QByteArray("cat >/dev/null\necho '{\"bb\": \"0,0,10,10\", \"objects\": [{\"name\": "
                      "\"s4\", \"width\": \"1\", \"height\": \"1\"}]}'\n")
        << QStringLiteral("Graphviz's dot produced a layout that cannot be read: the node s4 "
                          "has no position.");
    QTest::newRow("a crash is reported")
        << QByteArray("echo 'out of memory' >&2\nkill -SEGV $$\n")
        << QStringLiteral("Graphviz's dot stopped unexpectedly: out of memory");
    QTest::newRow("a program that cannot run is named")
        << QByteArray() << QStringLiteral("could not be started");
}

void TestGraphLayout::dotFailures()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, message);
    GraphLayouter layouter;
    layouter.setExecutable(script.isEmpty() ? m_dir.filePath(QStringLiteral("no-such-dot"))
                                            : writeFakeDot(QTest::currentDataTag(), script));
    QSignalSpy finished(&layouter, &GraphLayouter::finished);
    QSignalSpy failed(&layouter, &GraphLayouter::failed);
    layouter.start(smallGraph(), {});
    QVERIFY(waitForOutcome(finished, failed));
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 1);
    const QString actual = failed.first().first().toString();
    QVERIFY2(script.isEmpty() ? actual.contains(message) : actual == message, qPrintable(actual));
    QVERIFY(!layouter.isRunning());
}

void TestGraphLayout::hangingDotIsStoppedAfterTheTimeout()
{
    QFile::remove(pidFile());
    GraphLayouter layouter;
    layouter.setExecutable(writeFakeDot("hanging-dot", "echo $$ > '" + QFile::encodeName(pidFile())
                                                           + "'\nexec sleep 30\n"));
    layouter.setTimeout(300);
    QCOMPARE(layouter.timeout(), 300);
    QSignalSpy failed(&layouter, &GraphLayouter::failed);
    layouter.start(smallGraph(), {});
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().toString(),
             QStringLiteral("Graphviz's dot did not finish the layout within 1 second and was "
                            "stopped."));
    QVERIFY(!layouter.isRunning());
    QFile pid(pidFile());
    QVERIFY(pid.open(QIODevice::ReadOnly));
    const QString proc = QStringLiteral("/proc/") + QString::fromLatin1(pid.readAll().trimmed());
    // Gone once reaped; a zombie would still show in /proc.
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(proc), 5000);
}

void TestGraphLayout::cancelStopsDotSilently()
{
    QFile::remove(pidFile());
    GraphLayouter layouter;
    layouter.setExecutable(writeFakeDot("cancelled-dot", "echo $$ > '" + QFile::encodeName(pidFile())
                                                             + "'\nexec sleep 30\n"));
    QSignalSpy finished(&layouter, &GraphLayouter::finished);
    QSignalSpy failed(&layouter, &GraphLayouter::failed);
    layouter.start(smallGraph(), {});
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pidFile()).size() > 0, 5000);
    layouter.cancel();
    QVERIFY(!layouter.isRunning());
    QFile pid(pidFile());
    QVERIFY(pid.open(QIODevice::ReadOnly));
    const QString proc = QStringLiteral("/proc/") + QString::fromLatin1(pid.readAll().trimmed());
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(proc), 5000);
    // The stopped dot has been reaped, so anything it could have set off has arrived by now.
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.size(), 0);
}

void TestGraphLayout::largeGraphsAskDotForLessEffort()
{
    const QString argumentsFile = m_dir.filePath(QStringLiteral("arguments"));
    const QString fakeDot = writeFakeDot("arguments-dot", "echo \"$@\" > '"
                                                              + QFile::encodeName(argumentsFile)
                                                              + "'\nexit 1\n");
    const auto argumentsFor = [&](const ProjectData &data) {
        GraphLayout layout;
        QString error;
        layoutDependencyGraph(data, {}, &layout, &error, nullptr, 5000, fakeDot);
        QFile file(argumentsFile);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().trimmed())
                                              : QString();
    };
    QCOMPARE(argumentsFor(smallGraph()), QStringLiteral("-Tjson0"));

    ProjectData large;
    for (Id id = 1; id <= 800; ++id) {
        System &system = large.systems[id];
        system.id = id;
        system.name = QStringLiteral("s%1").arg(id);
        Dependency &dependency = large.dependencies[id];
        dependency.id = id;
        dependency.dependentId = id;
        dependency.dependencyId = 1;
    }
    QCOMPARE(argumentsFor(large),
             QStringLiteral("-Tjson0 -Gnslimit=0.2 -Gnslimit1=0.2 -Gmclimit=0.01"));
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
