"""How many entities a sample's mentions resolve to, and under which written forms.

    uv run python -m benchmarks.identity [--bbc 600] [--reuters 1000] [--top 15]

Extracts the first N BBC and Reuters bodies with the pipeline and prints, per corpus, the
mentions, the distinct entities they resolve to (as the warehouse would key them: one id across
articles), and for the entities with the most mentions the forms written for them. A user
counting "the United States" wants one row whatever the text writes. Reads ../shared/data;
writes nothing.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from itertools import islice

from benchmarks.throughput import corpus_texts
from flows.nlp import load_pipeline
from transforms.entities import extract_entities
from transforms.extract import sentence_indices


def forms_by_entity(texts: list[str]) -> dict[tuple[str, str], Counter[str]]:
    """(name, type) of each entity -> how often each written form names it."""
    forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    names: dict[str, tuple[str, str]] = {}
    for doc in load_pipeline().pipe(texts, batch_size=32):
        mentions, entities = extract_entities(doc, sentence_indices(doc))
        names.update({e.entity_id: (e.name, e.type) for e in entities})
        for m in mentions:
            forms[names[m.entity_id]][" ".join(m.text.split())] += 1
    return forms


def report(corpus: str, count: int, top: int) -> None:
    forms = forms_by_entity(list(islice(corpus_texts(corpus), count)))
    mentions = sum(sum(c.values()) for c in forms.values())
    print(f"{corpus}: {count} articles, {mentions} mentions, {len(forms)} entities")
    ranked = sorted(forms.items(), key=lambda item: -sum(item[1].values()))
    for (name, entity_type), written in ranked[:top]:
        shown = ", ".join(f"{form} {n}" for form, n in written.most_common(6))
        print(f"  {name} ({entity_type}) {sum(written.values())}: {shown}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=int, default=600)
    parser.add_argument("--reuters", type=int, default=1000)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    report("bbc", args.bbc, args.top)
    report("reuters", args.reuters, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
