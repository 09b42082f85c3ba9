"""The reference the RFM command is compared with in the benchmark: the same work done the usual way
in pandas, with the command's conventions (read the CSV, group by customer; a refund, a negative
amount, is netted into monetary but is not an order and does not move recency; frequency = distinct
order ids; quantile scores with the R rfm package's rule; write the CSV). Run with Debian's python3
and python3-pandas:

    /usr/bin/python3 bench/pandas_rfm.py transactions.csv out.csv
"""
import sys

import numpy as np
import pandas as pd


def scores(values, reverse):
    # R rfm: cut points = inner quantiles (type 7, numpy's default 'linear') plus 1; x scores
    # 1 + number of cut points <= x, so ties share a score.
    cuts = np.quantile(values, np.linspace(0, 1, 6)[1:-1]) + 1
    s = np.searchsorted(cuts, values, side="right") + 1
    return 6 - s if reverse else s


def main(src, dst):
    df = pd.read_csv(src, parse_dates=["date"], dtype={"customer": str, "order": str})
    as_of = df["date"].max() + pd.Timedelta(days=1)
    is_order = df["amount"] >= 0
    df["order_date"] = df["date"].where(is_order)
    df["order_id"] = df["order"].where(is_order)
    g = df.groupby("customer", sort=False).agg(
        last_order=("order_date", "max"),
        last_row=("date", "max"),
        frequency=("order_id", "nunique"),
        monetary=("amount", "sum"),
    )
    # A customer with refunds only keeps the date of their last row, as the command does.
    g["recency_days"] = (as_of - g["last_order"].fillna(g["last_row"])).dt.days
    g["r"] = scores(g["recency_days"].to_numpy(), True)
    g["f"] = scores(g["frequency"].to_numpy(), False)
    g["m"] = scores(g["monetary"].to_numpy(), False)
    g["rfm"] = g["r"].astype(str) + g["f"].astype(str) + g["m"].astype(str)
    g[["recency_days", "frequency", "monetary", "r", "f", "m", "rfm"]].to_csv(dst, float_format="%.2f")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
