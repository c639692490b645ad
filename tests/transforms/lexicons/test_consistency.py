"""The lexicons agree with themselves: trigger types exist, contradictory tables share no word,
and the patterns built from word lists match exactly those lists."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from transforms.lexicons import grammar, titles
from transforms.lexicons.events import (
    actors,
    modality,
    objects,
    participants,
    plover,
    threats,
    triggers,
)
from transforms.lexicons.quotes import marks, speakers, speech
from transforms.quotes.marks import QUOTE_MARK


def _coded_triggers() -> Iterator[tuple[str, str]]:
    """(where, event type) for every entry that codes an event type."""
    tables = {
        "VERB_TRIGGERS": triggers.VERB_TRIGGERS,
        "NOUN_TRIGGERS": triggers.NOUN_TRIGGERS,
        "PERSON_OBJECT_VERBS": objects.PERSON_OBJECT_VERBS,
        "WARNING_VERBS": threats.WARNING_VERBS,
    }
    for name, table in tables.items():
        for lemma, (event_type, _) in table.items():
            yield f"{name}[{lemma}]", event_type
    for lemma, by_object in objects.OBJECT_SENSITIVE.items():
        for obj, (event_type, _) in by_object.items():
            yield f"OBJECT_SENSITIVE[{lemma}][{obj}]", event_type
    for lemma, (_, recoded) in objects.OBJECT_RECODED.items():
        if recoded is not None:
            yield f"OBJECT_RECODED[{lemma}]", recoded[0]
    for event_type in participants.ON_TARGET_TYPES | threats.ANNOUNCING_TYPES:
        yield "ON_TARGET_TYPES | ANNOUNCING_TYPES", event_type


@pytest.mark.parametrize(("where", "event_type"), list(_coded_triggers()))
def test_every_coded_type_is_an_event_type(where: str, event_type: str) -> None:
    assert event_type in plover.EVENT_TYPES, where


#: Pairs of tables that must not share a word: one word cannot be both, or an entry in the
#: second would never be read (the condition tables are consulted before VERB_TRIGGERS).
CONTRADICTING = {
    "quotes person vs organisation roles": (speakers.PERSON_ROLE_NOUNS, speakers.ORG_ROLE_NOUNS),
    "events person vs organisation roles": (actors.PERSON_ROLE_NOUNS, actors.ORG_ROLE_NOUNS),
    "opening vs closing glyphs": (marks.OPENING_GLYPHS, marks.CLOSING_GLYPHS),
    "opening vs spacing glyphs": (marks.OPENING_GLYPHS, marks.SPACING_GLYPHS),
    "closing vs spacing glyphs": (marks.CLOSING_GLYPHS, marks.SPACING_GLYPHS),
    "speaker labels vs headings": (
        speakers.PERSON_ROLE_NOUNS | speakers.ORG_ROLE_NOUNS,
        speakers.NON_SPEAKER_LABELS,
    ),
    "self pronouns vs resolved pronouns": (
        actors.SPEAKER_SELF_PRONOUNS,
        frozenset(actors.ACTOR_PRONOUNS),
    ),
    "negating vs irrealis governors": (modality.NEGATING_GOVERNORS, modality.IRREALIS_GOVERNORS),
    "person-object verbs vs plain triggers": (
        frozenset(objects.PERSON_OBJECT_VERBS),
        frozenset(triggers.VERB_TRIGGERS),
    ),
    "warning verbs vs plain triggers": (
        frozenset(threats.WARNING_VERBS),
        frozenset(triggers.VERB_TRIGGERS),
    ),
    "person-object verbs vs warning verbs": (
        frozenset(objects.PERSON_OBJECT_VERBS),
        frozenset(threats.WARNING_VERBS),
    ),
    "direct cues vs reporting verbs": (speech.DIRECT_QUOTE_CUES, speech.CUE_VERBS),
}


@pytest.mark.parametrize("pair", list(CONTRADICTING), ids=list(CONTRADICTING))
def test_contradicting_tables_share_no_word(pair: str) -> None:
    first, second = CONTRADICTING[pair]
    assert not set(first) & set(second)


#: (part, whole): every word of the part must be in the whole, which the code tests first.
CONTAINED = {
    "generic organisation nouns are organisation roles": (
        speakers.GENERIC_ORG_NOUNS,
        speakers.ORG_ROLE_NOUNS,
    ),
    "threats named in a clause are threat nouns": (
        threats.CLAUSE_THREAT_NOUNS,
        threats.THREAT_WARNING_NOUNS,
    ),
    "future auxiliaries are hypothetical markers": (
        modality.FUTURE_AUXILIARIES,
        modality.HYPOTHETICAL_MARKERS,
    ),
    "pronoun genders are title genders": (
        frozenset(grammar.PRONOUN_GENDERS.values()),
        frozenset(titles.GENDERED_TITLES.values()),
    ),
    "quote glyphs are the opening, closing and spacing glyphs": (
        marks.QUOTE_GLYPHS,
        marks.OPENING_GLYPHS | marks.CLOSING_GLYPHS | marks.SPACING_GLYPHS,
    ),
}


@pytest.mark.parametrize("pair", list(CONTAINED), ids=list(CONTAINED))
def test_contained_tables(pair: str) -> None:
    part, whole = CONTAINED[pair]
    assert set(part) <= set(whole)


@pytest.mark.parametrize("glyph", sorted(marks.QUOTE_GLYPHS))
def test_the_quote_mark_pattern_matches_each_glyph_whole(glyph: str) -> None:
    found = QUOTE_MARK.match(f"{glyph}x")
    assert found is not None and found.group() == glyph


@pytest.mark.parametrize("text", ["'", "`", "‘", "’", "x", "-"])
def test_the_quote_mark_pattern_matches_nothing_else(text: str) -> None:
    assert QUOTE_MARK.search(text) is None


@pytest.mark.parametrize("lemma", sorted(speech.CONTINUATION_CUES))
def test_continuation_cues_are_single_lemmas(lemma: str) -> None:
    """They are matched on one token's lemma; phrasal ones are PHRASAL_CONTINUATION_CUES."""
    assert " " not in lemma
