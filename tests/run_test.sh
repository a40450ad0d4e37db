#!/usr/bin/env bash
# Runs one test for ctest (tests/CMakeLists.txt registers every test through it):
#   run_test.sh PROGRAM [ARGS...]
#
# Outside CI it only runs the program: a skipped check counts as a pass, as ctest counts it, so
# that a checkout without minisign or strace still tests the rest.
#
# With CI=true (.ci/run sets it) every tool the tests use is installed (scripts/install-deps),
# so a skip means a check that silently did not run: the test fails unless each skip's reason
# contains one of the allowed phrases below. A Qt Test skip is a "SKIP   : Class::test() reason"
# line; a script skips with "SKIP: reason" and exit code 77 (ctest's SKIP_RETURN_CODE).
set -uo pipefail

# The short allow-list: what CI cannot or need not provide.
allowed=(
  '../shared/'              # the shared data next to the repository (../shared/data) is absent
  'AddressSanitizer:'       # the sanitizer build cannot limit a process's address space
  'Built without the GUI'   # the sanitizer stage builds without the desktop program
  'built without the desktop program'
  'hard core limit of 0'    # no process may dump core there: what the check would prove holds
)

if [ "${CI:-}" != true ]; then
  exec "$@"
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

refused=0
while IFS= read -r line; do
  ok=0
  for phrase in "${allowed[@]}"; do
    if [[ "$line" == *"$phrase"* ]]; then ok=1; break; fi
  done
  if [ "$ok" = 0 ]; then
    echo "CI mode (CI=true): a skip whose reason is not on the allow-list of tests/run_test.sh:"
    echo "  $line"
    refused=1
  fi
done < <(grep -E '^SKIP( +)?:' "$log")

if [ "$refused" = 1 ]; then
  exit 1
fi
exit "$status"
