#include "versionconstraint.h"

#include <QCoreApplication>

#include <algorithm>

namespace uw {
namespace {

struct Token
{
    enum class Kind { End, Or, Comma, Operator, Hyphen, Version };
    Kind kind = Kind::End;
    QStringView text;
    qsizetype position = 0; // 1-based, for messages
};

bool isOperatorChar(QChar c)
{
    return QStringView(u"<>=!^~").contains(c);
}

// "~" may appear inside a version ("1.0~rc1"), the other operator characters may not.
bool endsVersion(QChar c)
{
    return c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('|')
           || (isOperatorChar(c) && c != QLatin1Char('~'));
}

bool isKnownOperator(QStringView op)
{
    static const QLatin1String known[] = {
        QLatin1String(">="), QLatin1String("<="), QLatin1String(">"),
        QLatin1String("<"),  QLatin1String("="),  QLatin1String("=="),
        QLatin1String("!="), QLatin1String("^"),  QLatin1String("~"),
    };
    return std::any_of(std::begin(known), std::end(known),
                       [op](QLatin1String candidate) { return op == candidate; });
}

bool isEqualityOperator(QStringView op)
{
    return op.isEmpty() || op == QLatin1String("=") || op == QLatin1String("==");
}

struct Wildcard
{
    enum class Kind { None, Trailing, Misplaced };
    Kind kind = Kind::None;
    QStringView prefix; // the numbers before the wildcard, empty for "*"
    qsizetype prefixParts = 0;
};

// Wildcards are only recognised as trailing dot-separated parts of plain numbers ("5.4.x"),
// anything else with "*" is rejected rather than silently read as a separator.
Wildcard analyzeWildcard(QStringView token)
{
    const auto isWild = [](QStringView part) {
        return part == QLatin1String("*") || part == QLatin1String("x")
               || part == QLatin1String("X");
    };
    const QList<QStringView> parts = token.split(QLatin1Char('.'));
    const auto firstWild = std::find_if(parts.begin(), parts.end(), isWild);
    Wildcard result;
    if (firstWild == parts.end()) {
        if (token.contains(QLatin1Char('*')))
            result.kind = Wildcard::Kind::Misplaced;
        return result;
    }
    result.prefixParts = firstWild - parts.begin();
    const bool wildTail = std::all_of(firstWild, parts.end(), isWild);
    const bool numericHead = std::all_of(parts.begin(), firstWild, [](QStringView part) {
        return !part.isEmpty() && std::all_of(part.begin(), part.end(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        });
    });
    if (!wildTail || !numericHead) {
        result.kind = Wildcard::Kind::Misplaced;
        return result;
    }
    result.kind = Wildcard::Kind::Trailing;
    if (result.prefixParts > 0) {
        const QStringView last = parts.at(result.prefixParts - 1);
        result.prefix = token.first(last.data() + last.size() - token.data());
    }
    return result;
}

// For messages marked with QT_TRANSLATE_NOOP in the "uw::VersionConstraint" context.
QString translated(const char *message)
{
    return QCoreApplication::translate("uw::VersionConstraint", message);
}

} // namespace

class VersionConstraint::Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
    {}

    std::optional<VersionConstraint> run();
    QString error() const { return m_error; }

private:
    bool next(Token *token);
    bool peek(Token *token);
    std::optional<Clause> operatorClause(QStringView op, const Token &operand);
    std::optional<Clause> rangeClause(const Token &low, const Token &high);
    std::optional<Version> version(const Token &token);

