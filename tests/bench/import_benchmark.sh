#!/usr/bin/env bash
# Import and export at a million rows, measured in one run against sqlite3's own .import of
# the same files into a plain table.
#   tests/bench/import_benchmark.sh [BUILD_DIR] [ROWS]
# Needs leadlinectl built (cmake --build BUILD_DIR --target leadlinectl). The source contacts
# come from the demo generator (reused from /tmp/leadline-bench-ROWS.sqlite when present).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
rows=${2:-1000000}
ctl="$build/bin/leadlinectl"
work=$(mktemp -d /tmp/leadline-importbench.XXXXXX)
trap 'rm -rf "$work"' EXIT
source_db=${LEADLINE_BENCH_DB:-/tmp/leadline-bench-$rows.sqlite}
fields=first_name,last_name,email,phone,company_name,title,city,country,lifecycle_stage,tags

measure() { # label, command…: prints "label seconds peak_MB" and keeps the command's stdout in $work/out
  local label=$1; shift
  sync # each run starts with the previous steps' files on disk, not still being written back
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out"
  read -r seconds kb <"$work/time"
  printf '%s %s %s\n' "$label" "$seconds" "$((kb / 1024))" | tee -a "$work/results"
}

if [ ! -f "$source_db" ]; then
  echo "Generating $rows demo contacts into $source_db …"
  "$ctl" --db "$source_db" demo --contacts "$rows" --json >/dev/null
fi

echo "Exporting the source contacts ($fields) …"
measure export_csv "$ctl" --db "$source_db" export "$work/export.csv" --fields "$fields" --no-bom --json
measure export_xlsx "$ctl" --db "$source_db" export "$work/people.xlsx" --fields "$fields" --json

# Benchmark inputs: phones in the national format for German numbers (the default region
# below), in spaced international format for the others, so every number needs a real
# parse; and the same file with the phone column empty.
/usr/bin/python3 - "$work" <<'PY'
import csv, re, sys
work = sys.argv[1]
with open(f"{work}/export.csv", newline="", encoding="utf-8") as src, \
     open(f"{work}/phones.csv", "w", newline="", encoding="utf-8") as phones, \
     open(f"{work}/nophones.csv", "w", newline="", encoding="utf-8") as nophones:
    reader = csv.reader(src)
    a, b = csv.writer(phones), csv.writer(nophones)
    header = next(reader)
    a.writerow(header); b.writerow(header)
    p = header.index("phone")
    for row in reader:
        number = row[p].lstrip("'")
        if number.startswith("+49"):
            national = "0" + number[3:]
            number = national[:4] + " " + national[4:]
        elif number.startswith("+"):
            number = number[:3] + " " + " ".join(re.findall(r".{1,3}", number[3:]))
        row[p] = number
        a.writerow(row)
        row[p] = ""
        b.writerow(row)
PY

for kind in nophones phones; do
  measure "sqlite3_import_$kind" sqlite3 "$work/plain_$kind.db" ".mode csv" ".import $work/$kind.csv people"
  "$ctl" --db "$work/leadline_$kind.sqlite" init >/dev/null
  measure "leadline_import_$kind" "$ctl" --db "$work/leadline_$kind.sqlite" import "$work/$kind.csv" \
    --default-region DE --json
  cp "$work/out" "$work/summary_$kind.json"
done
# Importing the phones file again over the first import: every row updates a stored contact
# (the phone is new), then that batch is reverted.
measure leadline_reimport_overwrite "$ctl" --db "$work/leadline_nophones.sqlite" import "$work/phones.csv" \
  --default-region DE --on-duplicate overwrite --json
batch=$(/usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["batch_id"])' "$work/out")
measure leadline_revert_overwrite "$ctl" --db "$work/leadline_nophones.sqlite" import revert "$batch" --json
"$ctl" --db "$work/leadline_xlsx.sqlite" init >/dev/null
measure leadline_import_xlsx "$ctl" --db "$work/leadline_xlsx.sqlite" import "$work/people.xlsx" --default-region DE --json
cp "$work/out" "$work/summary_xlsx.json"

/usr/bin/python3 - "$work" "$rows" <<'PY'
import json, sys
work, rows = sys.argv[1], int(sys.argv[2])
r = {}
for line in open(f"{work}/results"):
    label, seconds, mb = line.split()
    r[label] = (float(seconds), int(mb))
def summary(kind):
    return json.load(open(f"{work}/summary_{kind}.json"))
print()
print(f"Import/export benchmark, {rows:,} rows, 10 columns")
print(f"{'':34}{'seconds':>9}{'peak MB':>9}{'rows/s':>11}")
for label, (s, mb) in r.items():
    print(f"{label:34}{s:9.2f}{mb:9d}{rows / s:11,.0f}")
for kind, target in (("nophones", 2), ("phones", 6)):
    ours, theirs = r[f"leadline_import_{kind}"][0], r[f"sqlite3_import_{kind}"][0]
    s = summary(kind)
    print(f"{kind:9}: leadline {ours:.2f} s vs sqlite3 .import {theirs:.2f} s = {ours / theirs:.1f}x "
          f"(target <= {target}x); created {s['created']:,}, rejected {s['rejected']:,}, "
          f"phone CPU {s['phone_cpu_ms'] / 1000:.2f} s")
ph, nph = r["leadline_import_phones"][0], r["leadline_import_nophones"][0]
print(f"phone share of the import: {ph - nph:.2f} s wall ({(ph - nph) / ph:.0%})")
x = summary("xlsx")
print(f"xlsx import: {r['leadline_import_xlsx'][0]:.2f} s, created {x['created']:,}, rejected {x['rejected']:,}")
PY
