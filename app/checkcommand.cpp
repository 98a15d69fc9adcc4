#include "checkcommand.h"

#include "cli.h"
#include "clisupport.h"
#include "compatibility.h"
#include "plananalysis.h"
#include "project.h"
#include "textformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace uw::cli {
namespace {

QString nameOf(const ProjectData &data, Id id)
{
    const auto found = data.systems.find(id);
    return found == data.systems.end() ? formatted("{}", id) : found->second.name;
}

QJsonArray namesOf(const ProjectData &data, const QList<Id> &ids)
{
    QJsonArray names;
    for (Id id : ids)
        names.append(nameOf(data, id));
    return names;
}

QString stateKey(CompatibilityState state)
{
    switch (state) {
    case CompatibilityState::Current:
        return QStringLiteral("current");
    case CompatibilityState::Target:
        return QStringLiteral("target");
    case CompatibilityState::MidChange:
        break;
    }
    return QStringLiteral("mid_change");
}

QJsonObject findingObject(const ProjectData &data, const CompatibilityFinding &finding)
{
    const bool rule = finding.source == CompatibilityFinding::Source::Rule;
    const bool midChange = finding.state == CompatibilityState::MidChange;
    return {
        {QStringLiteral("source"), rule ? QStringLiteral("rule") : QStringLiteral("dependency")},
        {QStringLiteral("source_id"), finding.sourceId},
        {QStringLiteral("system"), nameOf(data, finding.systemId)},
        {QStringLiteral("required_system"), nameOf(data, finding.requiredSystemId)},
        {QStringLiteral("state"), stateKey(finding.state)},
        {QStringLiteral("after_group"), midChange ? QJsonValue(finding.afterGroup) : QJsonValue()},
        {QStringLiteral("status"), finding.status == ConstraintStatus::Violated
                                       ? QStringLiteral("violated")
                                       : QStringLiteral("unknown")},
        {QStringLiteral("constraint"), finding.constraint},
        {QStringLiteral("version"), finding.version},
        {QStringLiteral("message"), finding.message},
    };
}

void printJson(Streams &io, const ProjectData &data, const CompatibilityReport &report,
               const Verdict &verdict)
{
    QJsonArray findings;
    for (const CompatibilityFinding &finding : report.findings)
        findings.append(findingObject(data, finding));
    QJsonArray order;
    for (const UpgradeGroup &group : report.order) {
        order.append(QJsonObject{{QStringLiteral("systems"), namesOf(data, group.systemIds)},
                                 {QStringLiteral("reason"), group.reason}});
    }
    QJsonArray cycles;
    for (const DependencyCycle &cycle : report.cycles)
        cycles.append(namesOf(data, cycle.path));
    const QJsonObject object{{QStringLiteral("findings"), findings},
                             {QStringLiteral("order"), order},
                             {QStringLiteral("cycles"), cycles},
                             {QStringLiteral("verdict"), verdictJson(verdict)}};
    io.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void printText(Streams &io, const QString &path, const ProjectData &data,
               const CompatibilityReport &report, const Verdict &verdict)
{
    io.out << QCoreApplication::translate("uw::Cli", "File: %1").arg(QDir::toNativeSeparators(path))
           << '\n';

    if (report.order.isEmpty()) {
        io.out << QCoreApplication::translate("uw::Cli",
                                              "Upgrade order: no system has a new target version.")
               << '\n';
    } else {
        io.out << QCoreApplication::translate("uw::Cli", "Upgrade order (dependencies first):")
               << '\n';
    }
    for (qsizetype step = 0; step < report.order.size(); ++step) {
        const UpgradeGroup &group = report.order.at(step);
        // Later lines of a group line up under the first system's name.
        const QString number = formatted("  {}. ", step + 1);
        for (qsizetype i = 0; i < group.systemIds.size(); ++i) {
            const System &system = data.systems.at(group.systemIds.at(i));
            io.out << (i == 0 ? number : QString(number.size(), QLatin1Char(' ')))
                   << QCoreApplication::translate("uw::Cli", "%1: %2 -> %3")
                          .arg(system.name, system.currentVersion, system.targetVersion)
                   << '\n';
        }
        if (!group.reason.isEmpty())
            io.out << QString(number.size(), QLatin1Char(' ')) << group.reason << '\n';
    }

    // Findings come ordered by state; a blank line separates one state from the next.
    io.out << '\n';
    if (report.findings.isEmpty())
        io.out << QCoreApplication::translate("uw::Cli", "Findings: none") << '\n';
    else
        io.out << QCoreApplication::translate("uw::Cli", "Findings:") << '\n';
    int violations = 0;
    for (qsizetype i = 0; i < report.findings.size(); ++i) {
        const CompatibilityFinding &finding = report.findings.at(i);
        if (i > 0
            && (finding.state != report.findings.at(i - 1).state
                || finding.afterGroup != report.findings.at(i - 1).afterGroup)) {
            io.out << '\n';
        }
        io.out << QStringLiteral("  - ") << finding.message << '\n';
        violations += finding.status == ConstraintStatus::Violated;
    }

    io.out << '\n';
    if (report.cycles.isEmpty())
        io.out << QCoreApplication::translate("uw::Cli", "Dependency cycles: none") << '\n';
    else
        io.out << QCoreApplication::translate("uw::Cli", "Dependency cycles:") << '\n';
    for (const DependencyCycle &cycle : report.cycles) {
        QStringList names;
        for (Id id : cycle.path)
            names.append(nameOf(data, id));
        io.out << QStringLiteral("  ") << names.join(QStringLiteral(" -> ")) << '\n';
    }

    io.out << '\n'
           << QCoreApplication::translate("uw::Cli",
                                          "Result: %1 violated, %2 unknown, %3 dependency cycles.")
                  .arg(violations)
                  .arg(report.findings.size() - violations)
                  .arg(report.cycles.size())
           << '\n';
    io.out << '\n' << verdictLines(verdict).join(QLatin1Char('\n')) << '\n';
}

} // namespace

int check(Streams &io, const QStringList &arguments)
{
    auto opened = openProjectArgument(io, QStringLiteral("check"), arguments);
    if (const int *exitCode = std::get_if<int>(&opened))
        return *exitCode;
    const auto &[path, json, project] = std::get<ProjectArgument>(opened);
    const ProjectData &data = project->data();
    const CompatibilityReport report = checkCompatibility(data);
    // The whole verdict, as schedule and the window give it, with their default plan.
    PlanAnalysisOptions options;
    options.clock = fixedClock(project->now());
    PlanAnalysis analysis = analysePlan(data, options);
    if (analysis.schedule.valid)
        simulatePlan(data, options, analysis);
    const Verdict verdict = assessProjectFile(path, *project, analysis, report);
    if (json)
        printJson(io, data, report, verdict);
    else
        printText(io, path, data, report, verdict);
    return report.isClean() ? ExitOk : ExitFindings;
}

} // namespace uw::cli
