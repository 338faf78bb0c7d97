#!/usr/bin/python3
"""The social-graph engine's reference: the same metrics, computed by NetworkX.

    /usr/bin/python3 tools/reference/networkx-metrics.py EDGES.csv OUT.json --nodes N [--seed S]
        [--metrics degree,components,betweenness,pagerank,louvain]

EDGES.csv has a header line and then `source,target,weight` rows, where source and target are node
indices 0 … N-1 (nodes with no edge still count: --nodes says how many there are). The graph is read
as the engine's model reads it (libs/social-graph/src/model.ts): undirected, parallel edges merged
with their weights summed, self-loops dropped.

OUT.json gets, per node in index order:
  degree       distinct neighbours
  components   {count, label}: label is the smallest node index in the node's component
  betweenness  exact (k = n), normalised, unweighted: nx.betweenness_centrality(G, normalized=True)
  pagerank     alpha 0.85, weight='weight', tol 1e-13: nx.pagerank
  louvain      {community, count, modularity}: nx.community.louvain_communities(G, weight='weight',
               seed=S), numbered by smallest member, and nx.community.modularity of it
plus `seconds` per metric and the NetworkX version.

Run it with Debian's /usr/bin/python3 (python3-networkx 2.8, python3-scipy for PageRank): the
python3 first on PATH may be another interpreter that does not see Debian's packages.
"""

import argparse
import csv
import json
import sys
import time

import networkx as nx

METRICS = ("degree", "components", "betweenness", "pagerank", "louvain")


def read_graph(path, nodes):
    graph = nx.Graph()
    graph.add_nodes_from(range(nodes))
    with open(path, newline="") as handle:
        rows = csv.reader(handle)
        next(rows)  # header
        for row in rows:
            source, target, weight = int(row[0]), int(row[1]), float(row[2])
            if not (0 <= source < nodes and 0 <= target < nodes):
                raise SystemExit(f"edge {source}-{target} names a node outside 0…{nodes - 1}")
            if source == target:
                continue
            if graph.has_edge(source, target):
                graph[source][target]["weight"] += weight
            else:
                graph.add_edge(source, target, weight=weight)
    return graph


def by_index(values, nodes):
    return [values[node] for node in range(nodes)]


def labelled(sets, nodes):
    """Per node, the smallest member of its set, so two partitions compare as plain lists."""
    label = [-1] * nodes
    for members in sets:
        smallest = min(members)
        for node in members:
            label[node] = smallest
    return label


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("edges")
    parser.add_argument("out")
    parser.add_argument("--nodes", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--metrics", default=",".join(METRICS))
    args = parser.parse_args()
    wanted = args.metrics.split(",")
    unknown = [name for name in wanted if name not in METRICS]
    if unknown:
        raise SystemExit(f"unknown metric(s): {', '.join(unknown)}")

    graph = read_graph(args.edges, args.nodes)
    result = {
        "networkx": nx.__version__,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "seconds": {},
    }

    def timed(name, compute):
        started = time.perf_counter()
        result[name] = compute()
        result["seconds"][name] = time.perf_counter() - started

    n = args.nodes
    if "degree" in wanted:
        timed("degree", lambda: by_index(dict(graph.degree()), n))
    if "components" in wanted:
        def components():
            sets = list(nx.connected_components(graph))
            return {"count": len(sets), "label": labelled(sets, n)}
        timed("components", components)
    if "betweenness" in wanted:
        timed("betweenness", lambda: by_index(nx.betweenness_centrality(graph, normalized=True), n))
    if "pagerank" in wanted:
        timed(
            "pagerank",
            lambda: by_index(
                nx.pagerank(graph, alpha=0.85, weight="weight", tol=1e-13, max_iter=10_000), n
            ),
        )
    if "louvain" in wanted:
        def louvain():
            sets = nx.community.louvain_communities(graph, weight="weight", seed=args.seed)
            return {
                "community": labelled(sets, n),
                "count": len(sets),
                "modularity": nx.community.modularity(graph, sets, weight="weight"),
            }
        timed("louvain", louvain)
    with open(args.out, "w") as handle:
        json.dump(result, handle)


if __name__ == "__main__":
    sys.exit(main())
