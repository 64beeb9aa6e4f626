#!/bin/bash
# Retakes the screenshots of the user guide's main walk-through (docs/user-guide.md, sections 1-13)
# under Xvfb. The walk-through covers the start screen, the demo series, scrolling, a window drag
# and the lung preset, slice marking, an analysis with the demo endpoint, a line and an ellipse,
# the verdicts, kill -9, the reopened session and the PDF export.
# The other sections' screenshots (tag browser, templates, settings, themes, shortcuts, audit log,
# Chinese interface) were taken by hand.
#
# Usage: tools/guide-screenshots.sh [OUT_DIR [DISPLAY_NUMBER]]
#   OUT_DIR defaults to docs/images/guide, DISPLAY_NUMBER to 95 (an Xvfb is started if none runs).
# Needs: Xvfb, openbox, xdotool, ImageMagick (import, convert), poppler-utils (pdftoppm), dcmtk,
# and target/radassist.jar (mvn -q -o -DskipTests package).
#
# NOTE: the clicks use screen coordinates measured on a 1400 x 930 window with the default
# light theme and DejaVu fonts. Another font or a changed layout moves the buttons: check every
# image before committing it.
set -euo pipefail

display_number=${2:-95}
export DISPLAY=":$display_number"
export NO_GCE_CHECK=true
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/radassist-guide.XXXXXX)
raw=$work/raw
out=${1:-$repo/docs/images/guide}
mkdir -p "$raw" "$out"
pids=()

cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT

if ! xdpyinfo >/dev/null 2>&1; then
    Xvfb "$DISPLAY" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    pids+=($!)
    sleep 2
fi
openbox >/dev/null 2>&1 &
pids+=($!)
sleep 1

"$repo/tools/make-demo-series.sh" "$work/series" 24 >/dev/null
app_pid=

start_app() {
    java -Dprism.order=sw -Duser.language=en -Duser.country=US \
        -Dradassist.config.dir="$work/config" -Dradassist.data.dir="$work/data" \
        -jar "$repo/target/radassist.jar" "$@" >"$work/app.log" 2>&1 &
    app_pid=$!
    pids+=("$app_pid")
    local window=
    for _ in $(seq 1 60); do
        window=$(xdotool search --name '^RadAssist' 2>/dev/null | head -1 || true)
        [ -n "$window" ] && break
        sleep 0.5
    done
    if [ -z "$window" ]; then
        echo "$0: the RadAssist window did not appear; see $work/app.log" >&2
        exit 1
    fi
    sleep 2
    xdotool windowmove "$window" 0 0 windowsize "$window" 1400 930
    sleep 1.5
}

# Captures the top-left 1400 x 950 pixels. import shows combo-box lists and GTK dialogs, which
# convert x:root captures as black rectangles.
shot() {
    import -window root -crop 1400x950+0+0 +repage -strip "$raw/$1.png"
}

click() {
    xdotool mousemove "$1" "$2" click 1
    sleep "${3:-0.4}"
}

drag() {
    xdotool mousemove "$1" "$2" mousedown 1
    for i in 1 2 3 4 5 6 7 8; do
        xdotool mousemove $(($1 + ($3 - $1) * i / 8)) $(($2 + ($4 - $2) * i / 8))
        sleep 0.04
    done
    xdotool mouseup 1
    sleep 0.5
}

wheel() {
    xdotool mousemove "$1" "$2"
    for _ in $(seq 1 "$4"); do
        xdotool click "$3"
        sleep 0.08
    done
    sleep 0.8
}

# 1. Start screen with the recent folder: open the series once, then start without arguments.
start_app "$work/series"
xdotool key ctrl+q
wait "$app_pid" || true
start_app
shot 01-start-screen

# 2. The folder dialog, with the path typed after Ctrl+L.
xdotool key ctrl+shift+o
sleep 2.5
xdotool key ctrl+l
sleep 0.4
xdotool type --delay 20 "$work/series/"
xdotool mousemove 1500 980
sleep 1.5
shot 02-open-folder
xdotool key Escape
sleep 0.5
xdotool key Escape
kill "$app_pid"
wait "$app_pid" || true

# 3-7. The series, scrolling, a window drag, the window list and the lung preset.
start_app "$work/series"
shot 03-ct-series
wheel 380 600 5 11
shot 04-scroll
drag 380 500 260 560
shot 05-window-drag
click 244 82 2.5
shot 06-window-list
click 180 332 1.5
shot 07-window-lung

# 8. Marks on slices 12, 16 and 20 and the slice choice.
click 380 500
xdotool key m
for _ in 1 2 3 4; do xdotool key Down; sleep 0.1; done
xdotool key m
for _ in 1 2 3 4; do xdotool key Down; sleep 0.1; done
xdotool key m
click 240 122 1.5
shot 08-mark-slices
xdotool key Escape

# 9. History and Analyze on slice 1.
click 380 500
xdotool key Home
sleep 0.5
click 1070 135
xdotool type --delay 15 "65-year-old with cough and fever for five days."
# The demo endpoint streams its response: wait until the findings replace "Answer so far".
click 810 323 8
shot 09-analyze

# 10. A line and an ellipse.
click 939 872
drag 160 500 330 560
click 1005 872
drag 380 420 470 500
shot 10-annotate

# 11-12. Verdicts, a corrected finding, the overall note and the reviewer.
wheel 1100 600 5 10
click 803 651
click 803 713
click 884 777
click 957 840 1.5
click 1070 877
xdotool key ctrl+a
xdotool type --delay 10 "The heart is mildly enlarged; no pericardial effusion."
shot 11-grade-edit
wheel 1100 700 5 15
for y in 497 560 623 686; do click 803 "$y" 0.3; done
click 1070 772
xdotool type --delay 10 "Demo review. Cardiac size to be compared with prior studies."
click 1070 858
xdotool type --delay 10 "Dr. A. Reviewer"
sleep 1.5
shot 12-grade-done

# 13-14. kill -9 a second and a half after the last change, then reopen the same folder.
sleep 1.5
kill -9 "$app_pid"
wait "$app_pid" 2>/dev/null || true
start_app "$work/series"
sleep 1
shot 13-reopened
wheel 1360 600 5 25
shot 14-reopened-verdicts

# 15-16. Export the PDF and render its first page.
click 836 898 2.5
shot 15-export-dialog
xdotool key ctrl+a
xdotool type --delay 10 "$work/review.pdf"
xdotool key Return
sleep 3
pdftoppm -png -r 80 -f 1 -l 1 "$work/review.pdf" "$work/page"
cp "$work/page-1.png" "$raw/16-report-pdf.png"
kill "$app_pid"

# Scale to 1000 px wide and 256 colours, which keeps the guide's images at about 3 MB.
for file in "$raw"/*.png; do
    convert "$file" -resize '1000x>' +dither -colors 256 -define png:compression-level=9 -strip \
        "PNG8:$out/$(basename "$file")"
done
echo "wrote $(ls "$raw" | wc -l) screenshots to $out (raw captures in $raw)"
