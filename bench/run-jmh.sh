#!/usr/bin/env bash
# Runs the JMH benchmarks of src/test/java/org/radassist/bench against the compiled classes.
# Usage, from anywhere: bench/run-jmh.sh [JMH options, e.g. DecodeBenchmark -f 1 -wi 3 -i 5]
# Without options it runs every benchmark with 1 fork, 3 warm-up and 5 measured iterations of 1 s.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -o -DskipTests test-compile
classpath_file=target/bench-classpath.txt
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
classpath="target/test-classes:target/classes:$(cat "$classpath_file")"

if [ "$#" -eq 0 ]; then
  set -- -f 1 -wi 3 -w 1s -i 5 -r 1s
fi
exec java -Djava.awt.headless=true -cp "$classpath" org.openjdk.jmh.Main "$@"
