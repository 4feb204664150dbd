#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Leadline with its tests and runs the whole suite
# against real servers on loopback: a PostgreSQL server (temporary cluster), a D-Bus session
# with an unlocked gnome-keyring, and whatever local servers the tests start themselves.
#   tests/run.sh [ctest arguments…]      e.g. tests/run.sh -R Contact
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${LEADLINE_BUILD_DIR:-$root/build}
cd "$root"

bash installer/deps.sh

export CCACHE_BASEDIR=$root
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEADLINE_WERROR=ON -DLEADLINE_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j "$(nproc)"

# A throw-away PostgreSQL cluster on a free loopback port; initdb refuses to run as root.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/leadline-pg.XXXXXX)
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
cleanup() {
  if [ -f "$pgdir/data/postmaster.pid" ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$pgdir"
}
trap cleanup EXIT
chown postgres "$pgdir"
runuser -u postgres -- "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir/data" -w -l "$pgdir/log" \
  -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
export LEADLINE_TEST_PG_URL="postgresql://postgres@127.0.0.1:$pgport/postgres"
export LEADLINE_REQUIRE_PG=1
# What the code under test keeps in the user's data folder (rejected rows of imports into a
# shared database, say) goes to this run's folder, not the home of whoever runs the tests.
export XDG_DATA_HOME="$pgdir/data-home"
mkdir -p "$XDG_DATA_HOME"

# ctest inside a D-Bus session with an unlocked keychain, so secrets tests use a real one.
status=0
dbus-run-session -- bash -c '
  echo -n leadline-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  cd "$0" && ctest --output-on-failure --timeout 900 -j 2 "${@}"
' "$build" "$@" || status=$?
exit $status
