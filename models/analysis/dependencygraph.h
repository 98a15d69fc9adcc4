#pragma once

#include "entities.h"

#include <QList>

#include <functional>
#include <map>
#include <vector>

/**
 * Graph algorithms over the dependency graph, apart from what the graph means: nodes are
 * indices 0..n-1 and adjacency[n] lists the nodes n points to. Every search here is iterative,
 * with an explicit stack or queue instead of recursion, because inventories can hold chains
 * tens of thousands of systems deep and a recursive search would overflow the call stack.
 */
namespace uw::dependencygraph {

using Adjacency = std::vector<std::vector<int>>;

/**
 * Tarjan's strongly connected components with an explicit stack instead of recursion, so a
 * 20,000-deep chain cannot overflow the call stack. Returns the component of each node.
 */
std::vector<int> stronglyConnected(const Adjacency &adjacency);

/**
 * One closed path per strongly connected component of \a needs, the shortest one through its
 * first node by \a less (found by breadth-first search, so linear overall), plus every
 * self-dependency. Listing all cycles would be exponential. Each path starts and ends at the
 * same node; the paths are ordered by their first node, by \a less.
 */
std::vector<std::vector<int>> cyclePaths(const Adjacency &needs,
                                         const std::function<bool(int, int)> &less);

/**
 * The nodes reachable from \a start along \a edges whose ids \a exists accepts, breadth first,
 * so the list runs nearest first; \a start itself is never listed even when a cycle leads back
 * to it.
 */
QList<Id> reachBreadthFirst(const std::map<Id, QList<Id>> &edges, Id start,
                            const std::function<bool(Id)> &exists);

} // namespace uw::dependencygraph
