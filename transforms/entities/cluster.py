"""Clustering an article's mentions into one cluster per referent: a full person name absorbs
later surname and title forms, other names cluster by their normalised form; each cluster's
canonical name and type.

Does not: link descriptions or pronouns, or names across articles.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span, Token

from transforms.dateline import is_dateline_place
from transforms.entities.names import all_caps, name_key, name_tokens
from transforms.entities.settings import SHOUTED_MIN_LETTERS
from transforms.lexicons.names import (
    PLACE_PREPOSITIONS,
    UPPER_CASE_NAMES,
)
from transforms.lexicons.roles import (
    BODY_NOUNS,
    COMPANY_NOUNS,
    ORGANISATION_CUE_NOUNS,
    ORGANISATION_PART_NOUNS,
)
from transforms.places import (
    country_for_demonym,
    lookup_place,
)
from transforms.types import REPAIRABLE_AS_PERSON_TYPES


@dataclass
class Cluster:
    mentions: list[tuple[Span, str]]  # (stripped span, NER label)
    anchored_person: bool = False
    anchor_key: tuple[str, ...] = ()  # a person's full-name key
    anchor_start: int = 0  # token where the full name first appears

    def canonical_span(self) -> Span:
        """The longest name; of equally long ones a mixed-case one ("Ankara", not the dateline's
        "ANKARA"), then the longest text, then the first."""
        names = [name_tokens(span) for span, _ in self.mentions]
        return max(names, key=lambda s: (len(s), not all_caps(s), len(s.text), -s.start))

    def canonical_name(self) -> str:
        """The canonical span's text, with shouted words in the case the article writes them
        elsewhere in the cluster ("ANKARA" -> "Ankara"), else title-cased (see `_unshouted`)."""
        span = self.canonical_span()
        written = {
            t.lower_: t.text
            for mention, _ in self.mentions
            for t in mention
            if t.is_alpha and not t.is_upper
        }
        dateline = is_dateline_place(span)
        words = [_unshouted(t, written, dateline) + t.whitespace_ for t in span]
        return "".join(words).strip()

    def type(self) -> str:
        """PERSON when a full person name anchors it; ORG when its text calls it an organisation
        ("oil giant Yukos", "Yukos shareholders"), whatever the NER model's labels; else the
        most frequent label."""
        if self.anchored_person:
            return "PERSON"
        if any(_called_an_organisation(span) for span, _ in self.mentions):
            return "ORG"
        labels = Counter(label for _, label in self.mentions)
        return max(labels, key=lambda label: (labels[label], label == "PERSON"))


def _called_an_organisation(span: Span) -> bool:
    """A one-word name with a business noun right before it or an organisation's part after
    (not a place or a nationality: "Japan shares", "French workers")."""
    if len(span) != 1 or lookup_place(span.text) or country_for_demonym(span.text):
        return False
    doc = span.doc
    before = doc[span.start - 1].lemma_.lower() if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return (
        before in ORGANISATION_CUE_NOUNS | COMPANY_NOUNS | BODY_NOUNS
        or after in ORGANISATION_PART_NOUNS
    )


def _unshouted(token: Token, written: dict[str, str], in_dateline: bool) -> str:
    """An ALL-CAPS word as the article writes it in mixed case, if it does; else title-cased
    if it is a shouted name: in a dateline ("ROME -"), or longer than four letters and not a
    known acronym ("ANKARA", not "NATO", "BBC" or "UNESCO"). Anything else is kept as written."""
    text = token.text
    if not (token.is_alpha and token.is_upper and len(text) > 1):
        return text
    if token.lower_ in written:
        return written[token.lower_]
    shouted = in_dateline or len(text) >= SHOUTED_MIN_LETTERS
    if shouted and token.lower_ not in UPPER_CASE_NAMES:
        return text.title()
    return text


def name_keys(spans: list[tuple[Span, str]]) -> dict[tuple[int, int], tuple[str, ...]]:
    """(start, end) -> `name_key(name_tokens(span))` of each span, built once: clustering reads it
    twice and each mention's row once more (it depends on the tokens only)."""
    return {(span.start, span.end): name_key(name_tokens(span)) for span, _ in spans}


def cluster_mentions(
    spans: list[tuple[Span, str]], keys: dict[tuple[int, int], tuple[str, ...]]
) -> list[Cluster]:
    persons: list[Cluster] = []  # full person names, to which surnames attach
    by_key: dict[tuple[str, ...], Cluster] = {}
    clusters: list[Cluster] = []
    # Pass 1: multi-token PERSON names define person clusters.
    for span, label in spans:
        key = keys[span.start, span.end]
        if label == "PERSON" and len(key) >= 2 and key not in by_key:
            cluster = Cluster(
                mentions=[], anchored_person=True, anchor_key=key, anchor_start=span.start
            )
            by_key[key] = cluster
            persons.append(cluster)
            clusters.append(cluster)
    # Pass 2: assign every mention, in text order.
    places: dict[tuple[str, ...], Cluster] = {}  # places that a person's name would absorb
    for span, label in spans:
        key = keys[span.start, span.end]
        target = by_key.get(key) or _person_for_partial_name(key, label, span, persons)
        if target is not None and target.anchor_key not in ((), key) and _stands_as_place(span):
            # "flew to Washington" in an article naming John Washington: the city, not him.
            target = places.get(key)
            if target is None:
                target = places[key] = Cluster(mentions=[])
                clusters.append(target)
        elif target is None:
            target = by_key[key] = Cluster(mentions=[])
            clusters.append(target)
        else:
            by_key.setdefault(key, target)
        target.mentions.append((span, label))
    return [c for c in clusters if c.mentions]


def _stands_as_place(span: Span) -> bool:
    """A name the gazetteer knows as a place, written where a place stands: after "in", "to",
    "from" and the like (not "in Washington's view"), or in a dateline."""
    if lookup_place(span.text) is None:
        return False
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    return (before is not None and before.lower_ in PLACE_PREPOSITIONS) or is_dateline_place(span)


def _person_for_partial_name(
    key: tuple[str, ...], label: str, span: Span, persons: list[Cluster]
) -> Cluster | None:
    """A person cluster whose full name ends with (or contains) this shorter name, if any."""
    if label not in REPAIRABLE_AS_PERSON_TYPES or not key:
        return None
    candidates = []
    for cluster in persons:
        full_key = cluster.anchor_key
        if len(key) < len(full_key) and (
            full_key[-len(key) :] == key or (len(key) == 1 and key[0] in full_key)
        ):
            # A surname (not the first word) is better evidence than a first name or a
            # family-name-first name ("Wang" of "Wang Dan").
            as_surname = key[0] in full_key[1:]
            first_seen = cluster.anchor_start
            candidates.append((first_seen <= span.start, as_surname, first_seen, cluster))
    if not candidates:
        return None
    # Prefer the most recently introduced person before this mention.
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    return candidates[-1][3]
