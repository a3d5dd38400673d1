#!/usr/bin/env python3
"""An OpenAI-compatible chat-completions fake for benchmarks, with injected latency.

Each call takes CALL_MS plus TOKEN_MS per output token (English ~0.68 of the Korean tokens, the corpus' ratio).
It answers yoyak's prompts in the shapes yoyak expects (streamed as server-sent events when asked), counts calls
by kind and prompt/source sizes, and serves the counts at GET /stats (POST /stats/reset clears them).

With --engine it behaves like a llama.cpp engine on a CPU instead (see engine.py): SLOTS sequences, prompts read
at a shared rate, a per-slot prefix cache, k sequences generating together at the batched rate for k.
Usage: fake_backend.py PORT CALL_MS TOKEN_MS [--engine --slots N --prompt-rate 43 --gen-rates 16.7,23.9,25.5,26.3
       --speed S]
"""
import argparse
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import fake_answers
from engine import Engine
from fake_answers import tokens, tokens_wide

ARGS = argparse.ArgumentParser()
ARGS.add_argument("port", type=int)
ARGS.add_argument("call_ms", type=float)
ARGS.add_argument("token_ms", type=float)
ARGS.add_argument("--engine", action="store_true", help="emulate a CPU llama.cpp engine instead of fixed latency")
ARGS.add_argument("--slots", type=int, default=1)
ARGS.add_argument("--prompt-rate", type=float, default=43.0, help="prompt tokens/s, shared by all slots")
ARGS.add_argument("--gen-rates", default="16.7,23.9,25.5,26.3",
                  help="total generated tokens/s with 1, 2, 3, 4... sequences at once")
ARGS.add_argument("--speed", type=float, default=1.0, help="run the engine this many times faster than real")
OPTIONS = ARGS.parse_args()
PORT, CALL_MS, TOKEN_MS = OPTIONS.port, OPTIONS.call_ms, OPTIONS.token_ms
ENGINE = Engine(OPTIONS.slots, OPTIONS.prompt_rate * OPTIONS.speed,
                [float(r) * OPTIONS.speed for r in OPTIONS.gen_rates.split(",")]) if OPTIONS.engine else None
LOCK = threading.Lock()
STATS = {}


INTERVALS = []


def busy_ms():
    """Wall time during which at least one call was in flight: the backend's share of a request's latency."""
    total, end = 0.0, None
    for start, stop in sorted(INTERVALS):
        if end is None or start > end:
            total += stop - start
            end = stop
        elif stop > end:
            total += stop - end
            end = stop
    return round(total * 1000, 1)


def reset():
    with LOCK:
        STATS.clear()
        INTERVALS.clear()
        STATS.update(calls=0, translation=0, summary=0, notes=0, entities=0, prompt_chars=0, in_flight=0,
                     max_in_flight=0, prompt_tokens=0, output_tokens=0, prompt_tokens_read=0)


class Fake(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        with LOCK:
            body = json.dumps(dict(STATS, busy_ms=busy_ms())).encode()
        self.send(200, body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        raw = self.rfile.read(length)
        if self.path.startswith("/stats/reset"):
            reset()
            self.send(200, b"{}")
            return
        request = json.loads(raw)
        system = request["messages"][0]["content"]
        user = request["messages"][-1]["content"]
        kind, answer = fake_answers.answer(request)
        out_tokens = tokens(answer)
        prompt = "".join(m["content"] for m in request["messages"])
        with LOCK:
            STATS["calls"] += 1
            STATS[kind] += 1
            STATS["prompt_chars"] += len(system) + len(user)
            STATS["prompt_tokens"] = STATS.get("prompt_tokens", 0) + tokens(system) + tokens(user)
            STATS[kind + "_prompt_tokens"] = STATS.get(kind + "_prompt_tokens", 0) + tokens(system) + tokens(user)
            STATS["output_tokens"] += out_tokens
            STATS["in_flight"] += 1
            STATS["max_in_flight"] = max(STATS["max_in_flight"], STATS["in_flight"])
        began = time.monotonic()
        pieces = fake_answers.pieces(answer)
        if ENGINE:
            # Tokens of the answer up to the end of each piece (rounding once, as the floor counts them).
            cumulative, wide, other = [], 0, 0
            for piece in pieces:
                w = tokens_wide(piece)
                wide, other = wide + w, other + sum(1 for c in piece if not c.isspace()) - w
                cumulative.append(wide + -(-other * 2 // 7))
            job = ENGINE.submit(prompt, cumulative)
        else:
            job = None
            time.sleep((CALL_MS + TOKEN_MS * out_tokens) / 1000)
        if request.get("stream"):
            self.stream(request, pieces, job)
        else:
            if job:
                job.wait()
        with LOCK:
            INTERVALS.append((began, time.monotonic()))
            STATS["in_flight"] -= 1
            STATS["backend_ms"] = STATS.get("backend_ms", 0) + CALL_MS + TOKEN_MS * out_tokens
            if job:
                STATS["prompt_tokens_read"] += job.read
        if request.get("stream"):
            return
        body = fake_answers.completion(request, answer, usage={
            "prompt_tokens": tokens(system + user), "completion_tokens": out_tokens,
            "total_tokens": tokens(system + user) + out_tokens})
        self.send(200, body)

    def stream(self, request, pieces, job):
        """Server-sent events, one delta per word: as the engine generates them, or all at once."""
        fake_answers.stream(self, request, pieces, wait=job.wait if job else None)
        if job:
            job.wait()

    def send(self, status, body):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


reset()
ThreadingHTTPServer(("127.0.0.1", PORT), Fake).serve_forever()
