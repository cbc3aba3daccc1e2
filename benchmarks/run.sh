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
NGINX=$(command -v nginx || true)
[ -z "$NGINX" ] && [ -x /usr/sbin/nginx ] && NGINX=/usr/sbin/nginx
if [ -z "$NGINX" ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  log "installing nginx with apt-get"
  $SUDO apt-get update -qq
  PKG=nginx
  if apt-cache policy nginx-light 2>/dev/null | grep -q 'Candidate: [0-9]'; then PKG=nginx-light; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$PKG" >/dev/null
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
fi

# 2. Build the module and its reactor dependencies, and write its runtime classpath.
log "building benchmarks (mvn -Pfast package)"
mvn -B -q -Pfast -DskipTests -pl benchmarks -am package dependency:build-classpath \
  -Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=runtime
CLASSPATH_FILE=$ROOT/benchmarks/target/jmh.classpath
[ -s "$CLASSPATH_FILE" ] || { echo "classpath file $CLASSPATH_FILE not written" >&2; exit 1; }
CP="$ROOT/benchmarks/target/classes:$(cat "$CLASSPATH_FILE")"

# 3. nginx in a temp dir on a free loopback port. A POST to a static file makes nginx answer 405;
#    error_page turns that into a GET of the same file with status 200, so every POST gets the
#    body. The path prefix picks the scenario: /plain/v1/... JSON, /stream/v1/... SSE.
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
chmod 755 "$WORK"
mkdir -p "$WORK/www/plain/v1/chat" "$WORK/www/stream/v1/chat" "$WORK/tmp"
cp benchmarks/src/main/resources/vllm/chat-completion.json "$WORK/www/plain/v1/chat/completions"
cp benchmarks/src/main/resources/vllm/chat-stream.sse "$WORK/www/stream/v1/chat/completions"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
USER_LINE=""
[ "$(id -u)" -eq 0 ] && USER_LINE="user root;"
cat > "$WORK/nginx.conf" <<CONF
$USER_LINE
daemon off;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/tmp/body;
  proxy_temp_path $WORK/tmp/proxy;
  fastcgi_temp_path $WORK/tmp/fastcgi;
  uwsgi_temp_path $WORK/tmp/uwsgi;
  scgi_temp_path $WORK/tmp/scgi;
  types { }
  sendfile on;
  tcp_nodelay on;
  keepalive_timeout 300s;
  keepalive_requests 100000000;
  etag off;
  server_tokens off;
  server {
    listen 127.0.0.1:$PORT;
    root $WORK/www;
    location /plain/ { default_type application/json; error_page 405 =200 \$uri; }
    location /stream/ { default_type text/event-stream; error_page 405 =200 \$uri; }
  }
}
CONF
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/error.log" &
NGINX_PID=$!
export LLMGATEWAY_BENCH_BASE_URL="http://127.0.0.1:$PORT"

# Wait until both scenarios answer a POST with the expected bytes.
python3 - "$LLMGATEWAY_BENCH_BASE_URL" benchmarks/src/main/resources/vllm <<'PY'
import sys, time, urllib.request
base, res = sys.argv[1], sys.argv[2]
want = {"/plain": open(res + "/chat-completion.json", "rb").read(),
        "/stream": open(res + "/chat-stream.sse", "rb").read()}
deadline = time.time() + 15
for prefix, body in want.items():
    while True:
        try:
            req = urllib.request.Request(base + prefix + "/v1/chat/completions",
                                         data=b'{"model":"m"}', method="POST",
                                         headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(req, timeout=2) as r:
                got = r.read()
                if r.status != 200 or got != body:
                    sys.exit("nginx served wrong body for %s (status %d)" % (prefix, r.status))
                print("== nginx %s -> %s, %d bytes" % (prefix, r.headers["Content-Type"], len(got)),
                      file=sys.stderr)
                break
        except OSError:
            if time.time() > deadline:
                sys.exit("nginx did not answer on " + base)
            time.sleep(0.2)
PY

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
