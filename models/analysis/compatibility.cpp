#include "compatibility.h"

#include "dependencygraph.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

namespace uw {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(uw::Compatibility)
};

using dependencygraph::Adjacency;
using dependencygraph::stronglyConnected;

/** Side of a system in a state: index 0 is its current version, 1 its target version. */
enum Side { CurrentSide = 0, TargetSide = 1 };

struct Node
{
    const System *system = nullptr;
    bool changes = false;
    std::array<QString, 2> text;
    std::array<std::optional<Version>, 2> version;
    std::array<QString, 2> error;
};

/** Why an evaluation is not a pass; the message is chosen from it. */
enum class Cause {
    None,
    Violated,
    VersionUnreadable,
    OwnerVersionUnreadable,
    ConstraintUnreadable,
    WhenUnreadable
};

struct Outcome
{
    ConstraintStatus status = ConstraintStatus::Satisfied;
    Cause cause = Cause::None;
    QString reason;
};

/** A dependency or a rule, parsed once and evaluated in up to four version combinations. */
struct Check
{
    CompatibilityFinding::Source source = CompatibilityFinding::Source::Dependency;
    Id sourceId = 0;
    int owner = 0;
    int required = 0;
    bool mixingTolerated = false;
    QString constraintText;
    std::optional<VersionConstraint> constraint;
    QString constraintError;
    QString whenText;
    std::optional<VersionConstraint> when;
    QString whenError;
    /** Indexed by ownerSide * 2 + requiredSide. */
    std::array<Outcome, 4> outcomes;
};

int severity(ConstraintStatus status)
{
    return status == ConstraintStatus::Violated ? 2 : status == ConstraintStatus::Unknown ? 1 : 0;
}

/** Deterministic, locale-independent, so that the same file always gives the same order. */
bool nameLess(const System &a, const System &b)
{
    if (const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive))
        return c < 0;
    if (const int c = QString::compare(a.name, b.name, Qt::CaseSensitive))
        return c < 0;
    return a.id < b.id;
}

/**
 * A system changes when it has a target that is not its current version: by Version equality
 * when both parse ("6.4" is "6.4.0"), by text otherwise. One that does not change keeps its
 * current version in every state.
 */
Node nodeOf(const System &system)
{
    Node node;
    node.system = &system;
    node.text = {system.currentVersion, system.targetVersion};
    for (int side : {CurrentSide, TargetSide})
        node.version[side] = Version::parse(node.text[side], &node.error[side]);
    if (system.targetVersion.isEmpty())
        node.changes = false;
    else if (node.version[CurrentSide] && node.version[TargetSide])
        node.changes = *node.version[CurrentSide] != *node.version[TargetSide];
    else
        node.changes = system.currentVersion.trimmed() != system.targetVersion.trimmed();
    if (!node.changes) {
        node.text[TargetSide] = node.text[CurrentSide];
        node.version[TargetSide] = node.version[CurrentSide];
        node.error[TargetSide] = node.error[CurrentSide];
    }
    return node;
}

/** The constraint, or nothing with the reason it cannot be read (or no reason if empty). */
using ParsedConstraint = std::pair<std::optional<VersionConstraint>, QString>;

Outcome evaluate(const Check &check, const std::vector<Node> &nodes, int ownerSide, int requiredSide)
{
    // A broken range is a data error in every state, whether the rule applies or not.
    if (!check.constraintError.isEmpty())
        return {ConstraintStatus::Unknown, Cause::ConstraintUnreadable, check.constraintError};
    if (!check.whenError.isEmpty())
        return {ConstraintStatus::Unknown, Cause::WhenUnreadable, check.whenError};
    if (check.when) {
        const Node &owner = nodes[check.owner];
        if (!owner.version[ownerSide]) {
            return {ConstraintStatus::Unknown, Cause::OwnerVersionUnreadable,
                    owner.error[ownerSide]};
        }
        if (check.when->evaluate(*owner.version[ownerSide]).status != ConstraintStatus::Satisfied)
            return {};
    }
    if (!check.constraint)
        return {};
    const Node &required = nodes[check.required];
    if (!required.version[requiredSide]) {
        return {ConstraintStatus::Unknown, Cause::VersionUnreadable, required.error[requiredSide]};
    }
    ConstraintResult result = check.constraint->evaluate(*required.version[requiredSide]);
    const Cause cause = result.status == ConstraintStatus::Satisfied ? Cause::None
                                                                     : Cause::Violated;
    return {result.status, cause, std::move(result.reason)};
}

