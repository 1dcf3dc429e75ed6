#!/usr/bin/env bash
# The README's two commands:
#   ./quickstart.sh run  [APP ARGS...]   install what is missing, build, start the app
#   ./quickstart.sh test                 install what is missing, build, run every test (and
#                                        again under the sanitizers)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build="$here/build"
mode=${1:-run}
[[ $# -gt 0 ]] && shift

case "$mode" in
    run|test) ;;
    *) echo "usage: $0 run [--database FILE] | test" >&2; exit 2 ;;
esac

bash "$here/packaging/install-deps.sh"

if [[ ! -f "$build/build.ninja" ]]; then
    # Line tables only (-g1): backtraces keep file and line, and the build links much faster.
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
fi
cmake --build "$build" -j2

if [[ "$mode" == test ]]; then
    ctest --test-dir "$build" --output-on-failure -j2
    # The whole suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer (any
    # finding fails the test). The fuzz targets, the package checks and the screenshots in a
    # real X server ran above.
    sanitize="$here/build-sanitize"
    if [[ ! -f "$sanitize/build.ninja" ]]; then
        cmake -S "$here" -B "$sanitize" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" \
            -DC2C_SANITIZE=ON -DC2C_FUZZ=OFF
    fi
    cmake --build "$sanitize" -j2
    ctest --test-dir "$sanitize" --output-on-failure -j2 --label-exclude 'packaging|screenshots'
else
    exec "$build/app/gui/city2city" "$@"
fi
