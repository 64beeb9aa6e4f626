#!/bin/sh
# Writes dcmdump-expected.tsv: header values of corpus files as dcmdump (dcmtk 3.6.7) prints them.
# Run from src/test/resources: sh dicom/dcmdump-expected.sh > dicom/dcmdump-expected.tsv
# A raw data set has no (0002,0010), so the transfer syntax column then contains dcmdump's
# "Used TransferSyntax" line for the data set.
TAGS="0002,0010 0008,0060 0028,0010 0028,0011 0028,0100 0028,0101 0028,0103 0028,0004 0028,1052 0028,1053 0028,1050 0028,1051 0028,0008"
FILES="codecs/ct_s16_evrle.dcm codecs/ct_s16_evrbe.dcm codecs/ct_s16_ivrle.dcm codecs/ct_s16_deflate.dcm
codecs/sc_rgb8_jpbase_dcmtk.dcm real/dicom/ct1_ivrle_ri1024_nowin.dcm real/dicom/ct_evrle_win40_300_spaced_ri.dcm
real/dicom/ct_j2k_lossless_3win_pr_mismatch.dcm real/dicom/ct_jpegll_sv1_2win_bs12.dcm real/dicom/mr_small_evrbe.dcm
real/dicom/cr_chest_mono1_acrnema_nometa.dcm real/dicom/mr_acrnema_ba12_nometa.dcm real/dicom/us_jpeg_ybr422_30frames.dcm
real/dicom/ot_deflated_8bit.dcm real/dicom/nm_jpeg_extended_12bit.dcm cases/L05_ct_multi_window.dcm
cases/L08_no_preamble_implicit.dcm"
echo "# produced by: sh dicom/dcmdump-expected.sh (dcmdump -q -Un +P TAG for each tag; values between [] or after the VR; empty when absent)"
printf 'file'
for t in $TAGS; do printf '\t%s' "$t"; done
printf '\n'
for f in $FILES; do
  printf '%s' "$f"
  for t in $TAGS; do
    v=$(dcmdump -q -Un +P "$t" "testdata/$f" 2>/dev/null | head -1 | sed -E 's/^\([0-9a-fA-F,]+\) [A-Z][A-Z] //; s/ +#.*$//; s/^\[//; s/\]$//')
    if [ "$t" = "0002,0010" ] && [ -z "$v" ]; then
      v=$(dcmdump "testdata/$f" 2>/dev/null | grep -A1 '^# Dicom-Data-Set' | sed -n 's/^# Used TransferSyntax: //p')
    fi
    case "$v" in "(no value available)") v="";; esac
    printf '\t%s' "$v"
  done
  printf '\n'
done
