#!/usr/bin/env python3
"""Load a Dyad run, sweep and sensitivity folder with pandas and draw one plot of each.

    python3 examples/plot_results.py RUN_DIR SWEEP_DIR SENSITIVITY_DIR OUT_DIR

Writes run.png, sweep.png and sensitivity.png into OUT_DIR. Every results folder has a datapackage.json
that gives each column of each table its type; read_table() uses it, so months come back as dates and
numbers as numbers. Needs pandas and matplotlib (Debian: python3-pandas python3-matplotlib).
"""
import json
import os
import sys

import matplotlib

matplotlib.use("Agg")  # draw to files, no window
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402


def read_table(folder, file):
    """One CSV of a results folder, typed as its datapackage.json says."""
    with open(os.path.join(folder, "datapackage.json"), encoding="utf-8") as f:
        resources = {r["path"]: r for r in json.load(f)["resources"]}
    fields = resources[file]["schema"]["fields"]
    kinds = {"string": "string", "integer": "Int64", "number": "float64", "boolean": "boolean"}
    dtypes = {f["name"]: kinds[f["type"]] for f in fields if f["type"] in kinds}
    table = pd.read_csv(os.path.join(folder, file), dtype=dtypes, na_values=["NA"], keep_default_na=False)
    for f in fields:
        if f["type"] == "yearmonth":  # YYYY-MM
            table[f["name"]] = pd.to_datetime(table[f["name"]], format="%Y-%m")
    return table


def plot_run(run, out):
    """The mean index with its 5-95 % band, over each replication's own path if series.csv is there."""
    series = read_table(run, "timeseries.csv")
    fig, ax = plt.subplots(figsize=(9, 4.5))
    if os.path.exists(os.path.join(run, "series.csv")):  # written by 'dyad run --all-series'
        paths = read_table(run, "series.csv")
        for _, path in paths.groupby("replication"):
            ax.plot(path["date"], path["cooperation_index"], color="grey", alpha=0.15, linewidth=0.6)
    ax.fill_between(series["date"], series["cooperation_index_p05"], series["cooperation_index_p95"],
                    color="tab:blue", alpha=0.25, label="5-95 % of replications")
    ax.plot(series["date"], series["cooperation_index"], color="tab:blue", label="mean")
    ax.set_ylim(-1, 1)
    ax.set_ylabel("cooperation index")
    ax.set_title("Run: " + os.path.basename(os.path.normpath(run)))
    ax.legend(loc="lower left")
    fig.tight_layout()
    fig.savefig(os.path.join(out, "run.png"), dpi=100)


def plot_sweep(sweep, out):
    """The mean index of each of the sweep's fan points over time (fan.csv: one row per point and date)."""
    fan = read_table(sweep, "fan.csv")
    parameters = list(fan.columns[1:list(fan.columns).index("date")])
    fig, ax = plt.subplots(figsize=(9, 4.5))
    for point, rows in fan.groupby("point"):
        values = ", ".join(f"{p.split('.')[-1]} = {rows[p].iloc[0]:g}" if rows[p].dtype.kind == "f"
                           else f"{p} = {rows[p].iloc[0]}" for p in parameters)
        line, = ax.plot(rows["date"], rows["mean"], label=f"point {point}: {values}")
        ax.fill_between(rows["date"], rows["p05"], rows["p95"], color=line.get_color(), alpha=0.12)
    ax.set_ylim(-1, 1)
    ax.set_ylabel("cooperation index")
    ax.set_title("Sweep: " + os.path.basename(os.path.normpath(sweep)))
    ax.legend(loc="lower left", fontsize="small")
    fig.tight_layout()
    fig.savefig(os.path.join(out, "sweep.png"), dpi=100)


def plot_sensitivity(sensitivity, out):
    """The first output's indices by parameter, with their 95 % intervals (indices.csv, tidy)."""
    indices = read_table(sensitivity, "indices.csv")
    output = indices["output"].iloc[0]
    table = indices[indices["output"] == output]
    wide = table.pivot(index="parameter", columns="index", values="estimate")
    low = table.pivot(index="parameter", columns="index", values="ci95_low")
    high = table.pivot(index="parameter", columns="index", values="ci95_high")
    errors = [[(wide - low)[c].clip(lower=0).fillna(0).values, (high - wide)[c].clip(lower=0).fillna(0).values]
              for c in wide.columns]
    fig, ax = plt.subplots(figsize=(9, 4.5))
    width = 0.8 / len(wide.columns)
    for i, column in enumerate(wide.columns):
        positions = [p + i * width for p in range(len(wide.index))]
        ax.barh(positions, wide[column], height=width, xerr=errors[i], capsize=3, label=column)
    ax.set_yticks([p + width * (len(wide.columns) - 1) / 2 for p in range(len(wide.index))])
    ax.set_yticklabels(wide.index)
    ax.set_xlabel("index")
    ax.set_title("Sensitivity of " + output)
    ax.legend()
    fig.tight_layout()
    fig.savefig(os.path.join(out, "sensitivity.png"), dpi=100)


def main(argv):
    if len(argv) != 5:
        sys.exit("usage: python3 examples/plot_results.py RUN_DIR SWEEP_DIR SENSITIVITY_DIR OUT_DIR")
    run, sweep, sensitivity, out = argv[1:]
    os.makedirs(out, exist_ok=True)
    plot_run(run, out)
    plot_sweep(sweep, out)
    plot_sensitivity(sensitivity, out)
    print("Plots written to " + out)


if __name__ == "__main__":
    main(sys.argv)
