#include "graphlayout.h"

#include "enumkeys.h"
#include "textformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

Q_LOGGING_CATEGORY(lcLayout, "uw.layout")

namespace uw {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(uw::GraphLayout)
};

/**
 * A DOT string literal. Quotes and backslashes are escaped, because dot reads "\\" as one
 * backslash in labels; line breaks become dot's own "\n" so that a pasted multi-line name
 * still gives one valid statement.
 */
QByteArray quoted(const QString &text)
{
    const auto special = [](QChar c) {
        return c == u'"' || c == u'\\' || c == u'\n' || c == u'\r';
    };
    // Most names need no escaping; skipping the copy keeps big graphs quick to describe.
    if (std::none_of(text.begin(), text.end(), special))
        return '"' + text.toUtf8() + '"';
    QString escaped;
    escaped.reserve(text.size() + 8);
    escaped += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\n') {
            escaped += u"\\n";
        } else if (c != u'\r') { // a Windows line end already broke the line at its '\n'
            escaped += c;
        }
    }
    escaped += u'"';
    return escaped.toUtf8();
}

QString versionText(const System &system)
{
    if (system.targetVersion.isEmpty() || system.targetVersion == system.currentVersion)
        return system.currentVersion;
    return system.currentVersion.isEmpty()
               ? formatted("→ {}", system.targetVersion)
               : formatted("{} → {}", system.currentVersion, system.targetVersion);
}

double inches(double points)
{
    return points / 72.0;
}

/** Edge tooltips, with the translations looked up once rather than once per edge. */
class Tooltips
{
public:
    QString of(const Dependency &dependency, const System &dependant, const System &needed)
    {
        const DependencyKind key = dependency.dependencyKind;
        auto kind = m_kinds.find(key);
        if (kind == m_kinds.end())
            kind = m_kinds.emplace(key, enumDisplayName(key)).first;
        if (dependency.constraint.isEmpty())
            return m_any.arg(dependant.name, needed.name, kind->second);
        return m_constrained.arg(dependant.name, needed.name, dependency.constraint, kind->second);
    }

private:
    const QString m_any = Tr::tr("%1 needs %2 (%3)");
    const QString m_constrained = Tr::tr("%1 needs %2 %3 (%4)");
    std::map<DependencyKind, QString> m_kinds;
};

// Reading dot's JSON. Coordinates there are points with y growing upwards from the bottom of
// the bounding box; the scene wants y growing downwards, so every y is mirrored inside it.

struct Reader
{
    double mirror = 0;
    QString error;

    bool fail(const QString &message)
    {
        error = message;
        return false;
    }

    std::optional<QPointF> point(QStringView text) const
    {
        const int comma = int(text.indexOf(u','));
        if (comma < 0)
            return std::nullopt;
        bool xOk = false;
        bool yOk = false;
        const double x = text.left(comma).toDouble(&xOk);
        const double y = text.mid(comma + 1).toDouble(&yOk);
        if (!xOk || !yOk)
            return std::nullopt;
        return QPointF(x, mirror - y);
    }

    /** Which entity a dot name ("s12", "d7") stands for; 0 when it is none of ours. */
    static Id idOf(const QString &name, QChar prefix)
    {
        bool ok = false;
        const Id id = name.startsWith(prefix) ? name.mid(1).toLongLong(&ok) : 0;
        return ok && id > 0 ? id : 0;
    }

    bool readBounds(const QJsonObject &graph, GraphLayout &layout)
    {
        const QString text = graph.value(QLatin1String("bb")).toString();
        const QStringList parts = text.split(u',');
        std::array<double, 4> values{};
        bool ok = parts.size() == 4;
        for (qsizetype i = 0; ok && i < 4; ++i)
            values[size_t(i)] = parts[i].toDouble(&ok);
        if (!ok)
            return fail(Tr::tr("the bounding box \"%1\" is not four numbers").arg(text));
        mirror = values[1] + values[3];
        layout.bounds = QRectF(QPointF(values[0], values[1]), QPointF(values[2], values[3]));
        return true;
    }

