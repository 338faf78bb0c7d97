#!/usr/bin/python3
"""Writes networkx-reference.json: a small seeded graph and what NetworkX says about it, so the
engine's specs compare against the reference implementation without needing Python at test time.

    /usr/bin/python3 libs/social-graph/reference/networkx-reference.py

Debian's python3-networkx (2.8.8 here) with python3-scipy for PageRank.
"""
import json
import math
import os
import random

import networkx as nx

rng = random.Random(20261207)
G = nx.Graph()
# Three loose clusters of 30 nodes, a second component of 6 nodes, and two isolated nodes.
for v in range(98):
    G.add_node(str(v))
for _ in range(260):
    cluster = rng.randrange(3)
    a = cluster * 30 + rng.randrange(30)
    b = cluster * 30 + rng.randrange(30) if rng.random() < 0.85 else rng.randrange(90)
    if a == b:
        continue
    w = round(0.1 + rng.random() * 2, 3)
    if G.has_edge(str(a), str(b)):
        G[str(a)][str(b)]["weight"] += w
    else:
        G.add_edge(str(a), str(b), weight=w)
for a, b in [(90, 91), (91, 92), (92, 93), (93, 94), (94, 95), (95, 90), (90, 93)]:
    G.add_edge(str(a), str(b), weight=1.0)

edges = [[u, v, d["weight"]] for u, v, d in G.edges(data=True)]
communities = nx.community.louvain_communities(G, weight="weight", seed=1)
partition = {v: i for i, c in enumerate(communities) for v in c}
# A fixed partition (by cluster) whose modularity both sides compute.
by_cluster = {v: min(int(v) // 30, 3) for v in G.nodes}
by_cluster_sets = [{v for v in G.nodes if by_cluster[v] == c} for c in range(4)]


def clean(x):
    return None if isinstance(x, float) and math.isnan(x) else x


out = {
    "nodes": list(G.nodes),
    "edges": edges,
    "degree": dict(G.degree()),
    "weightedDegree": dict(G.degree(weight="weight")),
    "betweenness": nx.betweenness_centrality(G, normalized=True, weight=None),
    "pagerank": nx.pagerank(G, alpha=0.85, weight="weight"),
    "effectiveSize": {k: clean(v) for k, v in nx.effective_size(G).items()},
    "components": nx.number_connected_components(G),
    "byCluster": by_cluster,
    "modularityByCluster": nx.community.modularity(G, by_cluster_sets, weight="weight"),
    "modularityByClusterResolution2": nx.community.modularity(
        G, by_cluster_sets, weight="weight", resolution=2
    ),
    "louvainModularity": nx.community.modularity(G, communities, weight="weight"),
    "louvainCommunities": len(communities),
    "networkxVersion": nx.__version__,
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "networkx-reference.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1, sort_keys=True)
print(f"wrote {path}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
