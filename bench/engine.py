"""A CPU llama.cpp engine in miniature, in real time: what bench/fake_backend.py --engine answers with.

The rates are those measured with de.kherud:llama 4.2.0 on a Qwen2.5-1.5B-shaped GGUF, 2 threads (issue 11):
prompts are read at one rate shared by all slots (43 tokens/s), one prompt at a time; while no prompt is being
read, the k sequences generating at once share the batched rate for k (16.7 / 23.9 / 25.5 / 26.3 tokens/s for
1-4). Each slot keeps its last prompt: the part of a new prompt equal to it (a common prefix) is not read again.
Requests wait for a free slot in order of arrival; a free slot with the longest common prefix is preferred.
"""
import os
import threading
import time


def tokens(text):
    wide = sum(1 for c in text if '\uac00' <= c <= '\ud7a3' or '\u1100' <= c <= '\u11ff' or '\u4e00' <= c <= '\u9fff')
    other = sum(1 for c in text if not c.isspace()) - wide
    return wide + -(-other * 2 // 7)


class Job:
    def __init__(self, prompt, cumulative):
        """`cumulative`: tokens of the answer up to the end of each piece it is streamed in."""
        self.prompt = prompt
        self.cumulative = [max(1, c) for c in cumulative]
        self.output = self.cumulative[-1] if cumulative else 1
        self.to_read = 0.0
        self.read = 0
        self.generated = 0.0
        self.slot = None
        self.done = False

    def pieces_ready(self):
        return sum(1 for c in self.cumulative if c <= self.generated)

    def wait(self, pieces=None):
        """Blocks until the first `pieces` pieces (all, when None) have been generated."""
        with ENGINE_LOCK:
            while not self.done and (pieces is None or self.pieces_ready() < pieces):
                ENGINE_LOCK.wait(0.5)


ENGINE_LOCK = threading.Condition()


class Engine:
    def __init__(self, slots, prompt_rate, gen_rates):
        self.slots = [None] * slots          # the job in each slot
        self.cache = [""] * slots             # the last prompt each slot read
        self.prompt_rate = prompt_rate
        self.gen_rates = gen_rates
        self.waiting = []
        threading.Thread(target=self.loop, daemon=True).start()

    def gen_rate(self, k):
        return self.gen_rates[min(k, len(self.gen_rates)) - 1]

    def submit(self, prompt, cumulative):
        job = Job(prompt, cumulative)
        with ENGINE_LOCK:
            self.waiting.append(job)
            ENGINE_LOCK.notify_all()
        return job

    def assign(self):
        while self.waiting and None in self.slots:
            job = self.waiting.pop(0)
            free = [i for i, j in enumerate(self.slots) if j is None]
            best = max(free, key=lambda i: len(os.path.commonprefix([self.cache[i], job.prompt])))
            common = os.path.commonprefix([self.cache[best], job.prompt])
            job.slot, job.to_read = best, float(tokens(job.prompt) - tokens(common))
            job.read = int(job.to_read)
            self.slots[best] = job
            self.cache[best] = job.prompt

    def loop(self):
        last = time.monotonic()
        while True:
            time.sleep(0.005)
            now = time.monotonic()
            dt, last = now - last, now
            with ENGINE_LOCK:
                self.assign()
                active = [j for j in self.slots if j is not None]
                reading = [j for j in active if j.to_read > 0]
                if reading:
                    reading[0].to_read -= dt * self.prompt_rate
                else:
                    generating = [j for j in active if j.generated < j.output]
                    if generating:
                        share = dt * self.gen_rate(len(generating)) / len(generating)
                        for j in generating:
                            j.generated += share
                for j in active:
                    if j.to_read <= 0 and j.generated >= j.output:
                        j.done = True
                        self.slots[j.slot] = None
                ENGINE_LOCK.notify_all()
