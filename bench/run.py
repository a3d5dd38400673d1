#!/usr/bin/env python3
"""yoyak's performance benchmark: one command, one run, results written to bench/RESULTS.md and two PNG plots.

Starts bench/fake_backend.py (OpenAI-compatible, injected latency) and the packaged service against it, then
measures cache-hit throughput with wrk next to a trivial JSON endpoint, cache-miss overhead, long-article
scaling, prompt ÷ source tokens, single-flight, start-up time and RSS. Standard library only, plus wrk and
gnuplot (Debian packages). Usage: python3 bench/run.py [--call-ms 200] [--token-ms 2] [--seconds 10]

With --engine it measures instead how close an article comes to its floor on an emulated CPU llama.cpp engine
(bench/engine.py) with 1 and 4 slots, and rewrites that section of RESULTS.md alone (results-engine.json).
"""
import argparse
import concurrent.futures
import datetime
import json
import os
import pathlib
import platform
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
# ../shared/corpus next to the checkout (a worktree under wt/ looks one level further up), or YOYAK_CORPUS_DIR.
CORPUS = pathlib.Path(os.environ["YOYAK_CORPUS_DIR"]) / "korean-english-park.dev.ko" if "YOYAK_CORPUS_DIR" in os.environ \
    else next((p / "shared" / "corpus" / "korean-english-park.dev.ko" for p in (ROOT.parent, ROOT.parent.parent)
               if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared" / "corpus" / "korean-english-park.dev.ko")


def free_port():
    """A port nobody listens on now: several checkouts may run this bench on one machine at the same time."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


SERVICE_PORT, FAKE_PORT = free_port(), free_port()


def http(method, url, body=None, headers=None, timeout=600):
    data = json.dumps(body).encode() if isinstance(body, (dict, list)) else body
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if isinstance(body, (dict, list)):
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, response.read()


def service(path):
    return f"http://127.0.0.1:{SERVICE_PORT}{path}"


def stats(reset=False):
    if reset:
        http("POST", f"http://127.0.0.1:{FAKE_PORT}/stats/reset", b"{}")
        return {}
    return json.loads(http("GET", f"http://127.0.0.1:{FAKE_PORT}/stats")[1])


def tokens(text):
    wide = sum(1 for c in text if '\uac00' <= c <= '\ud7a3' or '\u4e00' <= c <= '\u9fff')
    other = sum(1 for c in text if not c.isspace()) - wide
    return wide + -(-other * 2 // 7)


def article(paragraphs, offset=0, lines_each=4):
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return "\n\n".join(" ".join(l.strip() for l in lines[offset + p * lines_each: offset + (p + 1) * lines_each])
                       for p in range(paragraphs))


def rss_kb(pid):
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return -1


def summarize(text, cache=False):
    start = time.monotonic()
    status, body = http("POST", service("/summarize"), {"text": text, "cache": cache})
    return (time.monotonic() - start) * 1000, json.loads(body)


def wrk(url, connections, seconds, script=None, env=None):
    command = ["wrk", "-t", str(min(2, connections)), "-c", str(connections), "-d", f"{seconds}s", "--latency", url]
    if script:
        command[1:1] = ["-s", str(script)]
    out = subprocess.run(command, capture_output=True, text=True, env={**os.environ, **(env or {})}, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    def percentile(p):
        value, unit = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p50": percentile(50), "p99": percentile(99), "requests": total,
            "non2xx": int(errors.group(1)) if errors else 0}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--call-ms", type=float, default=200)
    parser.add_argument("--token-ms", type=float, default=2)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--engine", action="store_true", help="the CPU-engine emulation run only")
    parser.add_argument("--speed", type=float, default=10, help="engine emulation: times faster than real")
    parser.add_argument("--paragraphs", default="5,20,60", help="engine emulation: article sizes")
    parser.add_argument("--container-memory", default="1g",
                        help="size the JVM as in a container with this memory limit (deploy/Dockerfile.jvm flags)")
    parser.add_argument("--hits", type=int, default=400_000, help="cache hits served before RSS is read")
    parser.add_argument("--hits-only", action="store_true", help="skip the cache-miss measurements (quicker)")
    parser.add_argument("--smoke", action="store_true",
                        help="every step at its smallest (seconds, not minutes), printed only: checks the script runs")
    args = parser.parse_args()
    if args.smoke:
        args.seconds, args.hits, args.speed, args.paragraphs = 1, 0, 100, "2"
    jar = ROOT / "target" / "quarkus-app" / "quarkus-run.jar"
    if not jar.exists():
        sys.exit("build first: ./mvnw -B package -DskipTests")
    if args.engine:
        import engine_bench
        engine_bench.run(args, jar)
        return
    work = pathlib.Path(tempfile.mkdtemp(prefix="yoyak-bench-"))
    results = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
               "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip(),
               "machine": f"{os.cpu_count()} cores, {round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB, {platform.platform()}",
               "java": subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0],
               "backend": {"call_ms": args.call_ms, "token_ms": args.token_ms},
               "container_memory": args.container_memory, "load_before": os.getloadavg()[0]}
    fake = subprocess.Popen([sys.executable, str(BENCH / "fake_backend.py"), str(FAKE_PORT), str(args.call_ms), str(args.token_ms)])
    env = {**os.environ, "YOYAK_PROVIDER": "openai", "QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL": f"http://127.0.0.1:{FAKE_PORT}/v1",
           "QUARKUS_LANGCHAIN4J_OPENAI_API_KEY": "bench", "QUARKUS_HTTP_PORT": str(SERVICE_PORT),
           "YOYAK_CACHE_DIR": str(work / "cache"), "YOYAK_RATE_LIMIT_PER_MINUTE": "0", "YOYAK_LIMITS_QUEUE": "128",
           "QUARKUS_LOG_LEVEL": "WARN"}
    started = time.monotonic()
    # The image's JVM flags, with the container's memory limit as the JVM's idea of physical memory.
    jvm = [f"-XX:MaxRAM={args.container_memory}", "-XX:MaxRAMPercentage=75"] if args.container_memory else []
    app = subprocess.Popen(["java", *jvm, "--enable-native-access=ALL-UNNAMED", "-jar", str(jar)], env=env,
                           stdout=open(work / "service.log", "w"), stderr=subprocess.STDOUT)
    try:
        while True:
            if app.poll() is not None:
                sys.exit(f"the service exited at start-up; see {work / 'service.log'}")
            try:
                if http("GET", service("/q/health/ready"), timeout=2)[0] == 200:
                    break
            except Exception:
                time.sleep(0.02)
        results["startup_ms"] = round((time.monotonic() - started) * 1000)
        time.sleep(2)
        results["rss_idle_mb"] = round(rss_kb(app.pid) / 1024)

        # Warm-up: the first request pays for JIT and client set-up; it is not part of any figure.
        for offset in (900, 950):
            summarize(article(5, offset=offset))

        results["scaling"], results["single_flight"] = [], None
        if not args.hits_only:
            # 2-4. Misses: latency, backend calls and busy time, prompt tokens ÷ source tokens, by article length.
            for paragraphs in ((1, 5) if args.smoke else (1, 5, 20, 80)):
                text = article(paragraphs, offset=100)
                stats(reset=True)
                latency, answer = summarize(text)
                s = stats()
                results["scaling"].append({
                    "paragraphs": paragraphs, "latency_ms": round(latency), "chunks": answer["chunks"],
                    "backend_calls": s["calls"], "backend_busy_ms": s["busy_ms"],
                    "overhead": round(latency / s["busy_ms"], 3),
                    "translation_calls": s["translation"],
                    "prompt_tokens_per_source_token": round(s["prompt_tokens"] / tokens(text), 2),
                    "translation_prompt_tokens_per_source_token": round(s["translation_prompt_tokens"] / tokens(text), 2)})

            # 5. Single-flight: 64 identical concurrent misses.
            text = article(5, offset=600)
            stats(reset=True)
            with concurrent.futures.ThreadPoolExecutor(64) as pool:
                answers = list(pool.map(lambda _: summarize(text, cache=True)[1]["id"], range(64)))
            results["single_flight"] = {"requests": 64, "distinct_ids": len(set(answers)), "backend_calls": stats()["calls"]}

        # 1. Cache hits against a trivial JSON endpoint of the same server, at 1, 16 and 64 connections: a small
        # article (5 corpus paragraphs) and a news page (bench/news-page.txt: 17 paragraphs, a caption, ~1,900
        # characters; its answer ~13 KB), each run right before the ceiling's so both see the same machine load.
        results["hits"] = []
        cached_requests = 0
        pages = {"small": article(5, offset=300), "news page": (BENCH / "news-page.txt").read_text(encoding="utf-8")}
        for name, text in pages.items():
            body = work / f"{name.replace(' ', '-')}.json"
            body.write_text(json.dumps({"text": text}, ensure_ascii=False), encoding="utf-8")  # UTF-8, as clients send
            answer = summarize(text, cache=True)[1]
            size = len(http("POST", service("/summarize"), {"text": text})[1])
            # Warm-up of the hit path (JIT), counted among the hits served but not measured.
            warm = min(5, args.seconds)
            cached_requests += wrk(service("/summarize"), 64, warm, BENCH / "hit.lua", {"ARTICLE_JSON": str(body)})["requests"]
            wrk(service("/q/health/live"), 64, warm)
            for connections in (1, 16, 64):
                hit = wrk(service("/summarize"), connections, args.seconds, BENCH / "hit.lua", {"ARTICLE_JSON": str(body)})
                ceiling = wrk(service("/q/health/live"), connections, args.seconds)
                cached_requests += hit["requests"]
                results["hits"].append({"article": name, "chars": len(text), "paragraphs": len(answer["paragraphs"]),
                                        "answer_bytes": size, "connections": connections, "hit": hit,
                                        "ceiling": ceiling, "ratio": round(hit["rps"] / ceiling["rps"], 3)})
        # 6. Memory after at least --hits cache hits (more news-page hits until there), in the container's sizing.
        while cached_requests < args.hits:
            cached_requests += wrk(service("/summarize"), 64, args.seconds, BENCH / "hit.lua", {"ARTICLE_JSON": str(body)})["requests"]
        results["rss_after_cached_mb"] = round(rss_kb(app.pid) / 1024)
        results["cached_requests"] = cached_requests
        results["load_after"] = os.getloadavg()[0]
    finally:
        app.terminate()
        fake.terminate()
        app.wait(30)
    if args.hits_only or args.smoke:  # a quick look: printed, the recorded results stay those of the last full run
        print(json.dumps(results, indent=2))
        return
    (BENCH / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    plots(results)
    report(results)
    print(json.dumps(results, indent=2))


def plots(results):
    data = BENCH / "plot-data"
    data.mkdir(exist_ok=True)
    (data / "scaling.dat").write_text("".join(f"{r['paragraphs']} {r['latency_ms']} {r['backend_busy_ms']}\n"
                                             for r in results["scaling"]))
    by = {(h["article"], h["connections"]): h for h in results["hits"]}
    (data / "throughput.dat").write_text("".join(
        f"{c} {by[('small', c)]['hit']['rps']} {by[('news page', c)]['hit']['rps']} {by[('news page', c)]['ceiling']['rps']}\n"
        for c in (1, 16, 64)))
    script = f"""
set terminal png size 900,560
set grid
set key left top
set output '{BENCH}/latency-vs-length.png'
set title 'Cache-miss latency vs article length (fake backend {results["backend"]["call_ms"]:.0f} ms/call + {results["backend"]["token_ms"]:.0f} ms/token)'
set xlabel 'paragraphs'
set ylabel 'ms'
set logscale x 2
plot '{data}/scaling.dat' using 1:2 with linespoints title 'yoyak latency', '' using 1:3 with linespoints title 'backend busy time'
set output '{BENCH}/throughput-vs-connections.png'
set title 'Cache-hit throughput vs connections (wrk)'
set xlabel 'connections'
set ylabel 'requests/s'
plot '{data}/throughput.dat' using 1:2 with linespoints title 'POST /summarize, cache hit, small article', '' using 1:3 with linespoints title 'POST /summarize, cache hit, news page', '' using 1:4 with linespoints title 'GET /q/health/live (ceiling)'
"""
    subprocess.run(["gnuplot"], input=script, text=True, check=True)


# Where a cache hit's time goes: JFR profiles (settings=profile, `jfr print --events jdk.ExecutionSample`), samples
# of the event-loop and worker threads under wrk with 64 connections on the news page, grouped by the innermost
# frame of ours or of a library step. Taken by hand (see bench/README.md), not by this script.
PROFILE = """
### Where a hit's time goes (profile before the change, and after it)

JFR execution samples of the request threads (event loop and workers) during 64-connection news-page hits,
grouped by the innermost step they were in. The machine was shared (load average 8–36 on 2 cores), so only
the shares are meaningful.

Before (`8b2ffe1`, 1,535 samples in two recordings):

| step | share |
|---|---|
| JSON body parse (Jackson; mostly building the 1,900-character `text` string from 5 KB of UTF-8) | 24 % |
| answer serialization (Jackson, 13 KB) | 19 % |
| worker-thread hop and hand-back (executor queue, park/unpark) | 15 % |
| text normalization (`KoreanText.normalize`) | 8 % |
| cache key SHA-256 | 3 % |
| bean validation; metrics and access filters | 2 %; 3 % |
| memory-tier lookup (Caffeine) | <1 % |
| HTTP read and routing, response write, RESTEasy handler chain | 25 % |

Three quarters of a hit re-did work whose result was already known: parsing the same body, normalizing and
hashing the same text, serializing the same answer, on a worker thread it had to move to first.

After (577 samples in two recordings): a body seen before costs a CRC32C, two hash-map lookups and a write of
the stored bytes, on the event loop.

| step | share |
|---|---|
| yoyak's hit path (request memo, memory tier, resource) | 4 % |
| access-control and metrics filters | 6 % |
| writing the stored 13 KB (Vert.x/Netty) | 22 % |
| HTTP read and routing, RESTEasy handler chain (framework only) | 65 % |
| worker-thread hop | <1 % |
"""


def report(r):
    lines = [
        "# Benchmark results", "",
        f"Measured by `python3 bench/run.py` on {r['date']}, commit `{r['commit']}`: {r['machine']}; {r['java']}.",
        f"Fake backend: {r['backend']['call_ms']:.0f} ms per call + {r['backend']['token_ms']:.0f} ms per output token, in the same machine.",
        f"JVM sized as in a container with a {r['container_memory']} memory limit (`-XX:MaxRAM={r['container_memory']} -XX:MaxRAMPercentage=75`, the image's flag).",
        f"Machine load average (1 min) before / after: {r['load_before']:.1f} / {r['load_after']:.1f} (the machine is shared; 2 cores).",
        "", "## 1. Cache hits vs a trivial JSON endpoint (wrk, 2 threads)", "",
        "Each hit run is followed at once by the same wrk run on `GET /q/health/live`, so the ratio compares two",
        "measurements under the same machine load.", "",
        "| article | connections | hits req/s | p50 ms | p99 ms | ceiling req/s | ceiling p50 / p99 ms | hit ÷ ceiling |",
        "|---|---|---|---|---|---|---|---|"]
    for h in r["hits"]:
        lines.append(f"| {h['article']} ({h['chars']:,} chars, {h['paragraphs']} paragraphs; answer {h['answer_bytes']:,} B) | "
                     f"{h['connections']} | {h['hit']['rps']:.0f} | {h['hit']['p50']:.2f} | {h['hit']['p99']:.2f} | "
                     f"{h['ceiling']['rps']:.0f} | {h['ceiling']['p50']:.2f} / {h['ceiling']['p99']:.2f} | {h['ratio']:.2f} |")
    lines += ["", "Non-2xx answers during the hit runs: " + ", ".join(str(h["hit"]["non2xx"]) for h in r["hits"]) + ".",
              "", PROFILE.strip(), "",
              "## 2–4. Cache misses by article length", ""]
    if not r["scaling"]:
        lines += ["Not measured in this run (`--hits-only`).", ""]
    lines += [
              "| paragraphs | latency ms | backend busy ms | latency ÷ backend | chunks | backend calls | prompt ÷ source tokens: translation / all calls |",
              "|---|---|---|---|---|---|---|"]
    for s in r["scaling"]:
        lines.append(f"| {s['paragraphs']} | {s['latency_ms']} | {s['backend_busy_ms']:.0f} | {s['overhead']:.2f} | "
                     f"{s['chunks']} | {s['backend_calls']} | {s['translation_prompt_tokens_per_source_token']:.2f} / {s['prompt_tokens_per_source_token']:.2f} |")
    sf = r["single_flight"] or {"requests": 0, "backend_calls": "–", "distinct_ids": "–"}
    lines += ["", "\"Backend busy\" is the wall time during which at least one backend call was in flight: the backend's",
              "share of the critical path. Prompt ÷ source counts every call (glossary, chunks, summary map and reduce),",
              "with yoyak's token estimate.", "",
              "## 5. Single-flight", "",
              f"{sf['requests']} identical concurrent misses: {sf['backend_calls']} backend calls, {sf['distinct_ids']} distinct id(s).", "",
              "## 6. Start-up and memory", "",
              f"- start-up to ready (`java -jar`, process start to `/q/health/ready` 200): {r['startup_ms']} ms",
              f"- RSS idle: {r['rss_idle_mb']} MB; after {r['cached_requests']:,} cached requests: {r['rss_after_cached_mb']} MB",
              f"  (JVM sized for a {r['container_memory']} container limit: heap at most 75 % of it; the memory tier is bounded",
              "  in bytes, `YOYAK_CACHE_MEMORY_SIZE`, default 64 MiB)", "",
              "![latency vs article length](latency-vs-length.png)", "",
              "![throughput vs connections](throughput-vs-connections.png)", ""]
    engine = BENCH / "results-engine.json"
    if engine.exists():
        import engine_bench
        lines += engine_bench.section(json.loads(engine.read_text(encoding="utf-8")))
    # Section 8 (bench/embedded.sh, written by hand from its output) is kept as it stands.
    page = BENCH / "RESULTS.md"
    old = page.read_text(encoding="utf-8") if page.exists() else ""
    kept = old[old.index("\n## 8. "):] if "\n## 8. " in old else ""
    page.write_text("\n".join(lines).rstrip("\n") + "\n" + kept, encoding="utf-8")


if __name__ == "__main__":
    main()
