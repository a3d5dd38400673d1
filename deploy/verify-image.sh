#!/usr/bin/env bash
# Builds deploy/Dockerfile.jvm here, where no base image can be pulled and `podman run` does not work:
#   1. makes a local base image: a minimal Debian (debootstrap) with a jlink'd Java 17 runtime, tagged
#      localhost/yoyak-base:17;
#   2. builds yoyak:jvm from it with buildah (--isolation chroot --pull=never);
#   3. unpacks the built image's filesystem and starts its entrypoint under chroot, as the image's user,
#      against a fake OpenAI-compatible backend, and checks /q/health/ready and one /summarize.
# Prints the image size and the start-up time. Needs root, podman, buildah, debootstrap, python3, curl.
# Usage: deploy/verify-image.sh   (after ./mvnw -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."

WORK=${YOYAK_IMAGE_WORK:-/tmp/yoyak-image}
# -cds: the runtime carries the JDK's default CDS archive, which the image's AppCDS archive builds on.
BASE=localhost/yoyak-base:17-cds
IMAGE=localhost/yoyak:jvm
PORT=${YOYAK_IMAGE_PORT:-18180}
FAKE_PORT=${YOYAK_IMAGE_FAKE_PORT:-18181}
JAVA_MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,\
java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,\
java.transaction.xa,java.xml,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.jfr,jdk.management,jdk.net,jdk.unsupported,\
jdk.zipfs,jdk.localedata

SUITE=bookworm