    // Every message names the position and the whole constraint, since it may be shown
    // far away from where the constraint was typed.
    bool fail(const char *message, QStringView token, qsizetype position)
    {
        m_error = translated(message).arg(quoteForMessage(token), QString::number(position),
                                          quoteForMessage(m_text));
        return false;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

bool VersionConstraint::Parser::next(Token *token)
{
    while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
        ++m_pos;
    *token = Token{};
    token->position = m_pos + 1;
    if (m_pos == m_text.size())
        return true;

    const qsizetype start = m_pos;
    const QChar c = m_text.at(m_pos);
    const auto take = [&](Token::Kind kind) {
        token->kind = kind;
        token->text = m_text.sliced(start, m_pos - start);
        return true;
    };
    if (c == QLatin1Char('|')) {
        if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('|')) {
            m_pos += 2;
            return take(Token::Kind::Or);
        }
        return fail(QT_TRANSLATE_NOOP("uw::VersionConstraint",
                                      "unexpected %1 at position %2 in %3; alternatives are "
                                      "separated by '||'"),
                    m_text.sliced(start, 1), token->position);
    }
    if (c == QLatin1Char(',')) {
        ++m_pos;
        return take(Token::Kind::Comma);
    }
    if (isOperatorChar(c)) {
        while (m_pos < m_text.size() && isOperatorChar(m_text.at(m_pos)))
            ++m_pos;
        if (!isKnownOperator(m_text.sliced(start, m_pos - start))) {
            return fail(QT_TRANSLATE_NOOP("uw::VersionConstraint",
                                          "unknown operator %1 at position %2 in %3"),
                        m_text.sliced(start, m_pos - start), token->position);
        }
        return take(Token::Kind::Operator);
    }
    if (c == QLatin1Char('-')) {
        if (m_pos + 1 == m_text.size() || m_text.at(m_pos + 1).isSpace()) {
            ++m_pos;
            return take(Token::Kind::Hyphen);
        }
        return fail(QT_TRANSLATE_NOOP("uw::VersionConstraint",
                                      "unexpected %1 at position %2 in %3; a hyphen range needs "
                                      "spaces and a version on both sides, like '1.2 - 1.5'"),
                    m_text.sliced(start, 1), token->position);
    }
    // A following word continues the version, so that ">=2019 CU9" means what it says.
    for (;;) {
        while (m_pos < m_text.size() && !endsVersion(m_text.at(m_pos)))
            ++m_pos;
        qsizetype word = m_pos;
        while (word < m_text.size() && m_text.at(word).isSpace())
            ++word;
        if (word == m_pos || word == m_text.size() || !m_text.at(word).isLetter())
            break;
        m_pos = word;
    }
    return take(Token::Kind::Version);
}

bool VersionConstraint::Parser::peek(Token *token)
{
    const qsizetype saved = m_pos;
    const bool ok = next(token);
    m_pos = saved;
    return ok;
}

std::optional<VersionConstraint> VersionConstraint::Parser::run()
{
    VersionConstraint result;
    Alternative current;
    Token comma;
    bool afterComma = false;
    Token lastOr;
    for (;;) {
        Token token;
        if (!next(&token))
            return std::nullopt;
        switch (token.kind) {
        case Token::Kind::End:
        case Token::Kind::Or:
            if (afterComma) {
                fail(QT_TRANSLATE_NOOP("uw::VersionConstraint",
                                       "unexpected %1 at position %2 in %3"),
                     comma.text, comma.position);
                return std::nullopt;
            }
            if (current.isEmpty()) {
                const Token &at = token.kind == Token::Kind::Or ? token : lastOr;
                fail(token.kind == Token::Kind::Or
                         ? QT_TRANSLATE_NOOP("uw::VersionConstraint",
                                             "empty alternative before %1 at position %2 in %3")
                         : QT_TRANSLATE_NOOP("uw::VersionConstraint",
                                             "empty alternative after %1 at position %2 in %3"),
                     at.text, at.position);
                return std::nullopt;
            }
            result.m_alternatives.append(current);
            current.clear();
            if (token.kind == Token::Kind::End)
                return result;
            lastOr = token;
            break;
        case Token::Kind::Comma:
            if (current.isEmpty() || afterComma) {
                fail(QT_TRANSLATE_NOOP("uw::VersionConstraint",
                                       "unexpected %1 at position %2 in %3"),
                     token.text, token.position);
                return std::nullopt;
            }
            afterComma = true;
            comma = token;
            break;
        case Token::Kind::Operator: {
            Token operand;
            if (!next(&operand))
                return std::nullopt;
            if (operand.kind != Token::Kind::Version) {
                fail(QT_TRANSLATE_NOOP("uw::VersionConstraint",
                                       "operator %1 at position %2 in %3 is not followed by a "
                                       "version"),
                     token.text, token.position);
                return std::nullopt;
            }
            const auto clause = operatorClause(token.text, operand);
            if (!clause)
                return std::nullopt;
            current.append(*clause);
            afterComma = false;
            break;
        }
        case Token::Kind::Version: {
            Token following;
            if (!peek(&following))
                return std::nullopt;
            std::optional<Clause> clause;
            if (following.kind == Token::Kind::Hyphen) {
                next(&following);
                Token high;
                if (!next(&high))
                    return std::nullopt;
                if (high.kind != Token::Kind::Version) {
                    fail(QT_TRANSLATE_NOOP("uw::VersionConstraint",
                                           "unexpected %1 at position %2 in %3; a hyphen range "
                                           "needs a version on both sides, like '1.2 - 1.5'"),
                         following.text, following.position);
                    return std::nullopt;
                }
                clause = rangeClause(token, high);
            } else {
                clause = operatorClause({}, token);
            }
            if (!clause)
                return std::nullopt;
            current.append(*clause);
            afterComma = false;
            break;
        }
        case Token::Kind::Hyphen:
            fail(QT_TRANSLATE_NOOP("uw::VersionConstraint",
                                   "unexpected %1 at position %2 in %3; a hyphen range needs a "
                                   "version on both sides, like '1.2 - 1.5'"),
                 token.text, token.position);
            return std::nullopt;
        }
    }
}

std::optional<Version> VersionConstraint::Parser::version(const Token &token)
{
    if (token.text.endsWith(QLatin1Char('-'))) {
        fail(QT_TRANSLATE_NOOP("uw::VersionConstraint",
                               "version %1 at position %2 in %3 ends with '-'; write a hyphen "
                               "range with spaces, like '1.2 - 1.5'"),
             token.text, token.position);
        return std::nullopt;
    }
    QString versionError;
    auto result = Version::parse(token.text, &versionError);
    if (!result) {
        m_error = QCoreApplication::translate("uw::VersionConstraint",
                                              "cannot parse version %1 at position %2 in %3: %4")
                      .arg(quoteForMessage(token.text), QString::number(token.position),
                           quoteForMessage(m_text), versionError);
    }
    return result;
}

std::optional<VersionConstraint::Clause> VersionConstraint::Parser::operatorClause(
    QStringView op, const Token &operand)
{
    Clause clause;
    clause.text = op.toString() + operand.text.toString();

    const Wildcard wildcard = analyzeWildcard(operand.text);
    if (wildcard.kind == Wildcard::Kind::Misplaced) {
        fail(QT_TRANSLATE_NOOP("uw::VersionConstraint",
                               "misplaced wildcard in %1 at position %2 in %3; only trailing "
                               "parts like '5.x' or '5.*' may be wildcards"),
             operand.text, operand.position);
        return std::nullopt;
    }
    if (wildcard.kind == Wildcard::Kind::Trailing) {
        if (!isEqualityOperator(op)) {
            fail(QT_TRANSLATE_NOOP("uw::VersionConstraint",
                                   "wildcard %1 at position %2 in %3 can only be used alone or "
                                   "after '='"),
                 operand.text, operand.position);
            return std::nullopt;
        }
        clause.derived = true;
        if (wildcard.prefixParts > 0) {
            const auto lower = version(
                Token{Token::Kind::Version, wildcard.prefix, operand.position});
            if (!lower)
                return std::nullopt;
            clause.bounds = {
                Bound{Bound::Op::AtLeast, *lower, 0},
                Bound{Bound::Op::BelowRelease, lower->bumped(wildcard.prefixParts - 1),
                      wildcard.prefixParts},
            };
        }
        return clause;
    }

    const auto bound = version(operand);
    if (!bound)
        return std::nullopt;
    if (op == QLatin1String("^") || op == QLatin1String("~")) {
        const QStringList numbers = bound->releaseNumbers();
        if (numbers.isEmpty()) {
            fail(QT_TRANSLATE_NOOP("uw::VersionConstraint",
                                   "version %1 at position %2 in %3 must start with a number to "
                                   "be used with '^' or '~'"),
                 operand.text, operand.position);
            return std::nullopt;
        }
        qsizetype index = 0;
        if (op == QLatin1String("^")) {
            const auto nonZero = std::find_if(numbers.begin(), numbers.end(), [](const QString &n) {
                return n != QLatin1String("0");
            });
            index = nonZero == numbers.end() ? numbers.size() - 1 : nonZero - numbers.begin();
        } else {
            index = std::min<qsizetype>(numbers.size(), 2) - 1;
        }
        clause.derived = true;
        clause.bounds = {
            Bound{Bound::Op::AtLeast, *bound, 0},
            Bound{Bound::Op::BelowRelease, bound->bumped(index), index + 1},
        };
        return clause;
    }

    Bound::Op kind = Bound::Op::Equal;
    if (op == QLatin1String(">="))
        kind = Bound::Op::AtLeast;
    else if (op == QLatin1String(">"))
        kind = Bound::Op::Above;
    else if (op == QLatin1String("<="))
        kind = Bound::Op::AtMost;
    else if (op == QLatin1String("<"))
        kind = Bound::Op::Below;
    else if (op == QLatin1String("!="))
        kind = Bound::Op::NotEqual;
    clause.bounds = {Bound{kind, *bound, 0}};
    return clause;
}

std::optional<VersionConstraint::Clause> VersionConstraint::Parser::rangeClause(const Token &low,
                                                                                const Token &high)
{
    for (const Token *end : {&low, &high}) {
        if (analyzeWildcard(end->text).kind != Wildcard::Kind::None) {
            fail(QT_TRANSLATE_NOOP("uw::VersionConstraint",
                                   "wildcard %1 at position %2 in %3 cannot be used in a hyphen "
                                   "range"),
                 end->text, end->position);
            return std::nullopt;
        }
    }
    const auto lower = version(low);
    if (!lower)
        return std::nullopt;
    const auto upper = version(high);
    if (!upper)
        return std::nullopt;
    if (*lower > *upper) {
        fail(QT_TRANSLATE_NOOP("uw::VersionConstraint",
                               "empty range %1 at position %2 in %3: the lower end is above the "
                               "upper end"),
             m_text.sliced(low.position - 1, high.position - low.position + high.text.size()),
             low.position);
        return std::nullopt;
    }
    Clause clause;
    clause.text = low.text.toString() + QStringLiteral(" - ") + high.text.toString();
    clause.derived = true;
    clause.bounds = {Bound{Bound::Op::AtLeast, *lower, 0}, Bound{Bound::Op::AtMost, *upper, 0}};
    return clause;
}

std::optional<VersionConstraint> VersionConstraint::parse(QStringView text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<VersionConstraint> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("uw::VersionConstraint", "constraint is empty"));
    if (text.size() > MaxLength) {
        return fail(QCoreApplication::translate("uw::VersionConstraint",
                                                "constraint is longer than %1 characters")
                        .arg(MaxLength));
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).category() == QChar::Other_Control) {
            return fail(QCoreApplication::translate(
                            "uw::VersionConstraint",
                            "constraint contains a control character at position %1 in %2")
                            .arg(QString::number(i + 1), quoteForMessage(text)));
        }
    }

    Parser parser(text);
    auto result = parser.run();
    if (!result)
        return fail(parser.error());
    // toString() spaces out what the text ran together; what it writes must parse again.
    if (result->toString().size() > MaxLength) {
        return fail(QCoreApplication::translate("uw::VersionConstraint",
                                                "constraint is longer than %1 characters once "
                                                "written with spaces")
                        .arg(MaxLength));
    }
    return result;
}

