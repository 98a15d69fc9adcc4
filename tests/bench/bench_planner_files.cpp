// Writes one generated plan twice: as our project file and as a GNOME Planner file
// (mrproject 0.6 XML, /usr/share/planner/dtd/mrproject-0.6.dtd), for bench_planner.sh.
// Run: build/tests/bench/uw_bench_planner_files STEPS DIR  (0 steps: an empty project)
// Writes DIR/plan-STEPS.uwb and DIR/plan-STEPS.planner. Both hold the same steps with their
// likely minutes as work, the same links (type and lag) and the same owners as resources;
// the 2,000 systems and 6,000 dependencies exist only in ours, Planner has no place for them.
#include "benchproject.h"
#include "benchrunbook.h"
#include "projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <fmt/format.h>

#include <map>
#include <vector>

using namespace uw;

namespace {

std::string plannerTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toStdString();
}

std::string escaped(const QString &text)
{
    return text.toHtmlEscaped().toStdString();
}

const char *plannerLinkType(LinkType type)
{
    switch (type) {
    case LinkType::StartToStart:
        return "SS";
    case LinkType::FinishToFinish:
        return "FF";
    case LinkType::FinishToStart:
        break;
    }
    return "FS";
}

std::string plannerXml(const ProjectData &data)
{
    const QDateTime start = benchmarkStart();
    std::map<Id, std::vector<const StepLink *>> linksInto;
    for (const auto &[id, link] : data.links)
        linksInto[link.successorId].push_back(&link);

    std::string xml = fmt::format(
        "<?xml version=\"1.0\"?>\n"
        "<project name=\"{}\" company=\"\" manager=\"\" phase=\"\" project-start=\"{}\" "
        "mrproject-version=\"2\" calendar=\"1\">\n"
        "  <properties/>\n  <phases/>\n"
        "  <calendars>\n    <day-types>\n"
        "      <day-type id=\"0\" name=\"Working\" description=\"A default working day\"/>\n"
        "      <day-type id=\"1\" name=\"Nonworking\" description=\"A default non working day\"/>\n"
        "      <day-type id=\"2\" name=\"Use base\" description=\"Use day from base calendar\"/>\n"
        "    </day-types>\n"
        "    <calendar id=\"1\" name=\"Default\">\n"
        "      <default-week mon=\"0\" tue=\"0\" wed=\"0\" thu=\"0\" fri=\"0\" sat=\"1\" "
        "sun=\"1\"/>\n"
        "      <overridden-day-types>\n        <overridden-day-type id=\"0\">\n"
        "          <interval start=\"0800\" end=\"1200\"/>\n"
        "          <interval start=\"1300\" end=\"1700\"/>\n"
        "        </overridden-day-type>\n      </overridden-day-types>\n"
        "      <days/>\n    </calendar>\n  </calendars>\n",
        escaped(data.change.title), plannerTime(start));
    xml += "  <tasks>\n";
    for (const auto &[id, step] : data.steps) {
        const qint64 seconds = qint64(step.estimate.likely * 60);
        xml += fmt::format("    <task id=\"{}\" name=\"{}\" note=\"\" work=\"{}\" start=\"{}\" "
                           "end=\"{}\" work-start=\"{}\" percent-complete=\"0\" priority=\"0\" "
                           "type=\"normal\" scheduling=\"fixed-work\"",
                           id, escaped(step.title), seconds, plannerTime(start),
                           plannerTime(start.addSecs(seconds)), plannerTime(start));
        const auto links = linksInto.find(id);
        if (links == linksInto.end()) {
            xml += "/>\n";
            continue;
        }
        xml += ">\n      <predecessors>\n";
        for (const StepLink *link : links->second) {
            xml += fmt::format("        <predecessor id=\"{}\" predecessor-id=\"{}\" "
                               "type=\"{}\" lag=\"{}\"/>\n",
                               link->id, link->predecessorId, plannerLinkType(link->type),
                               qint64(link->lagMinutes * 60));
        }
        xml += "      </predecessors>\n    </task>\n";
    }
    xml += "  </tasks>\n  <resource-groups/>\n  <resources>\n";
    for (const auto &[id, person] : data.people) {
        xml += fmt::format("    <resource id=\"{}\" name=\"{}\" short-name=\"\" type=\"1\" "
                           "units=\"0\" email=\"\" note=\"\" std-rate=\"0\"/>\n",
                           id, escaped(person.name));
    }
    xml += "  </resources>\n  <allocations>\n";
    for (const auto &[id, step] : data.steps) {
        if (step.ownerId)
            xml += fmt::format("    <allocation task-id=\"{}\" resource-id=\"{}\" "
                               "units=\"100\"/>\n",
                               id, step.ownerId);
    }
    xml += "  </allocations>\n</project>\n";
    return xml;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        fmt::print(stderr, "usage: uw_bench_planner_files STEPS DIR\n");
        return 2;
    }
    const int steps = args[1].toInt();
    const QDir dir(args[2]);
    const ProjectData data = steps > 0 ? generateProject(2000, 6000, steps) : ProjectData();
    const QString ours = dir.filePath(QStringLiteral("plan-%1.uwb").arg(steps));
    QFile::remove(ours);
    if (!createProject(ours, data)) {
        fmt::print(stderr, "cannot write {}\n", ours.toStdString());
        return 1;
    }
    QFile planner(dir.filePath(QStringLiteral("plan-%1.planner").arg(steps)));
    const std::string xml = plannerXml(data);
    if (!planner.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || planner.write(xml.data(), qint64(xml.size())) != qint64(xml.size())) {
        fmt::print(stderr, "cannot write {}\n", planner.fileName().toStdString());
        return 1;
    }
    fmt::print("{} and {}: {} steps, {} links\n", ours.toStdString(),
               planner.fileName().toStdString(), data.steps.size(), data.links.size());
    return 0;
}
