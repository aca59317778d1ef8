"""openpyxl part of scripts/make-file-fixtures.sh: a workbook as openpyxl saves it (it rewrites every
part: absolute relationship targets, inline strings, no cached formula values) and one workbook with
a formula openpyxl never calculated.

    python3 scripts/make-file-fixtures.py <example.xlsx> <out-dir>
"""
import sys

import openpyxl

source, out = sys.argv[1], sys.argv[2]

book = openpyxl.load_workbook(source)
book.save(f"{out}/openpyxl.xlsx")

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Оценки"
sheet["A1"] = "Баллы"
sheet["A2"] = 7
sheet["A3"] = 8
sheet["B3"] = "=SUM(A2:A3)"
book.save(f"{out}/openpyxl-uncalculated.xlsx")
