#include "compatibility.h"
#include "dependencygraph.h"

// What a system's outage or change reaches: the Graph page's highlight and summary.
namespace uw {

Impact impactOf(const ProjectData &data, Id systemId)
{
    Impact impact;
    const auto system = data.systems.find(systemId);
    if (system == data.systems.end())
        return impact;
    std::map<Id, QList<Id>> dependantsOf, needsOf;
    for (const auto &[id, dependency] : data.dependencies) {
        dependantsOf[dependency.dependencyId].append(dependency.dependentId);
        needsOf[dependency.dependentId].append(dependency.dependencyId);
    }
    // Breadth first, so the lists run nearest first; the system itself is never listed even
    // when a cycle leads back to it.
    const auto exists = [&](Id id) {
        return data.systems.count(id) > 0;
    };
    const auto reach = [&](const std::map<Id, QList<Id>> &edges) {
        return dependencygraph::reachBreadthFirst(edges, systemId, exists);
    };
    impact.dependants = reach(dependantsOf);
    impact.needs = reach(needsOf);

    impact.businessProcesses = system->second.businessProcesses;
    for (Id id : std::as_const(impact.dependants)) {
        const System &dependant = data.systems.at(id);
        impact.businessProcesses += dependant.businessProcesses;
        if (dependant.criticality == Level::Critical)
            ++impact.criticalDependants;
    }
    impact.businessProcesses.sort();
    impact.businessProcesses.removeDuplicates();
    return impact;
}

} // namespace uw
