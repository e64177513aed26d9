#!/usr/bin/env bash
# Builds dist/backprop-lab_<version>-1_amd64.deb from the jlink image (run `./mvnw -B -DskipTests package` first).
# The installed app needs no Java. Its dependencies are resolved by apt: GTK is declared because jpackage's own
# list omits it. --linux-shortcut installs a desktop entry (assets/linux/backprop-lab.desktop, jpackage fills in
# the launcher and icon paths), which assets/linux/postinst copies to /usr/share/applications (jpackage's own
# postinst fails on systems without a menu directory); prerm removes it.
# Start-up: the packaged runtime carries class data sharing archives (docs/toolchain.md): the JDK's classes, and
# those the window loads until its first frame, recorded by one run under Xvfb (skipped, with a note, without Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x target/image/bin/backprop-lab ] || { echo "package-deb: build the image first: ./mvnw -B -DskipTests package" >&2; exit 1; }
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)
runtime=target/deb-runtime
rm -rf dist "$runtime"
cp -a target/image "$runtime"
"$runtime/bin/java" -Xshare:dump -Xlog:disable -Xlog:all=error >/dev/null
# The launcher's JVM options (pom.xml, launcher.heap, launcher.regions and launcher.jit).
java_options=(-Xmx256m -XX:G1HeapRegionSize=2m
  -XX:Tier4InvocationThreshold=20000 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=160000)
if command -v Xvfb >/dev/null 2>&1; then
  for n in $(seq 200 240); do
    if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
  done
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
  # With the installed launcher's heap options: the archive is only used with a matching heap layout.
  DISPLAY=$display timeout 120 "$runtime/bin/java" "${java_options[@]}" -XX:ArchiveClassesAtExit="$runtime/lib/app.jsa" \
    -Xlog:disable -Xlog:all=error -m backproplab/com.backproplab.Main --startup-report >/dev/null
  kill $xvfb 2>/dev/null || true
else
  echo "package-deb: no Xvfb: the package starts without the app's class data archive (apt-get install xvfb)" >&2
fi
# First the app image, then our own launcher in place of jpackage's, then the package around it. jpackage's Linux
# launcher runs `rpm -qf` and `dpkg -S` on itself at every start to learn its package's name, which took 130-300 ms
# of the start-up here; ours execs the bundled runtime at once, as target/image/bin/backprop-lab does.
app=target/deb-app
rm -rf "$app"
jpackage --type app-image --name backprop-lab --app-version "$version" --vendor "Backprop Lab" \
  --runtime-image "$runtime" --module backproplab/com.backproplab.Main \
  --icon assets/icon-256.png --dest "$app"
options="-Djpackage.app-version=$version ${java_options[*]}"
[ -f "$runtime/lib/app.jsa" ] && options="$options -XX:SharedArchiveFile=\"\$root/lib/runtime/lib/app.jsa\""
launcher="$app/backprop-lab/bin/backprop-lab"
cat > "$launcher" <<LAUNCHER
#!/bin/sh
# Backprop Lab's launcher (written by scripts/package-deb.sh): execs the bundled Java runtime with the app's options,
# so that the process the user started is the app itself (signals, exit status).
self=\$(readlink -f "\$0" 2>/dev/null || printf '%s' "\$0")
root=\$(dirname "\$(dirname "\$self")")
exec "\$root/lib/runtime/bin/java" $options -m backproplab/com.backproplab.Main "\$@"
LAUNCHER
chmod 755 "$launcher"
jpackage --type deb --name backprop-lab --app-version "$version" \
  --description "Backprop Lab: watch a neural network learn" \
  --vendor "Backprop Lab" \
  --app-image "$app/backprop-lab" \
  --icon assets/icon-256.png --resource-dir assets/linux \
  --linux-shortcut --linux-menu-group "Education;Science;" --linux-app-category science \
  --linux-package-deps libgtk-3-0 \
  --dest dist
ls -l dist
