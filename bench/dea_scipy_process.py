#!/usr/bin/python3
"""The whole-process peer of `corridor dea`: read the CSV, score every DMU (CCR input-oriented) with
scipy's HiGHS, print JSON. Usage: /usr/bin/python3 bench/dea_scipy_process.py FILE.csv"""
import csv
import json
import sys

import numpy as np
from scipy.optimize import linprog

with open(sys.argv[1]) as f:
    rows = list(csv.DictReader(f))
X = np.array([[float(r[c]) for c in ("x1", "x2", "x3")] for r in rows])
Y = np.array([[float(r[c]) for c in ("y1", "y2", "y3")] for r in rows])
n, m = X.shape
s = Y.shape[1]
out = []
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
    out.append({"dmu": rows[o]["dmu"], "efficiency": res.x[0]})
print(json.dumps(out))
