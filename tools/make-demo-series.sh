#!/bin/sh
# Builds an N-slice demo CT series (default 24) from the bundled chest CT slice, for trying the
# viewer's slice navigation and multi-slice marking. Every slice shows the same anatomy: only the
# SOPInstanceUID, InstanceNumber, ImagePositionPatient z and SliceLocation differ, 5 mm apart
# (the sample's SliceThickness). StudyInstanceUID and SeriesInstanceUID stay the sample's.
# Needs dcmtk's dcmodify. Usage: tools/make-demo-series.sh OUT_DIR [N]
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 OUT_DIR [N]" >&2
    exit 2
fi
out=$1
count=${2:-24}
case $count in
    ''|*[!0-9]*) echo "$0: N must be a positive whole number, got '$count'" >&2; exit 2 ;;
esac
if [ "$count" -lt 1 ]; then
    echo "$0: N must be at least 1, got $count" >&2
    exit 2
fi
if ! command -v dcmodify >/dev/null 2>&1; then
    echo "$0: dcmodify not found; install dcmtk (Debian: apt-get install dcmtk)" >&2
    exit 3
fi

source_file=$(dirname "$0")/../assets/samples/chest-ct-nema-ct1.dcm
if [ ! -f "$source_file" ]; then
    echo "$0: sample not found: $source_file" >&2
    exit 3
fi
mkdir -p "$out"

# The sample's first slice: ImagePositionPatient -158.135803\-179.035797\-75.699997,
# SliceLocation -77.2040634155. Slices go up in z by the slice thickness.
spacing=5
i=1
while [ "$i" -le "$count" ]; do
    file=$(printf '%s/slice-%03d.dcm' "$out" "$i")
    cp "$source_file" "$file"
    z=$(awk -v i="$i" -v s="$spacing" 'BEGIN { printf "%.6f", -75.699997 + (i - 1) * s }')
    location=$(awk -v i="$i" -v s="$spacing" 'BEGIN { printf "%.6f", -77.2040634155 + (i - 1) * s }')
    dcmodify -nb -gin \
        -m "(0020,0013)=$i" \
        -m "(0020,0032)=-158.135803\\-179.035797\\$z" \
        -m "(0020,1041)=$location" \
        "$file" >/dev/null
    i=$((i + 1))
done
echo "wrote $count slices to $out"
