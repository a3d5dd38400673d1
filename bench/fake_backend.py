#!/usr/bin/env python3
"""An OpenAI-compatible chat-completions fake for benchmarks, with injected latency.

Each call takes CALL_MS plus TOKEN_MS per output token (output ~ input length, like a translation). It answers
yoyak's prompts in the shapes yoyak expects, counts calls by kind and prompt/source sizes, and serves the
counts at GET /stats (POST /stats/reset clears them).
Usage: fake_backend.py PORT CALL_MS TOKEN_MS
"""
import json
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, CALL_MS, TOKEN_MS = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
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
                     max_in_flight=0)


def tokens(text):
    """yoyak's own estimate: one token per Hangul/CJK character, one per 3.5 other non-space characters."""
    wide = sum(1 for c in text if '\uac00' <= c <= '\ud7a3' or '\u1100' <= c <= '\u11ff' or '\u4e00' <= c <= '\u9fff')
    other = sum(1 for c in text if not c.isspace()) - wide
    return wide + -(-other * 2 // 7)


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
        if "translator of Korean news" in system:
            kind = "translation"
            numbered = user.split("into English:", 1)[1].strip()
            lines = [re.sub(r"^\[\d+\]\s*", "", line) for line in numbered.split("\n") if line.strip()]
            answer = "\n".join(f"[{i + 1}] " + "The city said it would invest in new industries. " * max(1, len(line) // 40)
                               for i, line in enumerate(lines))
        elif "short, factual summaries" in system:
            kind = "summary"
            answer = json.dumps({"ko": "서울시가 새 산업에 투자한다.", "en": "Seoul will invest in new industries."})
        elif "You take notes" in system:
            kind = "notes"
            answer = "서울시가 새 산업에 투자한다고 밝혔다."
        else:
            kind = "entities"
            answer = json.dumps({"entities": [{"ko": "서울시", "en": "Seoul Metropolitan Government", "type": "organization"}]})
        out_tokens = tokens(answer)
        with LOCK:
            STATS["calls"] += 1
            STATS[kind] += 1
            STATS["prompt_chars"] += len(system) + len(user)
            STATS["prompt_tokens"] = STATS.get("prompt_tokens", 0) + tokens(system) + tokens(user)
            STATS[kind + "_prompt_tokens"] = STATS.get(kind + "_prompt_tokens", 0) + tokens(system) + tokens(user)
            STATS["in_flight"] += 1
            STATS["max_in_flight"] = max(STATS["max_in_flight"], STATS["in_flight"])
        began = time.monotonic()
        time.sleep((CALL_MS + TOKEN_MS * out_tokens) / 1000)
        with LOCK:
            INTERVALS.append((began, time.monotonic()))
            STATS["in_flight"] -= 1
            STATS["backend_ms"] = STATS.get("backend_ms", 0) + CALL_MS + TOKEN_MS * out_tokens
        body = json.dumps({"id": "x", "object": "chat.completion", "created": 0, "model": request.get("model", "fake"),
                           "choices": [{"index": 0, "message": {"role": "assistant", "content": answer},
                                        "finish_reason": "stop"}],
                           "usage": {"prompt_tokens": tokens(system + user), "completion_tokens": out_tokens,
                                     "total_tokens": tokens(system + user) + out_tokens}}).encode()
        self.send(200, body)

    def send(self, status, body):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


reset()
ThreadingHTTPServer(("127.0.0.1", PORT), Fake).serve_forever()