    bool readNode(const QJsonObject &node, GraphLayout &layout)
    {
        const QString name = node.value(QLatin1String("name")).toString();
        const Id id = idOf(name, u's');
        if (!id)
            return fail(Tr::tr("the node \"%1\" is not a system of this graph").arg(name));
        const QString pos = node.value(QLatin1String("pos")).toString();
        if (pos.isEmpty())
            return fail(Tr::tr("the node %1 has no position").arg(name));
        const auto centre = point(pos);
        if (!centre)
            return fail(Tr::tr("the node %1 has the unreadable position \"%2\"").arg(name, pos));
        bool widthOk = false;
        bool heightOk = false;
        const double width = node.value(QLatin1String("width")).toString().toDouble(&widthOk);
        const double height = node.value(QLatin1String("height")).toString().toDouble(&heightOk);
        if (!widthOk || !heightOk)
            return fail(Tr::tr("the node %1 has no readable size").arg(name));
        layout.nodeCentres[id] = *centre;
        layout.nodeSizes[id] = QSizeF(width * 72.0, height * 72.0);
        return true;
    }

    /** "e,x,y" is the arrowhead's point, "s,x,y" a tail arrow's; the rest are control points. */
    bool readEdge(const QJsonObject &edge, GraphLayout &layout)
    {
        const QString name = edge.value(QLatin1String("id")).toString();
        const Id id = idOf(name, u'd');
        if (!id)
            return fail(Tr::tr("an edge has the id \"%1\", which is no dependency").arg(name));
        const QString pos = edge.value(QLatin1String("pos")).toString();
        QPolygonF route;
        std::optional<QPointF> tip;
        for (const QStringView token : QStringView(pos).split(u' ', Qt::SkipEmptyParts)) {
            if (token.startsWith(u"s,"))
                continue;
            const bool isTip = token.startsWith(u"e,");
            const auto p = point(isTip ? token.mid(2) : token);
            if (!p)
                return fail(Tr::tr("the edge %1 has the unreadable route \"%2\"").arg(name, pos));
            if (isTip)
                tip = p;
            else
                route.append(*p);
        }
        if (route.size() < 2)
            return fail(Tr::tr("the edge %1 has no route").arg(name));
        layout.arrowTips[id] = tip.value_or(route.last());
        layout.edgeRoutes[id] = std::move(route);
        return true;
    }
};

QString unreadable(const QString &detail)
{
    return Tr::tr("Graphviz's dot produced a layout that cannot be read: %1.").arg(detail);
}

/** The 1-based line of output that holds offset, and that line's text, for error messages. */
QString lineAt(const QByteArray &output, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, output.size());
    const qsizetype start = output.lastIndexOf('\n', offset - 1) + 1;
    qsizetype end = output.indexOf('\n', offset);
    if (end < 0)
        end = output.size();
    const qsizetype line = output.left(start).count('\n') + 1;
    QString text = QString::fromUtf8(output.mid(start, end - start)).trimmed();
    if (text.size() > 80)
        text = text.left(80) + u'…';
    return Tr::tr("line %1: \"%2\"").arg(line).arg(text);
}

bool parseLayout(const QByteArray &output, GraphLayout *layout, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const qsizetype offset = parseError.error != QJsonParseError::NoError ? parseError.offset
                                                                              : 0;
        *error = unreadable(lineAt(output, offset));
        return false;
    }
    const QJsonObject graph = document.object();
    const QJsonArray nodes = graph.value(QLatin1String("objects")).toArray();
    const QJsonArray edges = graph.value(QLatin1String("edges")).toArray();
    Reader reader;
    bool ok = reader.readBounds(graph, *layout);
    for (qsizetype i = 0; ok && i < nodes.size(); ++i)
        ok = reader.readNode(nodes[i].toObject(), *layout);
    for (qsizetype i = 0; ok && i < edges.size(); ++i)
        ok = reader.readEdge(edges[i].toObject(), *layout);
    if (!ok)
        *error = unreadable(reader.error);
    return ok;
}

