#!/usr/bin/env bash
# Renders every cluster object of the guide with RenderGuide and validates the output against the
# upstream CRDs with ../shared/conformance/check-manifests (python3 with PyYAML and jsonschema).
#
# Usage: scripts/check-guide-manifests.sh [RenderGuide flags...]
#   SHARED_DIR=/path/to/shared overrides where the conformance data is looked up
#   (default: the first "shared" directory next to the repository or one of its parents).
# Expects the modules to be compiled (mvn -B -Pfast -DskipTests -pl examples -am package); it only
# resolves the third-party runtime classpath (MVN_FLAGS, default -o), runs RenderGuide with plain
# java on this checkout's target/classes and runs the checker.
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

classes="$root/examples/target/classes"
if [ ! -f "$classes/dev/llmgateway/examples/RenderGuide.class" ]; then
  echo "check-guide-manifests: $classes has no RenderGuide; build first:" >&2
  echo "  mvn -B -Pfast -DskipTests -pl examples -am package" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The reactor (-am) supplies this checkout's POMs; our own classes come from target/classes, never
# from SNAPSHOT jars in ~/.m2 that another checkout may have installed. The compile phase (already
# done, so quick) lets Maven 3.8 resolve the reactor's modules, which sdk-admin depends on.
# shellcheck disable=SC2086
mvn -B -q ${MVN_FLAGS--o} -Pfast -pl examples -am compile dependency:build-classpath \
  -Dmdep.outputFile="$tmp/classpath.txt" -Dmdep.includeScope=runtime \
  -Dmdep.excludeGroupIds=dev.llmgateway >/dev/null
cp="$classes:$root/sdk-admin/target/classes:$root/sdk-client/target/classes:$(cat "$tmp/classpath.txt")"
java -cp "$cp" dev.llmgateway.examples.RenderGuide "$@" >"$tmp/guide.yaml" 2> >(grep -v '^SLF4J' >&2)

echo "== RenderGuide wrote $(grep -c '^kind:' "$tmp/guide.yaml") objects; checking against $shared/conformance/crds"
"${PYTHON:-python3}" "$shared/conformance/check-manifests" "$tmp/guide.yaml"
