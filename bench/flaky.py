#!/usr/bin/env python3
"""Reliability from outside: the packaged service against a flaky, then dead, then healed backend.

Starts target/quarkus-app/quarkus-run.jar (build it first: ./mvnw -B package -DskipTests) with default settings
against an in-process OpenAI-compatible fake and measures, over the corpus dev split:
  1. 20 articles with 30 % HTTP 5xx, 10 % malformed and 10 % truncated answers (seeded): how many come back 200,
     whether every 200 is whole, and (backend then down) that exactly those were cached;
  2. an outage: how many articles until the circuit breaker opens, and how long after the backend heals until
     requests are served again;
  3. a second instance on the same cache folder: both ready, the second's readiness naming the degraded tier;
  4. 300 quick requests from one client for a cached article, no API keys: how many 429.
Usage: python3 bench/flaky.py [--seed N] [--smoke]   (corpus from YOYAK_CORPUS_DIR or ../shared/corpus)
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import fake_answers

SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 13
SMOKE = "--smoke" in sys.argv  # every step at its smallest: checks the script runs, its figures mean nothing
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.environ.get("YOYAK_CORPUS_DIR", os.path.join(ROOT, "..", "shared", "corpus"))
MODE = {"mode": "ok"}
RNG = random.Random(SEED)
FAULTS = {"ok": 0, "error": 0, "malformed": 0, "truncated": 0}


class Fake(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        kind, content = fake_answers.answer(body)
        finish, status = "stop", 200
        if MODE["mode"] == "down":
            status = 500
        elif MODE["mode"] == "flaky":
            x = RNG.random()
            fault = "error" if x < 0.3 else "malformed" if x < 0.4 else "truncated" if x < 0.5 else "ok"
            FAULTS[fault] += 1
            if fault == "error":
                status = 500 if x < 0.15 else 503
            elif fault == "malformed":
                content = "[99] Here is the translation." if kind == "translation" else "Sure! It is about news."
            elif fault == "truncated":
                content, finish = content[: len(content) // 2], "length"
        if status != 200:
            out = json.dumps({"error": {"message": "fake failure", "type": "server_error"}}).encode()
        elif body.get("stream"):
            fake_answers.stream(self, body, fake_answers.pieces(content), finish)
            return
        else:
            out = fake_answers.completion(body, content, finish)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)


def articles(count, offset):
    ko = open(os.path.join(CORPUS, "korean-english-park.dev.ko"), encoding="utf-8").read().split("\n")
    result = []
    for i in range(count):
        at = offset + i * 13
        text = ko[at] + "\n\n홍길동 기자 2024.07.30 11:15\n\n[서울=가상뉴스] "
        for p in range(6):
            text += ko[at + 1 + 2 * p] + " " + ko[at + 2 + 2 * p] + "\n\n"
        result.append(text + "ⓒ가상뉴스 무단전재 및 재배포 금지")
    return result


def post(port, text):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/summarize", json.dumps({"text": text}).encode(),
                                     {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=300) as r:
            return r.status, json.loads(r.read()), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}"), dict(e.headers)


def whole(answer):
    pairs = [p for p in answer["paragraphs"] + [answer["title"]] if p["ko"]]
    return all(p["en"] == fake_answers.english(p["ko"]) for p in pairs) \
        and answer["summary"]["en"] == "Seoul will invest in new industries." \
        and not any(c["kind"] == "omission" for c in answer["checks"])


def start(port, backend, cache_dir):
    env = dict(os.environ, YOYAK_PROVIDER="openai", QUARKUS_HTTP_PORT=str(port), YOYAK_CACHE_DIR=cache_dir,
               QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL=f"http://127.0.0.1:{backend}/v1",
               QUARKUS_LANGCHAIN4J_OPENAI_API_KEY="none")
    if SMOKE:  # short waits, so that the outage and the healing take seconds
        env.update(YOYAK_BACKEND_BACKOFF="10ms", YOYAK_BACKEND_MAX_BACKOFF="50ms", YOYAK_BACKEND_BREAKER_DELAY="2s")
    log = open(os.path.join(cache_dir, f"yoyak-{port}.log"), "w")
    proc = subprocess.Popen(["java", "-jar", os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar")], env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    for _ in range(600):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=2) as r:
                return proc, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return proc, json.loads(e.read())
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the service did not start")


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Fake)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    backend = server.server_address[1]
    cache = tempfile.mkdtemp(prefix="yoyak-flaky-")
    port, port2 = 18290, 18291
    proc, _ = start(port, backend, cache)
    results = {"seed": SEED}
    try:
        # 1. Faults absorbed.
        print('faults absorbed…', file=sys.stderr, flush=True)
        MODE["mode"] = "flaky"
        texts = articles(4 if SMOKE else 20, 100)
        started = time.time()
        statuses, broken = [], 0
        for text in texts:
            status, answer, _ = post(port, text)
            statuses.append(status)
            broken += status == 200 and not whole(answer)
        results["flaky"] = {"articles": len(texts), "ok": statuses.count(200), "statuses": statuses,
                            "ok_but_not_whole": broken, "seconds": round(time.time() - started, 1),
                            "replies": dict(FAULTS)}
        MODE["mode"] = "down"
        cached_right = all((post(port, t)[0] == 200) == (s == 200) for t, s in zip(texts, statuses))
        results["flaky"]["cached_exactly_the_200s"] = cached_right

        # 2. Outage, then healing. (The re-reads above already fed the breaker some failed calls.)
        print('outage…', file=sys.stderr, flush=True)
        n, status, answer = 0, 0, {}
        for text in articles(30, 400):
            n += 1
            status, answer, headers = post(port, text)
            if "circuit open" in answer.get("detail", ""):
                break
        results["outage"] = {"articles_until_open": n, "retry_after": headers.get("Retry-After")}
        MODE["mode"] = "ok"
        healed, tries = time.time(), 0
        while post(port, f"{texts[0]}\n\n(복구 {tries})")[0] != 200:
            tries += 1
            if time.time() - healed > 300:
                sys.exit("not served again within 300 s of the backend healing")
            time.sleep(0.5)
        results["outage"]["served_again_after_s"] = round(time.time() - healed, 1)

        # 3. A second instance on the same cache folder.
        proc2, ready2 = start(port2, backend, cache)
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready") as r:
                ready1 = json.loads(r.read())
            cache2 = next(c for c in ready2["checks"] if c["name"] == "result-cache")
            results["two_instances"] = {"first": ready1["status"], "second": ready2["status"],
                                        "second_cache": cache2["data"],
                                        "second_answers": post(port2, texts[0] + "\n\n(둘째)")[0]}
        finally:
            proc2.terminate()
            proc2.wait()

        # 4. No keys, no limit set: one client, 300 quick requests for a cached article.
        codes = [post(port, texts[0])[0] for _ in range(20 if SMOKE else 300)]
        results["one_client_300_cached"] = {str(c): codes.count(c) for c in sorted(set(codes))}
    finally:
        proc.terminate()
        proc.wait()
        server.shutdown()
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
