#!/usr/bin/env bash
# Opens a CT series of N slices (default 300, built from the bundled 512×512 CT sample) the way
# the GUI does, in a fresh JVM. It prints the time to the first image, the time per scroll step,
# and the heap used after GC against the raw pixel bytes. See src/test/java/org/radassist/app/SeriesBench.java.
# Usage, from anywhere: bench/series-300.sh [SLICES]
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -o -DskipTests test-compile
classpath_file=target/bench-classpath.txt
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
exec java -Djava.awt.headless=true -Dradassist.console.level=WARN \
  -cp "target/test-classes:target/classes:$(cat "$classpath_file")" org.radassist.app.SeriesBench "$@"
