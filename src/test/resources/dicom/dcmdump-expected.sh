#!/bin/sh
# Writes dcmdump-expected.tsv: header values of corpus files as dcmdump (dcmtk 3.6.7) prints them,
# for every file of real/dicom and codecs/ and two cases/ files. The dicom and cli tests compare
# RadAssist's reader and its `info --format json` output with this table; they never run dcmdump.
# Run from src/test/resources: sh dicom/dcmdump-expected.sh > dicom/dcmdump-expected.tsv
# A raw data set has no (0002,0010), so the transfer syntax column then contains dcmdump's
# "Used TransferSyntax" line for the data set. Column "pixel_data" is 1 when (7FE0,0010) is
# present, and "dcmdump_status" is dcmdump's exit status (non-zero for an unreadable file).
TAGS="0002,0010 0008,0060 0028,0010 0028,0011 0028,0100 0028,0101 0028,0103 0028,0004 0028,1052 0028,1053 0028,1050 0028,1051 0028,0008 0028,0002"
FILES="$(cd testdata && ls real/dicom/* codecs/*.dcm) cases/L05_ct_multi_window.dcm cases/L08_no_preamble_implicit.dcm"
echo "# produced by: sh dicom/dcmdump-expected.sh (top-level elements of dcmdump -q -Un; values between [] or after the VR; empty when absent)"
printf 'file'
for t in $TAGS; do printf '\t%s' "$t"; done
printf '\tpixel_data\tdcmdump_status\n'
for f in $FILES; do
  printf '%s' "$f"
  # The full dump indents elements nested in sequences, so "^(tag)" matches top-level ones only.
  dump=$(dcmdump -q -Un "testdata/$f" 2>/dev/null)
  for t in $TAGS; do
    v=$(printf '%s\n' "$dump" | grep "^($t)" | head -1 | sed -E 's/^\([0-9a-fA-F,]+\) [A-Z][A-Z] //; s/ +#.*$//; s/^\[//; s/\]$//')
    if [ "$t" = "0002,0010" ] && [ -z "$v" ]; then
      v=$(dcmdump "testdata/$f" 2>/dev/null | grep -A1 '^# Dicom-Data-Set' | sed -n 's/^# Used TransferSyntax: //p')
    fi
    case "$v" in "(no value available)") v="";; esac
    printf '\t%s' "$v"
  done
  pixels=0
  printf '%s\n' "$dump" | grep -q '^(7fe0,0010)' && pixels=1
  dcmdump -q "testdata/$f" >/dev/null 2>&1 && status=0 || status=$?
  printf '\t%s\t%s\n' "$pixels" "$status"
done
