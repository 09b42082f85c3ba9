"""The reference the RFM command is compared with in the benchmark: the same work done the usual way
in pandas, with the command's conventions (read the CSV, group by customer; a refund, a negative
amount, is netted into monetary but is not an order and does not move recency; frequency = distinct
order ids; quantile scores with the R rfm package's rule; write the CSV). Run with Debian's python3
and python3-pandas:

    /usr/bin/python3 bench/pandas_rfm.py transactions.csv out.csv

The rule both sides follow, so that their scores can be compared customer by customer:
- a customer with refunds only (no order) has no recency and no scores, and stays out of the cut
  points (the command leaves those cells empty, so does this script);
- monetary is the decimal total of the amounts: the amounts are in cents, and a plain float sum of
  cents is off by a few units in the last place (80.92999999999999 for 80.93), enough to put a total
  on the wrong side of a cut point that it equals; the total is therefore rounded to cents, which on
  such data is what the command's rounding of its compensated sum to 15 significant digits gives;
- R rfm's cut points: the type-7 quantiles (numpy's default) of the scored customers plus 1, a value
  equal to a cut point scoring above it.
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
    is_order = df["amount"] >= 0
    as_of = df["date"][is_order].max() + pd.Timedelta(days=1)
    df["order_date"] = df["date"].where(is_order)
    df["order_id"] = df["order"].where(is_order)
    g = df.groupby("customer", sort=False).agg(
        last_order=("order_date", "max"),
        frequency=("order_id", "nunique"),
        monetary=("amount", "sum"),
    )
    g["monetary"] = g["monetary"].round(2)
    scored = (g["frequency"] > 0).to_numpy()
    # Whole numbers with empty cells for the customers without an order.
    g["recency_days"] = (as_of - g["last_order"]).dt.days.astype("Int64")
    for column, measure, reverse in (("r", "recency_days", True), ("f", "frequency", False), ("m", "monetary", False)):
        values = np.zeros(len(g), dtype=np.int64)
        values[scored] = scores(g[measure].to_numpy(dtype=np.float64, na_value=np.nan)[scored], reverse)
        g[column] = pd.array(values, dtype="Int64")
        g.loc[~scored, column] = pd.NA
    g["rfm"] = (g["r"].astype(str) + g["f"].astype(str) + g["m"].astype(str)).where(scored, "")
    g[["recency_days", "frequency", "monetary", "r", "f", "m", "rfm"]].to_csv(dst, float_format="%.2f")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
