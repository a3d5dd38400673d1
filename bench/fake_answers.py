"""yoyak's calls answered in the shapes yoyak expects, for the benchmarks' fake backends (fake_backend.py,
flaky.py): which call a request is, a well-formed answer to it, and the OpenAI wire formats (JSON or streamed)."""
import json
import random
import re
import zlib


def tokens_wide(text):
    return sum(1 for c in text if '\uac00' <= c <= '\ud7a3' or '\u1100' <= c <= '\u11ff' or '\u4e00' <= c <= '\u9fff')


def tokens(text):
    """yoyak's own estimate: one token per Hangul/CJK character, one per 3.5 other non-space characters."""
    wide = tokens_wide(text)
    other = sum(1 for c in text if not c.isspace()) - wide
    return wide + -(-other * 2 // 7)


WORDS = ("the city said it would invest in new industries over the next five years while officials expected "
         "growth exports rose sharply last month according to data released on monday by ministry analysts who "
         "warned that prices could climb further unless demand cools in coming quarters residents welcomed plan").split()


def english(korean):
    """Filler English of about the corpus' English ÷ Korean token ratio (0.68), its words drawn by a generator
    seeded with the Korean: no two paragraphs alike and no repeating stretch, which yoyak would take for a
    model's loop."""
    rng = random.Random(zlib.crc32(korean.encode("utf-8")))
    target = max(3, round(tokens(korean) * 0.68))
    out, n = [], 0
    while n < target:
        out.append(rng.choice(WORDS))
        n = tokens(" ".join(out))
    return " ".join(out).capitalize() + "."


def answer(request):
    """(kind, text): the call's kind and a well-behaved answer to it."""
    system = request["messages"][0]["content"]
    user = request["messages"][-1]["content"]
    if "translator of Korean news" in system:
        kind = "translation"
        ask, numbered = user.split("Translate these paragraphs", 1)[1].split("\n", 1)
        lines = [re.sub(r"^\[\d+\]\s*", "", line) for line in numbered.strip().split("\n") if line.strip()]
        answer = "\n".join(f"[{i + 1}] " + english(line) for i, line in enumerate(lines))
        if "[notes]" in ask:
            answer += "\n[notes] Seoul will invest 1.3 trillion won in new industries by 2030, the city said."
        if "[names]" in ask:
            answer += "\n[names] 서울시 = Seoul Metropolitan Government (organization)"
    elif "short, factual summaries" in system:
        kind = "summary"
        answer = json.dumps({"ko": "서울시가 새 산업에 투자한다.", "en": "Seoul will invest in new industries."})
    elif "You take notes" in system:
        kind = "notes"
        answer = "서울시가 새 산업에 투자한다고 밝혔다."
    else:
        kind = "entities"
        answer = json.dumps({"entities": [{"ko": "서울시", "en": "Seoul Metropolitan Government", "type": "organization"}]})
    return kind, answer


def completion(request, text, finish="stop", usage=None):
    """A non-streamed chat completion."""
    return json.dumps({"id": "x", "object": "chat.completion", "created": 0, "model": request.get("model", "fake"),
                       "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                    "finish_reason": finish}],
                       "usage": usage or {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()


def pieces(text):
    """The text as streamed: word by word."""
    return re.findall(r"\S+\s*|\s+", text)


def stream(handler, request, parts, finish="stop", wait=None):
    """Server-sent events on an http.server handler, one delta per piece (wait(i) before piece i, if given)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.close_connection = True

    def event(delta, reason=None):
        data = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": request.get("model", "fake"),
                "choices": [{"index": 0, "delta": delta, "finish_reason": reason}]}
        handler.wfile.write(b"data: " + json.dumps(data).encode() + b"\n\n")
        handler.wfile.flush()
    for i, piece in enumerate(parts):
        if wait:
            wait(i + 1)
        event({"content": piece})
    event({}, finish)
    handler.wfile.write(b"data: [DONE]\n\n")
    handler.wfile.flush()
