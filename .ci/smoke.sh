#!/usr/bin/env bash
# Smoke test of the packaged window: run from the repo root after `./mvnw -B -DskipTests package`.
# Starts Xvfb on a free display, opens target/image/bin/backprop-lab, photographs it, presses Space,
# photographs it again, and fails if the window never appears, the first shot is blank, nothing moved, or the app
# printed a warning or an exception. Then runs the window's performance report in compare mode for a second and
# fails unless it writes its JSON and exits. SMOKE_APP names another launcher (.ci/run passes the installed one).
# Needs: xvfb xauth libgtk-3-0 libxtst6 xdotool imagemagick.
set -u

APP=${SMOKE_APP:-target/image/bin/backprop-lab}
OUT=${SMOKE_OUT:-target/smoke}
WINDOW_TIMEOUT=${SMOKE_WINDOW_TIMEOUT:-30}
mkdir -p "$OUT"

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }

[ -x "$APP" ] || fail "$APP not found; run './mvnw -B -DskipTests package' first"
for tool in Xvfb xdotool import convert compare; do
    command -v "$tool" >/dev/null || fail "'$tool' is missing (apt-get install -y xvfb xauth xdotool imagemagick libgtk-3-0 libxtst6)"
done

XVFB_PID=""
APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && sleep 0.5 && kill -9 "$APP_PID" 2>/dev/null
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
    wait 2>/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free display: no lock file and no socket.
DISP=""
for n in $(seq 90 140); do
    if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then DISP=":$n"; break; fi
done
[ -n "$DISP" ] || fail "no free X display between :90 and :140"

Xvfb "$DISP" -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 1 50); do
    DISPLAY=$DISP xdotool getmouselocation >/dev/null 2>&1 && break
    kill -0 "$XVFB_PID" 2>/dev/null || fail "Xvfb $DISP exited: $(cat "$OUT/xvfb.log")"
    sleep 0.1
done
export DISPLAY=$DISP

"$APP" >"$OUT/app.log" 2>&1 &
APP_PID=$!

WID=$(timeout "$WINDOW_TIMEOUT" xdotool search --sync --name "Backprop Lab" 2>/dev/null | head -1)
if [ -z "$WID" ]; then
    echo "--- app log ---" >&2; tail -30 "$OUT/app.log" >&2
    fail "the window 'Backprop Lab' did not appear within ${WINDOW_TIMEOUT}s"
fi
kill -0 "$APP_PID" 2>/dev/null || fail "the app exited right after opening: $(tail -20 "$OUT/app.log")"
sleep 2  # first frames

import -window root "$OUT/shot1.png" || fail "could not take the first screenshot"
SD=$(convert "$OUT/shot1.png" -format '%[fx:standard_deviation]' info:)
awk -v sd="$SD" 'BEGIN { exit !(sd > 0.02) }' || fail "the first screenshot is blank (standard deviation $SD)"

xdotool windowactivate --sync "$WID" >/dev/null 2>&1 || xdotool windowfocus --sync "$WID" >/dev/null 2>&1
xdotool key --window "$WID" space
sleep 4
import -window root "$OUT/shot2.png" || fail "could not take the second screenshot"

DIFF=$(compare -metric AE "$OUT/shot1.png" "$OUT/shot2.png" null: 2>&1 | cut -d' ' -f1)
[ "$DIFF" != "0" ] || fail "nothing changed on screen 4 s after pressing Space (screenshots identical)"
kill -0 "$APP_PID" 2>/dev/null || fail "the app died while training: $(tail -20 "$OUT/app.log")"

# A normal run prints nothing of its own: no incubator warning, no exception.
if grep -E 'WARNING|Exception' "$OUT/app.log" >&2; then
    fail "the app printed the lines above ($OUT/app.log)"
fi

kill "$APP_PID" 2>/dev/null
for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
kill -9 "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; APP_PID=""

# The performance report in compare mode (two trainers, two canvases) writes its report and exits by itself.
rm -f "$OUT/perf-compare.json"
timeout 90 "$APP" --perf-report "$OUT/perf-compare.json" --perf-seconds 1 --perf-compare >"$OUT/perf.log" 2>&1
STATUS=$?
[ "$STATUS" = 0 ] || fail "the compare-mode performance report exited with status $STATUS: $(tail -20 "$OUT/perf.log")"
grep -q '"mode": "compare"' "$OUT/perf-compare.json" 2>/dev/null \
    || fail "the compare-mode performance report wrote no report: $(tail -20 "$OUT/perf.log")"
if grep -E 'WARNING|Exception' "$OUT/perf.log" >&2; then
    fail "the performance report printed the lines above ($OUT/perf.log)"
fi

echo "smoke: OK: window $WID on $DISP, first shot sd=$SD, $DIFF pixels changed after Space; shots in $OUT/; compare-mode report written"
