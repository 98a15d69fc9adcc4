#pragma once

#include "entities.h"

#include <QObject>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QThreadPool>

#include <atomic>
#include <map>
#include <memory>

namespace uw {

/** Positions computed for a dependency graph, in points (1/72 inch), y growing downwards. */
struct GraphLayout
{
    std::map<Id, QPointF> nodeCentres;
    /** Each node's size as laid out: the size asked for, or what dot made room for without one. */
    std::map<Id, QSizeF> nodeSizes;
    /**
     * The route of each dependency edge (by dependency id), from dependant to dependency, as the
     * control points of a cubic Bezier path (start, then three points per segment; draw it with
     * QPainterPath::cubicTo). It ends at the base of the arrowhead.
     */
    std::map<Id, QPolygonF> edgeRoutes;
    /** The point of each edge's arrowhead, on the dependency's border, by dependency id. */
    std::map<Id, QPointF> arrowTips;
    QRectF bounds;
};

/**
 * Graphviz DOT text of the dependency graph: dependants above their dependencies. Also what
 * users get from "Export DOT", so it is deterministic (ordered by id) and readable. The
 * constraint goes into each edge's tooltip, not a label: edge labels make dot rank the graph
 * twice as deep and lay it out many times slower.
 */
QByteArray dependencyGraphDot(const ProjectData &data, const std::map<Id, QSizeF> &nodeSizes = {});

/**
 * Lays out the dependency graph with Graphviz's dot program in a separate process (its library
 * cannot be linked into this GPL program). Writing the DOT text, waiting for dot and reading its
 * answer all happen on a worker thread, so the calling thread only receives the finished layout.
 * One layout at a time; starting a new one cancels the running one. Asks dot for JSON
 * ("-Tjson0") because there the edges keep their ids, so parallel dependencies between the same
 * systems map back exactly. Exactly one of finished or failed follows each start(), always after
 * start() has returned, unless cancel() or another start() comes first.
 */
class GraphLayouter : public QObject
{
    Q_OBJECT

public:
    explicit GraphLayouter(QObject *parent = nullptr);
    ~GraphLayouter() override;

    static constexpr int defaultTimeoutMs = 30000;

    /** The dot executable found on PATH, or empty with a message saying how to install it. */
    static QString dotExecutable(QString *message = nullptr);

    /** Runs program instead of the dot on PATH (tests, unusual installs); empty restores PATH. */
    void setExecutable(const QString &program);
    QString executable() const { return m_executable; }
    /** How long dot may take before it is stopped and the layout fails; for huge graphs. */
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }

    /**
     * nodeSizes in points: dot keeps labels from overlapping when it knows each node's size.
     * Both are taken by value because the worker keeps them: move them in when you can.
     */
    void start(ProjectData data, std::map<Id, QSizeF> nodeSizes);
    /** Stops a running layout; neither finished nor failed is emitted for it. */
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

signals:
    /** Shared, not copied: a large graph's layout is megabytes. */
    void finished(std::shared_ptr<const uw::GraphLayout> layout);
    void failed(const QString &message);

private:
    struct Job
    {
        std::atomic<bool> cancelled = false;
    };

    void report(const std::shared_ptr<Job> &job, bool ok, std::shared_ptr<const GraphLayout> layout,
                const QString &error);

    QString m_executable;
    int m_timeoutMs = defaultTimeoutMs;
    std::shared_ptr<Job> m_job;
    QThreadPool m_pool;
};

/**
 * Lays out the dependency graph like GraphLayouter, but waits for dot on the calling thread:
 * for workers and the command line, which have no event loop to wait in. False with a message
 * when dot is missing, fails, takes longer than timeoutMs or cancel becomes true. An empty
 * program means the dot on PATH.
 */
bool layoutDependencyGraph(const ProjectData &data, const std::map<Id, QSizeF> &nodeSizes,
                           GraphLayout *layout, QString *error,
                           const std::atomic<bool> *cancel = nullptr,
                           int timeoutMs = GraphLayouter::defaultTimeoutMs,
                           const QString &program = {});

} // namespace uw
