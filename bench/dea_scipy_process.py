#!/usr/bin/python3
"""The whole-process peer of `corridor dea`: read the CSV, score every DMU (CCR input-oriented) with
scipy's HiGHS, print JSON. Usage: /usr/bin/python3 bench/dea_scipy_process.py FILE.csv
Also imported by bench/peers.py for the in-process timing."""
import csv
import json
import sys

import numpy as np
from scipy.optimize import linprog


def dea_ccr_input(X, Y):
    """One LP per DMU: min theta s.t. X'lambda <= theta x_o, Y'lambda >= y_o, lambda >= 0."""
    n, m = X.shape
    s = Y.shape[1]
    scores = []
    for o in range(n):
        c = np.zeros(n + 1)
        c[0] = 1
        A = np.zeros((m + s, n + 1))
        b = np.zeros(m + s)
        A[:m, 0] = -X[o]
        A[:m, 1:] = X.T
        A[m:, 1:] = -Y.T
        b[m:] = -Y[o]
        res = linprog(c, A_ub=A, b_ub=b, bounds=[(0, None)] * (n + 1), method="highs")
        scores.append(res.x[0])
    return scores


def read(path):
    with open(path) as f:
        rows = list(csv.DictReader(f))
    X = np.array([[float(r[c]) for c in ("x1", "x2", "x3")] for r in rows])
    Y = np.array([[float(r[c]) for c in ("y1", "y2", "y3")] for r in rows])
    return rows, X, Y


if __name__ == "__main__":
    rows, X, Y = read(sys.argv[1])
    print(json.dumps([{"dmu": r["dmu"], "efficiency": e} for r, e in zip(rows, dea_ccr_input(X, Y))]))
