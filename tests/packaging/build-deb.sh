#!/usr/bin/env bash
# ctest fixture: packs the already built project as a .deb into OUT_DIR (emptied first) with
# cpack, as a user would from the build folder. Builds nothing: cpack only installs what the
# build made into its staging folder under OUT_DIR.
#   build-deb.sh CPACK BUILD_DIR OUT_DIR
set -euo pipefail
cpack=$1 build=$2 out=$3
for tool in dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { echo "SKIPPED: $tool not found (bash packaging/install-deps.sh)"; exit 77; }
done
rm -rf "$out"
mkdir -p "$out"
if ! "$cpack" -G DEB -B "$out" --config "$build/CPackConfig.cmake" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log"
    exit 1
fi
rm -rf "$out/_CPack_Packages"
debs=("$out"/*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { echo "expected one .deb in $out"; ls -l "$out"; exit 1; }
echo "built ${debs[0]##*/} ($(stat -c %s "${debs[0]}") bytes)"
