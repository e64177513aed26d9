#!/usr/bin/env python3
"""The benchmark workloads W1 to W4 written in JAX, the strongest thing a student would reach for: FP64
(x64 enabled), XLA on one thread, each training epoch one jit-compiled function that shuffles the examples and runs
a `lax.scan` over the mini-batches (the batch cost computed at every step, as the engine does), W4 one
jit-compiled forward pass over the 256 x 256 grid. Same data, sizes, init scales, optimizers and learning rates as
`bench/numpy_reference.py` and `backprop-lab bench`.

Run it through `bench/compare.sh`, which sets the one-thread flags below and pins it to one core; by hand:
  XLA_FLAGS="--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1" taskset -c 0 \
      .venv/bin/python bench/jax_reference.py src/main/resources/com/backproplab/bench [W1 W2 ...]
"""
import os
import sys

os.environ.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1")
os.environ.setdefault("JAX_PLATFORMS", "cpu")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
from jax import lax  # noqa: E402

jax.config.update("jax_enable_x64", True)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from numpy_reference import init, load, measure  # noqa: E402


def act(z, kind):
    if kind == "tanh":
        return jnp.tanh(z)
    if kind == "sigmoid":
        return jax.nn.sigmoid(z)
    return jnp.maximum(0.0, z)


def dact(z, a, kind):
    if kind == "tanh":
        return 1 - a * a
    if kind == "sigmoid":
        return a * (1 - a)
    return (z >= 0).astype(z.dtype)


def cost_and_grads(params, X, Y, kind):
    """Forward and backward written out as the course does (the same work as the engine, no autodiff tape)."""
    caches, A = [], X
    L = len(params)
    for l, (W, b) in enumerate(params):
        Z = W @ A + b
        Anew = jax.nn.sigmoid(Z) if l == L - 1 else act(Z, kind)
        caches.append((A, Z, Anew))
        A = Anew
    m = X.shape[1]
    Z = caches[-1][1]
    cost = jnp.mean(jnp.maximum(Z, 0) - Z * Y + jnp.log1p(jnp.exp(-jnp.abs(Z))))
    dZ = A - Y
    grads = [None] * L
    for l in reversed(range(L)):
        Aprev = caches[l][0]
        W = params[l][0]
        grads[l] = (dZ @ Aprev.T / m, jnp.sum(dZ, axis=1, keepdims=True) / m)
        if l > 0:
            _, Zp, Ap = caches[l - 1]
            dZ = (W.T @ dZ) * dact(Zp, Ap, kind)
    return cost, grads


def gd(lr):
    def start(params):
        return ()

    def update(params, grads, state):
        return [(W - lr * gW, b - lr * gb) for (W, b), (gW, gb) in zip(params, grads)], state
    return start, update


def adam(lr, b1=0.9, b2=0.999, eps=1e-8):
    def start(params):
        zeros = [(jnp.zeros_like(W), jnp.zeros_like(b)) for W, b in params]
        return (zeros, zeros, jnp.zeros((), dtype=jnp.float64))

    def update(params, grads, state):
        v, s, t = state
        t = t + 1
        nv, ns, np_ = [], [], []
        for p, g, vv, ss in zip(params, grads, v, s):
            newp, newv, news = [], [], []
            for k in range(2):
                vk = b1 * vv[k] + (1 - b1) * g[k]
                sk = b2 * ss[k] + (1 - b2) * g[k] ** 2
                newp.append(p[k] - lr * (vk / (1 - b1 ** t)) / (jnp.sqrt(sk / (1 - b2 ** t)) + eps))
                newv.append(vk)
                news.append(sk)
            np_.append(tuple(newp))
            nv.append(tuple(newv))
            ns.append(tuple(news))
        return np_, (nv, ns, t)
    return start, update


def training(X, Y, sizes, kind, scheme, opt, lr, batch):
    params = [(jnp.asarray(W), jnp.asarray(b)) for W, b in init(sizes, scheme, np.random.default_rng(1))]
    start, update = gd(lr) if opt == "gd" else adam(lr)
    X, Y = jnp.asarray(X), jnp.asarray(Y)
    m = X.shape[1]
    full, tail = divmod(m, batch)

    def one_step(carry, xy):
        params, state = carry
        cost, grads = cost_and_grads(params, xy[0], xy[1], kind)
        params, state = update(params, grads, state)
        return (params, state), cost

    @jax.jit
    def epoch(params, state, key):
        key, sub = jax.random.split(key)
        perm = jax.random.permutation(sub, m)
        Xs, Ys = X[:, perm], Y[:, perm]
        # (batches, features, batch): the scan walks the first axis.
        xb = Xs[:, :full * batch].reshape(X.shape[0], full, batch).transpose(1, 0, 2)
        yb = Ys[:, :full * batch].reshape(1, full, batch).transpose(1, 0, 2)
        (params, state), costs = lax.scan(one_step, (params, state), (xb, yb))
        if tail:
            (params, state), last = one_step((params, state), (Xs[:, full * batch:], Ys[:, full * batch:]))
            costs = jnp.append(costs, last)
        return params, state, key, costs

    box = [params, start(params), jax.random.PRNGKey(1)]

    def run():
        p, s, k, costs = epoch(*box)
        costs.block_until_ready()
        box[0], box[1], box[2] = p, s, k
    return run


def heatmap():
    params = [(jnp.asarray(W), jnp.asarray(b)) for W, b in init([2, 8, 8, 8, 1], "xavier", np.random.default_rng(1))]
    xs = np.linspace(-6, 6, 256)
    gx, gy = np.meshgrid(xs, xs)
    G = jnp.asarray(np.vstack([gx.ravel(), gy.ravel()]))

    @jax.jit
    def forward(params, A):
        for l, (W, b) in enumerate(params):
            Z = W @ A + b
            A = jax.nn.sigmoid(Z) if l == len(params) - 1 else jnp.tanh(Z)
        return A

    def frame():
        forward(params, G).block_until_ready()
    return frame


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "src/main/resources/com/backproplab/bench"
    builders = {
        "W1": lambda: training(*load(d + "/spiral.csv"), [2, 8, 8, 8, 1], "tanh", "xavier", "gd", 0.03, 10),
        "W2": lambda: training(*load(d + "/circle.csv"), [2] + [16] * 10 + [1], "sigmoid", "small", "gd", 0.1, 400),
        "W3": lambda: training(*load(d + "/moons.csv"), [2, 64, 64, 1], "relu", "he", "adam", 1e-3, 64),
        "W4": heatmap,
    }
    for k in sys.argv[2:] or builders:
        work = builders[k]()
        work()  # compiles
        print(f'{{"workload":"{k}","epochs_per_s":{measure(work):.2f}}}', flush=True)


if __name__ == "__main__":
    main()
