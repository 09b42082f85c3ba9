"""The reference the RFM command is compared with in the benchmark: the same work done the usual way
in pandas (read the CSV, group by customer, recency / frequency / monetary, quantile scores with the
R rfm package's rule, write the CSV). Run with Debian's python3 and python3-pandas:

    /usr/bin/python3 bench/pandas_rfm.py transactions.csv out.csv
"""
import sys

import numpy as np
import pandas as pd


def scores(values, reverse):
    # R rfm: cut points = inner quantiles (type 7, numpy's default 'linear'); x scores 1 + #cuts <= x.
    cuts = np.quantile(values, np.linspace(0, 1, 6)[1:-1])
    s = np.searchsorted(cuts, values, side="right") + 1
    return 6 - s if reverse else s


def main(src, dst):
    df = pd.read_csv(src, parse_dates=["date"])
    as_of = df["date"].max() + pd.Timedelta(days=1)
    g = df.groupby("customer", sort=False).agg(last=("date", "max"), frequency=("order", "nunique"), monetary=("amount", "sum"))
    g["recency_days"] = (as_of - g["last"]).dt.days
    g["r"] = scores(g["recency_days"].to_numpy(), True)
    g["f"] = scores(g["frequency"].to_numpy(), False)
    g["m"] = scores(g["monetary"].to_numpy(), False)
    g["rfm"] = g["r"].astype(str) + g["f"].astype(str) + g["m"].astype(str)
    g[["recency_days", "frequency", "monetary", "r", "f", "m", "rfm"]].to_csv(dst)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
