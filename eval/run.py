#!/usr/bin/env python3
"""Translation quality of yoyak against a plain-prompt baseline on the same backend, scored with chrF and BLEU.

Articles are made of consecutive lines of ../shared/corpus (test split): --lines-per-article lines, two per
paragraph. yoyak runs as the packaged service with whatever backend the environment configures
(YOYAK_PROVIDER, QUARKUS_LANGCHAIN4J_OPENAI_*); the baseline asks the same OpenAI-compatible backend to
translate each article in one plain prompt. --model <preset> runs both on the embedded engine with that preset
(YOYAK_MODEL, downloaded once): yoyak through the packaged service, the baseline afterwards through the same GGUF
in eval/EmbeddedBaseline.java (the embedded engine has no HTTP endpoint).
--gguf PATH does the same with a local GGUF file (an offline install, or the tests' tiny model for a smoke run).
--oracle runs both against eval/oracle_backend.py, which knows the references: the harness must then score
>= 99 chrF, or this exits non-zero. Writes eval/RESULTS.md and eval/results.json.
Usage: python3 eval/run.py [--oracle | --model PRESET | --gguf FILE] [--articles 20] [--lines-per-article 10]
       [--print-only]
"""
import argparse
import datetime
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from metrics import bleu, chrf  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = pathlib.Path(os.environ.get("YOYAK_CORPUS_DIR", ROOT.parent / "shared" / "corpus"))
SERVICE_PORT, ORACLE_PORT = 18380, 18381
BASELINE_PROMPT = "Translate the following Korean news article into English. Answer with the translation only.\n\n"


