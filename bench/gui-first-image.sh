#!/usr/bin/env bash
# Times the GUI from process start to the first image on screen: starts
# `java [JAVA_OPTIONS] -jar target/radassist.jar FILE` under a private Xvfb with fresh settings,
# waits for the log line "First image shown N ms after the process started", then closes it.
# Usage, from anywhere: bench/gui-first-image.sh [FILE] [RUNS]
#   FILE defaults to assets/samples/chest-ct-nema-ct1.dcm, RUNS to 3.
#   JAVA_OPTIONS (environment) adds JVM options, e.g. JAVA_OPTIONS='-XX:SharedArchiveFile=app.jsa'.
#   BENCH_DISPLAY (environment) picks the Xvfb display, e.g. BENCH_DISPLAY=:93, so that benches
#   running side by side do not collide; by default a random one of :90 to :98.
#   BENCH_LAUNCHER (environment) runs an app image's launcher instead of java -jar, e.g.
#   BENCH_LAUNCHER=target/installer/RadAssist/bin/RadAssist. It takes JVM options only from its
#   .cfg file, so JAVA_OPTIONS and -Dprism.order=sw do not apply, and the fresh settings come
#   through XDG_CONFIG_HOME and XDG_DATA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."

file="${1:-assets/samples/chest-ct-nema-ct1.dcm}"
runs="${2:-3}"
command -v Xvfb >/dev/null || { echo "Xvfb not found: apt-get install xvfb" >&2; exit 2; }
launcher="${BENCH_LAUNCHER:-}"
if [ -n "$launcher" ]; then
  [ -x "$launcher" ] || { echo "BENCH_LAUNCHER $launcher is not an executable file" >&2; exit 2; }
  [ -z "${JAVA_OPTIONS:-}" ] || { echo "JAVA_OPTIONS does not reach BENCH_LAUNCHER: put them in its .cfg file" >&2; exit 2; }
else
  [ -f target/radassist.jar ] || mvn -q -o -DskipTests package
fi

work=$(mktemp -d)
display="${BENCH_DISPLAY:-:$((90 + RANDOM % 9))}"
[ -e "/tmp/.X11-unix/X${display#:}" ] && { echo "display $display is in use: set BENCH_DISPLAY" >&2; exit 2; }
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
kill -0 "$xvfb_pid" 2>/dev/null || { echo "Xvfb did not start on $display" >&2; exit 2; }

for run in $(seq 1 "$runs"); do
  log="$work/run$run/data/logs/radassist.log"
  [ -n "$launcher" ] && log="$work/run$run/data/radassist/logs/radassist.log"
  settings=(-Dprism.order=sw -Dradassist.config.dir="$work/run$run/config" -Dradassist.data.dir="$work/run$run/data")
  if [ -n "$launcher" ]; then
    DISPLAY="$display" XDG_CONFIG_HOME="$work/run$run/config" XDG_DATA_HOME="$work/run$run/data" \
      "$launcher" "$file" >/dev/null 2>&1 &
  else
    # shellcheck disable=SC2086 # JAVA_OPTIONS is a list of options
    DISPLAY="$display" java ${JAVA_OPTIONS:-} "${settings[@]}" -jar target/radassist.jar "$file" >/dev/null 2>&1 &
  fi
  app_pid=$!
  for _ in $(seq 1 600); do
    grep -q "First image shown" "$log" 2>/dev/null && break
    sleep 0.05
  done
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  line=$(grep -h "First image shown" "$log" 2>/dev/null || echo "no image within 30 s")
  echo "run $run: ${line#*- }"
done
