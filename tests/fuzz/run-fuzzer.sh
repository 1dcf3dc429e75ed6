#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time, starting from copies of its seed corpora (the
# seeds stay as they are). Fails on any crash, sanitizer finding, leak or hang; the input that
# caused it is left in ARTIFACTS to reproduce with `FUZZER INPUT`.
#   run-fuzzer.sh FUZZER SECONDS ARTIFACTS SEED_DIR...
set -euo pipefail
fuzzer=$1 seconds=$2 artifacts=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for seeds in "$@"; do
    cp "$seeds"/* "$work"/
done
mkdir -p "$artifacts"
"$fuzzer" "$work" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/$(basename "$fuzzer")-" -print_final_stats=1
