#!/usr/bin/python3
"""Independent network-measure reference values for Corridor's tests, computed with networkx.

Writes edge lists (source,target[,weight]) and src/test/resources/analytics/network-reference.json with
degree, strength, betweenness, closeness, eigenvector and PageRank of every node, and the modularity of
networkx's Louvain partition. Run from the repository root with Debian's packages
(apt-get install python3-networkx python3-scipy): /usr/bin/python3 tools/reference/network_reference.py
"""
import csv
import json
import random

import networkx as nx

RES = "src/test/resources/analytics/"


def write(name, G, weighted):
    with open(RES + name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "weight"] if weighted else ["source", "target"])
        for a, b, d in G.edges(data=True):
            w.writerow([a, b, d["weight"]] if weighted else [a, b])


def measures(G, weighted):
    wt = "weight" if weighted else None
    out = {
        "degree": dict(G.degree()),
        "strength": dict(G.degree(weight=wt)),
        "betweenness": nx.betweenness_centrality(G, weight=wt, normalized=True),
        "closeness": nx.closeness_centrality(G, distance=wt, wf_improved=True),
        "eigenvector": nx.eigenvector_centrality(G, weight=wt, max_iter=100000, tol=1e-12),
        "pagerank": nx.pagerank(G, alpha=0.85, weight=wt, tol=1e-12, max_iter=10000),
    }
    if not G.is_directed():
        communities = nx.community.louvain_communities(G, weight=wt, seed=1)
        out["louvain_modularity"] = nx.community.modularity(G, communities, weight=wt)
    return {k: ({str(n): v for n, v in d.items()} if isinstance(d, dict) else d) for k, d in out.items()}


def main():
    rnd = random.Random(20261121)
    graphs = {}
    karate = nx.Graph()
    karate.add_edges_from((f"m{a}", f"m{b}") for a, b in nx.karate_club_graph().edges())
    graphs["karate.csv"] = (karate, False)
    g = nx.gnm_random_graph(60, 180, seed=7)
    weighted = nx.Graph()
    for a, b in g.edges():
        weighted.add_edge(f"c{a}", f"c{b}", weight=rnd.randint(1, 5))
    graphs["random-weighted.csv"] = (weighted, True)
    d = nx.gnm_random_graph(40, 200, seed=11, directed=True)
    directed = nx.DiGraph()
    for a, b in d.edges():
        directed.add_edge(f"d{a}", f"d{b}", weight=rnd.randint(1, 4))
    graphs["random-directed.csv"] = (directed, True)
    two = nx.Graph()
    two.add_edges_from([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("x", "y"), ("y", "z")])
    graphs["two-components.csv"] = (two, False)
    out = {"generator": "tools/reference/network_reference.py with networkx " + nx.__version__, "graphs": {}}
    for name, (G, w) in graphs.items():
        write(name, G, w)
        out["graphs"][name] = {"directed": G.is_directed(), "weighted": w, "measures": measures(G, w)}
    with open(RES + "network-reference.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
