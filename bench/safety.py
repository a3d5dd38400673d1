#!/usr/bin/env python3
"""Nothing wrong is served or kept (issue #23), checked from outside against the packaged jar.

Starts target/quarkus-app/quarkus-run.jar (./mvnw -B package -DskipTests) against bench/fake_backend.py and:
  1. two glossaries that print alike give two answers; the same glossary in another order, one;
  2. a real-size article (over 2,000 characters) sent form-encoded gets 200 on /v2/translate and /translate;
  3. 300 wrong API keys in a row from one address meet a 429;
  4. the cache folder on a 3 MB tmpfs (needs root; skipped otherwise): filled, an answer made, freed, another made;
     both are cached after a restart;
  5. two instances started 3 s apart on one empty model folder, the model host serving a tiny GGUF slowly: both
     ready, one download, one verified file, no leftovers;
  6. a model host answering 503 five times: the instance becomes ready without a restart.
The tiny GGUF is the test suite's (target/test-models/yoyak-tiny.gguf: run the tests first).
Usage: python3 bench/safety.py
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from flaky import articles  # noqa: E402  (corpus articles)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TINY = os.path.join(ROOT, "target", "test-models", "yoyak-tiny.gguf")
KEY = "safety-key"


def call(port, path, body=None, headers=None, form=None):
    data, hdrs = None, dict(headers or {})
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        hdrs["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body).encode()
        hdrs["Content-Type"] = "application/json"
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data, hdrs)
    try:
        with urllib.request.urlopen(request, timeout=300) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def start(port, env, log_dir):
    if port_open(port):
        raise SystemExit(f"port {port} is in use: stop what listens there first")
    full = dict(os.environ, QUARKUS_HTTP_PORT=str(port), **env)
    log = open(os.path.join(log_dir, f"yoyak-{port}.log"), "w")
    return subprocess.Popen(["java", "-jar", os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar")], env=full,
                            stdout=log, stderr=subprocess.STDOUT)


def await_ready(port, proc, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"instance on {port} exited with {proc.returncode}")
        status, body = call(port, "/q/health/ready") if port_open(port) else (0, {})
        if status == 200:
            return body
        time.sleep(0.2)
    raise SystemExit(f"instance on {port} not ready in {seconds} s: {call(port, '/q/health/ready')}")


def port_open(port):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/live", timeout=2).close()
        return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def stop(proc):
    proc.terminate()
    proc.wait(30)


def backend_env(backend, cache_dir, **extra):
    return dict(YOYAK_PROVIDER="openai", YOYAK_CACHE_DIR=cache_dir, QUARKUS_LANGCHAIN4J_OPENAI_API_KEY="none",
                QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL=f"http://127.0.0.1:{backend}/v1", **extra)


def api_checks(backend, work):
    proc = start(18401, backend_env(backend, os.path.join(work, "api"), YOYAK_API_KEYS=KEY), work)
    auth = {"X-API-Key": KEY}
    try:
        await_ready(18401, proc)
        text = articles(1, 700)[0]
        g1 = {"대통령": "President", "윤석열": "Yoon Suk Yeol"}
        g2 = {"대통령": "President, 윤석열=Yoon Suk Yeol"}
        a = call(18401, "/summarize", {"text": text, "glossary": g1}, auth)[1]
        b = call(18401, "/summarize", {"text": text, "glossary": g2}, auth)[1]
        c = call(18401, "/summarize", {"text": text, "glossary": dict(reversed(list(g1.items())))}, auth)[1]
        glossary = {"two_glossaries_two_ids": a["id"] != b["id"], "second_cached": b["cached"],
                    "reordered_same_id": c["id"] == a["id"], "reordered_cached": c["cached"]}
        article = "\n".join(articles(3, 800))
        deepl = call(18401, "/v2/translate", headers={"Authorization": f"DeepL-Auth-Key {KEY}"},
                     form={"text": article, "target_lang": "EN-US"})[0]
        libre = call(18401, "/translate", form={"q": article, "source": "ko", "target": "en", "api_key": KEY})[0]
        form = {"characters": len(article), "urlencoded_bytes": len(urllib.parse.quote(article)),
                "deepl": deepl, "libretranslate": libre}
        codes = [call(18401, "/summarize", {"text": text}, {"X-API-Key": f"guess-{i}"})[0] for i in range(300)]
        keys = {str(s): codes.count(s) for s in sorted(set(codes))}
        keys["first_429_at"] = codes.index(429) + 1 if 429 in codes else None
        return {"glossary": glossary, "form_encoded_article": form, "wrong_keys_300": keys}
    finally:
        stop(proc)


def full_disk(backend, work):
    mount = os.path.join(work, "small-disk")
    os.makedirs(mount)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount], capture_output=True).returncode:
        return {"skipped": "cannot mount a tmpfs here (needs root)"}
    procs = []
    try:
        during, after = articles(2, 600)
        env = backend_env(backend, os.path.join(mount, "cache"), YOYAK_CACHE_DURABLE_RETRY="1s")
        proc = start(18402, env, work)
        procs.append(proc)
        await_ready(18402, proc)
        filler = os.path.join(mount, "filler")
        try:
            with open(filler, "wb") as f:
                while True:
                    f.write(os.urandom(65536))
        except OSError:
            pass
        first = call(18402, "/summarize", {"text": during})[0]
        degraded = call(18402, "/q/health/ready")[1]
        os.remove(filler)
        time.sleep(1.2)
        second = call(18402, "/summarize", {"text": after})[0]
        healed = call(18402, "/q/health/ready")[1]
        stop(proc)
        proc = start(18402, env, work)
        procs.append(proc)
        await_ready(18402, proc)
        result = {"while_full": first, "readiness_while_full": cache_data(degraded), "after_freeing": second,
                  "readiness_after": cache_data(healed),
                  "after_restart_cached": {"made_while_full": call(18402, "/summarize", {"text": during})[1]["cached"],
                                           "made_after_freeing": call(18402, "/summarize", {"text": after})[1]["cached"]}}
        return result
    finally:
        for proc in procs:
            if proc.poll() is None:
                stop(proc)
        subprocess.run(["umount", mount])


def cache_data(ready):
    return next(c for c in ready["checks"] if c["name"] == "result-cache")["data"]


class Host(BaseHTTPRequestHandler):
    """Serves the tiny GGUF at 64 KB every 0.5 s (about 4 s in all); 503 to the first FAIL requests."""
    protocol_version = "HTTP/1.1"
    FAIL = 0
    requests = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        Host.requests.append(self.headers.get("Range"))
        if len(Host.requests) <= Host.FAIL:
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = open(TINY, "rb").read()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        for i in range(0, len(data), 65536):
            self.wfile.write(data[i:i + 65536])
            self.wfile.flush()
            time.sleep(0.5)


def model_env(host, models, cache):
    sha = hashlib.sha256(open(TINY, "rb").read()).hexdigest()
    return dict(YOYAK_PROVIDER="embedded", YOYAK_MODEL_URL=f"http://127.0.0.1:{host}/yoyak-tiny.gguf",
                YOYAK_MODEL_SHA256=sha, YOYAK_MODEL_DIR=models, YOYAK_CACHE_DIR=cache,
                YOYAK_EMBEDDED_CONTEXT_SIZE="16384", YOYAK_EMBEDDED_MAX_TOKENS="256")


def models(work):
    if not os.path.exists(TINY):
        return {"skipped": f"{TINY} missing: run the tests first"}
    server = ThreadingHTTPServer(("127.0.0.1", 0), Host)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host = server.server_address[1]
    results, procs = {}, []
    try:
        folder = os.path.join(work, "models-shared")
        started = time.time()
        one = start(18403, model_env(host, folder, os.path.join(work, "m1")), work)
        procs.append(one)
        time.sleep(3)
        two = start(18404, model_env(host, folder, os.path.join(work, "m2")), work)
        procs.append(two)
        await_ready(18403, one)
        await_ready(18404, two)
        results["two_instances_3s_apart"] = {
            "both_ready_after_s": round(time.time() - started, 1), "downloads": len(Host.requests),
            "folder": sorted(os.listdir(folder))}

        Host.FAIL, Host.requests = 5, []
        started = time.time()
        flaky = start(18405, model_env(host, os.path.join(work, "models-flaky"), os.path.join(work, "m3")), work)
        procs.append(flaky)
        await_ready(18405, flaky)
        results["host_failing_5_times"] = {"ready_after_s": round(time.time() - started, 1),
                                           "host_requests": len(Host.requests),
                                           "restarts": 0, "exit_code": flaky.poll()}
    finally:
        for proc in procs:
            if proc.poll() is None:
                stop(proc)
        server.shutdown()
    return results


def main():
    backend = 18400
    fake = subprocess.Popen([sys.executable, os.path.join(ROOT, "bench", "fake_backend.py"), str(backend), "0", "0"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    work = tempfile.mkdtemp(prefix="yoyak-safety-")
    try:
        time.sleep(1)
        results = {"api": api_checks(backend, work), "full_disk": full_disk(backend, work), "models": models(work)}
    finally:
        fake.terminate()
    print(json.dumps(results, ensure_ascii=False, indent=1))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
