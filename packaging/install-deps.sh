#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test City2City Facilitator.
# Idempotent: does nothing (and needs no root) when everything is already installed.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkgconf
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-qpa-plugins
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    tzdata sqlite3 libsqlite3-dev fonts-dejavu-core
    libical-dev
    poppler-utils
    xvfb xauth
    clang libclang-rt-14-dev
    dpkg-dev file librsvg2-bin gzip man-db shared-mime-info
    desktop-file-utils appstream libxml2-utils lintian
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "error: run as root or install sudo to install ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
