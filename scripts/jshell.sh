#!/usr/bin/env bash
# Opens JShell with sdk-client and sdk-admin on the class path and their main packages imported,
# for operators' scripts: scripts/jshell.sh [jshell args...], e.g. scripts/jshell.sh my-setup.jsh
# Builds the two modules first (fast profile, no tests). Needs JDK 17 and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mvn -B -q -Pfast -DskipTests -pl sdk-admin,sdk-client -am package
mvn -B -q -o -pl sdk-admin -am dependency:build-classpath \
  -Dmdep.outputFile="$tmp/classpath.txt" -Dmdep.includeScope=runtime \
  -Dmdep.excludeGroupIds=dev.llmgateway >/dev/null
cp="$root/sdk-client/target/classes:$root/sdk-admin/target/classes:$(cat "$tmp/classpath.txt")"

cat >"$tmp/startup.jsh" <<'JSH'
import java.time.*;
import java.util.*;
import dev.llmgateway.client.*;
import dev.llmgateway.client.chat.*;
import dev.llmgateway.client.completions.*;
import dev.llmgateway.client.models.*;
import dev.llmgateway.client.errors.*;
import dev.llmgateway.admin.k8s.*;
import dev.llmgateway.admin.apigee.*;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
JSH

jshell --class-path "$cp" --startup DEFAULT --startup "$tmp/startup.jsh" "$@"
