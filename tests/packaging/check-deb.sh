#!/usr/bin/env bash
# Checks the .deb that build-deb.sh made as a user would meet it: its control fields and
# dependencies, exactly the expected files with Debian's owners and modes, binaries stripped
# and without RPATH, and, unpacked into a temporary root (dpkg -x), both executables running
# against the system's Qt with the desktop entry and AppStream metadata valid.
#   check-deb.sh DEB_DIR VERSION
set -euo pipefail
deb_dir=$1 version=$2
id=org.utm.City2CityFacilitator
package=city2city-facilitator
for tool in dpkg-deb readelf file desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "SKIPPED: $tool not found (bash packaging/install-deps.sh)"; exit 77; }
done
debs=("$deb_dir"/*.deb)
deb=${debs[0]}
[[ -f $deb ]] || { echo "no .deb in $deb_dir (the package_deb fixture failed)"; exit 1; }

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
field() { dpkg-deb --field "$deb" "$1"; }

# Control fields.
[[ $(field Package) == "$package" ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version"-* ]] || fail "Version '$(field Version)' is not $version-N"
[[ $(field Architecture) == "$(dpkg --print-architecture)" ]] || fail "Architecture is '$(field Architecture)'"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
[[ $(field Section) == misc && $(field Priority) == optional ]] || fail "Section/Priority"
description=$(field Description)
[[ $(wc -l <<<"$description") -ge 5 ]] || fail "the Description has no long description: $description"
depends=$(field Depends)
echo "Depends: $depends"
echo "Recommends: $(field Recommends)"
# Loaded at run time, invisible to dpkg-shlibdeps; and what shlibdeps must have found.
for dependency in libqt6sql6-sqlite tzdata libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 \
                  libqt6charts6 libqt6printsupport6 libical3; do
    grep -Eq "(^|, )$dependency( |,|$)" <<<"$depends" || fail "Depends lacks $dependency"
done
for recommended in qt6-wayland qt6-translations-l10n; do
    grep -q "$recommended" <<<"$(field Recommends)" || fail "Recommends lacks $recommended"
done

# Exactly these files, owned by root, 0755 directories and executables, 0644 the rest.
expected=(
    ./usr/bin/city2city
    ./usr/bin/city2city-cli
    ./usr/share/applications/$id.desktop
    ./usr/share/metainfo/$id.metainfo.xml
    ./usr/share/mime/packages/$id.xml
    ./usr/share/icons/hicolor/scalable/apps/$id.svg
    ./usr/share/man/man1/city2city.1.gz
    ./usr/share/man/man1/city2city-cli.1.gz
    ./usr/share/doc/$package/copyright
    ./usr/share/doc/$package/changelog.Debian.gz
)
sizes=(16 22 24 32 48 64 128 256)
for size in "${sizes[@]}"; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
listing=$(dpkg-deb --contents "$deb")
actual_files=$(awk '$1 !~ /^d/ {print $6}' <<<"$listing" | sort)
if ! diff <(printf '%s\n' "${expected[@]}" | sort) <(echo "$actual_files") >/dev/null; then
    fail "the package's files differ from the expected ones (< expected, > packaged):"
    diff <(printf '%s\n' "${expected[@]}" | sort) <(echo "$actual_files") || true
fi
while read -r mode owner _ _ _ path; do
    [[ $owner == root/root ]] || fail "$path is owned by $owner"
    case "$mode" in
        d*) want=drwxr-xr-x ;;
        *) [[ $path == ./usr/bin/* ]] && want=-rwxr-xr-x || want=-rw-r--r-- ;;
    esac
    [[ $mode == "$want" ]] || fail "$path has mode $mode, not $want"
done <<<"$listing"

# Unpacked into a temporary root.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

for program in city2city city2city-cli; do
    binary=$root/usr/bin/$program
    if readelf -d "$binary" | grep -Eq 'RPATH|RUNPATH'; then
        fail "$program has an RPATH: $(readelf -d "$binary" | grep -E 'RPATH|RUNPATH')"
    fi
    file "$binary" | grep -q ', stripped' || fail "$program is not stripped: $(file -b "$binary")"
done
for size in "${sizes[@]}"; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    file -b "$png" | grep -q "PNG image data, $size x $size," || fail "$png: $(file -b "$png")"
done
for gz in "$root"/usr/share/man/man1/*.gz "$root/usr/share/doc/$package/changelog.Debian.gz"; do
    gzip -t "$gz" || fail "$gz is not a good gzip file"
done
changelog_version=$(gzip -dc "$root/usr/share/doc/$package/changelog.Debian.gz" | sed -n '1s/^[^ ]* (\([^)]*\)).*/\1/p')
[[ $changelog_version == "$(field Version)" ]] ||
    fail "changelog.Debian.gz is about $changelog_version, the package is $(field Version)"

desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
grep -qx "Exec=city2city %f" "$root/usr/share/applications/$id.desktop" || fail "the desktop entry does not pass %f"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >/dev/null ||
    fail "appstreamcli validate: $(appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml")"

# Both executables run from the unpacked root, against the system's Qt and its plugins.
home=$root/home
export XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/run LC_ALL=C.UTF-8
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cli=$root/usr/bin/city2city-cli
help=$("$cli" --help) || fail "city2city-cli --help exits with $?"
grep -q "^Usage: city2city-cli" <<<"$help" || fail "city2city-cli --help: $help"
[[ $("$cli" --version) == "city2city-cli $version" ]] || fail "city2city-cli --version: $("$cli" --version)"
# A real command: the SQLite driver (libqt6sql6-sqlite) and the time zones (tzdata) load.
summary=$("$cli" --database "$home/programme.c2c" summary 2>&1) || fail "city2city-cli summary: $summary"
grep -Eq "^Pairings +[1-9]" <<<"$summary" || fail "city2city-cli summary printed: $summary"
"$cli" --database "$home/programme.c2c" sessions --pairing E-04 >/dev/null || fail "city2city-cli sessions"
gui_version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/city2city" --version 2>&1) ||
    fail "city2city --version: $gui_version"
grep -q "$version" <<<"$gui_version" || fail "city2city --version printed: $gui_version"

if ((failures)); then
    echo "$failures check(s) failed for ${deb##*/}"
    exit 1
fi
echo "${deb##*/}: $(wc -l <<<"$actual_files") files as expected; both executables run from dpkg -x"
