#!/usr/bin/env python3
"""Fits G(r) = (e^r - 1 - r) / r^2 on |r| <= ln(2)/2 by a degree-10 polynomial at Chebyshev nodes (mpmath's
chebyfit, 40 digits), rounds the coefficients to double and prints them with the worst errors of G, e^r and e^r - 1
measured in exact arithmetic. These are the constants G of src/main/java/com/backproplab/engine/ExactMath.java.
Needs mpmath (pip install mpmath); not part of the build."""
import mpmath as mp

mp.mp.dps = 40
A = mp.log(2) / 2
DEGREE = 10


def g(r):
    if abs(r) < mp.mpf('1e-10'):
        return mp.mpf(1) / 2 + r / 6 + r * r / 24
    return (mp.exp(r) - 1 - r) / (r * r)


poly = mp.chebyfit(g, [-A, A], DEGREE + 1)
coeffs = [float(c) for c in poly]  # highest degree first
worst_g = worst_exp = worst_expm1 = mp.mpf(0)
n = 4000
for i in range(n + 1):
    r = -A + 2 * A * i / n
    v = mp.mpf(0)
    for c in coeffs:
        v = v * r + mp.mpf(c)
    worst_g = max(worst_g, abs(v - g(r)))
    worst_exp = max(worst_exp, abs(1 + r + r * r * v - mp.exp(r)) / mp.exp(r))
    if r != 0:
        worst_expm1 = max(worst_expm1, abs(r + r * r * v - mp.expm1(r)) / abs(mp.expm1(r)))
print("static final double[] G = {" + ", ".join(repr(c) for c in reversed(coeffs)) + "};  // G[0] .. G[10]")
print(f"# worst |G error| {mp.nstr(worst_g, 3)}, relative e^r {mp.nstr(worst_exp, 3)}, "
      f"relative e^r - 1 {mp.nstr(worst_expm1, 3)} (1 ulp of 1 is 2.2e-16)")
