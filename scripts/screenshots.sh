#!/usr/bin/env bash
# The README's pictures of the window, taken from the real packaged app: run from the repo root after
# `./mvnw -B -DskipTests package`. For each picture it starts Xvfb at the screen size, opens
# target/image/bin/backprop-lab (which sizes itself to the screen), trains the default spiral for a few seconds
# with Space, pauses, and photographs the screen:
#   assets/window-1024x700.png, assets/window-1280x800.png, assets/window-1920x1080.png   (light theme)
#   assets/window-presenter.png   (1280 x 800, F11, after the full-screen hint has gone)
#   assets/window-dark.png        (1280 x 800, dark theme from a preferences file)
#   assets/screenshot.png         (the 1280 x 800 picture, at the top of the README)
# The app reads its preferences from a temporary XDG_CONFIG_HOME, never from the user's own.
# Needs: xvfb xauth libgtk-3-0 libxtst6 xdotool imagemagick.
set -u

APP=${SHOTS_APP:-target/image/bin/backprop-lab}
OUT=${SHOTS_OUT:-assets}
TRAIN_SECONDS=${SHOTS_TRAIN_SECONDS:-6}

fail() { echo "screenshots: FAIL: $*" >&2; exit 1; }

[ -x "$APP" ] || fail "$APP not found; run './mvnw -B -DskipTests package' first"
for tool in Xvfb xdotool import convert; do
    command -v "$tool" >/dev/null || fail "'$tool' is missing (apt-get install -y xvfb xauth xdotool imagemagick libgtk-3-0 libxtst6)"
done
mkdir -p "$OUT"
WORK=$(mktemp -d)

XVFB_PID=""
APP_PID=""
stop() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && sleep 0.5 && kill -9 "$APP_PID" 2>/dev/null
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
    wait 2>/dev/null
    APP_PID=""
    XVFB_PID=""
}
trap 'stop; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

# shot SIZE FILE THEME [keys...]: the window at SIZE (WxH), trained, then the keys pressed, photographed to FILE.
shot() {
    local size=$1 file=$2 theme=$3
    shift 3
    local disp=""
    for n in $(seq 90 140); do
        if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then disp=":$n"; break; fi
    done
    [ -n "$disp" ] || fail "no free X display between :90 and :140"
    Xvfb "$disp" -screen 0 "${size}x24" -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 1 50); do
        DISPLAY=$disp xdotool getmouselocation >/dev/null 2>&1 && break
        sleep 0.1
    done
    local config
    config=$(mktemp -d "$WORK/config-XXXX")
    mkdir -p "$config/backprop-lab"
    printf '{ "theme" : "%s" }\n' "$theme" >"$config/backprop-lab/preferences.json"
    DISPLAY=$disp XDG_CONFIG_HOME=$config "$APP" >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    DISPLAY=$disp timeout 30 xdotool search --sync --name "Backprop Lab" >/dev/null 2>&1 \
        || fail "the window did not appear at $size: $(tail -5 "$WORK/app.log")"
    sleep 2
    # The canvas has the keyboard from the start: Space plays, Space again pauses.
    DISPLAY=$disp xdotool key space
    sleep "$TRAIN_SECONDS"
    DISPLAY=$disp xdotool key space
    for key in "$@"; do
        DISPLAY=$disp xdotool key "$key"
        sleep 1
    done
    # Off the plot, so the line below it shows the mouse hint; then wait out any full-screen hint.
    DISPLAY=$disp xdotool mousemove 5 5
    sleep $(( $# > 0 ? 6 : 1 ))
    DISPLAY=$disp import -window root "$file" || fail "could not photograph the screen at $size"
    stop
    echo "screenshots: $file"
}

shot 1024x700 "$OUT/window-1024x700.png" light
shot 1280x800 "$OUT/window-1280x800.png" light
shot 1920x1080 "$OUT/window-1920x1080.png" light
shot 1280x800 "$OUT/window-presenter.png" light F11
shot 1280x800 "$OUT/window-dark.png" dark
cp "$OUT/window-1280x800.png" "$OUT/screenshot.png"
echo "screenshots: $OUT/screenshot.png"