/** dot's messages can be long (a whole syntax dump); the first part says what went wrong. */
QString shortened(QString text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return Tr::tr("it gave no reason");
    constexpr qsizetype limit = 2000;
    return text.size() > limit ? text.left(limit) + u'…' : text;
}

/** What dot's exit and output mean: a layout, or why there is none. */
bool readDotAnswer(const QByteArray &output, const QString &messages, int exitCode, bool crashed,
                   GraphLayout *layout, QString *error)
{
    if (crashed) {
        *error = Tr::tr("Graphviz's dot stopped unexpectedly: %1").arg(shortened(messages));
        return false;
    }
    if (exitCode != 0) {
        *error = Tr::tr("Graphviz's dot could not lay out the dependency graph (exit code %1): "
                        "%2")
                     .arg(exitCode)
                     .arg(shortened(messages));
        return false;
    }
    // Nodes are sized to fit their labels in our font; dot measures them in its own and says
    // they do not fit, which is no news.
    QStringList warnings = messages.trimmed().split(u'\n', Qt::SkipEmptyParts);
    warnings.removeIf([](const QString &line) { return line.endsWith(u"too small for label"); });
    if (!warnings.isEmpty())
        qCInfo(lcLayout).noquote() << formatted("dot warned: {}", warnings.join(u'\n'));
    return parseLayout(output, layout, error);
}

/**
 * dot's crossing minimisation and network simplex grow much faster than the graph: a tangled
 * 2,000-system, 6,000-dependency graph takes dot over 90 s at full effort and 8 s with these
 * limits. Small graphs, the ones a person reads edge by edge, keep dot's best effort.
 */
QStringList dotArguments(const ProjectData &data)
{
    constexpr std::size_t largeGraph = 1500;
    QStringList arguments{QStringLiteral("-Tjson0")};
    if (data.systems.size() + data.dependencies.size() > largeGraph) {
        arguments << QStringLiteral("-Gnslimit=0.2") << QStringLiteral("-Gnslimit1=0.2")
                  << QStringLiteral("-Gmclimit=0.01");
    }
    return arguments;
}

QString timeoutMessage(int timeoutMs)
{
    const int seconds = std::max(1, (timeoutMs + 999) / 1000);
    return seconds == 1 ? Tr::tr("Graphviz's dot did not finish the layout within %n second and "
                                 "was stopped.",
                                 nullptr, seconds)
                        : Tr::tr("Graphviz's dot did not finish the layout within %n seconds and "
                                 "was stopped.",
                                 nullptr, seconds);
}

} // namespace

QByteArray dependencyGraphDot(const ProjectData &data, const std::map<Id, QSizeF> &nodeSizes)
{
    QByteArray dot = "digraph dependencies {\n"
                     "    rankdir=TB;\n"
                     "    node [shape=box];\n";
    for (const auto &[id, system] : data.systems) {
        QString label = system.name;
        const QString versions = versionText(system);
        if (!versions.isEmpty())
            label += u'\n' + versions;
        // Node names carry the system id, edge ids the dependency id, so the layout maps back.
        appendFormatted(dot, "    s{} [label={}", id, quoted(label));
        const auto size = nodeSizes.find(id);
        if (size != nodeSizes.end()) {
            appendFormatted(dot, ", width={:.6g}, height={:.6g}, fixedsize=true",
                            inches(size->second.width()), inches(size->second.height()));
        }
        dot += "];\n";
    }
    Tooltips tooltips;
    for (const auto &[id, dependency] : data.dependencies) {
        const auto dependant = data.systems.find(dependency.dependentId);
        const auto needed = data.systems.find(dependency.dependencyId);
        // An edge to an unknown node would make dot invent an unlabelled box.
        if (dependant == data.systems.end() || needed == data.systems.end())
            continue;
        appendFormatted(dot, "    s{} -> s{} [id=\"d{}\", tooltip={}];\n", dependency.dependentId,
                        dependency.dependencyId, id,
                        quoted(tooltips.of(dependency, dependant->second, needed->second)));
    }
    dot += "}\n";
    return dot;
}

