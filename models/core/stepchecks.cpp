#include "stepchecks.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace uw {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(uw::StepChecks)
};

QString personName(const ProjectData &data, Id id)
{
    const auto person = data.people.find(id);
    return person == data.people.end() ? Tr::tr("person %1").arg(id) : person->second.name;
}

} // namespace

QString patternProblem(const QString &pattern, const QString &field)
{
    const QRegularExpression expression(pattern);
    if (expression.isValid())
        return {};
    return Tr::tr("The %1 \u201c%2\u201d is not a valid regular expression: %3 (at character %4).")
        .arg(field, pattern, expression.errorString())
        .arg(expression.patternErrorOffset() + 1);
}

QString httpAddressProblem(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (parsed.isValid() && !parsed.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https")))
        return {};
    return Tr::tr("\u201c%1\u201d is not an http or https address, such as "
                  "https://shop.example.com/health.")
        .arg(url);
}

QString environmentVariablesProblem(const QStringList &names)
{
    static const QRegularExpression shellName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,99}$"));
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!shellName.match(names[i]).hasMatch())
            return Tr::tr("\u201c%1\u201d is not a variable name: use letters, digits and _, "
                          "not starting with a digit, at most 100 characters.")
                .arg(names[i]);
        if (names.indexOf(names[i]) < i)
            return Tr::tr("The variable %1 is named twice.").arg(names[i]);
    }
    return {};
}

QString dutyConflict(const ProjectData &data, const Step &step)
{
    if (!step.ownerId)
        return {};
    if (step.verifierId == step.ownerId)
        return Tr::tr("Segregation of duties: %1 executes this step and cannot also verify it.")
            .arg(personName(data, step.ownerId));
    if (step.approverId == step.ownerId)
        return Tr::tr("Segregation of duties: %1 executes this step and cannot also approve it.")
            .arg(personName(data, step.ownerId));
    return {};
}

QString minutesProblem(double minutes, const QString &field, bool negativeAllowed)
{
    if (!std::isfinite(minutes))
        return Tr::tr("The %1 is not a number of minutes.").arg(field);
    if (minutes < 0 && !negativeAllowed)
        return Tr::tr("The %1 of %2 minutes is negative.").arg(field).arg(minutes);
    if (std::abs(minutes) > longestStepMinutes)
        return Tr::tr("The %1 of %2 minutes is longer than a year (%3 minutes).")
            .arg(field, QLocale::c().toString(minutes, 'g', 6),
                 QLocale::c().toString(longestStepMinutes, 'f', 0));
    return {};
}

QString stepBoundsProblem(const ProjectData &data)
{
    for (const auto &[id, step] : data.steps) {
        const std::pair<double, QString> parts[] = {
            {step.estimate.optimistic, Tr::tr("optimistic estimate")},
            {step.estimate.likely, Tr::tr("likely estimate")},
            {step.estimate.pessimistic, Tr::tr("pessimistic estimate")},
        };
        for (const auto &[minutes, field] : parts)
            if (const QString problem = minutesProblem(minutes, field); !problem.isEmpty())
                return Tr::tr("Step %1 '%2': %3").arg(id).arg(step.title, problem);
    }
    for (const auto &[id, link] : data.links) {
        if (const QString problem = minutesProblem(link.lagMinutes, Tr::tr("lag"), true);
            !problem.isEmpty()) {
            const auto successor = data.steps.find(link.successorId);
            return Tr::tr("The link into step %1 '%2': %3")
                .arg(link.successorId)
                .arg(successor == data.steps.end() ? QString() : successor->second.title, problem);
        }
    }
    return {};
}

} // namespace uw
