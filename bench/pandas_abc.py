"""The reference the ABC command is compared with in the benchmark: the same work done the usual way
in pandas, with the command's conventions (read the CSV, sum the value of each item, leave out the
items whose total is <= 0, sort by total descending, shares of the grand total, class A up to a
cumulative share of 0.8, B up to 0.95, C after; write the CSV). Run with Debian's python3 and
python3-pandas:

    /usr/bin/python3 bench/pandas_abc.py transactions.csv out.csv
"""
import sys

import numpy as np
import pandas as pd


def main(src, dst):
    df = pd.read_csv(src, usecols=["customer", "amount"], dtype={"customer": str})
    totals = df.groupby("customer", sort=False)["amount"].sum().round(2)
    totals = totals[totals > 0].sort_values(ascending=False, kind="stable")
    share = totals / totals.sum()
    cumulative = share.cumsum()
    # An item is in A while the cumulative share before it is below 0.8, in B below 0.95.
    before = cumulative - share
    classes = np.where(before < 0.8, "A", np.where(before < 0.95, "B", "C"))
    out = pd.DataFrame({"value": totals, "share": share, "cumulative_share": cumulative, "class": classes})
    out.to_csv(dst, float_format="%.10f")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
