#!/usr/bin/python3
"""Regenerates the import fixtures in this folder.

Run with Debian's interpreter (it has python3-openpyxl):  /usr/bin/python3 make_fixtures.py
The CSV files are written byte by byte here; the .xlsx files come from openpyxl, some rewritten
afterwards to look like other producers (inline strings, no r attributes), and one
from LibreOffice (soffice --headless --convert-to xlsx) when it is installed.
"""
import datetime
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# --- CSV ------------------------------------------------------------------------------------

PEOPLE = [
    ["First name", "Last name", "Email", "City"],
    ["Jürgen", "Müller", "juergen@example.com", "Köln"],
    ["Zoë", "Ćwik", "zoe@example.org", "Łódź"],
    ["Ana", "Núñez", "ana@example.net", "São Paulo"],
]


def lines(rows, sep=",", end="\n"):
    return end.join(sep.join(r) for r in rows) + end


write("utf8.csv", lines(PEOPLE).encode("utf-8"))
write("utf8_bom.csv", b"\xef\xbb\xbf" + lines(PEOPLE, end="\r\n").encode("utf-8"))
write("utf16le_bom.csv", b"\xff\xfe" + lines(PEOPLE, sep="\t", end="\r\n").encode("utf-16-le"))
write("utf16be_bom.csv", b"\xfe\xff" + lines(PEOPLE, sep="\t", end="\r\n").encode("utf-16-be"))
write("windows1252.csv", lines([
    ["Name", "Betrag", "Stadt"],
    ["Jürgen Müller", "12,50 €", "Köln"],
    ["Françoise Øster", "€ 3", "Zürich"],
    ["Dan „Quote“ Smith", "–", "Straße"],
], sep=";", end="\r\n").encode("cp1252"))
write("semicolon.csv", lines([
    ["Name", "Company", "Revenue"],
    ["Ada", "Acme, Inc.", "1.234,56"],
    ["Bob", "Globex", "99"],
], sep=";").encode("utf-8"))
write("tab.tsv", lines([["Name", "Email", "Note"], ["Ada", "ada@example.com", "likes, commas"],
                        ["Bob", "bob@example.com", "semi; colon"]], sep="\t").encode("utf-8"))
write("pipe.csv", lines([["Name", "Email", "Phone"], ["Ada", "ada@example.com", "+49 30 1234567"],
                         ["Bob", "bob@example.com", "+1 (555) 010-9999"]], sep="|").encode("utf-8"))
# Quoted delimiters, doubled quotes, LF and CRLF inside quotes, an empty quoted field, CRLF rows.
write("quoted.csv", (
    'Name,Note,Email\r\n'
    '"Smith, John","He said ""hi""",john@example.com\r\n'
    '"Multi\nLine","two\r\nlines",""\r\n'
    'Plain,"",plain@example.com\r\n'
    '"Trailing","quote ""at end""",end@example.com'
).encode("utf-8"))
write("cr_lines.csv", "Name,City\rAda,London\r\"Bob\rBuilder\",Paris\r".encode("utf-8"))
write("ragged.csv", (
    "Name,Email,City\n"
    "Ada,ada@example.com,London\n"
    "Bob,bob@example.com,Paris,Extra\n"
    "Cy,cy@example.com,Rome\n"
    "Di,di@example.com\n"
    "Ed,ed@example.com,Oslo\n"
).encode("utf-8"))
write("unterminated.csv", (
    "Name,Note\n"
    "Ada,fine\n"
    'Bob,"never closed\n'
    "Cy,still inside\n"
).encode("utf-8"))
write("no_header.csv", (
    "Ada,Lovelace,ada@example.com,1815-12-10\n"
    "Alan,Turing,alan@example.com,1912-06-23\n"
).encode("utf-8"))
write("blank_lines.csv", "Name,City\n\nAda,London\n,\n\r\nBob,Paris\n\n".encode("utf-8"))
# A title and a note above the header, as exported reports have them; Excel pads a saved
# sheet's rows to its width with empty cells.
write("titled.csv", (
    "Contacts export\n"
    "Exported 2024-01-31 by Ada\n"
    "\n"
    "Name,Email,City\n"
    "Ada,ada@example.com,London\n"
    "Bob,bob@example.com,Paris\n"
).encode("utf-8"))
write("titled_padded.csv", (
    "Customer list,,\r\n"
    ",,\r\n"
    "Name,Email,City\r\n"
    "Ada,ada@example.com,London\r\n"
).encode("utf-8"))


# --- XLSX -----------------------------------------------------------------------------------

def save(wb, name):
    path = os.path.join(HERE, name)
    wb.save(path)
    return path


