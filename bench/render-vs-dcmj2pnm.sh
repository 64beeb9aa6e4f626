#!/usr/bin/env bash
# Times RadAssist's `render DIR --out-dir OUT` (one JVM for the whole folder) against a shell loop
# of dcmtk's `dcmj2pnm --write-png +Wi 1` (one process per file) over the same 100 CT slices, in
# the same run, and prints both times and their ratio. Both apply the file's first window (40/400).
# Usage, from anywhere: bench/render-vs-dcmj2pnm.sh [SLICES]  (default 100; needs dcmj2pnm on PATH)
set -euo pipefail
cd "$(dirname "$0")/.."

slices="${1:-100}"
source_ct=src/test/resources/testdata/codecs/ct_s16_evrle.dcm
command -v dcmj2pnm >/dev/null || { echo "dcmj2pnm not found: install dcmtk" >&2; exit 2; }
[ -f target/radassist.jar ] || mvn -q -o -DskipTests package

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/slices" "$work/radassist" "$work/dcmtk"
for i in $(seq -w 1 "$slices"); do
  cp "$source_ct" "$work/slices/ct_$i.dcm"
done

now() { date +%s.%N; }

start=$(now)
java -jar target/radassist.jar render "$work/slices" --out-dir "$work/radassist" 2>"$work/radassist.log"
radassist_seconds=$(echo "$(now) - $start" | bc)

start=$(now)
for file in "$work"/slices/*.dcm; do
  dcmj2pnm --write-png +Wi 1 "$file" "$work/dcmtk/$(basename "$file" .dcm).png"
done
dcmtk_seconds=$(echo "$(now) - $start" | bc)

written=$(find "$work/radassist" -name '*.png' | wc -l)
[ "$written" -eq "$slices" ] || { echo "RadAssist wrote $written of $slices PNGs:" >&2; cat "$work/radassist.log" >&2; exit 1; }

printf 'slices: %s (copies of %s)\n' "$slices" "$source_ct"
printf 'radassist render DIR --out-dir: %.2f s (%.1f ms per slice)\n' "$radassist_seconds" \
  "$(echo "$radassist_seconds * 1000 / $slices" | bc -l)"
printf 'dcmj2pnm loop:                  %.2f s (%.1f ms per slice)\n' "$dcmtk_seconds" \
  "$(echo "$dcmtk_seconds * 1000 / $slices" | bc -l)"
printf 'ratio radassist / dcmj2pnm:     %.2f\n' "$(echo "$radassist_seconds / $dcmtk_seconds" | bc -l)"