QString VersionConstraint::failureOf(const Clause &clause, const Version &version)
{
    for (const Bound &bound : clause.bounds) {
        const char *message = nullptr;
        switch (bound.op) {
        case Bound::Op::AtLeast:
            if (!(version >= bound.version))
                message = QT_TRANSLATE_NOOP("uw::VersionConstraint", "%1 is below %2");
            break;
        case Bound::Op::Above:
            if (!(version > bound.version))
                message = QT_TRANSLATE_NOOP("uw::VersionConstraint", "%1 is not above %2");
            break;
        case Bound::Op::AtMost:
            if (!(version <= bound.version))
                message = QT_TRANSLATE_NOOP("uw::VersionConstraint", "%1 is above %2");
            break;
        case Bound::Op::Below:
            if (!(version < bound.version))
                message = QT_TRANSLATE_NOOP("uw::VersionConstraint", "%1 is not below %2");
            break;
        case Bound::Op::BelowRelease:
            if (!(version.compareRelease(bound.version, bound.releaseParts) < 0))
                message = QT_TRANSLATE_NOOP("uw::VersionConstraint", "%1 is not below %2");
            break;
        case Bound::Op::Equal:
            if (version != bound.version)
                message = QT_TRANSLATE_NOOP("uw::VersionConstraint", "%1 is not equal to %2");
            break;
        case Bound::Op::NotEqual:
            if (version == bound.version) {
                message = QT_TRANSLATE_NOOP("uw::VersionConstraint",
                                            "%1 equals the excluded version %2");
            }
            break;
        }
        if (!message)
            continue;
        const QString failure = translated(message).arg(version.toString(),
                                                        bound.version.toString());
        if (!clause.derived)
            return failure;
        return QCoreApplication::translate("uw::VersionConstraint", "%1, required by %2")
            .arg(failure, quoteForMessage(clause.text));
    }
    return {};
}