QString stateLabel(CompatibilityState state, int afterGroup, const QString &groupNames)
{
    switch (state) {
    case CompatibilityState::Current:
        return Tr::tr("Current versions");
    case CompatibilityState::Target:
        return Tr::tr("Target versions");
    case CompatibilityState::MidChange:
        break;
    }
    return Tr::tr("Mid-change after step %1 (%2 upgraded)").arg(afterGroup + 1).arg(groupNames);
}

QString messageOf(const Check &check, const std::vector<Node> &nodes, const Outcome &outcome,
                  CompatibilityState state, int ownerSide, int requiredSide, const QString &label)
{
    const Node &owner = nodes[check.owner];
    const Node &required = nodes[check.required];
    const QString &ownerName = owner.system->name;
    const QString &requiredName = required.system->name;
    // The rule's condition belongs in its name: "Order service <5.0 needs PostgreSQL <16".
    const QString ownerPhrase = check.whenText.trimmed().isEmpty()
                                    ? ownerName
                                    : ownerName + QLatin1Char(' ') + check.whenText.trimmed();
    const QString subject = Tr::tr("%1 needs %2 %3")
                                .arg(ownerPhrase, requiredName, check.constraintText.trimmed());
    const QString &requiredVersion = required.text[requiredSide];
    const QString &ownerVersion = owner.text[ownerSide];
    switch (outcome.cause) {
    case Cause::None:
    case Cause::Violated:
        return Tr::tr(state == CompatibilityState::Current
                          ? QT_TRANSLATE_NOOP("uw::Compatibility",
                                              "%1: %2 %3 needs %4 %5, but it is %6.")
                          : QT_TRANSLATE_NOOP("uw::Compatibility",
                                              "%1: %2 %3 needs %4 %5, but it will be %6."))
            .arg(label, ownerName, ownerVersion, requiredName, check.constraintText.trimmed(),
                 requiredVersion);
    case Cause::VersionUnreadable:
    case Cause::OwnerVersionUnreadable: {
        const bool ofOwner = outcome.cause == Cause::OwnerVersionUnreadable;
        const QString &name = ofOwner ? ownerName : requiredName;
        const QString &version = ofOwner ? ownerVersion : requiredVersion;
        if (version.trimmed().isEmpty()) {
            return Tr::tr("%1: %2 has no version recorded, so '%3' cannot be checked.")
                .arg(label, name, subject);
        }
        return Tr::tr("%1: cannot read version %2 of %3 (%4), so '%5' cannot be checked.")
            .arg(label, quoteForMessage(version), name, outcome.reason, subject);
    }
    case Cause::ConstraintUnreadable:
        return Tr::tr("%1: the constraint %2 of %3 on %4 cannot be read (%5), so it cannot be "
                      "checked.")
            .arg(label, quoteForMessage(check.constraintText), ownerName, requiredName,
                 outcome.reason);
    case Cause::WhenUnreadable:
        break;
    }
    return Tr::tr("%1: the condition %2 of the rule '%3' cannot be read "
                  "(%4), so whether it applies cannot be checked.")
        .arg(label, quoteForMessage(check.whenText), subject, outcome.reason);
}

/** "A before B", and the sentence that says why, as found in the version constraints. */
struct Precedence
{
    int before = 0;
    int after = 0;
    QString clause;
};

/**
 * What the mixed state in which only one end (the owner when \a ownerSide is TargetSide) is
 * upgraded adds to the report: Satisfied when it holds, when mixing is tolerated, or when the
 * current or target state already shows the same problem (then no order can avoid it).
 */
ConstraintStatus mixedStatus(const Check &check, int ownerSide)
{
    const ConstraintStatus status = check.outcomes[ownerSide * 2 + (1 - ownerSide)].status;
    const ConstraintStatus now = check.outcomes[CurrentSide * 2 + CurrentSide].status;
    const ConstraintStatus after = check.outcomes[TargetSide * 2 + TargetSide].status;
    if (check.mixingTolerated || status == now || status == after)
        return ConstraintStatus::Satisfied;
    return status;
}

/**
 * The precedence needs of one check between two changing systems: a mixed state that would add
 * a violation means the other end has to go first. A dependency's constraint reads only the
 * dependency's version, so only rules (whose condition reads the owner's version) can add one.
 */
