#!/usr/bin/python3
"""Independent DEA reference values for Corridor's tests, computed with scipy's HiGHS LP solver.

Writes src/test/resources/analytics/dea-reference.json: for each data file and model, the efficiency,
phi, and (for the two-phase radial models and SBM) the slacks of every DMU. Run from the repository
root with Debian's packages (apt-get install python3-scipy): /usr/bin/python3 tools/reference/dea_reference.py
"""
import csv
import json
import random

import numpy as np
from scipy.optimize import linprog

RES = "src/test/resources/analytics/"


def read(path, inputs, outputs):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    names = [r["dmu"] for r in rows]
    X = np.array([[float(r[c]) for c in inputs] for r in rows])
    Y = np.array([[float(r[c]) for c in outputs] for r in rows])
    return names, X, Y


def radial(X, Y, o, orientation, vrs, exclude=False):
    n, m = X.shape
    s = Y.shape[1]
    ref = [j for j in range(n) if not (exclude and j == o)]
    k = len(ref)
    # phase 1: variables [score, lambda_ref]
    c = np.zeros(k + 1)
    A_ub, b_ub = [], []
    if orientation == "input":
        c[0] = 1
        for i in range(m):
            A_ub.append([-X[o, i]] + [X[j, i] for j in ref]); b_ub.append(0)
        for r in range(s):
            A_ub.append([0] + [-Y[j, r] for j in ref]); b_ub.append(-Y[o, r])
    else:
        c[0] = -1
        for i in range(m):
            A_ub.append([0] + [X[j, i] for j in ref]); b_ub.append(X[o, i])
        for r in range(s):
            A_ub.append([Y[o, r]] + [-Y[j, r] for j in ref]); b_ub.append(0)
    A_eq = [[0] + [1] * k] if vrs else None
    b_eq = [1] if vrs else None
    res = linprog(c, A_ub=A_ub, b_ub=b_ub, A_eq=A_eq, b_eq=b_eq, bounds=[(0, None)] * (k + 1), method="highs")
    if res.status != 0:
        return None
    score = res.x[0]
    # phase 2: variables [lambda_ref, s-, s+], maximise the sum of slacks
    c2 = np.concatenate([np.zeros(k), -np.ones(m + s)])
    A2, b2 = [], []
    for i in range(m):
        A2.append([X[j, i] for j in ref] + [1 if q == i else 0 for q in range(m)] + [0] * s)
        b2.append((score * (1 + 1e-9) if orientation == "input" else 1) * X[o, i])
    for r in range(s):
        A2.append([Y[j, r] for j in ref] + [0] * m + [-1 if q == r else 0 for q in range(s)])
        b2.append((1 if orientation == "input" else score * (1 - 1e-9)) * Y[o, r])
    if vrs:
        A2.append([1] * k + [0] * (m + s)); b2.append(1)
    res2 = linprog(c2, A_eq=A2, b_eq=b2, bounds=[(0, None)] * (k + m + s), method="highs")
    return {
        "efficiency": score if orientation == "input" else 1 / score,
        "phi": None if orientation == "input" else score,
        "input_slacks": [float(v) for v in res2.x[k:k + m]],
        "output_slacks": [float(v) for v in res2.x[k + m:]],
    }


def sbm(X, Y, o, vrs):
    n, m = X.shape
    s = Y.shape[1]
    mp = sum(1 for i in range(m) if X[o, i] > 0)
    sp = sum(1 for r in range(s) if Y[o, r] > 0)
    # variables [t, Lambda, S-, S+]
    c = np.zeros(1 + n + m + s)
    c[0] = 1
    for i in range(m):
        if X[o, i] > 0:
            c[1 + n + i] = -1 / (mp * X[o, i])
    A_eq, b_eq = [], []
    row = np.zeros(1 + n + m + s); row[0] = 1
    for r in range(s):
        if Y[o, r] > 0:
            row[1 + n + m + r] = 1 / (sp * Y[o, r])
    A_eq.append(row); b_eq.append(1)
    for i in range(m):
        row = np.zeros(1 + n + m + s); row[0] = -X[o, i]; row[1:1 + n] = X[:, i]; row[1 + n + i] = 1
        A_eq.append(row); b_eq.append(0)
    for r in range(s):
        row = np.zeros(1 + n + m + s); row[0] = -Y[o, r]; row[1:1 + n] = Y[:, r]; row[1 + n + m + r] = -1
        A_eq.append(row); b_eq.append(0)
    if vrs:
        row = np.zeros(1 + n + m + s); row[0] = -1; row[1:1 + n] = 1
        A_eq.append(row); b_eq.append(0)
    res = linprog(c, A_eq=A_eq, b_eq=b_eq, bounds=[(0, None)] * (1 + n + m + s), method="highs")
    t = res.x[0]
    return {"efficiency": float(res.fun), "phi": None,
            "input_slacks": [float(v / t) for v in res.x[1 + n:1 + n + m]],
            "output_slacks": [float(v / t) for v in res.x[1 + n + m:]]}