def rewrite_zip(path, transform):
    """Rewrites the entries of an .xlsx through transform(name, bytes) -> bytes or None (drop)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = transform(info.filename, src.read(info.filename))
            if data is not None:
                dst.writestr(info.filename, data)
    os.replace(tmp, path)


SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
INLINE_CELL = re.compile(r'<c([^>]*?) t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>', re.S)


def to_shared_strings(path, rich_items=None):
    """openpyxl writes inline strings; Excel writes a shared-strings table. Rewrites the former into
    the latter (one table for all sheets), replacing the <si> of any text in rich_items by raw XML."""
    rich_items = rich_items or {}
    table, index = [], {}

    def shared(m):
        text = m.group(2)
        if text not in index:
            index[text] = len(table)
            table.append(text)
        return '<c%s t="s"><v>%d</v></c>' % (m.group(1), index[text])

    with zipfile.ZipFile(path) as z:
        sheets = {n: INLINE_CELL.sub(shared, z.read(n).decode("utf-8"))
                  for n in z.namelist() if n.startswith("xl/worksheets/sheet")}
    items = "".join(rich_items.get(t, '<si><t xml:space="preserve">%s</t></si>' % t) for t in table)
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (len(table), len(table), items))

    def transform(name, data):
        if name in sheets:
            return sheets[name].encode("utf-8")
        if name == "[Content_Types].xml":
            return data.replace(b"</Types>", ('<Override PartName="/xl/sharedStrings.xml" ContentType="%s"/></Types>'
                                              % SST_TYPE).encode())
        if name == "xl/_rels/workbook.xml.rels":
            return data.replace(b"</Relationships>", ('<Relationship Id="rIdSst" Type="%s" Target="sharedStrings.xml"/>'
                                                      '</Relationships>' % SST_REL).encode())
        return data

    rewrite_zip(path, transform)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/sharedStrings.xml", sst)


# Excel-like: shared strings, numbers, booleans, a rich-text and an escaped shared string.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Contacts"
ws.append(["Name", "Email", "Age", "Score", "Phone", "Active", "Note"])
ws.append(["Ada Lovelace", "ada@example.com", 36, 0.1, 4915112345678, True, "RICH_PLACEHOLDER"])
ws.append(["Alan Turing", "alan@example.com", 41, 1234.5678, 4930123456, False, "ESCAPE_PLACEHOLDER"])
ws.append(["Grace Hopper", "grace@example.com", 85.0, -2.5e-7, None, True, "ünïcödé ✓"])
path = save(wb, "shared_strings.xlsx")


to_shared_strings(path, {
    "RICH_PLACEHOLDER": '<si><r><rPr><b/></rPr><t xml:space="preserve">Bold </t></r><r><t>and plain</t></r>'
                        '<rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>',
    "ESCAPE_PLACEHOLDER": "<si><t>Line_x000D_ break _x005F_x0041_</t></si>",
})

# Dates in many formats, a number that only looks date-ish, times, date-times.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Dates"
ws.append(["Label", "Value"])
formats = [
    ("iso", datetime.date(2024, 1, 31), "yyyy-mm-dd"),
    ("german", datetime.date(2024, 2, 29), "dd.mm.yyyy"),
    ("builtin14", datetime.date(2023, 12, 24), "mm-dd-yy"),
    ("us_text_month", datetime.date(1999, 7, 4), "[$-409]mmmm d, yyyy;@"),
    ("datetime", datetime.datetime(2024, 3, 1, 14, 30, 5), "yyyy-mm-dd hh:mm:ss"),
    ("time", datetime.time(8, 15), "hh:mm"),
    ("elapsed", datetime.timedelta(hours=26, minutes=3), "[h]:mm:ss"),
    ("old", datetime.date(1900, 2, 28), "yyyy-mm-dd"),
    ("quoted_days", 42, '#,##0 "days"'),
    ("decimal", 3.25, "0.00"),
    ("percent", 0.25, "0%"),
]
for label, value, fmt in formats:
    ws.append([label, value])
    ws.cell(row=ws.max_row, column=2).number_format = fmt
to_shared_strings(save(wb, "dates.xlsx"))

# The same dates in a 1904-based workbook (old Excel for Mac).
wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "Mac"
ws.append(["Label", "Value"])
ws.append(["date", datetime.date(2024, 1, 31)])
ws.cell(row=2, column=2).number_format = "yyyy-mm-dd"
ws.append(["datetime", datetime.datetime(2001, 9, 9, 1, 46, 40)])
ws.cell(row=3, column=2).number_format = "yyyy-mm-dd hh:mm:ss"
to_shared_strings(save(wb, "date1904.xlsx"))

# Numbers shown with leading zeros, as postal codes in Excel's "Zip Code" formats are.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Zip"
ws.append(["Email", "Zip", "Zip plus 4", "Plain", "Padded decimal"])
ws.append(["a@example.com", 1234, 501, 1234, 12.5])
for column, fmt in (("B", "00000"), ("C", "[<=99999]00000;00000-0000"), ("E", "00000")):
    ws[column + "2"].number_format = fmt
to_shared_strings(save(wb, "zero_padded.xlsx"))

# Sparse rows: gaps between cells and whole missing rows.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Sparse"
ws["A1"], ws["B1"], ws["C1"], ws["D1"], ws["E1"] = "A", "B", "C", "D", "E"
ws["A2"], ws["C2"], ws["E2"] = "a2", "c2", "e2"
ws["B3"] = "b3"
ws["D6"] = 6
ws["A8"], ws["E8"] = "a8", "e8"
to_shared_strings(save(wb, "sparse.xlsx"))

# Several sheets, the first one hidden.
wb = openpyxl.Workbook()
hidden = wb.active
hidden.title = "Lookup"
hidden.append(["secret"])
hidden.sheet_state = "hidden"
summary = wb.create_sheet("Summary")
summary.append(["Total", 2])
contacts = wb.create_sheet("Contacts")
contacts.append(["Name", "Email"])
contacts.append(["Ada", "ada@example.com"])
contacts.append(["Bob", "bob@example.com"])
to_shared_strings(save(wb, "multi_sheet.xlsx"))

# A report sheet: a merged title, the date it was made, an empty row, then the table.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Report"
ws["A1"] = "Trade fair leads"
ws.merge_cells("A1:C1")
ws["A2"] = "Exported"
ws["B2"] = datetime.date(2024, 1, 31)
ws.append([])
ws.append(["Name", "Email", "City"])
ws.append(["Ada", "ada@example.com", "London"])
ws.append(["Bob", "bob@example.com", "Paris"])
save(wb, "titled.xlsx")

# Written without cell references, as streaming writers do: inline strings only (no
# sharedStrings part), no r attributes on cells, so each cell is the one after the last and an
# empty cell within a row is written as <c/>; a formula with its cached text (t="str") and an
# error value (t="e").
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Name", "Email", "Count", "Greeting", "Ratio"])
ws.append(["Ada", "ada@example.com", 3, "FORMULA_PLACEHOLDER", "ERROR_PLACEHOLDER"])
ws.append(["Bob", None, 4, None, None])
path = save(wb, "no_references.xlsx")


def column_number(reference):
    number = 0
    for letter in re.match(r"[A-Z]+", reference).group(0):
        number = number * 26 + ord(letter) - 64
    return number


def without_references(name, data):
    if not name.startswith("xl/worksheets/sheet"):
        return data
    text = data.decode("utf-8")
    text = text.replace('t="inlineStr"><is><t>FORMULA_PLACEHOLDER</t></is>',
                        't="str"><f>CONCATENATE("Hi ",A2)</f><v>Hi Ada</v>')
    text = text.replace('t="inlineStr"><is><t>ERROR_PLACEHOLDER</t></is>', 't="e"><f>C2/0</f><v>#DIV/0!</v>')

    def row(match):
        cells, out, expected = re.findall(r"<c\b.*?(?:/>|</c>)", match.group(2)), [], 1
        for cell in cells:
            number = column_number(re.search(r' r="([A-Z]+)\d+"', cell).group(1))
            out += ["<c/>"] * (number - expected)
            expected = number + 1
            out.append(re.sub(r' r="[A-Z]+\d+"', "", cell, count=1))
        return match.group(1) + "".join(out) + "</row>"

    text = re.sub(r"(<row\b[^>]*>)(.*?)</row>", row, text)
    return text.encode("utf-8")


rewrite_zip(path, without_references)

# LibreOffice style: a CSV converted by LibreOffice itself.
soffice = shutil.which("soffice") or shutil.which("libreoffice")
if soffice:
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "libreoffice.csv")
        with open(src, "w", encoding="utf-8") as f:
            f.write("Name,Email,Joined,Visits,Active\n"
                    "Ada,ada@example.com,2024-01-31,12,TRUE\n"
                    "Bob,bob@example.com,2023-12-24,0,FALSE\n"
                    "Zoë,zoe@example.org,1999-07-04,3.5,TRUE\n")
        subprocess.run([soffice, "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copy(os.path.join(tmp, "libreoffice.xlsx"), os.path.join(HERE, "libreoffice.xlsx"))
else:
    print("soffice not found: libreoffice.xlsx left as it is")