void addPrecedences(const Check &check, const std::vector<Node> &nodes,
                    std::vector<Precedence> *needs)
{
    const Node &owner = nodes[check.owner];
    const Node &required = nodes[check.required];
    if (mixedStatus(check, CurrentSide) == ConstraintStatus::Violated) {
        needs->push_back({check.owner, check.required,
                          Tr::tr("%1 %2 cannot run with %3 %4")
                              .arg(owner.system->name, owner.text[CurrentSide],
                                   required.system->name, required.text[TargetSide])});
    }
    if (mixedStatus(check, TargetSide) == ConstraintStatus::Violated) {
        needs->push_back({check.required, check.owner,
                          Tr::tr("%1 %2 cannot serve %3 %4")
                              .arg(required.system->name, required.text[CurrentSide],
                                   owner.system->name, owner.text[TargetSide])});
    }
}

QString groupReason(const QStringList &clauses)
{
    // A large conflict must not produce a reason nobody can read.
    constexpr qsizetype maxListed = 4;
    if (clauses.size() == 2) {
        return Tr::tr("%1 and %2: change them together.").arg(clauses.at(0), clauses.at(1));
    }
    QString listed = clauses.first(std::min(clauses.size(), maxListed)).join(QStringLiteral("; "));
    if (clauses.size() > maxListed) {
        listed = Tr::tr("%1; and %2 more").arg(listed, QString::number(clauses.size() - maxListed));
    }
    return Tr::tr("%1: change them together.").arg(listed);
}

/**
 * The upgrade order over the systems that change. Needs derived from constraints are hard:
 * systems whose needs form a cycle go in one group. "Dependencies first" is a preference among
 * direct dependencies between changing systems only; paths through unchanged systems do not
 * order anything, because an unchanged system keeps its version and so never sees a mixed
 * state. Kahn's algorithm takes a system whose hard and preferred predecessors are all done;
 * when preferences contradict needs or form a dependency cycle it takes the first system by
 * name whose hard predecessors are done.
 */
QList<UpgradeGroup> upgradeOrder(const std::vector<Node> &nodes,
                                 const std::vector<Precedence> &needs,
                                 const std::vector<std::pair<int, int>> &preferences,
                                 std::vector<int> *groupOfNode)
{
    std::vector<int> changing, local(nodes.size(), -1);
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].changes) {
            local[i] = int(changing.size());
            changing.push_back(int(i));
        }
    }
    Adjacency hard(changing.size());
    for (const Precedence &need : needs)
        hard[local[need.before]].push_back(local[need.after]);
    const std::vector<int> componentOf = stronglyConnected(hard);
    const int componentCount = changing.empty()
                                   ? 0
                                   : *std::max_element(componentOf.begin(), componentOf.end()) + 1;

    std::vector<std::vector<int>> members(componentCount);
    for (size_t i = 0; i < changing.size(); ++i)
        members[componentOf[i]].push_back(changing[i]);
    for (auto &group : members) {
        std::sort(group.begin(), group.end(),
                  [&](int a, int b) { return nameLess(*nodes[a].system, *nodes[b].system); });
    }
    Adjacency hardOut(componentCount), softOut(componentCount);
    std::vector<int> hardIn(componentCount), softIn(componentCount);
    std::vector<QStringList> clauses(componentCount);
    for (const Precedence &need : needs) {
        const int from = componentOf[local[need.before]];
        const int to = componentOf[local[need.after]];
        if (from == to) {
            if (!clauses[from].contains(need.clause))
                clauses[from].append(need.clause);
            continue;
        }
        hardOut[from].push_back(to);
        ++hardIn[to];
    }
    for (const auto &[before, after] : preferences) {
        const int from = componentOf[local[before]];
        const int to = componentOf[local[after]];
        if (from != to) {
            softOut[from].push_back(to);
            ++softIn[to];
        }
    }

    // Ties go by name: a group is named by its first system.
    const auto nameOrder = [&](int a, int b) {
        return nameLess(*nodes[members[a].front()].system, *nodes[members[b].front()].system);
    };
    std::set<int, decltype(nameOrder)> ready(nameOrder), hardReady(nameOrder);
    std::vector<bool> done(componentCount);
    const auto release = [&](int c) {
        if (hardIn[c] == 0 && !done[c]) {
            hardReady.insert(c);
            if (softIn[c] == 0)
                ready.insert(c);
        }
    };
    for (int c = 0; c < componentCount; ++c)
        release(c);
    QList<UpgradeGroup> order;
    groupOfNode->assign(nodes.size(), -1);
    while (!hardReady.empty()) {
        const int c = ready.empty() ? *hardReady.begin() : *ready.begin();
        ready.erase(c);
        hardReady.erase(c);
        done[c] = true;
        UpgradeGroup group;
        for (int node : members[c]) {
            group.systemIds.append(nodes[node].system->id);
            (*groupOfNode)[node] = int(order.size());
        }
        if (members[c].size() > 1)
            group.reason = groupReason(clauses[c]);
        order.append(group);
        for (int to : hardOut[c]) {
            --hardIn[to];
            release(to);
        }
        for (int to : softOut[c]) {
            --softIn[to];
            release(to);
        }
    }
    Q_ASSERT(order.size() == componentCount); // the hard components form a DAG
    return order;
}

