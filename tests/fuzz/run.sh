#!/usr/bin/env bash
# Builds the reader fuzz targets with clang (libFuzzer + ASan + UBSan) and runs each one briefly,
# seeded with the import fixtures. Fails on the first crash, leak, timeout or sanitizer report;
# the input that caused it is kept as <build-dir>/crash-<target>-*.
#   tests/fuzz/run.sh [build-dir] [seconds-per-target]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-fuzz}
seconds=${2:-15}
fixtures=$root/tests/data/import

export CCACHE_BASEDIR=$root
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=None >/dev/null
cmake --build "$build" -j 2

work=$(mktemp -d /tmp/leadline-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/csv" "$work/xlsx_sheet" "$work/xlsx_zip"
cp "$fixtures"/*.csv "$fixtures"/*.tsv "$work/csv/"
cp "$fixtures"/*.xlsx "$work/xlsx_zip/"
# The sheet parser's seeds: every worksheet XML inside the fixture workbooks.
python3 - "$work/xlsx_sheet" "$fixtures"/*.xlsx <<'PY'
import os, sys, zipfile
out = sys.argv[1]
for path in sys.argv[2:]:
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                target = os.path.basename(path) + "-" + os.path.basename(name)
                with open(os.path.join(out, target), "wb") as f:
                    f.write(z.read(name))
PY

status=0
for target in csv xlsx_sheet xlsx_zip; do
  log=$work/$target.log
  if "$build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -print_final_stats=1 -artifact_prefix="$build/crash-$target-" "$work/$target" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 || true)
    echo "fuzz_$target: ok, $runs runs in ${seconds}s, $cov"
  else
    echo "fuzz_$target: FAILED"
    tail -n 60 "$log"
    status=1
  fi
done
exit $status