ConstraintResult VersionConstraint::evaluate(const Version &version) const
{
    QStringList failures;
    for (const Alternative &alternative : m_alternatives) {
        QString failure;
        for (const Clause &clause : alternative) {
            failure = failureOf(clause, version);
            if (!failure.isEmpty())
                break;
        }
        if (failure.isEmpty())
            return {ConstraintStatus::Satisfied, {}};
        failures.append(failure);
    }
    if (failures.size() == 1)
        return {ConstraintStatus::Violated, failures.first()};

    // Thousands of alternatives must not produce a reason nobody can read.
    constexpr qsizetype maxListed = 3;
    QString listed = failures.first(std::min(failures.size(), maxListed)).join(QStringLiteral("; "));
    if (failures.size() > maxListed) {
        listed = QCoreApplication::translate("uw::VersionConstraint", "%1; and %2 more")
                     .arg(listed, QString::number(failures.size() - maxListed));
    }
    return {ConstraintStatus::Violated,
            QCoreApplication::translate("uw::VersionConstraint",
                                        "none of the alternatives holds: %1")
                .arg(listed)};
}

ConstraintResult VersionConstraint::evaluate(QStringView version) const
{
    QString error;
    const auto parsed = Version::parse(version, &error);
    if (!parsed) {
        return {ConstraintStatus::Unknown,
                QCoreApplication::translate("uw::VersionConstraint", "cannot parse version %1: %2")
                    .arg(quoteForMessage(version), error)};
    }
    return evaluate(*parsed);
}

QString VersionConstraint::toString() const
{
    QStringList alternatives;
    for (const Alternative &alternative : m_alternatives) {
        QString clauses;
        for (const Clause &clause : alternative) {
            if (!clauses.isEmpty()) {
                // After a space, a leading letter would continue the previous version.
                const bool needsComma = clause.text.front().isLetter();
                clauses += needsComma ? QLatin1String(", ") : QLatin1String(" ");
            }
            clauses += clause.text;
        }
        alternatives.append(clauses);
    }
    return alternatives.join(QStringLiteral(" || "));
}

ConstraintResult evaluateConstraint(QStringView constraint, QStringView version)
{
    if (constraint.trimmed().isEmpty())
        return {ConstraintStatus::Satisfied, {}};
    QString error;
    const auto parsed = VersionConstraint::parse(constraint, &error);
    if (!parsed)
        return {ConstraintStatus::Unknown, error};
    return parsed->evaluate(version);
}

} // namespace uw
