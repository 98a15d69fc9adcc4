#include "changeassessor.h"
#include "commands.h"
#include "dialogs.h"
#include "graphitems.h"
#include "graphlayout.h"
#include "graphpage.h"
#include "graphscene.h"
#include "graphview.h"
#include "mainwindow.h"
#include "planpage.h"
#include "projectfile.h"
#include "sample.h"
#include "systemspage.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace uw;

namespace {

/** Answers dialogs the way a test says, and remembers the warnings. */
class ScriptedDialogs : public Dialogs
{
public:
    QString openFileName(QWidget *, const QString &, const QString &) override { return nextFile; }
    QString saveFileName(QWidget *, const QString &, const QString &) override { return nextFile; }
    Answer question(QWidget *, const QString &, const QString &) override { return Answer::Yes; }
    void warning(QWidget *, const QString &, const QString &text) override
    {
        warnings.append(text);
    }
    void information(QWidget *, const QString &, const QString &) override {}

    QString nextFile;
    QStringList warnings;
};

Id systemNamed(const Project &project, const QString &name)
{
    for (const auto &[id, system] : project.data().systems) {
        if (system.name == name)
            return id;
    }
    return 0;
}

QSet<Id> toSet(const QList<Id> &ids)
{
    return QSet<Id>(ids.begin(), ids.end());
}

QPoint viewportPosition(GraphView *view, Id id)
{
    auto *scene = static_cast<GraphScene *>(view->scene());
    return view->mapFromScene(scene->node(id)->scenePos());
}

} // namespace

/** The Graph page inside the real main window, on the bundled sample, driven by clicks. */
class TestGraphPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void selectingANodeHighlightsWhatDependsOnItAndWhatItNeeds();
    void clickingTheBackgroundClearsTheSelection();
    void clickingAFindingCentresOnThePairAndSelectsBoth();
    void generatedRunbookStepsGoAwayWithOneUndo();
    void exportsWriteImageDrawingDocumentAndDot();
    void versionEditUpdatesTheLabelWithoutMovingTheNode();
    void hiddenPageCatchesUpWhenShown();
    void aDependencyCycleIsDrawnAndListed();
    void theGraphShowsTheCheckBehindTheVerdict();
    void addedSystemAppearsAtOnceAndIsLaidOutWhenEditsSettle();
    void removingTheSelectedSystemClearsTheHighlight();
    void onlyChangingSystemsHidesTheRest();
    void searchSelectsTheMatch();
    void doubleClickShowsTheSystemOnTheSystemsPage();
    void selectionOnTheSystemsPageSelectsTheNode();
    void readOnlyProjectCannotGenerateSteps();
    void missingDotIsExplainedInABanner();
    void theFirstViewKeepsNamesReadable();

private:
    GraphPage *openGraph(MainWindow &window);
    static GraphScene *sceneOf(GraphPage *page)
    {
        return static_cast<GraphScene *>(page->findChild<GraphView *>()->scene());
    }
    static bool setTargetVersion(Project &project, Id systemId, const QString &version)
    {
        System system = *project.find<System>(systemId);
        system.targetVersion = version;
        return edit::updateEntity(project, QStringLiteral("Newer version"), system);
    }

    QTemporaryDir m_dir;
    QString m_sample;
    ScriptedDialogs m_dialogs;
};

void TestGraphPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Dialogs::setInstance(&m_dialogs);
}

void TestGraphPage::init()
{
    QString message;
    if (GraphLayouter::dotExecutable(&message).isEmpty())
        QSKIP(qPrintable(message));
    QString error;
    const auto sample = sampleProject(&error);
    QVERIFY2(sample, qPrintable(error));
    m_sample = m_dir.filePath(
        QStringLiteral("sample-%1.uwb").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_sample);
    QVERIFY(createProject(m_sample, *sample));
    m_dialogs = ScriptedDialogs();
}

GraphPage *TestGraphPage::openGraph(MainWindow &window)
{
    window.resize(1440, 900);
    window.show();
    if (!window.openFile(m_sample))
        return nullptr;
    auto *page = window.page<GraphPage>();
    window.showPage(page);
    if (!QTest::qWaitFor([page] { return page->isLayoutReady(); }, 15000))
        return nullptr;
    return page;
}

