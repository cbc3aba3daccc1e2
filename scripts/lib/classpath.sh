# Sourced by scripts/*.sh: sdk_classpath FILE compiles the modules (fast profile, no tests,
# incremental) and writes this checkout's class path for the examples module to FILE: its
# target/classes directories, then the third-party runtime jars. Compiling in the same Maven run
# lets the reactor resolve our modules from target/classes, never from SNAPSHOT jars in ~/.m2 (and
# Maven 3.8 cannot resolve the reactor's sdk-client for dependency:build-classpath without it).
# MVN_FLAGS adds Maven flags (MVN_FLAGS=-o to stay offline). When Maven fails, its output is shown
# and the function returns Maven's status.
sdk_classpath() {
  local out=$1 root log status
  root=$(pwd)
  log=$(mktemp)
  # shellcheck disable=SC2086
  if mvn -B ${MVN_FLAGS:-} -Pfast -DskipTests -pl examples -am compile dependency:build-classpath \
    -Dmdep.outputFile="$out.jars" -Dmdep.includeScope=runtime \
    -Dmdep.excludeGroupIds=dev.llmgateway >"$log" 2>&1; then
    status=0
  else
    status=$?
    cat "$log" >&2
    echo "$(basename "$0"): the Maven run above failed (exit $status); offline (MVN_FLAGS=-o) it" \
      "needs every plugin and dependency in ~/.m2 already" >&2
  fi
  rm -f "$log"
  if [ "$status" -eq 0 ]; then
    printf '%s' "$root/examples/target/classes:$root/sdk-emulator/target/classes:$root/sdk-admin/target/classes:$root/sdk-client/target/classes:$(cat "$out.jars")" >"$out"
  fi
  rm -f "$out.jars"
  return "$status"
}
