#!/usr/bin/env python3
"""An OpenAI-compatible oracle for checking the eval harness: it "translates" every known Korean sentence of the
corpus with its reference English, so a harness that loses, doubles or reorders nothing scores ~100.
Usage: oracle_backend.py PORT KO_FILE EN_FILE
"""
import json
import re
import sys
import unicodedata
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT = int(sys.argv[1])


def normalize(text):
    return re.sub(r"[ \t\u00a0\u3000]+", " ", unicodedata.normalize("NFC", text)).strip()


KO = [normalize(line) for line in open(sys.argv[2], encoding="utf-8").read().splitlines()]
EN = [line.strip() for line in open(sys.argv[3], encoding="utf-8").read().splitlines()]
REFERENCE = {}
for ko, en in zip(KO, EN):
    REFERENCE.setdefault(ko, en)
BY_FIRST = {}
for ko in REFERENCE:
    BY_FIRST.setdefault(ko[:1], []).append(ko)


def translate(text):
    """The references of a text made of consecutive corpus lines joined by spaces, longest match first."""
    out, rest = [], normalize(text)
    while rest:
        candidates = [ko for ko in BY_FIRST.get(rest[:1], []) if rest.startswith(ko)
                      and (len(rest) == len(ko) or rest[len(ko)] == " ")]
        if not candidates:
            out.append(f"<unknown: {rest[:40]}>")
            break
        best = max(candidates, key=len)
        out.append(REFERENCE[best])
        rest = rest[len(best):].strip()
    return " ".join(out)


class Oracle(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        system, user = request["messages"][0]["content"], request["messages"][-1]["content"]
        if "translator of Korean news" in system:
            # "Translate these paragraphs into English[, then the [notes] line ...]:" and the numbered paragraphs.
            ask, numbered = user.split("Translate these paragraphs", 1)[1].split("\n", 1)
            answer = "\n".join(re.sub(r"^\[(\d+)\]\s*(.*)$", lambda m: f"[{m.group(1)}] {translate(m.group(2))}", line)
                               for line in numbered.strip().split("\n") if line.strip())
            if "[notes]" in ask:
                answer += "\n[notes] Notes."
            if "[names]" in ask:
                answer += "\n[names] "
        elif "short, factual summaries" in system:
            answer = json.dumps({"ko": "요약.", "en": "Summary."})
        elif "You take notes" in system:
            answer = "요점."
        else:
            # The baseline's plain prompt: the article after its first blank line, paragraph by paragraph.
            article = user.split("\n\n", 1)[1]
            answer = "\n\n".join(translate(p) for p in article.split("\n\n"))
        usage = {"prompt_tokens": len(system + user), "completion_tokens": len(answer),
                 "total_tokens": len(system + user) + len(answer)}
        if request.get("stream"):
            self.stream(answer, usage)
            return
        body = json.dumps({"id": "x", "object": "chat.completion", "created": 0, "model": "oracle",
                           "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
                           "usage": {"prompt_tokens": len(system + user), "completion_tokens": len(answer),
                                     "total_tokens": len(system + user) + len(answer)}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def stream(self, answer, usage):
        """yoyak streams translations: server-sent events, one delta per line."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        deltas = [{"content": line} for line in answer.splitlines(keepends=True)] + [{}]
        for i, delta in enumerate(deltas):
            chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "oracle",
                     "choices": [{"index": 0, "delta": delta, "finish_reason": "stop" if i == len(deltas) - 1 else None}]}
            if i == len(deltas) - 1:
                chunk["usage"] = usage
            self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()


ThreadingHTTPServer(("127.0.0.1", PORT), Oracle).serve_forever()
