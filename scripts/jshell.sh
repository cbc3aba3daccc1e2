#!/usr/bin/env bash
# Opens JShell with the SDK (sdk-client, sdk-admin, sdk-emulator) on the class path and the imports
# of examples/jshell/startup.jsh, for operators' scripts:
#   scripts/jshell.sh                              interactive
#   scripts/jshell.sh examples/jshell/guide.jsh    run the guide as one stack
# Other arguments go to jshell (e.g. -R-Dguide.PROJECT_ID=my-project). Needs JDK 17+ and Maven 3.8+;
# builds the modules first (fast profile, no tests). MVN_FLAGS adds Maven flags (MVN_FLAGS=-o to stay
# offline); when Maven fails, its output is shown and its exit status returned.
set -euo pipefail
# Maven runs in the repository; jshell in the caller's directory, so relative script paths work.
root=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v jshell >/dev/null; then
  echo "jshell.sh: jshell not found on PATH: install a JDK 17 or later (a JRE has no jshell)" >&2
  exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=lib/classpath.sh
. "$root/scripts/lib/classpath.sh"
echo "jshell.sh: building the SDK (mvn -Pfast -DskipTests -pl examples -am compile)..." >&2
(cd "$root" && sdk_classpath "$tmp/classpath.txt")

status=0
jshell --class-path "$(cat "$tmp/classpath.txt")" --startup DEFAULT \
  --startup "$root/examples/jshell/startup.jsh" "$@" || status=$?
exit "$status"
