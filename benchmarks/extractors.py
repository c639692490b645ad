"""What each extractor costs, as a share of spaCy's own parse time.

    uv run python -m benchmarks.extractors --corpus reuters -n 600

Parses N articles from ../shared/data once (evaluation data, never copied into the repository),
then times every extraction stage over the same parsed documents: sentence numbering, the entity
layer (mentions, identities, roles), time expressions, quotes, events, and normalisation into
table frames. Each stage is timed `--repeat` times and the fastest run counts, which filters out
other jobs on a shared machine better than a mean. Prints one JSON line with seconds per stage
and each stage's share of the parse time; the issue budgets are quotes <= 15% and time plus
events <= 15% of parse time. The parse itself is timed once, as the pipeline does it
(`nlp.pipe` in batches of 16).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from itertools import islice
from typing import Any

from spacy.tokens import Doc

from benchmarks.throughput import SPACY_BATCH_SIZE, corpus_texts
from flows.nlp import load_pipeline
from transforms.entities import extract_entities, extract_roles
from transforms.events import extract_events
from transforms.extract import ArticleExtraction, sentence_indices
from transforms.normalise import batch_frames
from transforms.quotes import extract_quotes
from transforms.records import RawRecord, ValidArticle, validate_record
from transforms.timex import extract_timexes

#: A fixed publication day, so relative time expressions are normalised as in production.
PUBLISHED = date(1987, 3, 2)


def _fastest(stage: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        stage()
        best = min(best, time.perf_counter() - started)
    return best


def _articles(texts: list[str]) -> list[ValidArticle]:
    articles = []
    for number, text in enumerate(texts):
        payload = {"id": f"bench-{number}", "text": text, "published_at": PUBLISHED.isoformat()}
        checked = validate_record(RawRecord("bench", str(number), payload))
        assert isinstance(checked, ValidArticle), checked
        articles.append(checked)
    return articles


def measure(texts: list[str], repeat: int) -> dict[str, Any]:
    nlp = load_pipeline()
    list(nlp.pipe(texts[:SPACY_BATCH_SIZE], batch_size=SPACY_BATCH_SIZE))  # warm up
    started = time.perf_counter()
    docs: list[Doc] = list(nlp.pipe(texts, batch_size=SPACY_BATCH_SIZE))
    parse_seconds = time.perf_counter() - started

    sentences = [sentence_indices(doc) for doc in docs]
    found = [extract_entities(doc, s) for doc, s in zip(docs, sentences, strict=True)]
    mentions = [m for m, _ in found]
    timexes = [extract_timexes(doc, PUBLISHED, s) for doc, s in zip(docs, sentences, strict=True)]
    articles = _articles(texts)
    extractions = [
        ArticleExtraction(
            article=article,
            word_count=len(doc),
            mentions=m,
            entities=entities,
            quotes=extract_quotes(doc, s, m),
            timexes=t,
            events=extract_events(doc, s, m, t, PUBLISHED),
            roles=extract_roles(doc, m, s),
        )
        for article, doc, s, (m, entities), t in zip(
            articles, docs, sentences, found, timexes, strict=True
        )
    ]
    triples = list(zip(docs, sentences, mentions, strict=True))
    stages: dict[str, Callable[[], object]] = {
        "sentences": lambda: [sentence_indices(doc) for doc in docs],
        "entities": lambda: [
            extract_roles(doc, extract_entities(doc, s)[0], s) for doc, s, _ in triples
        ],
        "timex": lambda: [extract_timexes(doc, PUBLISHED, s) for doc, s, _ in triples],
        "quotes": lambda: [extract_quotes(doc, s, m) for doc, s, m in triples],
        "events": lambda: [
            extract_events(doc, s, m, t, PUBLISHED)
            for (doc, s, m), t in zip(triples, timexes, strict=True)
        ],
        "normalise": lambda: batch_frames(extractions, "bench", "bench", datetime.now(UTC)),
    }
    seconds = {name: _fastest(stage, repeat) for name, stage in stages.items()}
    share = {name: round(value / parse_seconds, 4) for name, value in seconds.items()}
    share["timex_and_events"] = round(share["timex"] + share["events"], 4)
    share["all_extraction"] = round(sum(seconds.values()) / parse_seconds, 4)
    return {
        "articles": len(docs),
        "tokens": sum(len(doc) for doc in docs),
        "parse_seconds": round(parse_seconds, 3),
        "stage_seconds": {name: round(value, 6) for name, value in seconds.items()},
        "share_of_parse": share,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.extractors", description=__doc__)
    parser.add_argument("--corpus", choices=("bbc", "reuters"), default="reuters")
    parser.add_argument("-n", type=int, default=600, help="number of articles")
    parser.add_argument("--repeat", type=int, default=3, help="timings per stage; fastest counts")
    args = parser.parse_args(argv)
    texts = list(islice(corpus_texts(args.corpus), args.n))
    print(json.dumps({"corpus": args.corpus, **measure(texts, args.repeat)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
