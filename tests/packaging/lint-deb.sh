#!/usr/bin/env bash
# lintian on the .deb that build-deb.sh made: no errors (warnings and notes are printed).
#   lint-deb.sh DEB_DIR
set -uo pipefail
command -v lintian >/dev/null || { echo "SKIPPED: lintian not found (bash packaging/install-deps.sh)"; exit 77; }
debs=("$1"/*.deb)
[[ -f ${debs[0]} ]] || { echo "no .deb in $1 (the package_deb fixture failed)"; exit 1; }
output=$(lintian --fail-on error --display-info --tag-display-limit 0 "${debs[0]}" 2>&1)
status=$?
# Run as root, lintian says it should not be; that is about this machine, not the package.
grep -v 'running with root privileges is not recommended' <<<"$output"
if ((status != 0)) || grep -q '^E: ' <<<"$output"; then
    echo "lintian reports errors (exit status $status)"
    exit 1
fi
echo "lintian: no errors in ${debs[0]##*/}"