void TestGraphPage::selectingANodeHighlightsWhatDependsOnItAndWhatItNeeds()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    Project *project = window.project();
    const Id database = systemNamed(*project, QStringLiteral("PostgreSQL primary (db-01)"));
    QVERIFY(database);
    auto *view = page->findChild<GraphView *>();

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewportPosition(view, database));

    QCOMPARE(page->selectedSystems(), QList<Id>{database});
    const Impact impact = impactOf(project->data(), database);
    QVERIFY(!impact.dependants.isEmpty());
    QCOMPARE(page->highlightedDependants(), toSet(impact.dependants));
    QCOMPARE(page->highlightedNeeds(), toSet(impact.needs));
    auto *scene = static_cast<GraphScene *>(view->scene());
    QCOMPARE(scene->node(impact.dependants.first())->highlight(), GraphHighlight::Dependant);
    const QString summary = page->findChild<QLabel *>(QStringLiteral("graphSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("%1 systems depend on it, %2 critical")
                                  .arg(impact.dependants.size())
                                  .arg(impact.criticalDependants)),
             qPrintable(summary));
}

void TestGraphPage::clickingTheBackgroundClearsTheSelection()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    const Id database = systemNamed(*window.project(),
                                    QStringLiteral("PostgreSQL primary (db-01)"));
    page->selectSystem(database);
    QVERIFY(!page->highlightedDependants().isEmpty());
    auto *view = page->findChild<GraphView *>();

    // A drag pans and keeps the selection; a click without moving clears it.
    const QPoint corner(3, 3);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, corner);
    QTest::mouseMove(view->viewport(), corner + QPoint(60, 40));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, corner + QPoint(60, 40));
    QCOMPARE(page->selectedSystems(), QList<Id>{database});
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, corner);
    QVERIFY(page->selectedSystems().isEmpty());
    QVERIFY(page->highlightedDependants().isEmpty());
    QVERIFY(page->highlightedNeeds().isEmpty());
}

void TestGraphPage::clickingAFindingCentresOnThePairAndSelectsBoth()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    Project *project = window.project();
    if (checkCompatibility(project->data()).findings.isEmpty()) {
        // Make one: the order service needs PostgreSQL below 17.
        System database = *project->find<System>(
            systemNamed(*project, QStringLiteral("PostgreSQL primary (db-01)")));
        database.targetVersion = QStringLiteral("18.0");
        QVERIFY(edit::updateEntity(*project, QStringLiteral("Too far"), database));
    }
    const CompatibilityFinding finding = checkCompatibility(project->data()).findings.first();
    auto *findings = page->findChild<QListWidget *>(QStringLiteral("graphFindings"));
    QTRY_VERIFY(findings->count() > 0 && (findings->item(0)->flags() & Qt::ItemIsEnabled));
    auto *view = page->findChild<GraphView *>();
    // Start elsewhere, zoomed in, so that centring has to move the view.
    view->zoomBy(2.0);
    view->centerOn(view->sceneRect().topLeft());

    // The sample's dependency cycle is listed first; the finding follows it.
    QCOMPARE(findings->item(0)->text(),
             describeCycle(project->data(), checkCompatibility(project->data()).cycles.first()));
    QTRY_COMPARE(findings->findItems(finding.message, Qt::MatchExactly).size(), 1);
    const QList<QListWidgetItem *> rows = findings->findItems(finding.message, Qt::MatchExactly);
    QTest::mouseClick(findings->viewport(), Qt::LeftButton, {},
                      findings->visualItemRect(rows.first()).center());

    QList<Id> pair{finding.systemId, finding.requiredSystemId};
    std::sort(pair.begin(), pair.end());
    QCOMPARE(page->selectedSystems(), pair);
    auto *scene = static_cast<GraphScene *>(view->scene());
    const QRectF both = scene->boundsOf(pair);
    const QPoint centre = view->mapFromScene(both.center());
    QVERIFY2((centre - view->viewport()->rect().center()).manhattanLength() <= 3,
             qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
    QVERIFY(view->viewport()->rect().contains(view->mapFromScene(both).boundingRect()));
}

void TestGraphPage::generatedRunbookStepsGoAwayWithOneUndo()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    Project *project = window.project();
    const auto stepsBefore = project->data().steps.size();
    auto *generate = page->findChild<QPushButton *>(QStringLiteral("generateSteps"));
    QVERIFY(generate->isEnabled());

    QTest::mouseClick(generate, Qt::LeftButton);

    QVERIFY2(m_dialogs.warnings.isEmpty(), qPrintable(m_dialogs.warnings.join(u'\n')));
    QVERIFY(project->data().steps.size() > stepsBefore);
    project->undoStack()->undo();
    QCOMPARE(project->data().steps.size(), stepsBefore);
}

