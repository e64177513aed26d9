#!/usr/bin/env bash
# Backprop Lab's engine beside JAX and numpy on the workloads W1 to W4, one core each, interleaved:
# each round runs `backprop-lab bench`, then bench/jax_reference.py, then bench/numpy_reference.py, every one
# pinned to core 0 with one thread; the table gives the median of the rounds and the ratios. It also measures the
# core's FP64 peak (a 2048 x 2048 dgemm through numpy with one BLAS thread) and prints each workload's share of it.
#
#   bash bench/compare.sh [ROUNDS] [WORKLOADS...]        e.g.  bash bench/compare.sh 3 W3 W4
#
# Needs the built image (./mvnw -B -DskipTests package) and a Python with JAX (README.md, Performance):
# BENCH_PYTHON (default .venv/bin/python) for JAX, python3 with numpy for the numpy reference.
# BENCH_APP overrides the launcher (e.g. an older build's image to compare two engines).
set -eu
cd "$(dirname "$0")/.."

ROUNDS=${1:-3}
shift || true
WORKLOADS=${*:-W1 W2 W3 W4}
APP=${BENCH_APP:-target/image/bin/backprop-lab}
PY_JAX=${BENCH_PYTHON:-.venv/bin/python}
PY_NUMPY=${BENCH_NUMPY_PYTHON:-python3}
DATA=src/main/resources/com/backproplab/bench
CORE=${BENCH_CORE:-0}

[ -x "$APP" ] || { echo "compare: $APP not found; run './mvnw -B -DskipTests package' first" >&2; exit 2; }
"$PY_JAX" -c 'import jax' 2>/dev/null || {
    echo "compare: no JAX in $PY_JAX; install it: python3 -m venv .venv && .venv/bin/pip install jax==0.10.2" >&2
    exit 2
}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
export XLA_FLAGS="--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1"
export JAX_PLATFORMS=cpu
pin() { taskset -c "$CORE" "$@"; }

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# One line per measurement: "<round> <peer> <workload> <epochs/s>".
for r in $(seq 1 "$ROUNDS"); do
    for w in $WORKLOADS; do
        e=$(pin "$APP" bench --json --workload "$w" | sed -n 's/.*"epochs_per_s" *: *\([0-9.]*\).*/\1/p')
        echo "$r engine $w $e" >>"$OUT/all"
    done
    pin "$PY_JAX" bench/jax_reference.py "$DATA" $WORKLOADS \
        | sed -n "s/.*\"workload\":\"\(W[0-9]\)\",\"epochs_per_s\":\([0-9.]*\).*/$r jax \1 \2/p" >>"$OUT/all"
    pin "$PY_NUMPY" bench/numpy_reference.py "$DATA" $WORKLOADS \
        | sed -n "s/.*\"workload\":\"\(W[0-9]\)\",\"epochs_per_s\":\([0-9.]*\).*/$r numpy \1 \2/p" >>"$OUT/all"
    echo "round $r of $ROUNDS done" >&2
done

PEAK=$(pin "$PY_NUMPY" - <<'EOF'
import time, numpy as np
n = 2048
a, b = np.random.rand(n, n), np.random.rand(n, n)
a @ b
best = 0.0
for _ in range(3):
    t = time.perf_counter(); a @ b; best = max(best, 2 * n ** 3 / (time.perf_counter() - t) / 1e9)
print(f"{best:.1f}")
EOF
)

python3 - "$OUT/all" "$PEAK" "$ROUNDS" $WORKLOADS <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if len(l.split()) == 4]
peak, rounds, workloads = float(sys.argv[2]), sys.argv[3], sys.argv[4:]
# Work per epoch in GFLOP: training 6P - 2 n[1] n[0] per example (P weights), forward 2P per point.
gflop = {"W1": (6 * 152 - 2 * 16) * 500 / 1e9, "W2": (6 * 2352 - 2 * 32) * 400 / 1e9,
         "W3": (6 * 4288 - 2 * 128) * 10000 / 1e9, "W4": 2 * 152 * 65536 / 1e9}
def med(peer, w):
    v = [float(r[3]) for r in rows if r[1] == peer and r[2] == w]
    return statistics.median(v) if v else float("nan")
print(f"one core, FP64, medians of {rounds} interleaved rounds (epochs/s; W4 frames/s)")
print(f"core FP64 peak (dgemm n=2048, one thread): {peak:.1f} GFLOP/s")
print(f"{'id':<4} {'engine':>10} {'JAX':>10} {'numpy':>10} {'vs JAX':>8} {'vs numpy':>9} {'GFLOP/s':>8} {'% peak':>7}")
for w in workloads:
    e, j, n = med("engine", w), med("jax", w), med("numpy", w)
    g = e * gflop[w]
    print(f"{w:<4} {e:>10,.1f} {j:>10,.1f} {n:>10,.1f} {e / j:>7.2f}x {e / n:>8.2f}x {g:>8.1f} {100 * g / peak:>6.0f}%")
EOF
