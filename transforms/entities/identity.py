"""`extract_entities`: an article's mentions and one resolved entity per referent, each with a
stable id: a hash of (type, canonical name) and, for a place located elsewhere than the most
populous place of its name, of the place too. Places are located in the article's context.

`last_name_key` is the key the warehouse links surname-only mentions across articles by.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from transforms.entities.cluster import Cluster, cluster_mentions, name_keys
from transforms.entities.repair import candidate_spans
from transforms.entities.short_forms import with_short_forms_joined
from transforms.ids import stable_id
from transforms.lexicons.titles import (
    NAME_SUFFIXES,
)
from transforms.places import (
    PlaceResolution,
    Region,
    country_identity,
    lies_in,
    lookup_place,
    regions_named,
    resolve_place,
)
from transforms.types import COUNTRY_TYPE, PLACE_TYPES


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
    """One entity of the document: canonical name, type and id; for a place, where it is as far
    as the article tells (`place`, None if the gazetteer does not know it)."""

    entity_id: str
    name: str
    type: str
    place: PlaceResolution | None = None


def last_name_key(name: str, entity_type: str) -> str | None:
    """The key surname linking looks people up by: the lowercased last word of a PERSON's name
    without a generational suffix ("Vladimir Putin" and "Putin" -> "putin"); None otherwise."""
    if entity_type != "PERSON":
        return None
    words = [w.rstrip(".,").lower() for w in name.split()]
    words = [w for w in words if w] or [name.lower()]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words[-1]


def _regions_after(span: Span) -> tuple[Region, ...]:
    """The states or countries a place name is qualified with: "Palm Beach, Florida", "Paris,
    Texas", "Palm Beach, Fla." (up to three capitalised words after a comma)."""
    doc = span.doc
    comma = span.end
    if comma + 1 >= len(doc) or doc[comma].text != "," or not doc[comma + 1].text[:1].isupper():
        return ()
    for end in range(min(comma + 4, len(doc)), comma + 1, -1):
        regions = regions_named(doc[comma + 1 : end].text)
        if regions:
            return regions
    return ()


def _regions_holding_the_qualified(span: Span) -> tuple[Region, ...]:
    """For a qualifier that names several regions, those holding the place it qualifies:
    "Georgia" in "Atlanta, Georgia" is the US state, in "Tbilisi, Georgia" the country."""
    doc = span.doc
    comma = span.start - 1
    if comma < 1 or doc[comma].text != ",":
        return ()
    regions = regions_named(span.text)
    if len(regions) < 2:
        return ()
    for start in range(max(0, comma - 3), comma):
        holding = tuple(r for r in regions if lies_in(doc[start:comma].text, r))
        if holding:
            return holding
    return ()


def _article_countries(named: list[tuple[Cluster, str, str]]) -> dict[str, frozenset[str]]:
    """Entity name -> the countries of the article's other countries and states: evidence for
    which of several same-named cities it means."""
    found: dict[str, str] = {}
    for _, entity_type, name in named:
        place = lookup_place(name) if entity_type in PLACE_TYPES else None
        if place is not None and place.kind != "city":
            found[name] = place.country_code
    return {
        name: frozenset(code for other, code in found.items() if other != name)
        for _, entity_type, name in named
        if entity_type in PLACE_TYPES
    }


def _place_in_article(
    cluster: Cluster, name: str, article_countries: dict[str, frozenset[str]]
) -> PlaceResolution | None:
    """Where the place is: in the state or country the text qualifies it with, else preferably
    in a country the article names (see `transforms.places.resolve_place`)."""
    within = tuple(
        region
        for span, _ in cluster.mentions
        for region in (*_regions_after(span), *_regions_holding_the_qualified(span))
    )
    return resolve_place(name, within, article_countries.get(name, frozenset()))


def _entity_id(entity_type: str, name: str, place: PlaceResolution | None) -> str:
    """A hash of (type, canonical name); for a place the article shows is not the most populous
    of its name ("Palm Beach, Florida", not Palm Beach, Australia), of the place too, so that
    one id is always one place."""
    if place is None or place == resolve_place(name):
        return stable_id("ent", entity_type, name.casefold())
    coordinates = f"{place.latitude:.3f},{place.longitude:.3f}"
    return stable_id("ent", entity_type, name.casefold(), place.country_code, coordinates)


def extract_entities(
    doc: Doc, sentence_index: list[int]
) -> tuple[list[EntityMentionSpan], list[ResolvedEntity]]:
    """Entity mentions in `doc` and the entities they resolve to, with deterministic ids."""
    spans = candidate_spans(doc)
    keys = name_keys(spans)
    clusters = with_short_forms_joined(cluster_mentions(spans, keys), keys)
    named = [(cluster, cluster.type(), cluster.canonical_name()) for cluster in clusters]
    article_countries = _article_countries(named)
    mentions: list[EntityMentionSpan] = []
    entities: dict[str, ResolvedEntity] = {}
    for cluster, entity_type, name in named:
        place = None
        if entity_type in PLACE_TYPES:
            place = _place_in_article(cluster, name, article_countries)
            country = country_identity(name, place)
            if country is not None:  # "US", "U.S.", "America": one entity, the country's
                entity_type, name = COUNTRY_TYPE, country
        entity_id = _entity_id(entity_type, name, place)
        entities.setdefault(entity_id, ResolvedEntity(entity_id, name, entity_type, place))
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
                    name_key=keys[span.start, span.end],
                )
            )
    mentions.sort(key=lambda m: m.start_char)
    return mentions, list(entities.values())