GraphLayouter::GraphLayouter(QObject *parent)
    : QObject(parent)
{
    // A replaced layout may still be stopping its dot while the next one starts.
    m_pool.setMaxThreadCount(2);
}

GraphLayouter::~GraphLayouter()
{
    // The worker kills and reaps its dot within one waiting slice of seeing the cancel.
    cancel();
    m_pool.waitForDone();
}

QString GraphLayouter::dotExecutable(QString *message)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (program.isEmpty() && message) {
        *message = Tr::tr("Graphviz's dot program is not installed. Install it with: "
                          "apt-get install graphviz");
    }
    return program;
}

void GraphLayouter::setExecutable(const QString &program)
{
    m_executable = program;
}

void GraphLayouter::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

void GraphLayouter::start(ProjectData data, std::map<Id, QSizeF> nodeSizes)
{
    cancel();
    auto job = std::make_shared<Job>();
    m_job = job;
    QString message;
    const QString program = m_executable.isEmpty() ? dotExecutable(&message) : m_executable;
    if (program.isEmpty()) {
        // Reported from the event loop like every other outcome, so that a caller can set up
        // its "busy" state after start() without missing the answer.
        QMetaObject::invokeMethod(
            this, [this, job, message] { report(job, false, nullptr, message); },
            Qt::QueuedConnection);
        return;
    }
    m_pool.start([this, job, program, timeout = m_timeoutMs, data = std::move(data),
                  nodeSizes = std::move(nodeSizes)] {
        auto layout = std::make_shared<GraphLayout>();
        QString error;
        const bool ok = layoutDependencyGraph(data, nodeSizes, layout.get(), &error,
                                              &job->cancelled, timeout, program);
        if (job->cancelled)
            return;
        QMetaObject::invokeMethod(
            this, [this, job, ok, layout, error] { report(job, ok, layout, error); },
            Qt::QueuedConnection);
    });
}

void GraphLayouter::report(const std::shared_ptr<Job> &job, bool ok,
                           std::shared_ptr<const GraphLayout> layout, const QString &error)
{
    if (job != m_job)
        return;
    m_job.reset();
    if (ok)
        emit finished(std::move(layout));
    else
        emit failed(error);
}

void GraphLayouter::cancel()
{
    if (m_job)
        m_job->cancelled = true;
    m_job.reset();
}

bool layoutDependencyGraph(const ProjectData &data, const std::map<Id, QSizeF> &nodeSizes,
                           GraphLayout *layout, QString *error, const std::atomic<bool> *cancel,
                           int timeoutMs, const QString &dotProgram)
{
    const QString program = dotProgram.isEmpty() ? GraphLayouter::dotExecutable(error) : dotProgram;
    if (program.isEmpty())
        return false;
    QProcess process;
    process.start(program, dotArguments(data));
    if (!process.waitForStarted()) {
        *error = Tr::tr("Graphviz's dot program \"%1\" could not be started: %2")
                     .arg(program, process.errorString());
        return false;
    }
    process.write(dependencyGraphDot(data, nodeSizes));
    process.closeWriteChannel();
    // Waits in short slices so that a cancel is noticed quickly; waitForFinished also moves
    // the input and output through the pipes, so no event loop is needed.
    constexpr int slice = 50;
    int waited = 0;
    while (process.state() != QProcess::NotRunning && !process.waitForFinished(slice)) {
        // waitForFinished is also false for a process that has just ended: that is no timeout.
        if (process.state() == QProcess::NotRunning)
            break;
        waited += slice;
        const bool cancelled = cancel && *cancel;
        if (cancelled || waited >= timeoutMs) {
            process.kill();
            process.waitForFinished(1000);
            *error = cancelled ? Tr::tr("The layout was cancelled.") : timeoutMessage(timeoutMs);
            return false;
        }
    }
    return readDotAnswer(process.readAllStandardOutput(),
                         QString::fromLocal8Bit(process.readAllStandardError()), process.exitCode(),
                         process.exitStatus() == QProcess::CrashExit, layout, error);
}

} // namespace uw
