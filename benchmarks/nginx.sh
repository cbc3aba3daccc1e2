# Sourced by run.sh and emulator.sh: Debian's nginx serving the fixed vLLM-shaped bodies of
# src/main/resources/vllm/ on a free loopback port.
#
#   install_nginx            sets NGINX (installs Debian's nginx with apt-get when absent)
#   start_nginx WORK         serves from WORK (a temp dir the caller removes); sets NGINX_PID and
#                            NGINX_BASE_URL; POST <base>/plain/v1/chat/completions answers the JSON
#                            body, POST <base>/stream/v1/chat/completions the SSE body
# Needs log() from the caller and python3.

install_nginx() {
  NGINX=$(command -v nginx || true)
  [ -z "$NGINX" ] && [ -x /usr/sbin/nginx ] && NGINX=/usr/sbin/nginx
  if [ -z "$NGINX" ]; then
    local sudo="" pkg=nginx
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    log "installing nginx with apt-get"
    $sudo apt-get update -qq
    if apt-cache policy nginx-light 2>/dev/null | grep -q 'Candidate: [0-9]'; then pkg=nginx-light; fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$pkg" >/dev/null
    NGINX=$(command -v nginx || echo /usr/sbin/nginx)
  fi
}

# A POST to a static file makes nginx answer 405; error_page turns that into a GET of the same file
# with status 200, so every POST gets the body. The path prefix picks the scenario.
start_nginx() {
  local work=$1 port user_line=""
  chmod 755 "$work"
  mkdir -p "$work/www/plain/v1/chat" "$work/www/stream/v1/chat" "$work/tmp"
  cp benchmarks/src/main/resources/vllm/chat-completion.json "$work/www/plain/v1/chat/completions"
  cp benchmarks/src/main/resources/vllm/chat-stream.sse "$work/www/stream/v1/chat/completions"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  [ "$(id -u)" -eq 0 ] && user_line="user root;"
  cat > "$work/nginx.conf" <<CONF
$user_line
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  types { }
  sendfile on;
  tcp_nodelay on;
  keepalive_timeout 300s;
  keepalive_requests 100000000;
  etag off;
  server_tokens off;
  server {
    listen 127.0.0.1:$port;
    root $work/www;
    location /plain/ { default_type application/json; error_page 405 =200 \$uri; }
    location /stream/ { default_type text/event-stream; error_page 405 =200 \$uri; }
  }
}
CONF
  "$NGINX" -p "$work" -c "$work/nginx.conf" -e "$work/error.log" &
  NGINX_PID=$!
  NGINX_BASE_URL="http://127.0.0.1:$port"

  # Wait until both scenarios answer a POST with the expected bytes.
  python3 - "$NGINX_BASE_URL" benchmarks/src/main/resources/vllm <<'PY'
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
}
