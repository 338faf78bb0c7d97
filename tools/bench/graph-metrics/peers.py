#!/usr/bin/python3
"""Times the social-graph metrics in igraph or NetworkX, for tools/bench/graph-metrics.ts.

    /usr/bin/python3 peers.py igraph|networkx EDGES.csv --nodes N --metrics m1,m2 [--runs 3]
        [--samples 256] [--seed 1] [--once-after 20]
        [--warm-up-runs 10] [--warm-up-seconds 1]

EDGES.csv: a header, then `source,target,weight` rows of node indices 0 … N-1. Read as the engine
reads it: undirected, parallel edges merged (weights summed), self-loops dropped. Metrics:
degree, components, pagerank, louvain, betweenness-sampled (k = --samples sources),
betweenness-exact. Each is run --runs times, or once when its first run took longer than
--once-after seconds; before them it runs untimed up to --warm-up-runs times while those runs add up
to under --warm-up-seconds. Prints one JSON object: per metric the seconds of each run, and for louvain
the modularity (weighted, computed outside the timing) and community count of the last run.

Same settings as the engine's bench: PageRank alpha 0.85 with the edge weights (NetworkX: tol 1e-6,
its default and the engine's; igraph: PRPACK, which solves exactly); Louvain with the weights and
resolution 1 (NetworkX's louvain_communities; igraph's community_multilevel); betweenness unweighted.
igraph 0.10 has no sampled betweenness (only a path-length cutoff, a different estimate), so
betweenness-sampled is not offered for it. Run with Debian's /usr/bin/python3.
"""

import argparse
import csv
import json
import random
import sys
import time


def read_rows(path, nodes):
    merged = {}
    with open(path, newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        for row in rows:
            source, target, weight = int(row[0]), int(row[1]), float(row[2])
            if source == target:
                continue
            key = (source, target) if source < target else (target, source)
            merged[key] = merged.get(key, 0.0) + weight
    return merged


def igraph_metrics(merged, nodes, args):
    import igraph

    graph = igraph.Graph(n=nodes, edges=list(merged.keys()), directed=False)
    graph.es["weight"] = list(merged.values())
    random.seed(args.seed)  # igraph draws from Python's random by default

    def score(membership):
        return {
            "modularity": graph.modularity(membership, weights="weight"),
            "communities": max(membership) + 1,
        }

    def louvain():
        return graph.community_multilevel(weights="weight").membership

    return igraph.__version__, score, {
        "degree": lambda: graph.degree(),
        "components": lambda: graph.connected_components().membership,
        "pagerank": lambda: graph.pagerank(damping=0.85, weights="weight"),
        "louvain": louvain,
        "betweenness-exact": lambda: graph.betweenness(directed=False),
    }


def networkx_metrics(merged, nodes, args):
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(range(nodes))
    graph.add_weighted_edges_from((s, t, w) for (s, t), w in merged.items())

    def score(sets):
        return {
            "modularity": nx.community.modularity(graph, sets, weight="weight"),
            "communities": len(sets),
        }

    def louvain():
        return nx.community.louvain_communities(graph, weight="weight", seed=args.seed)

    return nx.__version__, score, {
        "degree": lambda: dict(graph.degree()),
        "components": lambda: list(nx.connected_components(graph)),
        "pagerank": lambda: nx.pagerank(graph, alpha=0.85, weight="weight"),
        "louvain": louvain,
        "betweenness-sampled": lambda: nx.betweenness_centrality(
            graph, k=min(args.samples, nodes), normalized=True, seed=args.seed
        ),
        "betweenness-exact": lambda: nx.betweenness_centrality(graph, normalized=True),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("library", choices=("igraph", "networkx"))
    parser.add_argument("edges")
    parser.add_argument("--nodes", type=int, required=True)
    parser.add_argument("--metrics", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--samples", type=int, default=256)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--once-after", type=float, default=20.0)
    parser.add_argument("--warm-up-runs", type=int, default=10)
    parser.add_argument("--warm-up-seconds", type=float, default=1.0)
    args = parser.parse_args()

    merged = read_rows(args.edges, args.nodes)
    started = time.perf_counter()
    make = igraph_metrics if args.library == "igraph" else networkx_metrics
    version, score, metrics = make(merged, args.nodes, args)
    result = {"library": args.library, "version": version, "load": time.perf_counter() - started}
    for name in args.metrics.split(","):
        if name not in metrics:
            result[name] = {"unavailable": f"{args.library} {version} has no {name}"}
            continue
        seconds = []
        extra = None
        warm_runs, warm_seconds = 0, 0.0
        while len(seconds) < args.runs:
            started = time.perf_counter()
            value = metrics[name]()
            elapsed = time.perf_counter() - started
            # Untimed warm-up runs, as the engine gets (it needs them for V8 to optimise).
            if warm_runs < args.warm_up_runs and warm_seconds + elapsed < args.warm_up_seconds:
                warm_runs += 1
                warm_seconds += elapsed
                continue
            seconds.append(elapsed)
            if name == "louvain":
                extra = score(value)  # not timed: the partition is what Louvain finds
            if seconds[0] > args.once_after:
                break
        result[name] = {"seconds": seconds, **(extra or {})}
        print(f"{args.library} {name}: {seconds} {extra or ''}", file=sys.stderr, flush=True)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
