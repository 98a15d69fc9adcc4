#pragma once

#include "version.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace uw {

/** Outcome of checking a version against a constraint; Unknown is never treated as a pass. */
enum class ConstraintStatus { Satisfied, Violated, Unknown };

struct ConstraintResult
{
    ConstraintStatus status = ConstraintStatus::Unknown;
    /** For Violated the clause that failed, for Unknown why it could not be evaluated. */
    QString reason;
};

/**
 * A parsed constraint expression such as ">=13 <16" or "^5.0 || ~4.2".
 *
 * Grammar: alternatives separated by "||"; an alternative is one or more clauses separated by
 * whitespace and/or single commas, all of which must hold. A clause is
 * - an operator >=, <=, >, <, =, ==, != followed by a version (whitespace allowed in between);
 *   a bare version means "=". Equality is the Version equivalence, so "=6.4" matches "6.4.0"
 *   but "=5" does not match "5.2": a bare number is exact, not a prefix (use "5.x" for that).
 * - ^V: from V up to the next bump of its first non-zero release part, as npm does
 *   ("^5.0" is >=5.0 <6, "^0.3" is >=0.3 <0.4, "^0.0.3" is >=0.0.3 <0.0.4).
 * - ~V: from V up to the next minor release, or major if only one part is given
 *   ("~2.3" is >=2.3 <2.4, "~2" is >=2 <3).
 * - a wildcard "5.x", "5.4.*" (>=5 <6, >=5.4 <5.5), or "*" / "x" for any version; it may
 *   only be bare or follow "=".
 * - a hyphen range "1.2 - 1.5" with whitespace around the hyphen: >=1.2 <=1.5 (inclusive,
 *   unlike npm's partial upper bounds, because that is what people mean when they write it).
 *
 * The exclusive upper bounds of ^, ~ and wildcards compare release numbers only, so
 * pre-releases of the next version ("6.0-rc1" for "^5.0") are excluded even though they sort
 * before "6". Operators are runs of the characters <>=!^~ and a version ends at one of
 * <>=!^|, whitespace or a comma, so ">=1.0<2.0" is two clauses; but whitespace followed by a
 * letter continues the version, so that ">=2019 CU9" compares against "2019 CU9". Error
 * positions are 1-based UTF-16 indexes into the text given to parse().
 */
class VersionConstraint
{
public:
    /**
     * Longer input is rejected, and so is input whose toString() would be longer, so that the
     * normal form always parses again: real constraints are short, and this bounds hostile input.
     */
    static constexpr qsizetype MaxLength = 1000;

    /**
     * Parses \a text. On failure returns nothing and, if \a error is given, a translated
     * message naming the position and the offending token.
     */
    static std::optional<VersionConstraint> parse(QStringView text, QString *error = nullptr);

    /** Parses \a version first, so an unparsable version yields Unknown with the reason. */
    ConstraintResult evaluate(QStringView version) const;
    ConstraintResult evaluate(const Version &version) const;

    /** Normalized text (single spaces, " || " between alternatives) for display and storage. */
    QString toString() const;

private:
    struct Bound
    {
        enum class Op { AtLeast, Above, AtMost, Below, Equal, NotEqual, BelowRelease };
        Op op = Op::Equal;
        Version version;
        qsizetype releaseParts = 0; // for BelowRelease: how many release numbers compare
    };

    struct Clause
    {
        QString text;
        QList<Bound> bounds;  // empty for the "*" wildcard, which accepts every version
        bool derived = false; // bounds come from ^, ~, a wildcard or a range, not the text
    };

    using Alternative = QList<Clause>;

    VersionConstraint() = default; // only parse() creates constraints, never an empty one

    class Parser;

    /** Why \a version fails \a clause, or an empty string if it holds. */
    static QString failureOf(const Clause &clause, const Version &version);

    QList<Alternative> m_alternatives;
};

/**
 * Convenience for callers with raw strings: an empty constraint is Satisfied (there is no
 * constraint); an unparsable constraint or version is Unknown with the reason, never a silent
 * pass.
 */
ConstraintResult evaluateConstraint(QStringView constraint, QStringView version);

} // namespace uw
