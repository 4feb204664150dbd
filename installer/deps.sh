#!/usr/bin/env bash
# The single list of packages Leadline needs to build, run and test on Debian 12.
# Idempotent: when everything is present it returns in well under a second.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build ccache g++ pkg-config clang-14 libclang-rt-14-dev
  # Qt 6
  qt6-base-dev qt6-charts-dev qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  # libraries
  libsqlite3-dev libpq-dev libphonenumber-dev libquazip1-qt6-dev libxlsxwriter-dev
  libssl-dev libboost-math-dev libkainjow-mustache-dev libcpp-httplib-dev libpcre2-dev
  libicu-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev postgresql sqlite3 python3-openpyxl time
  xvfb xauth dbus-x11 gnome-keyring
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}"
# The PostgreSQL package starts a cluster daemon; tests run their own server.
if command -v pg_ctlcluster >/dev/null 2>&1; then
  $SUDO pg_ctlcluster --skip-systemctl-redirect 15 main stop >/dev/null 2>&1 || true
fi
