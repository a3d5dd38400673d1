"""bench/run.py --engine: a seed-size article against an emulated CPU llama.cpp engine, as a ratio to its floor.

For 1 and 4 slots: starts bench/fake_backend.py --engine (rates of issue 11, run --speed times faster than real;
every time below is scaled back to real engine seconds) and the packaged service with per-request concurrency =
slots, posts each article once as a stream and records its time, the first `paragraph` event, calls, prompt ÷
source tokens and what the engine really read (its slot prefix cache skips a shared prompt start).
The floor of an article = source tokens ÷ prompt rate + English tokens ÷ the batched rate of the slots in use
(min(slots, body chunks)).
"""
import datetime
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time
import urllib.request

import run as bench

PROMPT_RATE = 43.0
GEN_RATES = [16.7, 23.9, 25.5, 26.3]


def stream(text, timeout=3600):
    """Posts an article for server-sent events; returns (seconds to first paragraph, total seconds, result)."""
    request = urllib.request.Request(bench.service("/summarize"), data=json.dumps({"text": text, "cache": False}).encode(),
                                     headers={"Content-Type": "application/json", "Accept": "text/event-stream"})
    start, first, result, event = time.monotonic(), None, None, None
    with urllib.request.urlopen(request, timeout=timeout) as response:
        for raw in response:
            line = raw.decode("utf-8").rstrip("\n")
            if line.startswith("event:"):
                event = line[6:].strip()
                if event == "paragraph" and first is None:
                    first = time.monotonic() - start
            elif line.startswith("data:") and event in ("result", "problem"):
                result = json.loads(line[5:])
    return first, time.monotonic() - start, result


def measure(slots, speed, sizes, jar, work):
    fake = subprocess.Popen([sys.executable, str(bench.BENCH / "fake_backend.py"), str(bench.FAKE_PORT), "0", "0",
                             "--engine", "--slots", str(slots), "--speed", str(speed)])
    env = {**os.environ, "YOYAK_PROVIDER": "openai",
           "QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL": f"http://127.0.0.1:{bench.FAKE_PORT}/v1",
           "QUARKUS_LANGCHAIN4J_OPENAI_API_KEY": "bench", "QUARKUS_HTTP_PORT": str(bench.SERVICE_PORT),
           "QUARKUS_LANGCHAIN4J_OPENAI_TIMEOUT": "600s", "YOYAK_CONCURRENCY_PER_REQUEST": str(slots),
           "YOYAK_CACHE_DIR": str(work / f"cache-{slots}"), "YOYAK_RATE_LIMIT_PER_MINUTE": "0", "QUARKUS_LOG_LEVEL": "WARN"}
    app = subprocess.Popen(["java", "--enable-native-access=ALL-UNNAMED", "-jar", str(jar)], env=env,
                           stdout=open(work / f"service-{slots}.log", "w"), stderr=subprocess.STDOUT)
    rows = []
    try:
        while True:
            try:
                if bench.http("GET", bench.service("/q/health/ready"), timeout=2)[0] == 200:
                    break
            except Exception:
                time.sleep(0.05)
        stream(bench.article(1, offset=990, lines_each=2))  # warm-up: JIT and client set-up
        for paragraphs in sizes:
            text = bench.article(paragraphs, offset=100)
            bench.stats(reset=True)
            first, total, result = stream(text)
            s = bench.stats()
            source = bench.tokens(text)
            english = bench.tokens(result["title"]["en"] + " " + result["translation"])
            in_use = min(slots, max(1, result["chunks"]))
            floor = source / PROMPT_RATE + english / GEN_RATES[in_use - 1]
            rows.append({"slots": slots, "paragraphs": paragraphs, "source_tokens": source, "english_tokens": english,
                         "chunks": result["chunks"], "calls": s["calls"],
                         "prompt_per_source": round(s["prompt_tokens"] / source, 2),
                         "read_per_source": round(s["prompt_tokens_read"] / source, 2),
                         "seconds": round(total * speed, 1), "floor_seconds": round(floor, 1),
                         "time_per_floor": round(total * speed / floor, 2),
                         "first_paragraph_seconds": round(first * speed, 1),
                         "first_paragraph_share": round(first / total, 2)})
            print(json.dumps(rows[-1]), flush=True)
    finally:
        app.terminate()
        fake.terminate()
        app.wait(30)
    return rows


def run(args, jar):
    work = pathlib.Path(tempfile.mkdtemp(prefix="yoyak-engine-"))
    sizes = [int(p) for p in args.paragraphs.split(",")]
    results = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
               "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=bench.ROOT, capture_output=True,
                                        text=True).stdout.strip(),
               "speed": args.speed, "rows": []}
    for slots in (1, 4):
        results["rows"] += measure(slots, args.speed, sizes, jar, work)
    if args.smoke:  # printed only: the recorded section stays that of the last full run
        return
    (bench.BENCH / "results-engine.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    page = bench.BENCH / "RESULTS.md"
    text = page.read_text(encoding="utf-8") if page.exists() else "# Benchmark results\n"
    marker = "## 7. CPU engine emulation"
    # Section 7 alone is replaced; the sections after it (8: the embedded engine) stay.
    before, _, rest = text.partition(marker)
    after = rest[rest.find("\n## "):] if "\n## " in rest else ""
    text = before.rstrip("\n") + "\n\n" + "\n".join(section(results)).rstrip("\n") + "\n" + after
    page.write_text(text, encoding="utf-8")


def section(r):
    lines = ["## 7. CPU engine emulation: time ÷ floor, first paragraph, prompt ÷ source", "",
             f"`python3 bench/run.py --engine` on {r['date']}, commit `{r['commit']}`: bench/engine.py emulating llama.cpp on",
             "this machine's CPU (prompt 43 tokens/s shared; generation 16.7 / 23.9 / 25.5 / 26.3 tokens/s for 1-4",
             f"sequences; per-slot prefix cache; output streamed), run {r['speed']:g}× faster than real and scaled back:",
             "seconds are the real engine's. Per-request concurrency = slots. Floor = source tokens ÷ 43 + English tokens ÷",
             "the batched rate of the slots in use (min(slots, chunks)). Tokens by yoyak's estimate.", "",
             "| slots | paragraphs | source tokens | chunks | calls | prompt ÷ source (sent / read by the engine) | seconds | floor s | time ÷ floor | first paragraph s (share of run) |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for x in r["rows"]:
        lines.append(f"| {x['slots']} | {x['paragraphs']} | {x['source_tokens']} | {x['chunks']} | {x['calls']} | "
                     f"{x['prompt_per_source']:.2f} / {x['read_per_source']:.2f} | {x['seconds']:.0f} | "
                     f"{x['floor_seconds']:.0f} | {x['time_per_floor']:.2f} | {x['first_paragraph_seconds']:.0f} "
                     f"({x['first_paragraph_share'] * 100:.0f} %) |")
    return lines + [""]
