#!/usr/bin/env python3
"""Attacker texts and crowds against the packaged service (issue #22), with an OpenAI-compatible fake backend.

Starts target/quarkus-app/quarkus-run.jar (build it first: ./mvnw -B package -DskipTests) with default settings
(no API keys, so no rate limit) against bench/fake_backend.py answering each call after CALL_MS, and measures:
  1. each pathological text of 100,000 characters or less on /summarize, /v2/translate and /translate: status,
     time, backend calls and the time the backend was busy (the rest is yoyak's own), while a prober asks
     /q/health/live every 100 ms (its slowest answer is the service's liveness);
  2. two pages of 20,000 nested <div>s posted as text/html to /summarize at once;
  3. 250 identical concurrent requests for one uncached 30-paragraph article: statuses, how many carry the article;
  4. 250 distinct concurrent 30-paragraph articles: statuses, whether every refusal has Retry-After;
  5. one fresh article afterwards: status and time.
Writes bench/results-crowd.json and prints it.
Usage: python3 bench/crowd.py [--call-ms 300]   (corpus from YOYAK_CORPUS_DIR or ../shared/corpus; another jar: YOYAK_JAR)
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

from run import CORPUS, free_port

BENCH = pathlib.Path(__file__).resolve().parent
ROOT = BENCH.parent
SERVICE_PORT, FAKE_PORT = free_port(), free_port()
OPENING = "서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다고 30일 밝혔다.\n"
TEXTS = {
    "1만 × 1,500": OPENING + "1만" * 1500,
    "1천 × 2,000": OPENING + "1천" * 2000,
    "3조 5천억 × 600": OPENING + "3조 5천억 " * 600,
    "1만 × 30,000": OPENING + "1만" * 30000,
    "a@b.c.c.c… 24,000": OPENING + "a@b" + ".c" * 12000,
    "홍길동· × 3,000": OPENING + "홍길동·" * 3000,
    "가. × 20,000": OPENING + "가." * 20000,
    "“가.  × 20,000": OPENING + "“가. " * 20000,
    "1,000 × 19,000": OPENING + "1,000" * 19000,
    "1월 1일 × 15,000": OPENING + "1월 1일 " * 15000,
}


def http(method, path, body=None, headers=None, timeout=120):
    request = urllib.request.Request(f"http://127.0.0.1:{SERVICE_PORT}{path}", data=body, method=method,
                                     headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def send(endpoint, text):
    text += f"\n참고 {uuid.uuid4()}"
    if endpoint == "/summarize":
        return http("POST", endpoint, text.encode(), {"Content-Type": "text/plain; charset=utf-8"})
    if endpoint == "/v2/translate":
        form = urllib.parse.urlencode({"text": text, "target_lang": "EN-US"}).encode()
        return http("POST", endpoint, form, {"Content-Type": "application/x-www-form-urlencoded"})
    body = json.dumps({"q": text, "source": "ko", "target": "en"}).encode()
    return http("POST", endpoint, body, {"Content-Type": "application/json"})


def backend(reset=False):
    """The fake's counts: calls, and busy_ms (wall time with at least one call in flight)."""
    method, path = ("POST", "/stats/reset") if reset else ("GET", "/stats")
    request = urllib.request.Request(f"http://127.0.0.1:{FAKE_PORT}{path}", data=b"{}" if reset else None, method=method)
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def timed(call):
    start = time.monotonic()
    status, headers, body = call()
    return status, round((time.monotonic() - start) * 1000), headers, body


def article(offset):
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    paragraphs = [" ".join(lines[offset + p * 3: offset + p * 3 + 3]) for p in range(30)]
    return "\n\n".join(paragraphs) + f"\n\n(군중 {uuid.uuid4()})"


def summarize(text):
    return http("POST", "/summarize", json.dumps({"text": text}).encode(), {"Content-Type": "application/json"},
                timeout=600)


def crowd(texts):
    start = time.monotonic()
    with ThreadPoolExecutor(len(texts)) as pool:
        answers = list(pool.map(summarize, texts))
    seconds = round(time.monotonic() - start, 1)
    statuses = {}
    for status, _, _ in answers:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    with_article = sum(1 for s, _, b in answers if s == 200 and len(json.loads(b)["paragraphs"]) == 30)
    refusals = [h for s, h, _ in answers if s in (429, 503)]
    return {"statuses": statuses, "with_article": with_article, "seconds": seconds,
            "refusals_with_retry_after": sum(1 for h in refusals if "Retry-After" in h), "refusals": len(refusals)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--call-ms", type=float, default=300)
    args = parser.parse_args()
    jar = pathlib.Path(os.environ.get("YOYAK_JAR", ROOT / "target" / "quarkus-app" / "quarkus-run.jar"))
    work = pathlib.Path(tempfile.mkdtemp(prefix="yoyak-crowd-"))
    fake = subprocess.Popen([sys.executable, str(BENCH / "fake_backend.py"), str(FAKE_PORT), str(args.call_ms), "0"])
    env = {**os.environ, "YOYAK_PROVIDER": "openai", "QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL": f"http://127.0.0.1:{FAKE_PORT}/v1",
           "QUARKUS_LANGCHAIN4J_OPENAI_API_KEY": "bench", "QUARKUS_HTTP_PORT": str(SERVICE_PORT),
           "YOYAK_CACHE_DIR": str(work / "cache"), "QUARKUS_LOG_LEVEL": "WARN"}
    app = subprocess.Popen(["java", "--enable-native-access=ALL-UNNAMED", "-jar", str(jar)], env=env,
                           stdout=open(work / "service.log", "w"), stderr=subprocess.STDOUT)
    results = {"backend_call_ms": args.call_ms, "load_before": os.getloadavg()[0]}
    try:
        while True:
            try:
                if http("GET", "/q/health/ready", timeout=2)[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        summarize(article(900))  # warm-up, not measured

        slowest_live, probing = [0], [True]

        def probe():
            while probing[0]:
                status, ms, _, _ = timed(lambda: http("GET", "/q/health/live", timeout=60))
                slowest_live[0] = max(slowest_live[0], ms if status == 200 else 10 ** 6)
                time.sleep(0.1)

        prober = threading.Thread(target=probe, daemon=True)
        prober.start()
        results["texts"] = {}
        for name, text in TEXTS.items():
            for endpoint in ("/summarize", "/v2/translate", "/translate"):
                backend(reset=True)
                status, ms, _, _ = timed(lambda: send(endpoint, text))
                calls = backend()
                results["texts"][f"{endpoint} {name}"] = {"status": status, "ms": ms, "backend_calls": calls["calls"],
                                                          "backend_busy_ms": round(calls["busy_ms"])}
        page = "<html><body>" + "<div>" * 20000 + "<p>" + OPENING + "</p>" + "</div>" * 20000 + "</body></html>"
        with ThreadPoolExecutor(2) as pool:
            pages = list(pool.map(lambda _: timed(lambda: http("POST", "/summarize", page.encode(),
                                                               {"Content-Type": "text/html; charset=utf-8"})), range(2)))
        results["nested_pages"] = [{"status": s, "ms": ms} for s, ms, _, _ in pages]
        probing[0] = False
        prober.join()
        results["slowest_liveness_ms"] = slowest_live[0]

        results["identical_250"] = crowd([article(0)] * 250)
        results["distinct_250"] = crowd([article(i % 200) for i in range(250)])
        status, ms, _, _ = timed(lambda: summarize(article(700)))
        results["afterwards"] = {"status": status, "ms": ms}
    finally:
        app.terminate()
        app.wait()
        fake.terminate()
    out = BENCH / "results-crowd.json"
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