/** The dependency cycles of dependencygraph::cyclePaths(), as system ids. */
QList<DependencyCycle> cyclesOf(const std::vector<Node> &nodes, const Adjacency &needs)
{
    QList<DependencyCycle> cycles;
    const auto byName = [&](int a, int b) {
        return nameLess(*nodes[a].system, *nodes[b].system);
    };
    for (const std::vector<int> &path : dependencygraph::cyclePaths(needs, byName)) {
        DependencyCycle cycle;
        for (int node : path)
            cycle.path.append(nodes[node].system->id);
        cycles.append(cycle);
    }
    return cycles;
}

} // namespace

ProjectData compatibilityInputs(const ProjectData &data)
{
    ProjectData inputs;
    inputs.systems = data.systems;
    inputs.dependencies = data.dependencies;
    inputs.rules = data.rules;
    return inputs;
}

CompatibilityReport checkCompatibility(const ProjectData &data)
{
    CompatibilityReport report;
    std::vector<Node> nodes;
    nodes.reserve(data.systems.size());
    std::map<Id, int> indexOf;
    for (const auto &[id, system] : data.systems) {
        indexOf.emplace(id, int(nodes.size()));
        nodes.push_back(nodeOf(system));
    }

    // Entries whose systems do not exist are skipped: the store's foreign keys rule them out.
    // Inventories repeat the same few constraints, so each text is parsed once.
    QHash<QString, ParsedConstraint> parsedConstraints;
    const auto parseConstraint = [&](const QString &text) -> ParsedConstraint {
        if (text.trimmed().isEmpty())
            return {};
        auto found = parsedConstraints.find(text);
        if (found == parsedConstraints.end()) {
            found = parsedConstraints.insert(text, {});
            found->first = VersionConstraint::parse(text, &found->second);
        }
        return *found;
    };
    std::vector<Check> checks;
    Adjacency needs(nodes.size());
    std::vector<std::pair<int, int>> preferences;
    // Tolerated mixing is the team's word about two systems, so it covers the rules between
    // them too: it outweighs a vendor matrix for the minutes of the change. The current and
    // target states are checked all the same.
    std::set<std::pair<int, int>> toleratedPairs;
    const auto addCheck = [&](CompatibilityFinding::Source source, Id id, Id ownerId, Id requiredId,
                              const QString &range, const QString &when) {
        const auto owner = indexOf.find(ownerId);
        const auto required = indexOf.find(requiredId);
        if (owner == indexOf.end() || required == indexOf.end())
            return false;
        Check &check = checks.emplace_back();
        check.source = source;
        check.sourceId = id;
        check.owner = owner->second;
        check.required = required->second;
        check.constraintText = range;
        std::tie(check.constraint, check.constraintError) = parseConstraint(range);
        check.whenText = when;
        std::tie(check.when, check.whenError) = parseConstraint(when);
        return true;
    };
    for (const auto &[id, d] : data.dependencies) {
        if (!addCheck(CompatibilityFinding::Source::Dependency, id, d.dependentId, d.dependencyId,
                      d.constraint, {})) {
            continue;
        }
        const int owner = checks.back().owner;
        const int required = checks.back().required;
        needs[owner].push_back(required);
        if (owner != required && nodes[owner].changes && nodes[required].changes)
            preferences.emplace_back(required, owner);
        if (d.mixedVersionsTolerated)
            toleratedPairs.insert(std::minmax(owner, required));
    }
    for (const auto &[id, rule] : data.rules) {
        addCheck(CompatibilityFinding::Source::Rule, id, rule.systemId, rule.requiredSystemId,
                 rule.requiredRange, rule.whenVersion);
    }

    std::vector<Precedence> precedences;
    for (Check &check : checks) {
        check.mixingTolerated = toleratedPairs.count(std::minmax(check.owner, check.required)) > 0;
        // A side plays no part when its system does not change, and the owner's side none
        // without a rule condition: each distinct combination is evaluated once.
        std::array<bool, 4> evaluated{};
        for (int ownerSide : {CurrentSide, TargetSide}) {
            for (int requiredSide : {CurrentSide, TargetSide}) {
                const int o = check.when && nodes[check.owner].changes ? ownerSide : CurrentSide;
                const int r = nodes[check.required].changes ? requiredSide : CurrentSide;
                if (!evaluated[o * 2 + r]) {
                    check.outcomes[o * 2 + r] = evaluate(check, nodes, o, r);
                    evaluated[o * 2 + r] = true;
                }
                check.outcomes[ownerSide * 2 + requiredSide] = check.outcomes[o * 2 + r];
            }
        }
        if (check.owner != check.required && nodes[check.owner].changes
            && nodes[check.required].changes) {
            addPrecedences(check, nodes, &precedences);
        }
    }

    std::vector<int> groupOf;
    report.order = upgradeOrder(nodes, precedences, preferences, &groupOf);

    const auto finding = [&](const Check &check, CompatibilityState state, int afterGroup,
                             int ownerSide, int requiredSide, const QString &label) {
        const Outcome &outcome = check.outcomes[ownerSide * 2 + requiredSide];
        CompatibilityFinding result;
        result.source = check.source;
        result.sourceId = check.sourceId;
        result.systemId = nodes[check.owner].system->id;
        result.requiredSystemId = nodes[check.required].system->id;
        result.state = state;
        result.afterGroup = afterGroup;
        result.status = outcome.status;
        result.constraint = check.constraintText;
        result.version = nodes[check.required].text[requiredSide];
        result.message = messageOf(check, nodes, outcome, state, ownerSide, requiredSide, label);
        return result;
    };
    const QString currentLabel = stateLabel(CompatibilityState::Current, -1, {});
    const QString targetLabel = stateLabel(CompatibilityState::Target, -1, {});
    for (const auto &[state, side, label] :
         {std::tuple(CompatibilityState::Current, CurrentSide, currentLabel),
          std::tuple(CompatibilityState::Target, TargetSide, targetLabel)}) {
        for (const Check &check : checks) {
            if (check.outcomes[side * 2 + side].status != ConstraintStatus::Satisfied)
                report.findings.append(finding(check, state, -1, side, side, label));
        }
    }

    // A mixed state between two ends lasts from the step that upgrades the first end until the
    // step that upgrades the second, with the same versions throughout: report it once, at its
    // first step, unless the current or target state already shows the same problem.
    std::vector<std::pair<int, const Check *>> mixed;
    for (const Check &check : checks) {
        const int ownerGroup = groupOf[check.owner];
        const int requiredGroup = groupOf[check.required];
        if (ownerGroup == -1 || requiredGroup == -1 || ownerGroup == requiredGroup) {
            continue;
        }
        const int ownerSide = ownerGroup < requiredGroup ? TargetSide : CurrentSide;
        if (mixedStatus(check, ownerSide) != ConstraintStatus::Satisfied) {
            mixed.emplace_back(std::min(ownerGroup, requiredGroup), &check);
        }
    }
    std::stable_sort(mixed.begin(), mixed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[afterGroup, check] : mixed) {
        constexpr qsizetype maxNamed = 3;
        QStringList names;
        const QList<Id> &ids = report.order.at(afterGroup).systemIds;
        for (qsizetype i = 0; i < std::min(ids.size(), maxNamed); ++i)
            names.append(data.systems.at(ids.at(i)).name);
        if (ids.size() > maxNamed)
            names.append(QString(QChar(0x2026))); // horizontal ellipsis
        const QString label = stateLabel(CompatibilityState::MidChange, afterGroup,
                                         names.join(QStringLiteral(", ")));
        const int ownerSide = groupOf[check->owner] == afterGroup ? TargetSide : CurrentSide;
        report.findings.append(finding(*check, CompatibilityState::MidChange, afterGroup, ownerSide,
                                       1 - ownerSide, label));
    }

    report.cycles = cyclesOf(nodes, needs);

    for (const auto &[id, system] : data.systems)
        report.systems[id] = SystemCompatibility::Ok;
    for (const auto &[id, dependency] : data.dependencies)
        report.dependencies[id] = ConstraintStatus::Satisfied;
    for (const CompatibilityFinding &f : std::as_const(report.findings)) {
        const SystemCompatibility status = f.status == ConstraintStatus::Violated
                                               ? SystemCompatibility::Violation
                                               : SystemCompatibility::Unknown;
        for (Id id : {f.systemId, f.requiredSystemId}) {
            SystemCompatibility &shown = report.systems[id];
            if (shown != SystemCompatibility::Violation)
                shown = status;
        }
        if (f.source == CompatibilityFinding::Source::Dependency) {
            ConstraintStatus &worst = report.dependencies[f.sourceId];
            if (severity(f.status) > severity(worst))
                worst = f.status;
        }
    }
    return report;
}

} // namespace uw
