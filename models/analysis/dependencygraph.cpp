#include "dependencygraph.h"

#include <algorithm>
#include <set>
#include <utility>

namespace uw::dependencygraph {

std::vector<int> stronglyConnected(const Adjacency &adjacency)
{
    const int count = int(adjacency.size());
    std::vector<int> index(count, -1), low(count, 0), component(count, -1);
    std::vector<int> stack;
    std::vector<std::pair<int, size_t>> calls; // node and its next edge to follow
    int nextIndex = 0;
    int components = 0;
    const auto visit = [&](int node) {
        index[node] = low[node] = nextIndex++;
        stack.push_back(node);
        calls.emplace_back(node, 0);
    };
    for (int root = 0; root < count; ++root) {
        if (index[root] != -1)
            continue;
        visit(root);
        while (!calls.empty()) {
            const int node = calls.back().first;
            const size_t edge = calls.back().second++;
            if (edge < adjacency[node].size()) {
                const int to = adjacency[node][edge];
                if (index[to] == -1)
                    visit(to);
                else if (component[to] == -1) // still on the stack
                    low[node] = std::min(low[node], index[to]);
                continue;
            }
            calls.pop_back();
            if (!calls.empty())
                low[calls.back().first] = std::min(low[calls.back().first], low[node]);
            if (low[node] != index[node])
                continue;
            int member = -1;
            do {
                member = stack.back();
                stack.pop_back();
                component[member] = components;
            } while (member != node);
            ++components;
        }
    }
    return component;
}

std::vector<std::vector<int>> cyclePaths(const Adjacency &needs,
                                         const std::function<bool(int, int)> &less)
{
    std::vector<std::vector<int>> cycles;
    const size_t count = needs.size();
    const std::vector<int> componentOf = stronglyConnected(needs);
    std::vector<int> start(count, -1), size(count, 0);
    for (size_t node = 0; node < count; ++node) {
        int &first = start[componentOf[node]];
        ++size[componentOf[node]];
        if (first == -1 || less(int(node), first))
            first = int(node);
    }
    // A self-dependency is its own cycle even inside a larger component, so the search below
    // ignores it; the flag says which of the two a start stands for.
    std::vector<std::pair<int, bool>> starts;
    for (size_t c = 0; c < count; ++c) {
        if (size[c] > 1)
            starts.emplace_back(start[c], false);
    }
    for (size_t node = 0; node < count; ++node) {
        if (std::find(needs[node].begin(), needs[node].end(), int(node)) != needs[node].end())
            starts.emplace_back(int(node), true);
    }
    std::sort(starts.begin(), starts.end(), [&](const auto &a, const auto &b) {
        if (a.first != b.first)
            return less(a.first, b.first);
        return a.second < b.second;
    });
    std::vector<int> parent(count, -1);
    for (const auto &[origin, selfLoop] : starts) {
        const int component = componentOf[origin];
        std::vector<int> visited{origin}; // also the queue of the breadth-first search
        parent[origin] = origin;
        int last = selfLoop ? origin : -1;
        for (size_t head = 0; last == -1 && head < visited.size(); ++head) {
            const int node = visited[head];
            for (int to : needs[node]) {
                if (to == origin && node != origin) {
                    last = node;
                    break;
                }
                if (componentOf[to] == component && parent[to] == -1) {
                    parent[to] = node;
                    visited.push_back(to);
                }
            }
        }
        std::vector<int> path;
        // Parent links lead backwards, so collect the path from its end and turn it round.
        path.push_back(origin);
        for (int node = last; node != origin; node = parent[node])
            path.push_back(node);
        path.push_back(origin);
        std::reverse(path.begin(), path.end());
        cycles.push_back(std::move(path));
        for (int node : visited)
            parent[node] = -1;
    }
    return cycles;
}

QList<Id> reachBreadthFirst(const std::map<Id, QList<Id>> &edges, Id start,
                            const std::function<bool(Id)> &exists)
{
    QList<Id> reached;
    std::set<Id> seen{start};
    for (qsizetype next = -1; next < reached.size(); ++next) {
        const auto out = edges.find(next == -1 ? start : reached.at(next));
        if (out == edges.end())
            continue;
        for (Id to : out->second) {
            if (exists(to) && seen.insert(to).second)
                reached.append(to);
        }
    }
    return reached;
}

} // namespace uw::dependencygraph