void TestGraphPage::exportsWriteImageDrawingDocumentAndDot()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    const auto exportTo = [&](const QString &action, const QString &name) {
        m_dialogs.nextFile = m_dir.filePath(name);
        QFile::remove(m_dialogs.nextFile);
        page->findChild<QAction *>(action)->trigger();
        QFile file(m_dialogs.nextFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };

    const QByteArray svg = exportTo(QStringLiteral("exportSvg"), QStringLiteral("graph.svg"));
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("Order service"));
    const QByteArray png = exportTo(QStringLiteral("exportPng"), QStringLiteral("graph.png"));
    QVERIFY(png.startsWith("\x89PNG"));
    QImage image;
    QVERIFY(image.loadFromData(png));
    QVERIFY(image.width() > 400 && image.height() > 200);
    const QByteArray pdf = exportTo(QStringLiteral("exportPdf"), QStringLiteral("graph.pdf"));
    QVERIFY(pdf.startsWith("%PDF"));
    // Without a suffix the format's own is added.
    const QByteArray dot = exportTo(QStringLiteral("exportDot"), QStringLiteral("graph"));
    QVERIFY(dot.isEmpty());
    QFile dotFile(m_dir.filePath(QStringLiteral("graph.dot")));
    QVERIFY(dotFile.open(QIODevice::ReadOnly));
    QVERIFY(dotFile.readAll().contains("digraph"));
    QVERIFY2(m_dialogs.warnings.isEmpty(), qPrintable(m_dialogs.warnings.join(u'\n')));
}

void TestGraphPage::versionEditUpdatesTheLabelWithoutMovingTheNode()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    Project *project = window.project();
    GraphScene *scene = sceneOf(page);
    const Id cache = systemNamed(*project, QStringLiteral("Redis cache"));
    GraphNodeItem *node = scene->node(cache);
    const QPointF before = node->pos();
    QSignalSpy layouts(page, &GraphPage::layoutReady);

    QVERIFY(setTargetVersion(*project, cache, QStringLiteral("7.4.1")));

    QTRY_COMPARE(node->content().targetVersion, QStringLiteral("7.4.1"));
    QVERIFY(node->toolTip().contains(QStringLiteral("7.4.1")));
    QCOMPARE(scene->node(cache), node);
    QCOMPARE(node->pos(), before);
    // No layout follows an edit that keeps the structure: none is waiting or running.
    QVERIFY(page->isLayoutReady());
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(node->pos(), before);
}

void TestGraphPage::aDependencyCycleIsDrawnAndListed()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    const ProjectData &data = window.project()->data();
    const DependencyCycle cycle = checkCompatibility(data).cycles.first();
    const QString sentence = describeCycle(data, cycle);
    auto *findings = page->findChild<QListWidget *>(QStringLiteral("graphFindings"));
    QCOMPARE(findings->item(0)->text(), sentence);
    QVERIFY(findings->item(0)->flags() & Qt::ItemIsEnabled);

    // Every edge around the circle is drawn as violated and says why.
    int cycleEdges = 0;
    for (QGraphicsItem *item : sceneOf(page)->items()) {
        auto *edge = qgraphicsitem_cast<GraphEdgeItem *>(item);
        if (!edge || cycle.path.indexOf(edge->dependent()->id()) < 0
            || cycle.path.indexOf(edge->dependency()->id()) < 0)
            continue;
        ++cycleEdges;
        QCOMPARE(edge->content().status, ConstraintStatus::Violated);
        QVERIFY2(edge->toolTip().contains(sentence), qPrintable(edge->toolTip()));
    }
    QVERIFY(cycleEdges >= int(cycle.path.size()) - 1);
}

