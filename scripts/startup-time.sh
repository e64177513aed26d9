#!/usr/bin/env bash
# Start-up time of the window: from the launcher's start to the first painted frame, N times (default 5), under a
# virtual display of its own; prints each run and the median. The app reports its first painted frame itself
# (hidden option --startup-report, ui/StartupReport.java) and quits.
#   bash scripts/startup-time.sh [LAUNCHER] [N]     LAUNCHER: target/image/bin/backprop-lab by default
# Needs: xvfb xauth libgtk-3-0.
set -euo pipefail
app=${1:-target/image/bin/backprop-lab}
runs=${2:-5}
[ -x "$app" ] || { echo "startup-time: $app not found" >&2; exit 1; }
for n in $(seq 150 199); do
    if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then disp=":$n"; break; fi
done
[ -n "${disp:-}" ] || { echo "startup-time: no free X display" >&2; exit 1; }
Xvfb "$disp" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
times=()
for i in $(seq 1 "$runs"); do
    t0=$(date +%s%3N)
    line=$(DISPLAY=$disp timeout 120 "$app" --startup-report)
    frame=$(sed -n 's/.*painted at \([0-9]*\) ms since the epoch.*/\1/p' <<<"$line")
    [ -n "$frame" ] || { echo "startup-time: no report from $app: $line" >&2; exit 1; }
    times+=($((frame - t0)))
    echo "run $i: $((frame - t0)) ms from the launcher's start to the first painted frame ($line)"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median of $runs: $median ms (load average $(cut -d' ' -f1-3 /proc/loadavg))"