def random_data(path, seed, n, m, s):
    rnd = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["dmu"] + [f"x{i + 1}" for i in range(m)] + [f"y{r + 1}" for r in range(s)])
        for j in range(n):
            xs = [round(rnd.uniform(10, 100), 2) for _ in range(m)]
            ys = [round(sum(xs) * rnd.uniform(0.2, 1.0) / m * rnd.uniform(0.5, 1.5), 2) for _ in range(s)]
            w.writerow([f"D{j + 1:03d}"] + xs + ys)


def radial_score(RX, RY, x0, y0, orientation):
    """theta (input) or phi (output) of (x0, y0) against the CRS frontier of (RX, RY)."""
    n, m = RX.shape
    s = RY.shape[1]
    c = np.zeros(n + 1)
    A, b = [], []
    if orientation == "input":
        c[0] = 1
        for i in range(m):
            A.append([-x0[i]] + list(RX[:, i])); b.append(0)
        for r in range(s):
            A.append([0] + list(-RY[:, r])); b.append(-y0[r])
    else:
        c[0] = -1
        for i in range(m):
            A.append([0] + list(RX[:, i])); b.append(x0[i])
        for r in range(s):
            A.append([y0[r]] + list(-RY[:, r])); b.append(0)
    res = linprog(c, A_ub=A, b_ub=b, bounds=[(0, None)] * (n + 1), method="highs")
    return res.x[0]


def malmquist(path, orientation):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    periods = sorted({r["year"] for r in rows})
    data = {}
    for p in periods:
        pr = [r for r in rows if r["year"] == p]
        data[p] = ([r["dmu"] for r in pr], np.array([[float(r["rd_staff"]), float(r["rd_spend"])] for r in pr]),
                   np.array([[float(r["patents"])] for r in pr]))
    farrell = (lambda v: v) if orientation == "input" else (lambda v: 1 / v)
    out = {}
    for t0, t1 in zip(periods, periods[1:]):
        n0, X0, Y0 = data[t0]
        n1, X1, Y1 = data[t1]
        for j, name in enumerate(n0):
            k = n1.index(name)
            aa = farrell(radial_score(X0, Y0, X0[j], Y0[j], orientation))
            bb = farrell(radial_score(X1, Y1, X1[k], Y1[k], orientation))
            ab = farrell(radial_score(X0, Y0, X1[k], Y1[k], orientation))
            ba = farrell(radial_score(X1, Y1, X0[j], Y0[j], orientation))
            mi = (ab / aa * bb / ba) ** 0.5
            out[f"{name}|{t0}|{t1}"] = {"malmquist": mi, "efficiency_change": bb / aa, "technical_change": mi / (bb / aa)}
    return out


def panel_data(path, seed, n, years):
    rnd = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["dmu", "year", "rd_staff", "rd_spend", "patents"])
        base = [(rnd.uniform(100, 1000), rnd.uniform(1, 50)) for _ in range(n)]
        for t, year in enumerate(years):
            for j, (staff, spend) in enumerate(base):
                growth = (1 + rnd.uniform(-0.05, 0.15)) ** t
                x1 = round(staff * growth, 1)
                x2 = round(spend * growth * rnd.uniform(0.9, 1.1), 2)
                y = round((x1 * 0.5 + x2 * 10) * rnd.uniform(0.4, 1.0) * (1.04 ** t), 1)
                w.writerow([f"City{j + 1:02d}", year, x1, x2, y])


def main():
    random_data(RES + "random-40x3x2.csv", 20261121, 40, 3, 2)
    panel_data(RES + "panel-15x3.csv", 20261122, 15, ["2021", "2022", "2023"])
    files = {
        "hospitals.csv": (["doctors", "nurses"], ["outpatients", "inpatients"]),
        "random-40x3x2.csv": (["x1", "x2", "x3"], ["y1", "y2"]),
    }
    out = {"generator": "tools/reference/dea_reference.py with scipy.optimize.linprog (HiGHS), scipy " + __import__("scipy").__version__, "results": {}}
    for name, (ins, outs) in files.items():
        names, X, Y = read(RES + name, ins, outs)
        for model, orientation, vrs, sup in [("ccr", "input", False, False), ("ccr", "output", False, False),
                                             ("bcc", "input", True, False), ("bcc", "output", True, False),
                                             ("ccr", "input", False, True), ("bcc", "output", True, True)]:
            key = f"{name}|{model}|{orientation}|{'super' if sup else 'plain'}"
            out["results"][key] = {names[o]: radial(X, Y, o, orientation, vrs, sup) for o in range(len(names))}
        for vrs in (False, True):
            key = f"{name}|sbm|{'vrs' if vrs else 'crs'}|plain"
            out["results"][key] = {names[o]: sbm(X, Y, o, vrs) for o in range(len(names))}
    out["malmquist"] = {o: malmquist(RES + "panel-15x3.csv", o) for o in ("input", "output")}
    with open(RES + "dea-reference.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
