"""chrF and BLEU, written out because the usual package (sacrebleu) cannot be installed here (no PyPI)."""
import math
import re
from collections import Counter


def chrf(hypotheses, references, order=6, beta=2.0):
    """Corpus chrF as sacreBLEU computes it by default: character 1..6-grams, white space removed, β = 2."""
    matches, hyp_total, ref_total = [0] * order, [0] * order, [0] * order
    for hyp, ref in zip(hypotheses, references):
        h, r = re.sub(r"\s+", "", hyp), re.sub(r"\s+", "", ref)
        for n in range(1, order + 1):
            hg = Counter(h[i:i + n] for i in range(len(h) - n + 1))
            rg = Counter(r[i:i + n] for i in range(len(r) - n + 1))
            matches[n - 1] += sum((hg & rg).values())
            hyp_total[n - 1] += sum(hg.values())
            ref_total[n - 1] += sum(rg.values())
    precision = [m / t for m, t in zip(matches, hyp_total) if t > 0]
    recall = [m / t for m, t in zip(matches, ref_total) if t > 0]
    if not precision or not recall:
        return 0.0
    p, r = sum(precision) / len(precision), sum(recall) / len(recall)
    return 0.0 if p + r == 0 else 100 * (1 + beta ** 2) * p * r / (beta ** 2 * p + r)


def _tokens(text):
    # Close to sacreBLEU's 13a tokenizer: punctuation split off, lower case kept as is.
    text = re.sub(r"([\{-\~\[-\` -\&\(-\+\:-\@\/])", r" \1 ", text)
    text = re.sub(r"([^0-9])([\.,])", r"\1 \2 ", text)
    text = re.sub(r"([\.,])([^0-9])", r" \1 \2", text)
    text = re.sub(r"([0-9])(-)", r"\1 \2 ", text)
    return text.split()


def bleu(hypotheses, references, order=4):
    """Corpus BLEU (Papineni et al. 2002) with brevity penalty, 4-grams, no smoothing."""
    matches, totals, hyp_len, ref_len = [0] * order, [0] * order, 0, 0
    for hyp, ref in zip(hypotheses, references):
        h, r = _tokens(hyp), _tokens(ref)
        hyp_len, ref_len = hyp_len + len(h), ref_len + len(r)
        for n in range(1, order + 1):
            hg = Counter(tuple(h[i:i + n]) for i in range(len(h) - n + 1))
            rg = Counter(tuple(r[i:i + n]) for i in range(len(r) - n + 1))
            matches[n - 1] += sum((hg & rg).values())
            totals[n - 1] += max(0, len(h) - n + 1)
    if min(matches) == 0:
        return 0.0
    log_precision = sum(math.log(m / t) for m, t in zip(matches, totals)) / order
    penalty = 1.0 if hyp_len > ref_len else math.exp(1 - ref_len / max(hyp_len, 1))
    return 100 * penalty * math.exp(log_precision)
