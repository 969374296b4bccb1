#!/usr/bin/python3
"""Writes the benchmark inputs: bench/data/dea-1000x3x3.csv (1,000 DMUs, 3 inputs, 3 outputs) and
bench/data/ba-3000.csv (Barabasi-Albert graph, 3,000 nodes, m = 3, seed 42, made by networkx)."""
import csv
import random

import networkx as nx

rnd = random.Random(42)
with open("bench/data/dea-1000x3x3.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["dmu", "x1", "x2", "x3", "y1", "y2", "y3"])
    for j in range(1000):
        x = [round(rnd.uniform(10, 100), 3) for _ in range(3)]
        y = [round(sum(x) * rnd.uniform(0.1, 1.0), 3) for _ in range(3)]
        w.writerow([f"D{j:04d}"] + x + y)
g = nx.barabasi_albert_graph(3000, 3, seed=42)
with open("bench/data/ba-3000.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["source", "target"])
    for a, b in g.edges():
        w.writerow([f"n{a}", f"n{b}"])
