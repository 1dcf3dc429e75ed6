#!/usr/bin/env bash
# The manual pages format without a warning (as lintian checks them), and city2city-cli.1
# documents every command and every option that city2city-cli's --help lists.
#   check-manpages.sh CLI MAN_DIR
set -euo pipefail
cli=$1 man_dir=$2
command -v man >/dev/null || { echo "SKIPPED: man not found (bash packaging/install-deps.sh)"; exit 77; }
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

for page in "$man_dir"/city2city.1 "$man_dir"/city2city-cli.1; do
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "${page##*/}: $warnings"
done

XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_DATA_HOME XDG_RUNTIME_DIR=$XDG_DATA_HOME LC_ALL=C.UTF-8
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
text=$(MANWIDTH=2000 man -l "$man_dir/city2city-cli.1" 2>/dev/null | col -b)
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF && !/^Commands:/ {print $1}')
[[ -n $commands ]] || fail "no commands in city2city-cli --help"
# The entry of a command under COMMANDS: its heading lines (7 spaces in) and the text under
# them; commands that share an entry (.TQ) share the text.
entry() {
    awk -v command="$1" '
        function flush() { if (hit) printf "%s", group; group = ""; hit = 0; body = 0 }
        /^       [^ ]/ { if (body) flush(); group = group $0 "\n"; if ($1 == command) hit = 1; next }
        /^        +[^ ]/ { body = 1; group = group $0 "\n"; next }
        /^ {0,6}[^ ]/ { flush() }
        END { flush() }' <<<"$text"
}
for command in $commands; do
    documented=$(entry "$command")
    [[ -n $documented ]] || { fail "city2city-cli.1 does not document the command $command"; continue; }
    for option in $("$cli" "$command" --help | grep -Eo '^ +--[a-z-]+' | tr -d ' '); do
        [[ $option == --help || $option == --database ]] && continue
        grep -q -- "$option" <<<"$documented" || fail "city2city-cli.1 does not document $command $option"
    done
done
for option in --database --help --version; do
    grep -q -- "$option" <<<"$text" || fail "city2city-cli.1 does not document $option"
done

if ((failures)); then
    exit 1
fi
echo "both manual pages format cleanly; city2city-cli.1 documents $(wc -w <<<"$commands") commands and their options"
