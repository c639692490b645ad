"""What the parser's view of hard-wrapped text changes, on Reuters-21578 bodies.

    uv run python -m benchmarks.wraps [-n 400]

Extracts the first N bodies twice: once parsing the text as received (every newline a
boundary), once through the pipeline's tokenizer (`flows.nlp.ParserViewTokenizer`, wraps as
spaces). Counts, per run, the reported-speech spans (indirect and mixed) that stop
mid-sentence at a wrap, the entity mentions that end at a wrap before a capitalised word, and
those that run across one. Reads ../shared/data; writes nothing.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from itertools import islice

from benchmarks.throughput import corpus_texts
from flows.nlp import ParserViewTokenizer, load_pipeline
from transforms.extract import ArticleExtraction, extract_article
from transforms.layout import is_hard_wrapped
from transforms.records import RawRecord, ValidArticle, validate_record

_SENTENCE_END = (".", "!", "?", '"', "'")


def _is_wrap(text: str, i: int) -> bool:
    """A newline at `i` with more of the paragraph after it."""
    return text[i : i + 1] == "\n" and i + 1 < len(text) and not text[i + 1].isspace()


def _count(text: str, extraction: ArticleExtraction, counts: Counter[str]) -> None:
    for m in extraction.mentions:
        counts["mentions"] += 1
        counts["mentions across a wrap"] += "\n" in text[m.start_char : m.end_char]
        cut = _is_wrap(text, m.end_char) and text[m.end_char + 1].isupper()
        counts["mentions ending at a wrap before a capital"] += cut
    for q in extraction.quotes:
        if q.kind not in ("indirect", "mixed"):
            continue
        body = text[q.start_char : q.end_char].rstrip()
        counts["reported speech"] += 1
        stopped = _is_wrap(text, q.start_char + len(body)) and not body.endswith(_SENTENCE_END)
        counts["reported speech stopping at a wrap"] += stopped


def measure(texts: Sequence[str], view: bool) -> Counter[str]:
    nlp = load_pipeline()
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, ParserViewTokenizer)
    counts: Counter[str] = Counter()
    try:
        if not view:
            nlp.tokenizer = tokenizer.tokenizer
        for i, (text, doc) in enumerate(zip(texts, nlp.pipe(texts, batch_size=32), strict=True)):
            article = validate_record(RawRecord("reuters", f"body {i}", {"text": text}))
            assert isinstance(article, ValidArticle)
            _count(text, extract_article(doc, article), counts)
    finally:
        nlp.tokenizer = tokenizer
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=400, help="Reuters bodies (default 400)")
    args = parser.parse_args(argv)
    texts = list(islice(corpus_texts("reuters"), args.n))
    print(f"{len(texts)} Reuters bodies, {sum(map(is_hard_wrapped, texts))} hard-wrapped")
    before, after = measure(texts, view=False), measure(texts, view=True)
    for key in before | after:
        print(f"{key:45} {before[key]:>6} -> {after[key]:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
