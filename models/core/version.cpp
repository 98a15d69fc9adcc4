#include "version.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace uw {
namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

QString normalizedNumber(QStringView digits)
{
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits.at(first) == QLatin1Char('0'))
        ++first;
    return digits.mid(first).toString();
}

// Both are digit strings without leading zeros, so length decides before the digits do.
std::weak_ordering compareNumbers(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() <=> b.size();
    return a.compare(b) <=> 0;
}

QString incrementedNumber(const QString &digits)
{
    QString result = digits;
    for (qsizetype i = result.size() - 1; i >= 0; --i) {
        if (result.at(i) != QLatin1Char('9')) {
            result[i] = QChar(result.at(i).unicode() + 1);
            return result;
        }
        result[i] = QLatin1Char('0');
    }
    return QLatin1Char('1') + result;
}

// 0 means "not a known pre-release word".
int preReleaseRank(const QString &foldedWord)
{
    static const std::array<std::pair<QLatin1String, int>, 6> words{{
        {QLatin1String("dev"), 1},
        {QLatin1String("alpha"), 2},
        {QLatin1String("beta"), 3},
        {QLatin1String("pre"), 4},
        {QLatin1String("preview"), 5},
        {QLatin1String("rc"), 6},
    }};
    for (const auto &[word, rank] : words) {
        if (foldedWord == word)
            return rank;
    }
    return 0;
}

} // namespace

std::optional<Version> Version::parse(QStringView text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Version> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("uw::Version", "version is empty"));
    if (trimmed.size() > MaxLength) {
        return fail(
            QCoreApplication::translate("uw::Version", "version is longer than %1 characters")
                .arg(MaxLength));
    }
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        if (trimmed.at(i).category() == QChar::Other_Control) {
            const qsizetype position = (trimmed.data() - text.data()) + i + 1;
            return fail(
                QCoreApplication::translate("uw::Version",
                                            "version contains a control character at position %1")
                    .arg(position));
        }
    }

    Version version;
    version.m_text = trimmed.toString();

    qsizetype pos = 0;
    while (pos < trimmed.size() && isAsciiDigit(trimmed.at(pos)))
        ++pos;
    if (pos > 0 && pos < trimmed.size() && trimmed.at(pos) == QLatin1Char(':')) {
        version.m_epoch = normalizedNumber(trimmed.first(pos));
        ++pos;
    } else {
        pos = 0;
    }
    if (pos + 1 < trimmed.size()
        && (trimmed.at(pos) == QLatin1Char('v') || trimmed.at(pos) == QLatin1Char('V'))
        && isAsciiDigit(trimmed.at(pos + 1))) {
        ++pos;
    }

    const QStringView rest = trimmed.mid(pos);
    if (std::none_of(rest.begin(), rest.end(), isAsciiDigit))
        return fail(QCoreApplication::translate("uw::Version", "version contains no digit"));

    QList<Part> *parts = &version.m_release;
    for (qsizetype i = 0; i < rest.size();) {
        const QChar c = rest.at(i);
        qsizetype end = i + 1;
        if (isAsciiDigit(c)) {
            while (end < rest.size() && isAsciiDigit(rest.at(end)))
                ++end;
            Part part;
            part.text = normalizedNumber(rest.sliced(i, end - i));
            part.kind = part.text == QLatin1String("0") ? Part::Kind::Zero : Part::Kind::Number;
            parts->append(part);
        } else if (c.isLetter()) {
            while (end < rest.size() && rest.at(end).isLetter())
                ++end;
            Part part;
            part.text = rest.sliced(i, end - i).toString().toCaseFolded();
            part.preReleaseRank = preReleaseRank(part.text);
            // So that "1.0rc1", "1.0.rc1" and "1.0-rc1" are the same version.
            if (part.preReleaseRank > 0 && parts == &version.m_release) {
                version.m_suffixes.append(Suffix{});
                parts = &version.m_suffixes.last().parts;
            }
            // SemVer: whatever word follows "-" is a pre-release tag ("1.0-SNAPSHOT").
            const bool startsDashSuffix = !version.m_suffixes.isEmpty() && parts->isEmpty()
                                          && version.m_suffixes.last().kind == Suffix::Kind::Dash;
            part.kind = part.preReleaseRank > 0 || startsDashSuffix ? Part::Kind::PreRelease
                                                                    : Part::Kind::Word;
            parts->append(part);
        } else if (c == QLatin1Char('~') || c == QLatin1Char('+') || c == QLatin1Char('-')) {
            const bool insideDash = !version.m_suffixes.isEmpty()
                                    && version.m_suffixes.last().kind == Suffix::Kind::Dash;
            if (c != QLatin1Char('-') || !insideDash) {
                Suffix suffix;
                suffix.kind = c == QLatin1Char('~')   ? Suffix::Kind::Tilde
                              : c == QLatin1Char('+') ? Suffix::Kind::Plus
                                                      : Suffix::Kind::Dash;
                version.m_suffixes.append(suffix);
                parts = &version.m_suffixes.last().parts;
            }
        }
        i = end;
    }

    QList<Suffix> suffixes;
    for (Suffix &suffix : version.m_suffixes) {
        suffix.side = sideOf(suffix);
        if (suffix.side != 0)
            suffixes.append(std::move(suffix));
    }
    version.m_suffixes = std::move(suffixes);
    return version;
}

