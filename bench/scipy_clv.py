"""The reference the clv command is compared with in the benchmark and its test: the BG/NBD
(Fader, Hardie & Lee 2005) and Gamma-Gamma (Fader & Hardie 2013) fits done the usual way with
numpy and scipy, on the CDNOW master file. Run with Debian's python3, python3-numpy and
python3-scipy:

    /usr/bin/python3 bench/scipy_clv.py ../shared/data/CDNOW_master.txt
    /usr/bin/python3 bench/scipy_clv.py ../shared/data/cdnow_customers_summary.csv

It prints the parameters and log-likelihoods as JSON. The summary follows the core's conventions
(src/metrics/clv/summary.ts): purchases of one customer on one day are merged (amounts summed); a
negative amount (refund) is not a purchase; only days up to the calibration end (1997-09-30,
included) count; x = purchase days - 1, t_x = last - first purchase day, T = calibration end - first
purchase day, in weeks; the mean repeat value leaves out the first purchase day, and Gamma-Gamma takes the customers
with x > 0 and a mean repeat value > 0, as the core does. Both
log-likelihoods are summed customer by customer and maximised by L-BFGS-B (gradient by finite
differences, scipy's default) on the logarithms of the parameters.
"""
import json
import sys

import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln

CALIBRATION_END = np.datetime64("1997-09-30")


def summary(path):
    data = np.loadtxt(path, skiprows=1, dtype=str)
    customer = data[:, 0]
    day = np.array([np.datetime64(f"{d[:4]}-{d[4:6]}-{d[6:]}") for d in data[:, 1]])
    amount = data[:, 3].astype(float)
    keep = (amount >= 0) & (day <= CALIBRATION_END)
    customer, day, amount = customer[keep], day[keep], amount[keep]
    # One purchase per customer and day, amounts summed.
    ids, code = np.unique(customer, return_inverse=True)
    days = (day - CALIBRATION_END).astype(int)
    pair = code.astype(np.int64) * 100000 + (days + 50000)
    pairs, pair_index = np.unique(pair, return_inverse=True)
    totals = np.bincount(pair_index, weights=amount)
    who = pairs // 100000
    when = pairs % 100000 - 50000
    n = len(ids)
    count = np.bincount(who, minlength=n)
    first = np.full(n, np.iinfo(np.int64).max)
    np.minimum.at(first, who, when)
    last = np.full(n, np.iinfo(np.int64).min)
    np.maximum.at(last, who, when)
    spent = np.bincount(who, weights=totals, minlength=n)
    # pairs are sorted by customer then day: the first row of each customer is its first purchase day.
    first_value = np.zeros(n)
    starts = np.r_[0, np.flatnonzero(np.diff(who)) + 1]
    first_value[who[starts]] = totals[starts]
    x = count - 1.0
    tx = (last - first) / 7.0
    T = (0 - first) / 7.0
    mean = np.where(x > 0, (spent - first_value) / np.maximum(x, 1), 0.0)
    return x, tx, T, mean


def bgnbd_ll(params, x, tx, T):
    r, alpha, a, b = params
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    repeat = x > 0
    a4 = np.where(repeat, np.log(a) - np.log(np.where(repeat, b + x - 1, 1.0)) - (r + x) * np.log(alpha + tx), -np.inf)
    return np.sum(a1 + a2 + np.logaddexp(a3, a4))


def gamma_gamma_ll(params, x, m):
    p, q, gamma = params
    px = p * x
    return np.sum(gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(gamma)
                  + (px - 1) * np.log(m) + px * np.log(x) - (px + q) * np.log(gamma + m * x))


def fit(ll, start, *args):
    result = minimize(lambda v: -ll(np.exp(v), *args), np.log(start), method="L-BFGS-B",
                      options={"ftol": 1e-12, "gtol": 1e-8, "maxiter": 5000})
    return np.exp(result.x), -result.fun, int(result.nit), bool(result.success)


def main(path):
    if path.endswith(".csv"):
        # A ready summary (ID,frequency,recency,T, as ../shared/data/cdnow_customers_summary.csv, the
        # 2,357-customer sample the published BG/NBD figures come from): BG/NBD only.
        columns = np.loadtxt(path, delimiter=",", skiprows=1)
        x, tx, T = columns[:, 1], columns[:, 2], columns[:, 3]
        (r, alpha, a, b), bg_ll, bg_it, bg_ok = fit(bgnbd_ll, [1.0, 1.0, 1.0, 1.0], x, tx, T)
        json.dump({"customers": int(len(x)), "bgnbd": {"r": r, "alpha": alpha, "a": a, "b": b, "logLikelihood": bg_ll,
                                                      "iterations": bg_it, "converged": bg_ok}}, sys.stdout)
        sys.stdout.write("\n")
        return
    x, tx, T, mean = summary(path)
    (r, alpha, a, b), bg_ll, bg_it, bg_ok = fit(bgnbd_ll, [1.0, 1.0, 1.0, 1.0], x, tx, T)
    repeat = (x > 0) & (mean > 0)  # a repeat buyer whose repeat purchases cost nothing carries no spend information
    (p, q, gamma), gg_ll, gg_it, gg_ok = fit(gamma_gamma_ll, [1.0, 1.0, 1.0], x[repeat], mean[repeat])
    json.dump({
        "customers": int(len(x)),
        "bgnbd": {"r": r, "alpha": alpha, "a": a, "b": b, "logLikelihood": bg_ll, "iterations": bg_it, "converged": bg_ok},
        "gammaGamma": {"p": p, "q": q, "gamma": gamma, "logLikelihood": gg_ll, "iterations": gg_it, "converged": gg_ok},
    }, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
