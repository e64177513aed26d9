#!/usr/bin/env python3
"""The benchmark workloads W1 to W4 (README.md, Performance) written the way the course writes them (numpy, column per example), so that
`backprop-lab bench` can be compared side by side on the same machine. Single-threaded BLAS:
run as `OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 bench/numpy_reference.py DATA_DIR`."""
import sys, time, statistics
import numpy as np


def load(path):
    d = np.loadtxt(path, delimiter=",", skiprows=1)
    return d[:, :2].T.copy(), d[:, 2:3].T.copy()


def init(sizes, scheme, rng):
    params = []
    for l in range(1, len(sizes)):
        std = 0.01 if scheme == "small" else (np.sqrt(1 / sizes[l - 1]) if scheme == "xavier" else np.sqrt(2 / sizes[l - 1]))
        params.append([rng.standard_normal((sizes[l], sizes[l - 1])) * std, np.zeros((sizes[l], 1))])
    return params


def act(z, kind):
    if kind == "tanh":
        return np.tanh(z)
    if kind == "sigmoid":
        return 1 / (1 + np.exp(-z))
    return np.maximum(0, z)


def dact(z, a, kind):
    if kind == "tanh":
        return 1 - a * a
    if kind == "sigmoid":
        return a * (1 - a)
    return (z >= 0).astype(float)


def step(params, X, Y, kind, update):
    caches, A = [], X
    L = len(params)
    for l, (W, b) in enumerate(params):
        Z = W @ A + b
        Anew = 1 / (1 + np.exp(-Z)) if l == L - 1 else act(Z, kind)
        caches.append((A, Z, Anew))
        A = Anew
    m = X.shape[1]
    Z = caches[-1][1]
    cost = np.mean(np.maximum(Z, 0) - Z * Y + np.log1p(np.exp(-np.abs(Z))))
    dZ = A - Y
    grads = [None] * L
    for l in reversed(range(L)):
        Aprev, _, _ = caches[l]
        W = params[l][0]
        grads[l] = (dZ @ Aprev.T / m, np.sum(dZ, axis=1, keepdims=True) / m)
        if l > 0:
            _, Zp, Ap = caches[l - 1]
            dZ = (W.T @ dZ) * dact(Zp, Ap, kind)
    update(params, grads)
    return cost


def gd(lr):
    def update(params, grads):
        for p, g in zip(params, grads):
            p[0] -= lr * g[0]
            p[1] -= lr * g[1]
    return update


def adam(params, lr, b1=0.9, b2=0.999, eps=1e-8):
    v = [[np.zeros_like(p[0]), np.zeros_like(p[1])] for p in params]
    s = [[np.zeros_like(p[0]), np.zeros_like(p[1])] for p in params]
    t = [0]

    def update(ps, grads):
        t[0] += 1
        for p, g, vv, ss in zip(ps, grads, v, s):
            for k in range(2):
                vv[k] = b1 * vv[k] + (1 - b1) * g[k]
                ss[k] = b2 * ss[k] + (1 - b2) * g[k] ** 2
                p[k] -= lr * (vv[k] / (1 - b1 ** t[0])) / (np.sqrt(ss[k] / (1 - b2 ** t[0])) + eps)
    return update


def training(X, Y, sizes, kind, scheme, opt, lr, batch):
    rng = np.random.default_rng(1)
    params = init(sizes, scheme, rng)
    update = gd(lr) if opt == "gd" else adam(params, lr)
    m = X.shape[1]

    def epoch():
        perm = rng.permutation(m)
        Xs, Ys = X[:, perm], Y[:, perm]
        for k in range(0, m, batch):
            step(params, Xs[:, k:k + batch], Ys[:, k:k + batch], kind, update)
    return epoch


def heatmap():
    rng = np.random.default_rng(1)
    params = init([2, 8, 8, 8, 1], "xavier", rng)
    xs = np.linspace(-6, 6, 256)
    gx, gy = np.meshgrid(xs, xs)
    G = np.vstack([gx.ravel(), gy.ravel()])

    def frame():
        A = G
        for l, (W, b) in enumerate(params):
            Z = W @ A + b
            A = 1 / (1 + np.exp(-Z)) if l == len(params) - 1 else np.tanh(Z)
    return frame


def measure(work, runs=5, seconds=1.0):
    def timed(limit):
        n, t0 = 0, time.perf_counter()
        while True:
            work()
            n += 1
            el = time.perf_counter() - t0
            if el >= limit:
                return n / el
    timed(max(1.0, seconds))
    return statistics.median(timed(seconds) for _ in range(runs))


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "src/main/resources/com/backproplab/bench"
    X1, Y1 = load(d + "/spiral.csv")
    X2, Y2 = load(d + "/circle.csv")
    X3, Y3 = load(d + "/moons.csv")
    work = {
        "W1": training(X1, Y1, [2, 8, 8, 8, 1], "tanh", "xavier", "gd", 0.03, 10),
        "W2": training(X2, Y2, [2] + [16] * 10 + [1], "sigmoid", "small", "gd", 0.1, 400),
        "W3": training(X3, Y3, [2, 64, 64, 1], "relu", "he", "adam", 1e-3, 64),
        "W4": heatmap(),
    }
    for k in sys.argv[2:] or work:
        print(f'{{"workload":"{k}","epochs_per_s":{measure(work[k]):.2f}}}', flush=True)


if __name__ == "__main__":
    main()
