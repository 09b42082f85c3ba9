"""The exact maximum-likelihood BG/NBD and Gamma-Gamma parameters on a transaction file, the reference
the fits' tests compare with: the summary of bench/scipy_clv.py (the core's conventions, times as
float64), then Newton's method on the analytic gradient of each log-likelihood with respect to the
logarithms of the parameters, in 50-digit arithmetic (mpmath), the Hessian by central differences of
that gradient (h = 1e-15), until a step below 1e-30. Prints 20 digits of each parameter and of the
log-likelihoods as JSON. Takes about a minute on the CDNOW master file, with Debian's python3,
python3-numpy, python3-scipy and python3-mpmath:

    /usr/bin/python3 bench/exact_clv.py ../shared/data/CDNOW_master.txt
"""
import json
import os
import sys
from collections import Counter

import mpmath as mp

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scipy_clv import summary  # noqa: E402

mp.mp.dps = 50
x, tx, T, m = summary(sys.argv[1])
trip = Counter(zip(x.tolist(), tx.tolist(), T.tolist()))
n = len(x)
xs = Counter(x.tolist())

def bg_grad(th):
    r, al, a, b = [mp.e ** v for v in th]
    lal = mp.log(al)
    dr = n * (lal - mp.digamma(r)); dal = n * r / al; psab = mp.digamma(a + b)
    da = n * psab; db = n * (psab - mp.digamma(b))
    for xv, c in xs.items():
        p = mp.digamma(a + b + xv)
        dr += c * mp.digamma(r + xv); da -= c * p; db += c * (mp.digamma(b + xv) - p)
    LT = {}; 
    def lg(v):
        if v not in LT: LT[v] = mp.log(al + mp.mpf(v))
        return LT[v]
    la = mp.log(a)
    for (xv, txv, Tv), w in trip.items():
        rx = r + xv
        A = -rx * lg(Tv)
        if xv == 0:
            dr -= w * lg(Tv); dal -= w * rx / (al + mp.mpf(Tv)); continue
        D = la - mp.log(b + xv - 1) - rx * lg(txv)
        pd = 1 / (1 + mp.e ** (A - D)); pa = 1 - pd
        dr -= w * (pa * lg(Tv) + pd * lg(txv))
        dal -= w * rx * (pa / (al + mp.mpf(Tv)) + pd / (al + mp.mpf(txv)))
        da += w * pd / a; db -= w * pd / (b + xv - 1)
    return [dr * r, dal * al, da * a, db * b]

def bg_ll(th):
    r, al, a, b = [mp.e ** v for v in th]
    s = 0
    for (xv, txv, Tv), w in trip.items():
        A = -(r + xv) * mp.log(al + mp.mpf(Tv))
        t = mp.e ** A
        if xv > 0: t += a / (b + xv - 1) * (al + mp.mpf(txv)) ** (-(r + xv))
        s += w * (mp.loggamma(r + xv) - mp.loggamma(r) + r * mp.log(al) + mp.loggamma(a + b) + mp.loggamma(b + xv) - mp.loggamma(b) - mp.loggamma(a + b + xv) + mp.log(t))
    return s

keep = (x > 0) & (m > 0)
pairs = Counter(zip(x[keep].tolist(), m[keep].tolist()))
gxs = Counter(x[keep].tolist())
N = int(keep.sum())

def gg_grad(th):
    p, q, g = [mp.e ** v for v in th]
    dq = N * (mp.log(g) - mp.digamma(q)); dg = N * q / g; dp = 0
    for xv, c in gxs.items():
        ps = mp.digamma(p * xv + q)
        dp += c * xv * (ps - mp.digamma(p * xv)); dq += c * ps
    for (xv, mv), w in pairs.items():
        mv = mp.mpf(mv); base = xv * mv + g; lb = mp.log(base)
        dp += w * xv * (mp.log(xv * mv) - lb); dq -= w * lb; dg -= w * (p * xv + q) / base
    return [dp * p, dq * q, dg * g]

def gg_ll(th):
    p, q, g = [mp.e ** v for v in th]
    s = 0
    for (xv, mv), w in pairs.items():
        mv = mp.mpf(mv); px = p * xv
        s += w * (mp.loggamma(px + q) - mp.loggamma(px) - mp.loggamma(q) + q * mp.log(g) + (px - 1) * mp.log(mv) + px * mp.log(xv) - (px + q) * mp.log(g + mv * xv))
    return s

def newton(grad, start):
    th = [mp.log(mp.mpf(v)) for v in start]
    h = mp.mpf('1e-15')
    for it in range(6):
        g = grad(th)
        k = len(th)
        H = mp.matrix(k, k)
        for j in range(k):
            up = list(th); up[j] += h; dn = list(th); dn[j] -= h
            gu, gd = grad(up), grad(dn)
            for i in range(k): H[i, j] = (gu[i] - gd[i]) / (2 * h)
        step = mp.lu_solve(H, mp.matrix(g))
        th = [th[i] - step[i] for i in range(k)]
        size = max(abs(s) for s in step)
        print('newton', it, mp.nstr(size, 5), mp.nstr(max(abs(v) for v in g), 5), file=sys.stderr)
        if size < mp.mpf('1e-30'): break
    return th

# Newton converges from close to the maximum: started at the scipy fit.
from scipy_clv import bgnbd_ll, fit, gamma_gamma_ll  # noqa: E402
bg_start = fit(bgnbd_ll, [1.0, 1.0, 1.0, 1.0], x, tx, T)[0]
gg_start = fit(gamma_gamma_ll, [1.0, 1.0, 1.0], x[keep], m[keep])[0]
bg = newton(bg_grad, bg_start)
gg = newton(gg_grad, gg_start)
out = {'bgnbd': {k: mp.nstr(mp.e ** v, 20) for k, v in zip(['r', 'alpha', 'a', 'b'], bg)}, 'gammaGamma': {k: mp.nstr(mp.e ** v, 20) for k, v in zip(['p', 'q', 'gamma'], gg)}}
out['bgnbd']['logLikelihood'] = mp.nstr(bg_ll(bg), 20)
out['gammaGamma']['logLikelihood'] = mp.nstr(gg_ll(gg) , 20)
print(json.dumps(out, indent=1))
