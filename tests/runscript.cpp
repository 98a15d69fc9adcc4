#include "runscript.h"

#include <QStringList>
#include <QTimeZone>

namespace uw::test {

int playRunScript(RunSession &session, QDateTime &clock, const QString &script, QString *error)
{
    const QStringList actions = script.split(u';', Qt::SkipEmptyParts);
    for (int index = 0; index < actions.size(); ++index) {
        const QStringList words = actions[index].split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const QString &verb = words[0];
        const Id step = words.value(1).toLongLong();
        const QString person = words.value(2);
        const QString note = QStringLiteral("script: %1").arg(actions[index].trimmed());
        bool done = false;
        if (verb == QLatin1String("at")) {
            const QTime time = QTime::fromString(words.value(1), QStringLiteral("HH:mm"));
            clock = QDateTime(QDate(2026, 12, 5), time, QTimeZone::utc());
            done = time.isValid();
        } else if (verb == QLatin1String("start")) {
            done = session.startStep(step, person, note, error);
        } else if (verb == QLatin1String("finish")) {
            done = session.finishStep(step, person, note, error);
        } else if (verb == QLatin1String("fail")) {
            done = session.failStep(step, person, note, error);
        } else if (verb == QLatin1String("skip")) {
            done = session.skipStep(step, person, note, error);
        } else if (verb == QLatin1String("go") || verb == QLatin1String("nogo")) {
            done = session.decideGate(step, verb == QLatin1String("go"), person, note, error);
        } else if (verb == QLatin1String("note")) {
            done = session.addNote(step, person, note, error);
        } else if (verb == QLatin1String("stop")) {
            done = session.stopStep(step, person, error);
        } else if (verb == QLatin1String("rollback")) {
            done = session.switchToRollback(words.value(1), note, error);
        } else if (verb == QLatin1String("end")) {
            done = session.endRun(words.value(1), note, error);
        } else if (error) {
            *error = QStringLiteral("unknown script verb '%1'").arg(verb);
        }
        if (!done)
            return index;
    }
    return -1;
}

QString dumpRunState(const RunState &state)
{
    const auto time = [](const QDateTime &value) {
        return value.toString(Qt::ISODateWithMs);
    };
    QStringList lines;
    QStringList rollback;
    for (const Id id : state.rollbackSteps)
        rollback.append(QString::number(id));
    lines.append(QStringLiteral("run %1 started=%2 ended=%3 rollingBack=%4 at %5 steps %6")
                     .arg(QString::number(state.runId), QString::number(state.started),
                          QString::number(state.ended), QString::number(state.rollingBack),
                          time(state.rollbackDecidedAtUtc), rollback.join(u',')));
    for (const auto &[id, step] : state.steps) {
        lines.append(QStringLiteral("step %1 %2 active=%3 attempts=%4 started=%5 by %6 "
                                    "ended=%7 by %8 note=%9")
                         .arg(QString::number(id), stepRunStateName(step.state),
                              QString::number(step.active), QString::number(step.attempts),
                              time(step.startedAtUtc), step.startedBy, time(step.endedAtUtc),
                              step.endedBy, step.lastNote)
                     + QStringLiteral(" output=%1").arg(step.lastOutput));
    }
    for (const auto &[id, trigger] : state.failureTriggers)
        lines.append(QStringLiteral("trigger step %1 at %2").arg(id).arg(time(trigger.raisedAtUtc)));
    for (const TriggerKind kind : state.decidedTriggers)
        lines.append(QStringLiteral("decided %1").arg(int(kind)));
    return lines.join(u'\n');
}

QString describeSteps(const RunState &state, const QList<Id> &steps)
{
    QStringList parts;
    for (const Id id : steps)
        parts.append(QStringLiteral("%1=%2").arg(id).arg(stepRunStateName(state.stateOf(id))));
    return parts.join(u' ');
}

} // namespace uw::test
