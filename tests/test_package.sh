#!/usr/bin/env bash
# The Debian package as a user gets it (issue 12): builds the .deb from the build folder given
# as $1 with cpack, unpacks it into a throwaway root and runs the installed programs from there,
# then checks it with the tools a distribution would (lintian, desktop-file-validate,
# appstreamcli, man). Exit 77 (ctest: skipped) when a tool is missing.
set -euo pipefail
build=${1:?usage: test_package.sh BUILD_DIR}

for tool in cpack dpkg-deb lintian desktop-file-validate appstreamcli man; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (scripts/install-deps installs it)"
    exit 77
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# cpack installs the build's own files: the programs the other tests checked.
(cd "$build" && cpack -G DEB -B "$work/deb" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack could not build the package"; }
deb=$(ls "$work"/deb/blindspot_*.deb)
echo "package: $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# shlibdeps found the libraries, and the hand-named run-time data is there.
for needed in libqt6widgets6 libsodium23 libprotobuf32 opencv-data qt6-translations-l10n; do
  [[ $depends == *"$needed"* ]] || fail "Depends lacks $needed"
done
[[ $(dpkg-deb -f "$deb" Section) == utils ]] || fail "Section is not utils"

root="$work/root"
dpkg -x "$deb" "$root"
for f in usr/bin/blindspot usr/bin/blindspot-cli usr/share/applications/org.blindspot.Blindspot.desktop \
         usr/share/metainfo/org.blindspot.Blindspot.metainfo.xml \
         usr/share/mime/packages/org.blindspot.Blindspot.xml \
         usr/share/icons/hicolor/scalable/apps/org.blindspot.Blindspot.svg \
         usr/share/icons/hicolor/48x48/apps/org.blindspot.Blindspot.png \
         usr/share/man/man1/blindspot.1.gz usr/share/man/man1/blindspot-cli.1.gz \
         usr/share/doc/blindspot/copyright usr/share/doc/blindspot/changelog.gz \
         usr/share/doc/blindspot/methodology.md; do
  [[ -e $root/$f ]] || fail "the package has no /$f"
done

# The installed programs, with a fresh home folder: no settings from whoever runs the tests.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
mkdir -p "$HOME"
"$root/usr/bin/blindspot" --screenshot "$work/en.png" --lang en || fail "blindspot --screenshot (en)"
"$root/usr/bin/blindspot" --screenshot "$work/ru.png" --lang ru || fail "blindspot --screenshot (ru)"
[[ -s $work/en.png && -s $work/ru.png ]] || fail "a screenshot is empty"
# The Russian window differs from the English one only if its translation was found.
cmp -s "$work/en.png" "$work/ru.png" && fail "the Russian screenshot is the English one"
"$root/usr/bin/blindspot-cli" demo --out "$work/city.bspack" || fail "blindspot-cli demo"
"$root/usr/bin/blindspot-cli" route "$work/city.bspack" --from "Birch Grove" --to "Fountain Square" \
  >"$work/route.txt" || fail "blindspot-cli route"
grep -q "Fountain Square" "$work/route.txt" || fail "the route does not reach Fountain Square"
"$root/usr/bin/blindspot-cli" route --help >"$work/route-help.txt" || fail "blindspot-cli route --help"
grep -q -- "--from" "$work/route-help.txt" || fail "route --help does not list --from"

# What a distribution checks. lintian: no errors (warnings are printed for the record).
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian reports errors"
desktop-file-validate "$root/usr/share/applications/org.blindspot.Blindspot.desktop" ||
  fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.blindspot.Blindspot.metainfo.xml" ||
  fail "appstreamcli validate"
for page in blindspot blindspot-cli; do
  MANPAGER=cat MANWIDTH=100 man -l "$root/usr/share/man/man1/$page.1.gz" >"$work/$page.man" 2>"$work/man.err" ||
    { cat "$work/man.err"; fail "man -l $page.1.gz"; }
  grep -q -- "--help" "$work/$page.man" || fail "the man page of $page does not list --help"
done
grep -q -- "--portable" "$work/blindspot.man" || fail "the man page of blindspot lacks --portable"
grep -q -- "--mode" "$work/blindspot-cli.man" || fail "the man page of blindspot-cli lacks route --mode"
# Its dependencies resolve against this system's packages (nothing is installed).
if command -v apt-get >/dev/null; then
  apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "apt-get cannot resolve the package's dependencies"; }
fi
echo "PASS"
