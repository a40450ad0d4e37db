#!/bin/sh
# Issue 16, item 5: import of a synthetic regional extract with --clip to the city, side by side
# with `osmium add-locations-to-ways` on the same file in the same run: wall time and peak RSS of
# each whole process (GNU time). Takes disk and minutes; not run in CI.
#   scripts/measure_regional_import.sh BUILD_DIR WORK_DIR [REGION_KM [CITY_KM]]
# BUILD_DIR needs tests/bench/gen_regional_pbf: a build with -DBLINDSPOT_BUILD_BENCHMARKS=ON,
# such as build-bench (scripts/bench).
set -eu
build=$1 work=$2 region=${3:-470} city=${4:-40}
mkdir -p "$work"
pbf="$work/region-$region.osm.pbf"
[ -f "$pbf" ] || "$build/tests/bench/gen_regional_pbf" "$pbf" "$region" "$city" > "$pbf.txt"
cat "$pbf.txt"
box=$(sed -n 's/^city box //p' "$pbf.txt")
measure() { # NAME COMMAND...: prints NAME seconds MB
    name=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null
    awk -v n="$name" '{ printf "%-32s %8.1f s %8.0f MB\n", n, $1, $2 / 1024 }' "$work/time.txt"
}
for run in 1 2; do
    measure "osmium add-locations-to-ways" osmium add-locations-to-ways -O -f pbf -o /dev/null "$pbf"
    measure "import --clip (city)" "$build/app/cli/blindspot-cli" import "$pbf" --clip "$box" \
        --out "$work/clipped.bspack"
    measure "import (whole file)" "$build/app/cli/blindspot-cli" import "$pbf" \
        --out "$work/whole.bspack"
done