void TestGraphPage::theGraphShowsTheCheckBehindTheVerdict()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    Project *project = window.project();
    ChangeAssessor *assessor = window.page<PlanPage>()->assessor();
    auto *findings = page->findChild<QListWidget *>(QStringLiteral("graphFindings"));
    const int before = findings->count();

    // A dependency the cache cannot meet: the edge turns red when the verdict's check is in,
    // and the findings and the decision name the same violation.
    Dependency needsOldCache;
    needsOldCache.id = 9001;
    needsOldCache.dependentId = systemNamed(*project, QStringLiteral("Email notification service"));
    needsOldCache.dependencyId = systemNamed(*project, QStringLiteral("Redis cache"));
    needsOldCache.constraint = QStringLiteral("<1.0");
    QVERIFY(edit::addEntities(*project, QStringLiteral("Needs an old cache"), {needsOldCache}));
    QTRY_VERIFY_WITH_TIMEOUT(assessor->isSettled(), 30000);
    QTRY_VERIFY(findings->count() > before);
    GraphEdgeItem *edge = nullptr;
    for (QGraphicsItem *item : sceneOf(page)->items())
        if (auto *shown = qgraphicsitem_cast<GraphEdgeItem *>(item);
            shown && shown->content().constraint == needsOldCache.constraint)
            edge = shown;
    QVERIFY(edge);
    QCOMPARE(edge->content().status, ConstraintStatus::Violated);
    const auto blocker = std::find_if(assessor->verdict().blockers.cbegin(),
                                      assessor->verdict().blockers.cend(),
                                      [](const VerdictReason &reason) {
                                          return reason.kind == VerdictKind::ConstraintViolated;
                                      });
    QVERIFY(blocker != assessor->verdict().blockers.cend());
    const QList<CompatibilityFinding> &checked = assessor->compatibility().findings;
    QVERIFY(std::any_of(checked.cbegin(), checked.cend(), [](const CompatibilityFinding &finding) {
        return finding.sourceId == 9001;
    }));
}

void TestGraphPage::hiddenPageCatchesUpWhenShown()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    Project *project = window.project();
    GraphNodeItem *node = sceneOf(page)->node(systemNamed(*project, QStringLiteral("Redis cache")));
    const QString shownVersion = node->content().targetVersion;
    window.showPage(window.page<SystemsPage>());

    QVERIFY(setTargetVersion(*project, node->id(), QStringLiteral("7.4.2")));
    // Edits while the page is hidden cost it nothing: not even a check is queued.
    QCoreApplication::processEvents();
    QCOMPARE(node->content().targetVersion, shownVersion);

    // Shown, it draws from the assessor's check of the edit, not a check of its own.
    window.showPage(page);
    QTRY_COMPARE(node->content().targetVersion, QStringLiteral("7.4.2"));
    QVERIFY(node->toolTip().contains(QStringLiteral("7.4.2")));
}

void TestGraphPage::addedSystemAppearsAtOnceAndIsLaidOutWhenEditsSettle()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    Project *project = window.project();
    auto *scene = static_cast<GraphScene *>(page->findChild<GraphView *>()->scene());
    System proxy;
    proxy.id = project->allocateId(EntityKind::System);
    proxy.name = QStringLiteral("edge-proxy");
    Dependency dependency;
    dependency.id = project->allocateId(EntityKind::Dependency);
    dependency.dependentId = proxy.id;
    dependency.dependencyId = systemNamed(*project, QStringLiteral("HAProxy load balancer"));
    QVERIFY(edit::addEntities(*project, QStringLiteral("Add proxy"), {proxy, dependency}));

    QTRY_VERIFY(scene->node(proxy.id));
    QVERIFY(!scene->node(proxy.id)->isPlaced());
    QVERIFY(!page->isLayoutReady());
    QTRY_VERIFY_WITH_TIMEOUT(scene->node(proxy.id)->isPlaced() && page->isLayoutReady(), 15000);
    // Dependants are drawn above what they depend on.
    QVERIFY(scene->node(proxy.id)->pos().y() < scene->node(dependency.dependencyId)->pos().y());
}

void TestGraphPage::removingTheSelectedSystemClearsTheHighlight()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    Project *project = window.project();
    auto *scene = static_cast<GraphScene *>(page->findChild<GraphView *>()->scene());
    const Id database = systemNamed(*project, QStringLiteral("PostgreSQL primary (db-01)"));
    page->selectSystem(database);
    QVERIFY(!page->highlightedDependants().isEmpty());

    QVERIFY(
        edit::removeEntities(*project, QStringLiteral("Remove"), EntityKind::System, {database}));

    QTRY_VERIFY(!scene->node(database));
    QVERIFY(page->selectedSystems().isEmpty());
    QVERIFY(page->highlightedDependants().isEmpty());
    QCOMPARE(scene->node(systemNamed(*project, QStringLiteral("Order service")))->highlight(),
             GraphHighlight::None);
    project->undoStack()->undo();
    QTRY_VERIFY(scene->node(database));
    QTRY_VERIFY_WITH_TIMEOUT(page->isLayoutReady(), 15000);
}

