#pragma once

#include "entities.h"
#include "versionconstraint.h"

#include <QList>
#include <QString>

#include <map>

namespace uw {

/** Which moment of the change a finding is about. */
enum class CompatibilityState {
    /** Every system at its current version. */
    Current,
    /** Every system at its target version. */
    Target,
    /** Part of the upgrade order done, the rest not yet. */
    MidChange,
};

/** One constraint that does not hold (or cannot be evaluated) in one state. */
struct CompatibilityFinding
{
    enum class Source { Dependency, Rule };
    Source source = Source::Dependency;
    /** The dependency's or the rule's id. */
    Id sourceId = 0;
    /** The system whose constraint it is (the dependant, or the rule's system). */
    Id systemId = 0;
    /** The system the constraint is about (the dependency, or the rule's required system). */
    Id requiredSystemId = 0;
    CompatibilityState state = CompatibilityState::Current;
    /** For MidChange: the index in CompatibilityReport::order of the last group already done. */
    int afterGroup = -1;
    /** Violated or Unknown; satisfied constraints are not findings. */
    ConstraintStatus status = ConstraintStatus::Violated;
    QString constraint;
    /** The version of requiredSystemId that was checked in that state. */
    QString version;
    /** A complete translated sentence naming both systems, the state and why. */
    QString message;
};

/** Systems that change together at one moment of the upgrade order. */
struct UpgradeGroup
{
    QList<Id> systemIds;
    /** Translated; empty for a single system, otherwise why they cannot be separated. */
    QString reason;
};

/** A cycle of dependencies, as a closed path: first == last. */
struct DependencyCycle
{
    QList<Id> path;
};

/** How a system looks in the graph: worst finding that involves it, and whether it changes. */
enum class SystemCompatibility { Ok, Violation, Unknown };

struct CompatibilityReport
{
    QList<CompatibilityFinding> findings;
    /** Systems whose version changes, dependencies first, grouped where they must go together. */
    QList<UpgradeGroup> order;
    QList<DependencyCycle> cycles;
    std::map<Id, SystemCompatibility> systems;
    /** Worst status of each dependency over all states. */
    std::map<Id, ConstraintStatus> dependencies;

    bool isClean() const { return findings.isEmpty() && cycles.isEmpty(); }
};

/**
 * Evaluates every dependency constraint and compatibility rule against the current, the target
 * and every mid-change state of the computed upgrade order, honouring "mixed versions
 * tolerated". Linear in systems + dependencies per state; never recursive per node.
 *
 * A mid-change finding is reported once, at the first step of the order that creates it, and
 * only when the current or target state does not already show the same problem. The order
 * avoids every mid-change violation it can, grouping systems where that takes changing them
 * together; what remains are mid-change states that cannot be evaluated. Tolerated mixing on a
 * dependency covers the rules between the same two systems as well. One cycle is reported per
 * strongly connected part of the dependency graph (the shortest through its first system by
 * name), plus every self-dependency.
 */
CompatibilityReport checkCompatibility(const ProjectData &data);
/**
 * The part of data that checkCompatibility() reads (systems, dependencies, rules): what a
 * worker needs copied, without the runbook, the runs or the history.
 */
ProjectData compatibilityInputs(const ProjectData &data);

/** The one sentence every screen and report uses for a dependency cycle, naming its systems. */
QString describeCycle(const ProjectData &data, const DependencyCycle &cycle);

/** What a system's outage or change reaches, for impact analysis. */
struct Impact
{
    /** Everything that depends on it, transitively (what breaks while it is down). */
    QList<Id> dependants;
    /** Everything it needs, transitively. */
    QList<Id> needs;
    /** Business processes served by the system and its dependants, sorted, unique. */
    QStringList businessProcesses;
    /** Critical systems among the dependants. */
    int criticalDependants = 0;
};

/** Lists run nearest first and never contain the system itself; an unknown id has no impact. */
Impact impactOf(const ProjectData &data, Id systemId);

} // namespace uw
