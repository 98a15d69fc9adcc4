#include "schedulecommand.h"

#include "cli.h"
#include "plananalysis.h"
#include "projectfile.h"
#include "textformat.h"
#include "zonedtime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace uw::cli {
namespace {

/** Gives lupdate and the runtime one context for these messages. */
class ScheduleCommandText
{
    Q_DECLARE_TR_FUNCTIONS(uw::ScheduleCommand)
};

struct ScheduleArguments
{
    QString path;
    bool json = false;
    bool level = false;
    std::optional<Id> windowId;
    quint64 seed = 1;
    int iterations = 10000;
    /** Negative: the reserve the project file sets. */
    double reserveMinutes = -1;
};

/** Reads the arguments; on a usage error returns nullopt with the message in error. */
std::optional<ScheduleArguments> parseArguments(const QStringList &arguments, QString *error)
{
    const auto options = parseOptions(QStringLiteral("schedule"), arguments,
                                      {QStringLiteral("--json"), QStringLiteral("--level")},
                                      {QStringLiteral("--window"), QStringLiteral("--seed"),
                                       QStringLiteral("--iterations"), QStringLiteral("--reserve")},
                                      error);
    if (!options)
        return std::nullopt;
    if (options->positional.size() != 1) {
        *error = ScheduleCommandText::tr("schedule: expected exactly one FILE");
        return std::nullopt;
    }
    ScheduleArguments parsed;
    parsed.path = options->positional.first();
    parsed.json = options->flags.contains(QStringLiteral("--json"));
    parsed.level = options->flags.contains(QStringLiteral("--level"));
    for (const auto &[option, value] : options->values) {
        bool ok = false;
        if (option == QLatin1String("--window")) {
            parsed.windowId = value.toLongLong(&ok);
            if (!ok || *parsed.windowId <= 0)
                *error = ScheduleCommandText::tr("schedule: --window needs a window id, not '%1'")
                             .arg(value);
        } else if (option == QLatin1String("--seed")) {
            parsed.seed = value.toULongLong(&ok);
            if (!ok)
                *error = ScheduleCommandText::tr("schedule: --seed needs a whole number from 0 to "
                                                 "18446744073709551615, not '%1'")
                             .arg(value);
        } else if (option == QLatin1String("--iterations")) {
            parsed.iterations = value.toInt(&ok);
            if (!ok || parsed.iterations < 1 || parsed.iterations > 10'000'000)
                *error = ScheduleCommandText::tr(
                             "schedule: --iterations needs a whole number from 1 to 10000000, "
                             "not '%1'")
                             .arg(value);
        } else {
            parsed.reserveMinutes = value.toDouble(&ok);
            if (!ok || !(parsed.reserveMinutes >= 0 && parsed.reserveMinutes < 1e6))
                *error = ScheduleCommandText::tr(
                             "schedule: --reserve needs minutes from 0, not '%1'")
                             .arg(value);
        }
        if (!error->isEmpty())
            return std::nullopt;
    }
    return parsed;
}

QJsonValue isoTime(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

struct Outcome
{
    const ProjectData &data;
    const ScheduleArguments &arguments;
    PlanAnalysis analysis;
    const Schedule &schedule = analysis.schedule;
    const Window &window = analysis.window;
    const MonteCarloResult &simulation = analysis.simulation;
    const QList<Conflict> &conflicts = analysis.conflicts;
    Verdict verdict = {};

    bool fits() const { return schedule.fits() && conflicts.isEmpty(); }
    QString title(Id stepId) const { return data.steps.at(stepId).title; }
};

QString toJson(const Outcome &outcome)
{
    const Schedule &schedule = outcome.schedule;
    const bool valid = schedule.valid;
    const auto number = [valid](double value) {
        return valid ? QJsonValue(value) : QJsonValue();
    };
    const auto time = [valid](const QDateTime &utc) {
        return valid ? isoTime(utc) : QJsonValue();
    };
    QJsonArray criticalPath;
    for (const Id id : schedule.criticalPath)
        criticalPath.append(
            QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), outcome.title(id)}});
    QJsonArray conflicts;
    for (const Conflict &conflict : outcome.conflicts) {
        QJsonArray ids;
        for (const Id id : conflict.ids)
            ids.append(id);
        conflicts.append(QJsonObject{{QStringLiteral("kind"), conflictKindKey(conflict.kind)},
                                     {QStringLiteral("message"), conflict.message},
                                     {QStringLiteral("ids"), ids}});
    }
    const Window &window = outcome.window;
    const MonteCarloResult &simulation = outcome.simulation;
    const QJsonObject object{
        {QStringLiteral("window"), QJsonObject{{QStringLiteral("id"), window.id},
                                               {QStringLiteral("name"), window.name},
                                               {QStringLiteral("start"), isoTime(window.startUtc)},
                                               {QStringLiteral("end"), isoTime(window.endUtc)},
                                               {QStringLiteral("time_zone"), window.timeZone}}},
        // The figures the verdict rests on, read from it, as every other surface reads them.
        {QStringLiteral("planned_finish"), isoTime(outcome.verdict.plannedFinishUtc)},
        {QStringLiteral("critical_path"), criticalPath},
        {QStringLiteral("last_execute_finish"),
         valid && schedule.lastExecuteStepId
             ? isoTime(schedule.toUtc(schedule.lastExecuteFinishMinutes))
             : QJsonValue()},
        {QStringLiteral("point_of_no_return"), isoTime(outcome.verdict.pointOfNoReturnUtc)},
        {QStringLiteral("rollback_minutes"), number(outcome.verdict.rollbackMinutes)},
        {QStringLiteral("reserve_minutes"), schedule.reserveMinutes},
        {QStringLiteral("levelled"), schedule.levelled},
        {QStringLiteral("seed"), formatted("{}", outcome.arguments.seed)},
        {QStringLiteral("iterations"), outcome.arguments.iterations},
        {QStringLiteral("p50"), time(simulation.p50Utc)},
        {QStringLiteral("p80"), time(simulation.p80Utc)},
        {QStringLiteral("p95"), time(simulation.p95Utc)},
        {QStringLiteral("fit_probability"), number(simulation.fitProbability)},
        {QStringLiteral("plan_fits"), outcome.fits()},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("verdict"), verdictJson(outcome.verdict)},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString toText(const Outcome &outcome)
{
    const Schedule &schedule = outcome.schedule;
    const Window &window = outcome.window;
    const auto local = [&](const QDateTime &utc) {
        return formatInZone(utc, window.timeZone);
    };
    const auto minutes = [](double value) {
        return formatMinutes(value);
    };
    QStringList lines;
    lines.append(ScheduleCommandText::tr("Window: %1, %2 – %3 (%4)")
                     .arg(window.name, local(window.startUtc), local(window.endUtc),
                          formatDuration(window.startUtc.secsTo(window.endUtc))));
    if (schedule.valid) {
        lines.append(ScheduleCommandText::tr("Planned finish: %1").arg(local(schedule.finishUtc())));
        lines.append(ScheduleCommandText::tr("Critical path:"));
        for (int i = 0; i < schedule.criticalPath.size(); ++i)
            lines.append(formatted("  {}. {}", i + 1, outcome.title(schedule.criticalPath[i])));
        if (schedule.lastExecuteStepId)
            lines.append(ScheduleCommandText::tr("Last execute step ends: %1 (%2)")
                             .arg(local(schedule.toUtc(schedule.lastExecuteFinishMinutes)),
                                  outcome.title(schedule.lastExecuteStepId)));
        lines.append(
            ScheduleCommandText::tr("Point of no return: %1 (reserve %2)")
                .arg(local(schedule.pointOfNoReturnUtc()), minutes(schedule.reserveMinutes)));
        lines.append(
            ScheduleCommandText::tr("Rollback duration: %1").arg(minutes(schedule.rollbackMinutes)));
        const MonteCarloResult &simulation = outcome.simulation;
        lines.append(
            ScheduleCommandText::tr("Monte Carlo (%1 iterations, seed %2): P50 %3, P80 %4, P95 %5")
                .arg(simulation.iterations)
                .arg(outcome.arguments.seed)
                .arg(local(simulation.p50Utc), local(simulation.p80Utc), local(simulation.p95Utc)));
        lines.append(ScheduleCommandText::tr("Probability to fit with the rollback reserve: %1 %")
                         .arg(QLocale().toString(simulation.fitProbability * 100, 'f', 1)));
        lines.append(
            schedule.fits()
                ? ScheduleCommandText::tr("The plan fits the window with its rollback reserve.")
                : ScheduleCommandText::tr("The plan does NOT fit the window with its rollback "
                                          "reserve."));
    }
    if (outcome.conflicts.isEmpty())
        lines.append(ScheduleCommandText::tr("Conflicts: none"));
    for (const Conflict &conflict : outcome.conflicts)
        lines.append(ScheduleCommandText::tr("Conflict: %1").arg(conflict.message));
    lines.append(verdictLines(outcome.verdict));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

int schedule(Streams &io, const QStringList &arguments)
{
    QString usage;
    const auto parsed = parseArguments(arguments, &usage);
    if (!parsed)
        return usageError(io, usage);
    auto project = openProject(parsed->path, Store::Access::ReadOnly);
    if (!project)
        return fileError(io, project.error(), parsed->json);
    const ProjectData &data = project.value()->data();

    if (parsed->windowId && !data.windows.contains(*parsed->windowId))
        return usageError(io, ScheduleCommandText::tr("schedule: the file has no window %1")
                                  .arg(*parsed->windowId));
    PlanAnalysisOptions options;
    options.windowId = parsed->windowId.value_or(0);
    options.reserveMinutes = parsed->reserveMinutes;
    options.level = parsed->level;
    options.seed = parsed->seed;
    options.iterations = parsed->iterations;
    options.clock = fixedClock(project.value()->now());
    Outcome outcome{data, *parsed, analysePlan(data, options)};
    if (!outcome.analysis.hasWindow) {
        io.err << ScheduleCommandText::tr(
            "The file has no maintenance window to schedule into. Add one, or choose "
            "a window with --window ID.")
               << '\n';
        return ExitFindings;
    }
    if (outcome.schedule.valid)
        simulatePlan(data, options, outcome.analysis);
    outcome.verdict = assessProjectFile(parsed->path, *project.value(), outcome.analysis,
                                        checkCompatibility(data));
    io.out << (parsed->json ? toJson(outcome) : toText(outcome));
    return outcome.fits() ? ExitOk : ExitFindings;
}

} // namespace uw::cli
