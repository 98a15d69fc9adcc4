#include "verdictdisplay.h"

#include "verdict.h"

#include <QStringList>

namespace uw {

QString VerdictDisplay::colour(GoDecision decision)
{
    switch (decision) {
    case GoDecision::Go:
        return QStringLiteral("#2e7d32");
    case GoDecision::GoWithRisks:
        return QStringLiteral("#a36a00");
    case GoDecision::NoGo:
        break;
    }
    return QStringLiteral("#c62828");
}

QString VerdictDisplay::line(const Verdict &verdict)
{
    const qsizetype count = verdict.blockers.size() + verdict.risks.size();
    // Separate singular text, so that English reads right without a translation loaded.
    return (count == 0 ? tr("Decision: %1")
            : count == 1
                ? tr("Decision: %1, 1 reason; the Plan page names it")
                : tr("Decision: %1, %n reasons; the Plan page lists them", nullptr, int(count)))
        .arg(verdict.decisionText());
}

QString VerdictDisplay::reasons(const Verdict &verdict)
{
    QStringList lines{verdict.headline()};
    for (const VerdictReason &blocker : verdict.blockers)
        lines.append(tr("Blocker: %1").arg(blocker.message));
    for (const VerdictReason &risk : verdict.risks)
        lines.append(tr("Risk: %1").arg(risk.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace uw