int Version::sideOf(const Suffix &suffix)
{
    if (suffix.kind == Suffix::Kind::Tilde)
        return -1;
    const auto order = compareParts(suffix.parts, {});
    return order < 0 ? -1 : order > 0 ? 1 : 0;
}

qsizetype Version::releasePartCount() const
{
    qsizetype count = 0;
    while (count < m_release.size()
           && (m_release.at(count).kind == Part::Kind::Number
               || m_release.at(count).kind == Part::Kind::Zero)) {
        ++count;
    }
    return count;
}

QStringList Version::releaseNumbers() const
{
    QStringList numbers;
    for (qsizetype i = 0; i < releasePartCount(); ++i)
        numbers.append(m_release.at(i).text);
    return numbers;
}

Version Version::bumped(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < releasePartCount());
    Version result;
    result.m_epoch = m_epoch;
    result.m_release = m_release.first(index + 1);
    Part &last = result.m_release.last();
    last.text = incrementedNumber(last.text);
    last.kind = Part::Kind::Number;

    result.m_text = result.releaseNumbers().join(QLatin1Char('.'));
    if (m_epoch != QLatin1String("0"))
        result.m_text.prepend(m_epoch + QLatin1Char(':'));
    return result;
}

std::weak_ordering Version::compareRelease(const Version &other, qsizetype count) const
{
    if (const auto order = compareNumbers(m_epoch, other.m_epoch); order != 0)
        return order;
    const auto numbers = [count](const Version &version) {
        QList<Part> result = version.m_release.first(version.releasePartCount());
        return result.size() > count ? result.first(count) : result;
    };
    return compareParts(numbers(*this), numbers(other));
}

// Lists are padded with Zero, which is what makes "6.4" equal "6.4.0".
std::weak_ordering Version::compareParts(const QList<Part> &a, const QList<Part> &b)
{
    static const Part padding;
    const qsizetype count = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < count; ++i) {
        const Part &left = i < a.size() ? a.at(i) : padding;
        const Part &right = i < b.size() ? b.at(i) : padding;
        if (left.kind != right.kind)
            return left.kind <=> right.kind;
        std::weak_ordering order = std::weak_ordering::equivalent;
        switch (left.kind) {
        case Part::Kind::PreRelease:
            order = left.preReleaseRank <=> right.preReleaseRank;
            if (order == 0)
                order = left.text.compare(right.text) <=> 0;
            break;
        case Part::Kind::Word:
            order = left.text.compare(right.text) <=> 0;
            break;
        case Part::Kind::Number:
            order = compareNumbers(left.text, right.text);
            break;
        case Part::Kind::Zero:
            break;
        }
        if (order != 0)
            return order;
    }
    return std::weak_ordering::equivalent;
}

std::weak_ordering Version::compareSuffixes(const Suffix &a, const Suffix &b)
{
    if (a.side != b.side)
        return a.side <=> b.side;
    if (a.kind != b.kind)
        return a.kind <=> b.kind;
    return compareParts(a.parts, b.parts);
}

std::weak_ordering operator<=>(const Version &a, const Version &b)
{
    if (const auto order = compareNumbers(a.m_epoch, b.m_epoch); order != 0)
        return order;
    if (const auto order = Version::compareParts(a.m_release, b.m_release); order != 0)
        return order;
    // A missing suffix is the plain release: side 0 sits between the two sides.
    static const Version::Suffix none;
    const qsizetype count = std::max(a.m_suffixes.size(), b.m_suffixes.size());
    for (qsizetype i = 0; i < count; ++i) {
        const auto &left = i < a.m_suffixes.size() ? a.m_suffixes.at(i) : none;
        const auto &right = i < b.m_suffixes.size() ? b.m_suffixes.at(i) : none;
        if (const auto order = Version::compareSuffixes(left, right); order != 0)
            return order;
    }
    return std::weak_ordering::equivalent;
}

bool operator==(const Version &a, const Version &b)
{
    return (a <=> b) == 0;
}

int compareVersions(const Version &a, const Version &b)
{
    const auto order = a <=> b;
    return order < 0 ? -1 : order > 0 ? 1 : 0;
}

QString quoteForMessage(QStringView text)
{
    constexpr qsizetype maxShown = 60;
    qsizetype shown = std::min(text.size(), maxShown);
    if (shown < text.size() && shown > 0 && text.at(shown - 1).isHighSurrogate())
        --shown;
    QString result = text.first(shown).toString();
    for (QChar &c : result) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    if (shown < text.size())
        result += QChar(0x2026); // horizontal ellipsis
    return QLatin1Char('\'') + result + QLatin1Char('\'');
}

} // namespace uw
