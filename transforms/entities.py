"""Named entities: mentions from the NER model, grouped into one entity per real-world referent.

Within an article, mentions are clustered by name: a full person name ("Vladimir Putin") absorbs
later surname or title forms ("Putin", "President Putin"), even when the NER model gave those a
different label (a surname that belongs to a PERSON in the article is that PERSON). Other names
cluster by their normalised form. Each cluster's canonical name is its longest name without
titles and determiners, and its type is PERSON when a person name anchors it, else its most
frequent label. The entity id is a hash of (type, canonical name), so the same name and type in
two articles is one entity, whatever order they are loaded in.

Does not: link descriptions or pronouns ("the Russian leader", "he") to entities (speaker
resolution in `transforms/quotes.py` does that for speakers), resolve a surname-only mention to
a full name seen in another article, or geocode places.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from transforms.ids import stable_id
from transforms.lexicons.titles import LEADING_DETERMINERS, PERSON_TITLES

#: NER labels that name entities. Dates, times and numbers are handled elsewhere or dropped.
ENTITY_LABELS: frozenset[str] = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
#: Labels a surname may wrongly carry and still be repaired to the PERSON it belongs to.
_REPAIRABLE_AS_PERSON = frozenset({"PERSON", "ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART"})


@dataclass(frozen=True)
class EntityMentionSpan:
    """One mention of an entity in a document."""

    text: str
    start_char: int
    end_char: int
    token_start: int
    token_end: int
    sentence_index: int
    ner_label: str
    type: str
    entity_id: str
    name_key: tuple[str, ...]


@dataclass(frozen=True)
class ResolvedEntity:
    """One entity of the document: canonical name, type and id."""

    entity_id: str
    name: str
    type: str


def _strip_span(span: Span) -> Span | None:
    """Drop leading determiners and trailing possessives/punctuation from a mention span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in LEADING_DETERMINERS:
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _name_tokens(span: Span) -> Span:
    """The name without leading titles ("retired Gen. Keith Kellogg" -> "Keith Kellogg")."""
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_.rstrip(".") in PERSON_TITLES:
        start += 1
    return span.doc[start : span.end]


def _key(span: Span) -> tuple[str, ...]:
    return tuple(t.lower_.rstrip(".") for t in span if not t.is_punct or t.text in ("-", "&"))


@dataclass
class _Cluster:
    mentions: list[tuple[Span, str]]  # (stripped span, NER label)
    anchored_person: bool = False
    anchor_key: tuple[str, ...] = ()  # a person's full-name key
    anchor_start: int = 0  # token where the full name first appears

    def canonical_span(self) -> Span:
        names = [_name_tokens(span) for span, _ in self.mentions]
        return max(names, key=lambda s: (len(s), len(s.text), -s.start))

    def type(self) -> str:
        if self.anchored_person:
            return "PERSON"
        labels = Counter(label for _, label in self.mentions)
        return max(labels, key=lambda label: (labels[label], label == "PERSON"))


def _cluster_mentions(spans: list[tuple[Span, str]]) -> list[_Cluster]:
    persons: list[_Cluster] = []  # full person names, to which surnames attach
    by_key: dict[tuple[str, ...], _Cluster] = {}
    clusters: list[_Cluster] = []
    # Pass 1: multi-token PERSON names define person clusters.
    for span, label in spans:
        key = _key(_name_tokens(span))
        if label == "PERSON" and len(key) >= 2 and key not in by_key:
            cluster = _Cluster(
                mentions=[], anchored_person=True, anchor_key=key, anchor_start=span.start
            )
            by_key[key] = cluster
            persons.append(cluster)
            clusters.append(cluster)
    # Pass 2: assign every mention, in text order.
    for span, label in spans:
        key = _key(_name_tokens(span))
        if key in by_key:
            by_key[key].mentions.append((span, label))
            continue
        person = _person_for_partial_name(key, label, span, persons)
        if person is not None:
            person.mentions.append((span, label))
            by_key.setdefault(key, person)
            continue
        cluster = _Cluster(mentions=[(span, label)])
        by_key[key] = cluster
        clusters.append(cluster)
    return [c for c in clusters if c.mentions]


def _person_for_partial_name(
    key: tuple[str, ...], label: str, span: Span, persons: list[_Cluster]
) -> _Cluster | None:
    """A person cluster whose full name ends with (or contains) this shorter name, if any."""
    if label not in _REPAIRABLE_AS_PERSON or not key:
        return None
    candidates = []
    for cluster in persons:
        full_key = cluster.anchor_key
        if len(key) < len(full_key) and (
            full_key[-len(key) :] == key or (len(key) == 1 and key[0] in full_key[1:])
        ):
            first_seen = cluster.anchor_start
            candidates.append((first_seen <= span.start, first_seen, cluster))
    if not candidates:
        return None
    # Prefer the most recently introduced person before this mention.
    candidates.sort(key=lambda c: (c[0], c[1]))
    return candidates[-1][2]


def extract_entities(
    doc: Doc, sentence_index: list[int]
) -> tuple[list[EntityMentionSpan], list[ResolvedEntity]]:
    """Entity mentions in `doc` and the entities they resolve to, with deterministic ids."""
    spans: list[tuple[Span, str]] = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        stripped = _strip_span(ent)
        if stripped is not None and any(t.is_alpha for t in stripped):
            spans.append((stripped, ent.label_))
    clusters = _cluster_mentions(spans)
    mentions: list[EntityMentionSpan] = []
    entities: dict[str, ResolvedEntity] = {}
    for cluster in clusters:
        entity_type = cluster.type()
        name = cluster.canonical_span().text
        entity_id = stable_id("ent", entity_type, name.casefold())
        entities.setdefault(entity_id, ResolvedEntity(entity_id, name, entity_type))
        for span, label in cluster.mentions:
            mentions.append(
                EntityMentionSpan(
                    text=span.text,
                    start_char=span.start_char,
                    end_char=span.end_char,
                    token_start=span.start,
                    token_end=span.end,
                    sentence_index=sentence_index[span.start],
                    ner_label=label,
                    type=entity_type,
                    entity_id=entity_id,
                    name_key=_key(_name_tokens(span)),
                )
            )
    mentions.sort(key=lambda m: m.start_char)
    return mentions, list(entities.values())
