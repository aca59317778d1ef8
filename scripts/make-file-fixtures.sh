#!/bin/sh
# Regenerates tests/fixtures/files/: real files from other programs, made from the example workbook
# that `gsz template --example` writes (ExcelJS). The recipe, not run in CI (needs LibreOffice and
# python3 with openpyxl). Run from the repository root after `node scripts/build-cli.mjs`.
set -eu
out=tests/fixtures/files
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

node bin/gsz.cjs template "$work/example.xlsx" --example >/dev/null
cp "$work/example.xlsx" "$out/example.xlsx"

# LibreOffice Calc, as a person would open the file and save it in each format.
for format in xlsx xls ods; do
  mkdir -p "$work/$format"
  soffice --headless --norestore --convert-to "$format" --outdir "$work/$format" "$work/example.xlsx" >/dev/null 2>&1
  cp "$work/$format/example.$format" "$out/libreoffice.$format"
done

# One cell of every kind (ExcelJS), and as LibreOffice saves it in each format.
node scripts/make-file-fixtures.mjs "$work/cells.xlsx"
cp "$work/cells.xlsx" "$out/cells.xlsx"
for format in xlsx xls ods; do
  mkdir -p "$work/cells-$format"
  soffice --headless --norestore --convert-to "$format" --outdir "$work/cells-$format" "$work/cells.xlsx" >/dev/null 2>&1
  cp "$work/cells-$format/cells.$format" "$out/libreoffice-cells.$format"
done

# openpyxl: the example loaded and saved, and a formula never calculated.
python3 scripts/make-file-fixtures.py "$work/example.xlsx" "$out"

# A CSV export of the first sheet (text, not a workbook), under a workbook's name.
mkdir -p "$work/csv"
soffice --headless --norestore --convert-to csv --outdir "$work/csv" "$work/example.xlsx" >/dev/null 2>&1
cp "$work/csv/example.csv" "$out/csv-named.xlsx"

# A download cut short: the first half of the example.
size=$(wc -c <"$work/example.xlsx")
head -c $((size / 2)) "$work/example.xlsx" >"$out/truncated.xlsx"

# A picture under a workbook's name (a 1×1 PNG).
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001\000\000\000\001\010\006\000\000\000\037\025\304\211\000\000\000\rIDATx\234c\370\017\000\000\001\001\000\005\030\330N\000\000\000\000IEND\256B`\202' >"$out/picture.xlsx"

# An .xls saved with a password (LibreOffice, through a Basic macro in a throw-away profile: the
# command line cannot pass a password). LibreOffice 7.4 saves .xlsx without encryption this way, so
# the encrypted .xlsx case (an OLE file with EncryptionInfo) is built in the test instead.
profile="$work/profile"
soffice -env:UserInstallation="file://$profile" --headless --norestore --convert-to csv --outdir "$work/csv" "$work/example.xlsx" >/dev/null 2>&1
cat >"$profile/user/basic/Standard/Module1.xba" <<'XBA'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Encrypt(src As String, dst As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, args())
  Dim props(1) As New com.sun.star.beans.PropertyValue
  props(0).Name = &quot;FilterName&quot;
  props(0).Value = &quot;MS Excel 97&quot;
  props(1).Name = &quot;Password&quot;
  props(1).Value = &quot;1&quot;
  doc.storeToURL(ConvertToURL(dst), props())
  doc.close(True)
End Sub
</script:module>
XBA
soffice -env:UserInstallation="file://$profile" --headless --norestore \
  "macro:///Standard.Module1.Encrypt(\"$work/example.xlsx\",\"$work/password.xls\")" >/dev/null 2>&1
cp "$work/password.xls" "$out/password.xls"
ls -l "$out"
