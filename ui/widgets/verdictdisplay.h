#pragma once

#include <QCoreApplication>
#include <QString>

namespace uw {

enum class GoDecision;
struct Verdict;

/**
 * How every page shows the one verdict (see assessChange): one colour per decision, one line
 * that names it and counts its reasons, one list of the reasons. The Plan strip, the Graph's
 * findings and the Run header all read these, so a decision looks the same wherever it is met.
 */
class VerdictDisplay
{
    Q_DECLARE_TR_FUNCTIONS(VerdictDisplay)

public:
    /** Green for Go, amber for Go with risks, red for No-go, as a style sheet colour. */
    static QString colour(GoDecision decision);
    /** "Decision: No-go, 4 reasons; the Plan page lists them". */
    static QString line(const Verdict &verdict);
    /** The headline, then every blocker and risk on a line of its own. */
    static QString reasons(const Verdict &verdict);
};

} // namespace uw
