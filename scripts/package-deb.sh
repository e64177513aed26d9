#!/usr/bin/env bash
# Builds dist/backprop-lab_<version>_amd64.deb from the jlink image (run `./mvnw -B -DskipTests package` first).
# The installed app needs no Java; GTK is declared as a dependency because jpackage's own list omits it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x target/image/bin/backprop-lab ] || { echo "package-deb: build the image first: ./mvnw -B -DskipTests package" >&2; exit 1; }
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)
rm -rf dist
jpackage --type deb --name backprop-lab --app-version "$version" \
  --description "Backprop Lab: watch a neural network learn" \
  --runtime-image target/image --module backproplab/com.backproplab.Main \
  --java-options -Xmx256m --java-options -XX:G1HeapRegionSize=2m \
  --linux-package-deps libgtk-3-0 \
  --dest dist
ls -l dist