def post(url, body, headers=None, timeout=1800):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def tokens_used():
    """Backend tokens yoyak has reported so far (its Prometheus counters)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{SERVICE_PORT}/q/metrics", timeout=10) as response:
        text = response.read().decode()
    total = {"input": 0.0, "output": 0.0}
    for kind in total:
        for value in re.findall(rf'yoyak_backend_tokens_total{{[^}}]*type="{kind}"[^}}]*}} ([\d.eE+]+)', text):
            total[kind] += float(value)
    return total


def presets():
    """Preset name -> GGUF file name, read from ModelPreset.java so the two never disagree."""
    source = (ROOT / "src/main/java/dev/yoyak/config/ModelPreset.java").read_text(encoding="utf-8")
    found = re.findall(r'new ModelPreset\("([^"]+)",\s*"[^"]+",\s*"([^"]+)"\s*\+\s*"([^"]+)"', source)
    return {name: (url + rest).rsplit("/", 1)[1] for name, url, rest in found}


def model_dir(env):
    if env.get("YOYAK_MODEL_DIR"):
        return pathlib.Path(env["YOYAK_MODEL_DIR"])
    cache = pathlib.Path(env["XDG_CACHE_HOME"]) if env.get("XDG_CACHE_HOME") else pathlib.Path.home() / ".cache"
    return cache / "yoyak" / "models"


def parse_args(argv=None):
    parser = argparse.ArgumentParser()
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--oracle", action="store_true")
    mode.add_argument("--model", help="an embedded preset: " + ", ".join(presets()))
    mode.add_argument("--gguf", type=pathlib.Path, help="a local GGUF file on the embedded engine (nothing downloaded)")
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--lines-per-article", type=int, default=10)
    parser.add_argument("--print-only", action="store_true", help="print the table, keep the recorded results")
    args = parser.parse_args(argv)
    if args.gguf is not None and not args.gguf.is_file():
        parser.error(f"no GGUF file at {args.gguf}")
    if args.model is not None and args.model not in presets():
        parser.error(f"unknown preset '{args.model}'; presets: {', '.join(presets())}")
    return args


def embedded_baseline(gguf, data):
    """The one-prompt baseline on the embedded engine: same GGUF, same chat template, temperature 0."""
    jars = sorted((ROOT / "target" / "quarkus-app" / "lib" / "main").glob("de.kherud.llama-*.jar"))
    with tempfile.TemporaryDirectory() as tmp:
        given, answers = pathlib.Path(tmp, "in.json"), pathlib.Path(tmp, "out.json")
        given.write_text("\0".join(BASELINE_PROMPT + a["ko"] for a in data), encoding="utf-8")
        subprocess.run(["java", "-cp", str(jars[0]), str(ROOT / "eval" / "EmbeddedBaseline.java"), str(gguf),
                        str(given), str(answers)], check=True)
        return json.loads(answers.read_text(encoding="utf-8"))


def articles(count, lines_each):
    ko = (CORPUS / "korean-english-park.test.ko").read_text(encoding="utf-8").splitlines()
    en = (CORPUS / "korean-english-park.test.en").read_text(encoding="utf-8").splitlines()
    result = []
    for a in range(count):
        lines = range(a * lines_each, (a + 1) * lines_each)
        paragraphs = [" ".join(ko[i].strip() for i in lines[p:p + 2]) for p in range(0, lines_each, 2)]
        result.append({"ko": "\n\n".join(paragraphs), "en": " ".join(en[i].strip() for i in lines)})
    return result


def main():
    args = parse_args()
    jar = ROOT / "target" / "quarkus-app" / "quarkus-run.jar"
    if not jar.exists():
        sys.exit("build first: ./mvnw -B package -DskipTests")
    env = {**os.environ, "QUARKUS_HTTP_PORT": str(SERVICE_PORT), "YOYAK_RATE_LIMIT_PER_MINUTE": "0",
           "YOYAK_CACHE_DIR": tempfile.mkdtemp(prefix="yoyak-eval-"), "QUARKUS_LOG_LEVEL": "WARN"}
    oracle = None
    if args.model:
        env.update({"YOYAK_PROVIDER": "embedded", "YOYAK_MODEL": args.model})
    if args.gguf:
        env.update({"YOYAK_PROVIDER": "embedded", "YOYAK_MODEL_PATH": str(args.gguf.resolve())})
    if args.oracle:
        oracle = subprocess.Popen([sys.executable, str(ROOT / "eval" / "oracle_backend.py"), str(ORACLE_PORT),
                                   str(CORPUS / "korean-english-park.test.ko"), str(CORPUS / "korean-english-park.test.en")])
        env.update({"YOYAK_PROVIDER": "openai", "QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL": f"http://127.0.0.1:{ORACLE_PORT}/v1",
                    "QUARKUS_LANGCHAIN4J_OPENAI_API_KEY": "oracle", "QUARKUS_LANGCHAIN4J_OPENAI_CHAT_MODEL_MODEL_NAME": "oracle"})
    app = subprocess.Popen(["java", "--enable-native-access=ALL-UNNAMED", "-jar", str(jar)], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 1800  # an embedded model may be downloading
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{SERVICE_PORT}/q/health/ready", timeout=5) as r:
                    if r.status == 200:
                        break
            except Exception:
                if time.monotonic() > deadline or app.poll() is not None:
                    sys.exit("the service did not become ready")
                time.sleep(0.5)
        data = articles(args.articles, args.lines_per_article)
        refs = [a["en"] for a in data]

        before, start, yoyak_out, model = tokens_used(), time.monotonic(), [], ""
        for a in data:
            answer = post(f"http://127.0.0.1:{SERVICE_PORT}/summarize", {"text": a["ko"], "cache": False})
            yoyak_out.append(answer["translation"].replace("\n\n", " "))
            model = answer["model"]
        after = tokens_used()
        rows = [{"system": "yoyak", "chrF": chrf(yoyak_out, refs), "BLEU": bleu(yoyak_out, refs),
                 "seconds": time.monotonic() - start, "input_tokens": after["input"] - before["input"],
                 "output_tokens": after["output"] - before["output"]}]

        base_url = env.get("QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL")
        if env.get("YOYAK_PROVIDER", "auto") in ("openai", "auto") and base_url:
            start, base_out, usage = time.monotonic(), [], {"input": 0, "output": 0}
            for a in data:
                answer = post(base_url.rstrip("/") + "/chat/completions", {
                    "model": env.get("QUARKUS_LANGCHAIN4J_OPENAI_CHAT_MODEL_MODEL_NAME", "gpt-4o-mini"), "temperature": 0,
                    "messages": [{"role": "user", "content": BASELINE_PROMPT + a["ko"]}]},
                    {"Authorization": "Bearer " + env.get("QUARKUS_LANGCHAIN4J_OPENAI_API_KEY", "none")})
                base_out.append(answer["choices"][0]["message"]["content"].replace("\n\n", " "))
                usage["input"] += answer.get("usage", {}).get("prompt_tokens", 0)
                usage["output"] += answer.get("usage", {}).get("completion_tokens", 0)
            rows.append({"system": "baseline (one plain prompt)", "chrF": chrf(base_out, refs), "BLEU": bleu(base_out, refs),
                         "seconds": time.monotonic() - start, "input_tokens": usage["input"], "output_tokens": usage["output"]})
    finally:
        app.terminate()
        app.wait()
        if oracle:
            oracle.terminate()
    if args.model or args.gguf:
        # After the service has stopped: the machine holds one copy of the model at a time.
        start = time.monotonic()
        base = embedded_baseline(args.gguf.resolve() if args.gguf else model_dir(env) / presets()[args.model], data)
        base_out = [b["text"].replace("\n\n", " ") for b in base]
        rows.append({"system": "baseline (one plain prompt)", "chrF": chrf(base_out, refs), "BLEU": bleu(base_out, refs),
                     "seconds": time.monotonic() - start, "input_tokens": sum(b["prompt_tokens"] for b in base),
                     "output_tokens": sum(b["output_tokens"] for b in base)})
    result = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
              "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip(),
              "backend": "oracle (eval/oracle_backend.py)" if args.oracle else model,
              "articles": args.articles, "lines_per_article": args.lines_per_article, "rows": rows}
    table = ["| system | chrF | BLEU | seconds | backend input tokens | output tokens |", "|---|---|---|---|---|---|"]
    table += [f"| {r['system']} | {r['chrF']:.2f} | {r['BLEU']:.2f} | {r['seconds']:.1f} | {r['input_tokens']:.0f} | {r['output_tokens']:.0f} |"
              for r in rows]
    report = [f"# Translation quality", "",
              f"`python3 eval/run.py{' --oracle' if args.oracle else ''}{' --model ' + args.model if args.model else ''}{' --gguf ' + args.gguf.name if args.gguf else ''}` on {result['date']}, commit `{result['commit']}`: "
              f"{args.articles} articles of {args.lines_per_article} consecutive lines (corpus test split), backend: {result['backend']}.",
              "", *table, "",
              "Token counts: yoyak's from its `yoyak_backend_tokens_total` metric, the baseline's from the backend's `usage`"
              " (the oracle counts characters, not tokens)."]
    print("\n".join(table))
    if args.print_only:
        return
    name = "oracle" if args.oracle else (args.model or (args.gguf.stem if args.gguf else "latest"))
    (ROOT / "eval" / f"results-{name}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    (ROOT / "eval" / f"RESULTS-{name}.md").write_text("\n".join(report) + "\n", encoding="utf-8")
    if args.oracle and rows[0]["chrF"] < 99:
        sys.exit(f"harness check failed: oracle chrF {rows[0]['chrF']:.2f} < 99")


if __name__ == "__main__":
    main()
