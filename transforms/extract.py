"""Run every extractor over one parsed article and collect the results (entities and people's
roles, quotes, time expressions, events).

Takes a spaCy `Doc` (parsed by the caller, in batches with `nlp.pipe`) and returns plain
dataclasses; `transforms/normalise.py` turns a batch of them into Polars frames. The order of the
extractors matters: quotes and events need the entity mentions, events need the time expressions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from transforms.entities import (
    EntityMentionSpan,
    ResolvedEntity,
    RoleSpan,
    extract_entities,
    extract_roles,
)
from transforms.events import EventSpan, extract_events
from transforms.quotes import QuoteSpan, extract_quotes
from transforms.records import ValidArticle
from transforms.timex import TimexSpan, extract_timexes


@dataclass(frozen=True)
class ArticleExtraction:
    article: ValidArticle
    word_count: int
    mentions: list[EntityMentionSpan]
    entities: list[ResolvedEntity]
    quotes: list[QuoteSpan]
    timexes: list[TimexSpan]
    events: list[EventSpan]
    roles: list[RoleSpan]


def sentence_indices(doc: Doc) -> list[int]:
    """Sentence number of every token."""
    indices = [0] * len(doc)
    for number, sentence in enumerate(doc.sents):
        for i in range(sentence.start, sentence.end):
            indices[i] = number
    return indices


def publication_date(article: ValidArticle) -> date | None:
    """The calendar day of publication where it was published (its own UTC offset), which is
    the day relative expressions such as "on Friday" and "yesterday" count from."""
    published = article.record.published_at
    return published.date() if published is not None else None


def extract_article(doc: Doc, article: ValidArticle) -> ArticleExtraction:
    """Entities, quotes, time expressions and events of one article (parsed into `doc`)."""
    sentences = sentence_indices(doc)
    mentions, entities = extract_entities(doc, sentences)
    published = publication_date(article)
    timexes = extract_timexes(doc, published, sentences)
    quotes = extract_quotes(doc, sentences, mentions)
    return ArticleExtraction(
        article=article,
        word_count=sum(1 for t in doc if not (t.is_punct or t.is_space)),
        mentions=mentions,
        entities=entities,
        quotes=quotes,
        timexes=timexes,
        events=extract_events(doc, sentences, mentions, timexes, published, quotes),
        roles=extract_roles(doc, mentions, sentences),
    )
