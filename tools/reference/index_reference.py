#!/usr/bin/python3
"""Independent reference for Corridor's composite index (European Innovation Scoreboard steps) with numpy
and scipy: writes src/test/resources/analytics/index-data.csv (40 regions x 2 periods x 5 indicators, one
skewed, one with an outlier, some values missing, the last indicator lower-is-better) and
index-reference.json (per row: score, rank within period, relative to the period average, group; per
indicator: outliers replaced, skewness, square root or not). Run: /usr/bin/python3 tools/reference/index_reference.py"""
import csv
import json
import random

import numpy as np
from scipy.stats import skew

RES = "src/test/resources/analytics/"
rnd = random.Random(20261123)
indicators = ["rd_intensity", "patents_per_10k", "high_tech_share", "venture_capital", "energy_intensity"]
lower = [False, False, False, False, True]
rows = []
for period in ("2023", "2024"):
    for j in range(40):
        values = [rnd.uniform(0.5, 4.0), rnd.uniform(1, 60), rnd.uniform(5, 40),
                  rnd.lognormvariate(2, 1.2), rnd.uniform(0.2, 1.2)]
        if j == 7 and period == "2024":
            values[2] = 400.0
        if j % 13 == 5:
            values[1] = float("nan")
        rows.append((f"R{j:02d}", period, values))
with open(RES + "index-data.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["region", "period"] + indicators)
    for region, period, values in rows:
        w.writerow([region, period] + ["" if np.isnan(v) else f"{v:.6f}" for v in values])

X = np.array([[float(f"{v:.6f}") if not np.isnan(v) else np.nan for v in r[2]] for r in rows])
treat = []
N = np.empty_like(X)
for c in range(X.shape[1]):
    col = X[:, c].copy()
    present = col[~np.isnan(col)]
    mean, sd = present.mean(), present.std(ddof=1)
    hi, lo = mean + 2 * sd, mean - 2 * sd
    inside = present[(present <= hi) & (present >= lo)]
    replaced = int(np.sum(present > hi) + np.sum(present < lo))
    col = np.where(col > hi, inside.max(), np.where(col < lo, inside.min(), col))
    sk = float(skew(col[~np.isnan(col)], bias=False))
    root = sk > 1
    if root:
        col = np.sqrt(col)
    mn, mx = np.nanmin(col), np.nanmax(col)
    s = (col - mn) / (mx - mn)
    N[:, c] = 1 - s if lower[c] else s
    treat.append({"indicator": indicators[c], "outliers_replaced": replaced, "skewness": sk, "square_root": bool(root)})
scores = np.nanmean(N, axis=1)
out = {"generator": "tools/reference/index_reference.py (numpy " + np.__version__ + ")", "indicators": treat, "rows": []}
for period in ("2023", "2024"):
    idx = [i for i, r in enumerate(rows) if r[1] == period]
    order = sorted(idx, key=lambda i: -scores[i])
    mean = np.mean([scores[i] for i in idx])
    for rank, i in enumerate(order, 1):
        rel = scores[i] / mean
        group = "leader" if rel > 1.25 else "strong" if rel >= 1 else "moderate" if rel >= 0.7 else "emerging"
        out["rows"].append({"region": rows[i][0], "period": period, "score": float(scores[i]), "rank": rank,
                            "relative": float(rel), "group": group})
with open(RES + "index-reference.json", "w") as f:
    json.dump(out, f, indent=1)
