#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <compare>
#include <optional>

namespace uw {

/**
 * A real-world version string split into comparable parts.
 *
 * Inventories contain versions from many ecosystems (Debian packages, npm, vendor names like
 * "2019 CU18"), so the ordering is a pragmatic blend chosen to be a strict weak ordering:
 *
 * - An optional Debian epoch "N:" comes first and dominates ("1:2.0" > "9.0").
 * - A leading "v"/"V" before a digit is ignored ("v1.10" == "1.10"), as tags often carry it.
 * - Only ASCII digits form numbers; they compare by value with leading zeros ignored and any
 *   length ("1.10" > "1.9"). Letter runs compare case-insensitively. Every other character
 *   (".", "_", space, "/", emoji, ...) is just a boundary.
 * - Missing trailing numbers count as zero ("6.4" == "6.4.0"), so equivalent versions can
 *   have different text: this is a weak ordering.
 * - At one position: pre-release word < end/zero < other word < positive number. Hence
 *   "1.0" < "1.0a" < "1.0b" < "1.0.1", which is how OpenSSL letter releases behave.
 * - The words dev < alpha < beta < pre < preview < rc mark pre-releases wherever they
 *   appear; in the release part they start a "-" suffix, so "1.0rc1" == "1.0-rc1" < "1.0".
 *   Any other word directly after "-" is a pre-release tag too ("1.0-SNAPSHOT" < "1.0"),
 *   sorting before the known ones. This is not full SemVer precedence.
 * - "-", "+" and "~" start suffix levels, each compared after the release part. A suffix that
 *   starts with a number is a revision and sorts after the plain release
 *   ("12.2.0" < "12.2.0-14" < "12.2.0-14+deb12u1" < "12.2.0-15"); a suffix that starts with a
 *   pre-release word sorts before it ("1.0-rc1" < "1.0"). "~" sorts before anything, as in
 *   Debian ("1.0~rc1" < "1.0-rc1" < "1.0"). Further "-" inside a "-" suffix are plain
 *   boundaries ("1.0-beta-2" == "1.0-beta.2"), and a zero revision is no revision
 *   ("1.0-0" == "1.0"). Among suffixes on the same side, "-" sorts before "+" so that
 *   "1.0-2" < "1.0+dfsg-2", as in Debian. Unlike Debian, a bare "~" counts as an empty
 *   suffix, so "1.0~rc1" < "1.0~" (pre-release words sort before the end).
 */
class Version
{
public:
    /** Longest accepted text; real versions are short, and this bounds hostile input. */
    static constexpr qsizetype MaxLength = 200;

    /**
     * Parses \a text, surrounding whitespace ignored. On failure returns nothing and, if
     * \a error is given, a translated phrase naming the problem so callers can show it.
     */
    static std::optional<Version> parse(QStringView text, QString *error = nullptr);

    /** The original text, trimmed, so messages show what the user wrote. */
    QString toString() const { return m_text; }

    /**
     * The leading numeric release parts as digits without leading zeros ("v5.04.2b" gives
     * 5, 4, 2); range operators such as ^ and ~ derive their upper bounds from them.
     */
    QStringList releaseNumbers() const;

    /**
     * The version with the release part at \a index incremented and everything after it
     * dropped ("1.2.3".bumped(1) is "1.3"); the upper bound of ^, ~ and wildcards.
     * \a index must be below the size of releaseNumbers().
     */
    Version bumped(qsizetype index) const;

    /**
     * Compares only the epoch and the first \a count release numbers, so that "below 6"
     * from "^5.0" can also exclude 6.0-rc1, which the full ordering puts before 6.
     */
    std::weak_ordering compareRelease(const Version &other, qsizetype count) const;

    friend std::weak_ordering operator<=>(const Version &a, const Version &b);
    friend bool operator==(const Version &a, const Version &b);

private:
    struct Part
    {
        // Order matters: it is the order at one position, the end of a list counting as Zero.
        enum class Kind : quint8 { PreRelease, Zero, Word, Number };
        Kind kind = Kind::Zero;
        int preReleaseRank = 0;
        QString text; // digits without leading zeros, or a case-folded word
    };

    struct Suffix
    {
        // Order matters: it breaks ties between suffixes on the same side of the release.
        enum class Kind : quint8 { Tilde, Dash, Plus };
        Kind kind = Kind::Dash;
        int side = 0; // -1 sorts before the plain release, +1 after it
        QList<Part> parts;
    };

    Version() = default;

    qsizetype releasePartCount() const;

    static std::weak_ordering compareParts(const QList<Part> &a, const QList<Part> &b);
    static std::weak_ordering compareSuffixes(const Suffix &a, const Suffix &b);
    static int sideOf(const Suffix &suffix);

    QString m_text;
    QString m_epoch = QStringLiteral("0");
    QList<Part> m_release;
    QList<Suffix> m_suffixes; // never contains suffixes equivalent to no suffix
};

/** Three-way comparison as -1, 0 or 1, for callers that sort with int comparators. */
int compareVersions(const Version &a, const Version &b);

/**
 * Quotes user input for a message, shortened and with control characters replaced, so that
 * hostile text (huge, binary) cannot flood a log line or a dialog.
 */
QString quoteForMessage(QStringView text);

} // namespace uw
