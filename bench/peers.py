#!/usr/bin/python3
"""The independent peers of AnalyticsBenchmark on the same files, timed in-process (median of RUNS):
scipy's HiGHS, one LP per DMU (CCR input-oriented, phase 1), igraph's and networkx's betweenness.
Usage: /usr/bin/python3 bench/peers.py [RUNS] (Debian: python3-scipy python3-networkx python3-igraph)."""
import csv
import statistics
import sys
import time

import igraph
import networkx as nx
import scipy

from dea_scipy_process import dea_ccr_input, read


def timed(label, fn, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    print(f"{label}: median {statistics.median(times) * 1000:.0f} ms over {runs} runs "
          f"({', '.join(f'{t * 1000:.0f}' for t in times)})")


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    _, X, Y = read("bench/data/dea-1000x3x3.csv")
    with open("bench/data/ba-3000.csv") as f:
        edges = [tuple(r) for r in csv.reader(f)][1:]
    print(f"scipy {scipy.__version__}, igraph {igraph.__version__}, networkx {nx.__version__}")
    timed("scipy HiGHS DEA CCR input, 1000 DMUs", lambda: dea_ccr_input(X, Y), runs)
    g = igraph.Graph.TupleList(edges, directed=False)
    timed("igraph betweenness, 3000 nodes", lambda: g.betweenness(), runs)
    G = nx.Graph(edges)
    timed("networkx betweenness, 3000 nodes", lambda: nx.betweenness_centrality(G), 1)


if __name__ == "__main__":
    main()