void TestGraphPage::onlyChangingSystemsHidesTheRest()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    Project *project = window.project();
    auto *scene = static_cast<GraphScene *>(page->findChild<GraphView *>()->scene());
    const Id orderService = systemNamed(*project, QStringLiteral("Order service"));
    // Prometheus keeps its version but scrapes the order service, which changes; Grafana only
    // reads Prometheus.
    const Id prometheus = systemNamed(*project, QStringLiteral("Prometheus"));
    const Id grafana = systemNamed(*project, QStringLiteral("Grafana"));
    QVERIFY(scene->node(grafana));

    page->findChild<QCheckBox *>(QStringLiteral("graphOnlyChanging"))->setChecked(true);

    QVERIFY(!scene->node(grafana));
    QVERIFY(scene->node(orderService));
    QVERIFY(scene->node(prometheus));
    QTRY_VERIFY_WITH_TIMEOUT(page->isLayoutReady(), 15000);
    QVERIFY(scene->node(prometheus)->isPlaced());
    QVERIFY(scene->node(prometheus)->pos().y() < scene->node(orderService)->pos().y());
}

void TestGraphPage::searchSelectsTheMatch()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("graphSearch"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("rabbitmq"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(page->selectedSystems(),
             QList<Id>{systemNamed(*window.project(), QStringLiteral("RabbitMQ message queue"))});
}

void TestGraphPage::doubleClickShowsTheSystemOnTheSystemsPage()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    const Id etl = systemNamed(*window.project(), QStringLiteral("Report ETL"));
    auto *view = page->findChild<GraphView *>();

    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, viewportPosition(view, etl));

    auto *systems = window.page<SystemsPage>();
    QVERIFY(systems->isVisible());
    QCOMPARE(systems->selectedIds(), QList<Id>{etl});
}

void TestGraphPage::selectionOnTheSystemsPageSelectsTheNode()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    const Id grafana = systemNamed(*window.project(), QStringLiteral("Grafana"));
    window.showPage(window.page<SystemsPage>());
    window.page<SystemsPage>()->selectSystem(grafana);
    QCOMPARE(page->selectedSystems(), QList<Id>{grafana});
}

void TestGraphPage::readOnlyProjectCannotGenerateSteps()
{
    MainWindow first;
    QVERIFY(openGraph(first));
    MainWindow second;
    GraphPage *page = openGraph(second);
    QVERIFY(page);
    QVERIFY(second.project()->isReadOnly());
    auto *generate = page->findChild<QPushButton *>(QStringLiteral("generateSteps"));
    QVERIFY(!generate->isEnabled());
    QVERIFY(generate->toolTip().contains(QStringLiteral("read-only")));
    QVERIFY(page->findChild<QListWidget *>(QStringLiteral("graphFindings"))->count() > 0);
}

void TestGraphPage::missingDotIsExplainedInABanner()
{
    MainWindow window;
    GraphPage *page = openGraph(window);
    QVERIFY(page);
    page->findChild<GraphLayouter *>()->setExecutable(m_dir.filePath(QStringLiteral("no-dot")));
    page->relayout();
    auto *banner = page->findChild<QLabel *>(QStringLiteral("graphBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(!page->isLayoutReady());
    // The page stays usable: systems are shown and selectable.
    const Id grafana = systemNamed(*window.project(), QStringLiteral("Grafana"));
    page->selectSystem(grafana);
    QCOMPARE(page->selectedSystems(), QList<Id>{grafana});
}

void TestGraphPage::theFirstViewKeepsNamesReadable()
{
    MainWindow window;
    window.resize(900, 640);
    window.show();
    QVERIFY(window.openFile(m_sample));
    auto *page = window.page<GraphPage>();
    window.showPage(page);
    QVERIFY(QTest::qWaitFor([page] { return page->isLayoutReady(); }, 15000));
    auto *view = page->findChild<GraphView *>();
    GraphScene *scene = sceneOf(page);
    // In this window the whole graph would only fit with unreadable names...
    QVERIFY(view->fitZoom(scene->graphBounds()) < GraphView::readableZoom);
    // ...so the first view shows the systems that change, at a zoom where names read.
    QVERIFY2(view->zoom() >= GraphView::readableZoom - 1e-6,
             qPrintable(QString::number(view->zoom())));
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(shown.contains(scene->boundsOf({3}).center())); // Order service
    // Fit still shows everything.
    QPushButton *fit = nullptr;
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Fit"))
            fit = button;
    }
    QToolButton *fitTool = nullptr;
    for (QToolButton *button : page->findChildren<QToolButton *>()) {
        if (button->text() == QLatin1String("Fit"))
            fitTool = button;
    }
    QVERIFY(fit || fitTool);
    if (fit)
        fit->click();
    else
        fitTool->click();
    QVERIFY(view->zoom() < GraphView::readableZoom);
}

QTEST_MAIN(TestGraphPage)
#include "tst_graphpage.moc"
