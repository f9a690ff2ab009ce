#!/usr/bin/env bash
# Regenerates the PDF/DOCX fixtures of this directory from the real HTML reports in ../real/.
# Needs python3, LibreOffice (libreoffice-writer-nogui), poppler-utils (pdftoppm) and img2pdf.
#   pingtan_zonghe_shiyanqu_2023.{pdf,docx}  report body (div.TRS_Editor) of ../real/pingtan_zonghe_shiyanqu_2023.html
#   pingtan_zonghe_shiyanqu_2022.docx       same for the 2022 page (Word-exported MSO HTML, 2021 template)
#   pingtan_zonghe_shiyanqu_2023.doc        the 2023 body as legacy Word 97 (HWPF)
#   scanned_pingtan_2023.pdf                page 1 of the generated PDF rendered to a 50 dpi grey image and wrapped
#                                           as an image-only PDF (no text layer), for the OCR rejection
# The encrypted PDF is built by PdfReaderTest itself with PDFBox.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
real="$here/../real"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

body() { # $1 = source html, $2 = output html: keeps only the report body, as UTF-8
  python3 - "$1" "$2" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8", errors="replace").read()
start = re.search(r'<div[^>]*class="?TRS_Editor"?[^>]*>', html)
if not start:
    sys.exit("no TRS_Editor div in " + sys.argv[1])
depth, i = 1, start.end()
for m in re.finditer(r'<(/?)div\b', html[i:]):
    depth += -1 if m.group(1) else 1
    if depth == 0:
        end = i + m.start()
        break
content = html[start.end():end]
open(sys.argv[2], "w", encoding="utf-8").write(
    '<html><head><meta charset="utf-8"><style>table{border-collapse:collapse}'
    'td,th{border:1px solid #000}</style></head><body>' + content + '</body></html>')
PY
}

for year in 2023 2022; do
  body "$real/pingtan_zonghe_shiyanqu_$year.html" "$work/pingtan_zonghe_shiyanqu_$year.html"
done
(cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export pingtan_zonghe_shiyanqu_2023.html >/dev/null)
for year in 2023 2022; do
  (cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" pingtan_zonghe_shiyanqu_$year.html >/dev/null)
done
(cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to "doc:MS Word 97" pingtan_zonghe_shiyanqu_2023.html >/dev/null)
cp "$work/pingtan_zonghe_shiyanqu_2023.pdf" "$work"/pingtan_zonghe_shiyanqu_202[23].docx "$work/pingtan_zonghe_shiyanqu_2023.doc" "$here/"

pdftoppm -r 50 -gray -png -f 1 -l 1 "$here/pingtan_zonghe_shiyanqu_2023.pdf" "$work/scan"
img2pdf "$work"/scan-*.png -o "$here/scanned_pingtan_2023.pdf"
ls -la "$here"
