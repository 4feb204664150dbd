#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Leadline and launches the desktop app on the
# embedded SQLite database (created with demo data on first start).
#   installer/run.sh [leadline arguments…]     e.g. installer/run.sh --db postgresql://…
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${LEADLINE_BUILD_DIR:-$root/build}
cd "$root"

bash installer/deps.sh
export CCACHE_BASEDIR=$root
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target leadline leadlinectl -j "$(nproc)"
exec "$build/bin/leadline" "$@"