# The Debian mirror this machine's apt already uses for $1 (a suite such as bookworm): the first enabled "deb"
# source for that suite, from /etc/apt/sources.list, sources.list.d/*.list (one-line format) or
# sources.list.d/*.sources (deb822). YOYAK_DEBIAN_MIRROR overrides it.
debian_mirror() {
    local suite=$1 etc=${APT_ETC:-/etc/apt} found
    if [ -n "${YOYAK_DEBIAN_MIRROR:-}" ]; then echo "$YOYAK_DEBIAN_MIRROR"; return; fi
    found=$(cat "$etc/sources.list" "$etc"/sources.list.d/*.list 2>/dev/null \
        | sed -e 's/#.*//' -e 's/\[[^]]*\]//' \
        | awk -v suite="$suite" '$1 == "deb" && $3 == suite { print $2; exit }' || true)
    if [ -z "$found" ]; then
        # deb822: stanzas separated by blank lines; keys are case-insensitive.
        found=$(cat "$etc"/sources.list.d/*.sources 2>/dev/null | awk -v suite="$suite" '
            function flush() {
                if (types ~ /(^| )deb( |$)/ && enabled != "no" && (" " suites " ") ~ (" " suite " ") && uris != "") {
                    split(uris, u, " "); print u[1]; done = 1; exit
                }
                types = ""; suites = ""; uris = ""; enabled = ""
            }
            /^[ \t]*#/ { next }
            /^[ \t]*$/ { flush(); next }
            {
                key = tolower($1); sub(/:$/, "", key); $1 = ""; sub(/^ +/, ""); value = $0
                if (key == "types") types = value
                else if (key == "suites") suites = value
                else if (key == "uris") uris = value
                else if (key == "enabled") enabled = tolower(value)
            }
            END { if (!done) flush() }' || true)
    fi
    [ -n "$found" ] || { echo "no apt source for Debian $suite found in $etc (set YOYAK_DEBIAN_MIRROR)" >&2; return 1; }
    echo "${found%/}"
}

[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
mkdir -p "$WORK"

# 1. Base image: Debian minbase (bash, libstdc++ and libgomp for llama.cpp's JNI library) + a Java 17 runtime.
if ! podman image exists "$BASE"; then
    rootfs="$WORK/base-rootfs"
    rm -rf "$rootfs" "$WORK/jre"
    mirror=$(debian_mirror "$SUITE")
    echo "Debian mirror (from apt sources): $mirror"
    debootstrap --variant=minbase --include=libgomp1,ca-certificates "$SUITE" "$rootfs" "$mirror" >"$WORK/debootstrap.log"
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc "$rootfs"/usr/share/man
    jlink --add-modules "$JAVA_MODULES" --generate-cds-archive --strip-debug --no-man-pages --no-header-files --compress=2 --output "$WORK/jre"
    mkdir -p "$rootfs/opt" && cp -a "$WORK/jre" "$rootfs/opt/java" && ln -sf /opt/java/bin/java "$rootfs/usr/bin/java"
    tar -C "$rootfs" -c . | podman import --change 'ENV PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' - "$BASE" >/dev/null 2>&1
fi
echo "base image: $(podman image inspect "$BASE" --format '{{.Size}}') bytes"

# 2. The application image, exactly as users build it, but from the local base.
# .dockerignore admits only target/quarkus-app/, target/*-runner and deploy/: that is the whole context.
context_bytes=$(tar -cf - target/quarkus-app deploy $(ls target/*-runner 2>/dev/null) | wc -c)
# Docker format: OCI images drop HEALTHCHECK.
buildah bud --quiet --format docker --isolation chroot --pull=never --build-arg BASE_IMAGE="$BASE" \
    -f deploy/Dockerfile.jvm -t "$IMAGE" . >/dev/null
size=$(podman image inspect "$IMAGE" --format '{{.Size}}')
echo "image $IMAGE: $size bytes ($((size / 1024 / 1024)) MiB); build context (per .dockerignore): $((context_bytes / 1024 / 1024)) MiB"

# 3. Unpack and start the entrypoint under chroot, with the image's user, env and workdir.
rootfs="$WORK/app-rootfs"
rm -rf "$rootfs" && mkdir -p "$rootfs"
container=$(buildah from --pull=never "$IMAGE")
mnt=$(buildah mount "$container")
cp -a "$mnt/." "$rootfs/"
buildah umount "$container" >/dev/null && buildah rm "$container" >/dev/null
user=$(podman image inspect "$IMAGE" --format '{{.Config.User}}')
mapfile -t env < <(podman image inspect "$IMAGE" --format '{{range .Config.Env}}{{println .}}{{end}}' | sed '/^$/d')
entrypoint=$(podman image inspect "$IMAGE" --format '{{json .Config.Entrypoint}}' | python3 -c 'import json,sys; print("\0".join(json.load(sys.stdin)), end="")' | tr '\0' '\n')
mapfile -t cmd <<<"$entrypoint"
mkdir -p "$rootfs/proc" "$rootfs/dev" "$rootfs/tmp" && chmod 1777 "$rootfs/tmp"
mount -t proc proc "$rootfs/proc"
mount --bind /dev "$rootfs/dev"
cleanup() {
    [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
    [ -n "${fake:-}" ] && kill "$fake" 2>/dev/null || true
    sleep 1
    umount "$rootfs/proc" 2>/dev/null || true
    umount "$rootfs/dev" 2>/dev/null || true
}
trap cleanup EXIT

# A fake OpenAI-compatible backend on loopback (the chroot shares the host's network).
python3 - "$FAKE_PORT" <<'PY' &
import json, sys, http.server
class Fake(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        system = body["messages"][0]["content"]
        if "glossary" in system and "build a glossary" in system:
            content = '{"entities": []}'
        elif "short, factual summaries" in system:
            content = '{"ko": "서울시가 발표했다.", "en": "Seoul made an announcement."}'
        else:
            content = "[1] Seoul made an announcement."
        if body.get("stream"):  # translations are streamed: server-sent events, then [DONE]
            self.send_response(200); self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close"); self.end_headers(); self.close_connection = True
            for delta, finish in (({"content": content}, None), ({}, "stop")):
                chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": body["model"],
                         "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
                self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
            self.wfile.write(b"data: [DONE]\n\n"); self.wfile.flush()
            return
        out = json.dumps({"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                          "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
                          "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()
        self.send_response(200); self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out))); self.end_headers(); self.wfile.write(out)
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Fake).serve_forever()
PY
fake=$!

start=$(date +%s%N)
env -i "${env[@]}" QUARKUS_HTTP_PORT="$PORT" YOYAK_PROVIDER=openai \
    QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL="http://127.0.0.1:$FAKE_PORT/v1" QUARKUS_LANGCHAIN4J_OPENAI_API_KEY=none \
    chroot --userspec="${user}:0" "$rootfs" /bin/bash -c 'cd /deployments && exec "$@"' _ "${cmd[@]}" >"$WORK/app.log" 2>&1 &
app=$!
for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
    kill -0 "$app" 2>/dev/null || { cat "$WORK/app.log"; echo "the entrypoint died" >&2; exit 1; }
    sleep 0.1
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
curl -sf "http://127.0.0.1:$PORT/q/health/ready" | grep -q '"UP"' || { cat "$WORK/app.log"; exit 1; }
echo "entrypoint ready in ${ready_ms} ms (health/ready UP)"
# The AppCDS archive made in the image is the one in use (the JVM would start without it, only slower).
grep -q 'SharedArchiveFile=/deployments/app-cds.jsa' <<<"${cmd[*]}" && [ -s "$rootfs/deployments/app-cds.jsa" ] \
    || { echo "the image has no AppCDS archive in its entrypoint" >&2; exit 1; }
if grep -qi 'shared archive\|sharing' "$WORK/app.log"; then cat "$WORK/app.log"; echo "the JVM refused the archive" >&2; exit 1; fi
echo "AppCDS archive: $(stat -c %s "$rootfs/deployments/app-cds.jsa") bytes, used without a warning"
answer=$(curl -sf -X POST "http://127.0.0.1:$PORT/summarize" -H 'Content-Type: text/plain; charset=utf-8' \
    --data-binary '[서울=가상뉴스] 서울시가 새 정책을 발표했다.')
echo "$answer" | grep -q '"translation":"Seoul made an announcement."' || { echo "$answer"; cat "$WORK/app.log"; exit 1; }
echo "/summarize through the image: OK"
# The HEALTHCHECK command itself, run inside the image's filesystem.
check=$(podman image inspect "$IMAGE" --format '{{json .HealthCheck.Test}}')
chroot --userspec="${user}:0" "$rootfs" bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT && printf 'GET /q/health/live HTTP/1.0\r\n\r\n' >&3 && grep -q '\"UP\"' <&3" \
    && echo "HEALTHCHECK command: OK ($check)"
echo "image verified"
