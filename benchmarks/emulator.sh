#!/usr/bin/env bash
# Load test of the whole emulator (sdk-emulator's all-in-one jar, -Xmx512m) on loopback:
#   1. non-streaming requests/s through the whole chain (Apigee key check and request quota with a
#      large limit, routing, Endpoint Picker, model server with zero latency), measured with wrk,
#      and in the same run nginx serving a fixed vLLM body with the same wrk settings;
#   2. concurrent streams held at once with a realistic per-token delay, and the emulator's heap
#      while they stream (StreamHold, a non-blocking JDK HTTP client).
#
# Usage:  benchmarks/emulator.sh [DURATION_S [CONNECTIONS [STREAMS [STREAM_TOKENS]]]]
#         defaults: 20 s, 64 connections, 2000 streams of 500 tokens at 20 ms per token
# Needs:  JDK 17, Maven, python3; Debian's wrk and nginx (installed with apt-get when absent).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNECTIONS=${2:-64}
STREAMS=${3:-2000}
STREAM_TOKENS=${4:-500}
HEAP=512m

log() { printf '== %s\n' "$*" >&2; }

. benchmarks/nginx.sh
install_nginx
if ! command -v wrk >/dev/null; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  log "installing wrk with apt-get"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi

log "building the emulator jar and the load generator"
mvn -B -q -Pfast -Demulator.shade.skip=false -DskipTests -pl sdk-emulator,benchmarks -am package
JAR=$(ls sdk-emulator/target/sdk-emulator-*-all.jar | head -1)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/llmgw-emulator-bench.XXXXXX")
NGINX_PID=""
EMULATOR_PID=""
LOAD_PID=""
stop_emulator() {
  if [ -n "$EMULATOR_PID" ]; then
    kill "$EMULATOR_PID" 2>/dev/null || true
    wait "$EMULATOR_PID" 2>/dev/null || true
    EMULATOR_PID=""
  fi
}
cleanup() {
  if [ -n "$LOAD_PID" ]; then kill "$LOAD_PID" 2>/dev/null || true; wait "$LOAD_PID" 2>/dev/null || true; fi
  stop_emulator
  if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Starts the emulator with --guide and the given flags; sets EMULATOR_PID, EMULATOR_URL and KEY.
start_emulator() {
  local port out
  port=$(free_port)
  out=$WORK/emulator-$port.out
  java -Xmx$HEAP -jar "$JAR" --guide --port "$port" --apigee-port 0 --kube-port 0 "$@" >"$out" 2>&1 &
  EMULATOR_PID=$!
  for _ in $(seq 1 240); do
    grep -q 'Ctrl-C stops it' "$out" && break
    kill -0 "$EMULATOR_PID" 2>/dev/null || { cat "$out" >&2; exit 1; }
    sleep 0.5
  done
  grep -q 'Ctrl-C stops it' "$out" || { cat "$out" >&2; exit 1; }
  KEY=$(sed -n '/has this key for/{n;p}' "$out")
  EMULATOR_URL="http://127.0.0.1:$port"
}

heap() { jcmd "$EMULATOR_PID" GC.heap_info | grep -m1 -E 'heap +total'; }

cat > "$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["x-api-key"] = os.getenv("KEY")
wrk.body = '{"model":"/gcs/google/gemma-3-1b-it","messages":[{"role":"user","content":"What is the capital of France?"}],"max_tokens":10}'
LUA

run_wrk() { # name url
  log "wrk: $1, $DURATION s, $CONNECTIONS connections, 2 threads"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/post.lua" "$2" | tee "$WORK/wrk-$1.txt" >&2
  awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$1.txt"
}

log "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"

# 1. Requests per second.
start_nginx "$WORK"
start_emulator --quota-per-minute 1000000000 --latency none
log "emulator $EMULATOR_URL (pid $EMULATOR_PID, -Xmx$HEAP); nginx $NGINX_BASE_URL"
KEY=$KEY wrk -t2 -c"$CONNECTIONS" -d5s -s "$WORK/post.lua" "$EMULATOR_URL/v1/chat/completions" >/dev/null # warm-up
EMU_RPS=$(KEY=$KEY run_wrk emulator "$EMULATOR_URL/v1/chat/completions")
NGINX_RPS=$(KEY=$KEY run_wrk nginx "$NGINX_BASE_URL/plain/v1/chat/completions")
NON2XX=$(grep -h 'Non-2xx' "$WORK/wrk-emulator.txt" || echo "Non-2xx or 3xx responses: 0")
log "emulator heap after the run: $(heap)"
stop_emulator

# 2. Streams held at once: each answers STREAM_TOKENS tokens at 20 ms per token.
start_emulator --quota-per-minute 1000000000 --latency 150/20 --replicas 8 \
  --max-concurrent-requests 1000 --fixed-answer "$(python3 -c "print(' '.join(['word'] * $STREAM_TOKENS))")"
log "emulator $EMULATOR_URL (pid $EMULATOR_PID, -Xmx$HEAP): $STREAMS streams of $STREAM_TOKENS tokens"
log "emulator heap before: $(heap)"
CP="benchmarks/target/classes"
java -cp "$CP" dev.llmgateway.benchmarks.StreamHold "$EMULATOR_URL" "$KEY" "$STREAMS" "$STREAM_TOKENS" \
  >"$WORK/streams.txt" 2>&1 &
LOAD_PID=$!
for _ in $(seq 1 300); do
  grep -q HOLDING "$WORK/streams.txt" && break
  sleep 0.5
done
HOLDING=$(grep HOLDING "$WORK/streams.txt" || echo "HOLDING: no answer")
HEAP_HOLDING=$(heap)
jcmd "$EMULATOR_PID" GC.run >/dev/null
HEAP_LIVE=$(heap)
wait "$LOAD_PID"
LOAD_PID=""
cat "$WORK/streams.txt" >&2

echo
echo "== results ($(nproc) cores, load average now $(cut -d' ' -f1-3 /proc/loadavg))"
python3 - "$EMU_RPS" "$NGINX_RPS" <<'PY'
import sys
emu, nginx = float(sys.argv[1]), float(sys.argv[2])
print("non-streaming chat, whole chain: %.0f req/s; nginx fixed body: %.0f req/s; ratio %.2fx"
      % (emu, nginx, emu / nginx))
PY
echo "emulator $NON2XX"
echo "streams: $HOLDING"
echo "streams: $(tail -1 "$WORK/streams.txt")"
echo "emulator heap (-Xmx$HEAP) while holding them: $HEAP_HOLDING"
echo "emulator heap after a full GC while holding them: $HEAP_LIVE"
