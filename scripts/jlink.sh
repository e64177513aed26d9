#!/usr/bin/env bash
# jlink as javafx:jlink calls it (pom.xml, jlinkExecutable), plus what the image needs beyond the main module's graph:
# - jdk.incubator.vector, which module-info.java requires only statically so that the boot layer never resolves it
#   (the JDK prints a warning at every start when it does); engine/VectorModule loads it at run time;
# - the export VectorModule needs, as a default option of the image's JVM, so every launcher of the image has it.
# jlink prints "WARNING: Using incubator modules: jdk.incubator.vector" on standard output when it links that
# module: expected here, so that line is dropped; everything else passes through, and jlink's status is kept.
set -euo pipefail
jlink="${JAVA_HOME:+$JAVA_HOME/bin/}jlink"
if [ "${1:-}" = "--version" ]; then
    exec "$jlink" "$@"
fi
"$jlink" "$@" --add-modules jdk.incubator.vector \
    --add-options " --add-exports=java.base/jdk.internal.module=backproplab" \
    | { grep -v -x -F 'WARNING: Using incubator modules: jdk.incubator.vector' || true; }
