#include "stepchecks.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

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

} // namespace uw
