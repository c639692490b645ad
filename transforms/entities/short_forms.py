"""Short forms of an organisation's name in the same article, joined to the full name's cluster.

Two forms: the acronym of its words ("SEC" after "Securities and Exchange Commission", "EU"
with "European Union", "Nato" with "North Atlantic Treaty Organisation"; small words such as
"of" and "and" have no letter), and the name without its organisation suffix ("GAF" with
"GAF Corp", "Labour" with "Labour Party"). A short form joins only when exactly one cluster of
the article has that long form, never a person's cluster, and never a place's: "U.S." is not
short for "U.S. Embassy".

Does not: link short forms across articles, or join people's names (`cluster.py` does).
"""

from __future__ import annotations

from transforms.entities.cluster import Cluster
from transforms.lexicons.names import ACRONYM_SKIPPED_WORDS, ORGANISATION_SUFFIXES
from transforms.places import lookup_place
from transforms.types import PLACE_TYPES

#: An acronym has this many letters.
ACRONYM_LETTERS = range(2, 7)


def with_short_forms_joined(
    clusters: list[Cluster], keys: dict[tuple[int, int], tuple[str, ...]]
) -> list[Cluster]:
    """The clusters, each short form's mentions moved into its full name's cluster."""
    named = [(cluster, _key(cluster, keys)) for cluster in clusters]
    joined: set[int] = set()
    for short, short_key in named:
        if short.anchored_person or not short_key or _is_place(short):
            continue
        longs = [
            cluster
            for cluster, key in named
            if cluster is not short
            and not cluster.anchored_person
            and id(cluster) not in joined
            and _is_short_form(short_key, key)
        ]
        if len(longs) == 1:
            longs[0].mentions.extend(short.mentions)
            longs[0].mentions.sort(key=lambda mention: mention[0].start)
            joined.add(id(short))
    return [cluster for cluster in clusters if id(cluster) not in joined]


def _is_place(cluster: Cluster) -> bool:
    return cluster.type() in PLACE_TYPES or lookup_place(cluster.canonical_span().text) is not None


def _key(cluster: Cluster, keys: dict[tuple[int, int], tuple[str, ...]]) -> tuple[str, ...]:
    span = cluster.canonical_span()
    return keys.get((span.start, span.end)) or tuple(t.lower_ for t in span)


def _is_short_form(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    if len(long) <= len(short):
        return False
    if long[: len(short)] == short:
        return all(word in ORGANISATION_SUFFIXES for word in long[len(short) :])
    return len(short) == 1 and len(short[0]) in ACRONYM_LETTERS and short[0] == _acronym(long)


def _acronym(words: tuple[str, ...]) -> str:
    return "".join(word[0] for word in words if word and word not in ACRONYM_SKIPPED_WORDS)
