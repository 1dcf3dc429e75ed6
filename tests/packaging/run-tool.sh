#!/usr/bin/env bash
# Runs TOOL ARGS...; skipped (exit code 77) when the tool is not installed.
command -v "$1" >/dev/null || { echo "SKIPPED: $1 not found (bash packaging/install-deps.sh)"; exit 77; }
exec "$@"
