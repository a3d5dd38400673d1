#!/usr/bin/env bash
# Runs the shell scripts a rendered install (argv[1], the vllm overlay) gives its containers, here:
#   - Redis' start command against the real redis-server: it refuses an empty password and one with a newline,
#     and the Redis it starts answers only with the password;
#   - yoyak's init container: it waits for a fake inference server's /health to answer 200, and gives up with a
#     message when it never does (its loop shortened, the host replaced by loopback).
set -euo pipefail
rendered=$1
here="$(cd "$(dirname "$0")" && pwd)"
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
script() { # $1 deployment, $2 container (or init container), from the rendered YAML
    node --input-type=module -e '
        import { readFileSync } from "node:fs"; import yaml from "js-yaml";
        const [deployment, name] = process.argv.slice(1);
        const spec = yaml.loadAll(readFileSync(0, "utf8")).find((o) => o?.kind === "Deployment"
            && o.metadata.name === deployment).spec.template.spec;
        const c = [...spec.containers, ...(spec.initContainers ?? [])].find((c) => c.name === name);
        process.stdout.write(c.command[2]);' "$1" "$2" < "$rendered"
}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
cd "$here"

# Redis: the manifest's command, with redis-server kept on loopback and a free port.
port=$(free_port)
mkdir -p "$work/bin"
printf '#!/bin/sh\nexec %s "$@" --port %s --bind 127.0.0.1\n' "$(command -v redis-server)" "$port" > "$work/bin/redis-server"
chmod +x "$work/bin/redis-server"
script yoyak-redis redis > "$work/redis.sh"
for bad in "" $'secret\n'; do
    if out=$(REDIS_PASSWORD="$bad" PATH="$work/bin:$PATH" sh "$work/redis.sh" 2>&1); then
        echo "Redis started with password '${bad}'" >&2; exit 1
    fi
    echo "ok      Redis refuses to start: $out"
done
REDIS_PASSWORD=s3cret PATH="$work/bin:$PATH" sh "$work/redis.sh" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
[[ $(redis-cli -p "$port" get x 2>&1) == *NOAUTH* ]] || { echo "Redis answered without the password" >&2; exit 1; }
[[ $(REDISCLI_AUTH=s3cret redis-cli -p "$port" ping 2>/dev/null) == PONG ]] || { echo "Redis refused the password" >&2; exit 1; }
echo "ok      Redis answers only with the password (NOAUTH without it)"

# The init container's wait, against a fake /health: 503 twice, then 200.
port=$(free_port)
python3 - "$port" <<'PY' &
import sys, http.server
calls = 0
class Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        global calls
        calls += 1
        self.send_response(200 if self.path == "/health" and calls > 2 else 503); self.end_headers()
    def log_message(self, *args): pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Health).serve_forever()
PY
pids+=($!)
script yoyak wait-for-inference | sed -e "s#/dev/tcp/yoyak-vllm/8000#/dev/tcp/127.0.0.1/$port#" -e 's/sleep 5/sleep 0.2/' > "$work/wait.sh"
out=$(timeout 60 bash "$work/wait.sh")
[ "$out" = "inference server ready" ] || { echo "init container: $out" >&2; exit 1; }
echo "ok      init container waits until /health answers 200"
closed=$(free_port)
sed -e "s#/dev/tcp/127.0.0.1/$port#/dev/tcp/127.0.0.1/$closed#" -e 's/seq 1 120/seq 1 3/' "$work/wait.sh" > "$work/never.sh"
if out=$(timeout 60 bash "$work/never.sh" 2>&1); then echo "init container passed without a server" >&2; exit 1; fi
echo "ok      init container gives up when the server never answers: $out"
