#!/usr/bin/env bash
# Renders every cluster object of the guide with `GuideStack render` and validates the output
# against the upstream CRDs with ../shared/conformance/check-manifests (python3 with PyYAML and
# jsonschema).
#
# Usage: scripts/check-guide-manifests.sh [GuideStack render flags...]
#   SHARED_DIR=/path/to/shared overrides where the conformance data is looked up
#   (default: the first "shared" directory next to the repository or one of its parents).
#   MVN_FLAGS adds Maven flags, e.g. MVN_FLAGS=-o to stay offline.
# Compiles the modules and resolves the class path (scripts/lib/classpath.sh; Maven's output is
# shown when it fails), runs GuideStack with plain java on this checkout's target/classes and runs
# the checker.
# Exit status: 0 when every checked object is valid, non-zero otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

shared=${SHARED_DIR:-}
if [ -z "$shared" ]; then
  dir=$root
  while [ "$dir" != "/" ]; do
    if [ -x "$dir/../shared/conformance/check-manifests" ] || [ -f "$dir/../shared/conformance/check-manifests" ]; then
      shared=$(cd "$dir/../shared" && pwd)
      break
    fi
    dir=$(dirname "$dir")
  done
fi
if [ -z "$shared" ] || [ ! -f "$shared/conformance/check-manifests" ]; then
  echo "check-guide-manifests: no shared/conformance/check-manifests found next to $root" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=lib/classpath.sh
. "$root/scripts/lib/classpath.sh"
sdk_classpath "$tmp/classpath.txt"
cp=$(cat "$tmp/classpath.txt")
java -cp "$cp" dev.llmgateway.examples.GuideStack render "$@" >"$tmp/guide.yaml" 2> >(grep -v '^SLF4J' >&2)

echo "== GuideStack render wrote $(grep -c '^kind:' "$tmp/guide.yaml") objects; checking against $shared/conformance/crds"
"${PYTHON:-python3}" "$shared/conformance/check-manifests" "$tmp/guide.yaml"
