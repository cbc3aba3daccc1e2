#!/usr/bin/env bash
# Runs the JMH benchmarks of sdk-client, openai-java, raw OkHttp and OkHttp + Jackson against one
# local nginx that serves fixed vLLM-shaped bodies, then prints allocation and process CPU per call
# with ratios against openai-java.
#
# Usage:  benchmarks/run.sh [JMH args...]
#   benchmarks/run.sh                            # the comparison suite (about 3 minutes on 2 cores)
#   benchmarks/run.sh -wi 2 -i 2 'chatStream'    # JMH options and a benchmark regex pass through
#   benchmarks/run.sh 'CodecBenchmark|OkHttpTimeoutsBenchmark'   # diagnostics (not run by default)
#   benchmarks/run.sh --paired [rounds [ms]]     # CPU ratios from alternating rounds in one JVM
#                                                # (steadier on a busy machine; ~2 minutes)
# Env:    BENCH_RESULTS=path.json (default benchmarks/target/jmh-results.json)
# Needs:  JDK 17, Maven, python3 and Debian's nginx (installed with apt-get when absent).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RESULTS=${BENCH_RESULTS:-$ROOT/benchmarks/target/jmh-results.json}

log() { printf '== %s\n' "$*" >&2; }

# 1. nginx from Debian.
. benchmarks/nginx.sh
install_nginx

# 2. Build the module and its reactor dependencies, and write its runtime classpath.
log "building benchmarks (mvn -Pfast package)"
mvn -B -q -Pfast -DskipTests -pl benchmarks -am package dependency:build-classpath \
  -Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=runtime
CLASSPATH_FILE=$ROOT/benchmarks/target/jmh.classpath
[ -s "$CLASSPATH_FILE" ] || { echo "classpath file $CLASSPATH_FILE not written" >&2; exit 1; }
CP="$ROOT/benchmarks/target/classes:$(cat "$CLASSPATH_FILE")"

# 3. nginx in a temp dir on a free loopback port.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/llmgw-bench.XXXXXX")
NGINX_PID=""
JMH_PID=""
cleanup() {
  # JMH's own shutdown hook ends its forked benchmark JVM.
  if [ -n "$JMH_PID" ]; then kill "$JMH_PID" 2>/dev/null || true; wait "$JMH_PID" 2>/dev/null || true; fi
  if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
start_nginx "$WORK"
export LLMGATEWAY_BENCH_BASE_URL="$NGINX_BASE_URL"

if [ "${1:-}" = "--paired" ]; then
  shift
  log "paired CPU check against $LLMGATEWAY_BENCH_BASE_URL"
  java -Xms1g -Xmx1g -cp "$CP" dev.llmgateway.benchmarks.PairedCpuCheck "$@" &
  JMH_PID=$!
  wait "$JMH_PID"
  JMH_PID=""
  exit 0
fi

# 4. JMH: one fork per benchmark, GC profiler and process CPU profiler.
log "$(nproc) cores; $(java -version 2>&1 | head -1); $("$NGINX" -v 2>&1)"
log "running JMH against $LLMGATEWAY_BENCH_BASE_URL; results -> $RESULTS"
mkdir -p "$(dirname "$RESULTS")"
# Without arguments: the four clients compared; the diagnostic benchmarks run only when named.
[ "$#" -eq 0 ] && set -- '\.(OpenAiJava|GatewayClient|OkHttpJackson|RawOkHttp)Benchmark\.'
# JMH refuses to start while another JMH run holds its lock file: wait for it instead of failing.
python3 - /tmp/jmh.lock <<'PY'
import fcntl, sys, time
waited = False
while True:
    with open(sys.argv[1], "a") as f:
        try:
            fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.lockf(f, fcntl.LOCK_UN)
            break
        except OSError:
            if not waited:
                print("== another JMH run holds %s; waiting for it to end" % sys.argv[1],
                      file=sys.stderr)
                waited = True
            time.sleep(2)
PY
# In the background so that a signal reaches the trap (and stops JMH) without waiting for the run.
java -cp "$CP" org.openjdk.jmh.Main \
  -prof gc -prof dev.llmgateway.benchmarks.ProcessCpuProfiler \
  -rf json -rff "$RESULTS" "$@" &
JMH_PID=$!
JMH_RC=0
wait "$JMH_PID" || JMH_RC=$?
JMH_PID=""
[ "$JMH_RC" -eq 0 ] || { echo "JMH failed with exit code $JMH_RC" >&2; exit "$JMH_RC"; }

# 5. The table.
python3 benchmarks/report.py "$RESULTS"
