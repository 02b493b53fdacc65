#!/usr/bin/env bash
# Installs the Debian packages entente needs to build and test, if missing.
set -euo pipefail
packages=(build-essential cmake pkg-config libsqlite3-dev sqlite3 libxapian-dev xapian-tools libcli11-dev catch2
  libpoppler-cpp-dev nlohmann-json3-dev libfmt-dev libicu-dev nettle-dev libpcre2-dev zlib1g-dev python3
  clang libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Run as root or install sudo: packages missing: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
