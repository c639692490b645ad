"""Names the NER model missed, recognised by form: dateline places, person names before a
bracketed country or led by an initial or a common given name, teams in match results, untagged
ALL-CAPS countries and large cities, and bracketed acronyms after a name.
"""

from __future__ import annotations

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from transforms.dateline import dateline_place
from transforms.doctext import doc_text, is_caps_word, is_line_start
from transforms.entities.columns import Columns, indices_of, taken_mask
from transforms.entities.names import (
    has_alpha,
    is_given_name,
    is_initial,
    is_name_word,
    starts_like_person,
)
from transforms.entities.settings import CAPS_CITY_MIN_POPULATION
from transforms.lexicons.names import (
    KNOWN_ORGANISATIONS,
    NAME_PARTICLES,
)
from transforms.lexicons.titles import (
    ROLE_NOUNS,
)
from transforms.places import (
    lookup_place,
)
from transforms.types import NOT_NAME_TYPES


def dateline_spans(doc: Doc, columns: Columns) -> list[Span]:
    """Line-initial ALL-CAPS place names of datelines ("LONDON 1996-08-30", "KYIV, Ukraine -")."""
    found: list[Span] = []
    for i in indices_of(columns.caps):
        place = dateline_place(doc, i)
        if place is not None:
            found.append(place)
    return found


def with_structured_names(
    doc: Doc, spans: list[tuple[Span, str]], columns: Columns
) -> list[tuple[Span, str]]:
    """Add person names recognisable by their form ("D. Lehmann", "Marion Clignet"); they replace
    any mention they overlap, whose label or boundaries the NER model got wrong."""
    names = _structured_person_names(doc, columns)
    if not names:
        return spans
    covered = taken_mask(doc, [(name, "PERSON") for name in names])
    kept = [(s, label) for s, label in spans if not any(covered[s.start : s.end])]
    return kept + [(name, "PERSON") for name in names]


def _structured_person_names(doc: Doc, columns: Columns) -> list[Span]:
    found: list[Span] = []
    # Only an initial or a given name opens such a name: the columns pick those tokens (and a
    # few other two-letter capitals), and `_person_name_end` tests them exactly.
    openers = sorted({*indices_of(columns.may_be_initial), *columns.given_names()})
    next_free = 0  # names do not overlap: the next one starts after the last one found
    for i in openers:
        end = _person_name_end(doc, i) if i >= next_free else None
        if end is not None:
            found.append(doc[i:end])
            next_free = end
    taken = taken_mask(doc, [(span, "PERSON") for span in found])
    for name in _names_before_country(doc):
        if not any(taken[name.start : name.end]):
            found.append(name)
    return found


def _names_before_country(doc: Doc) -> list[Span]:
    """Two or three capitalised words followed by a bracketed country, as in results lists:
    "Martina Hingis ( Switzerland )"."""
    found: list[Span] = []
    if "(" not in doc_text(doc):
        return found  # most articles: no need to look at every token
    for i, token in enumerate(doc):
        if token.text != "(" or i < 2 or not _is_bracketed_country(doc, i):
            continue
        start = i
        while start > 0 and i - start < 4 and _continues_name_leftwards(doc, start - 1, i):
            start -= 1
        if i - start >= 2 and doc[start].text[0].isupper():
            name = doc[start:i]
            if lookup_place(name.text) is None and name.text.casefold() not in KNOWN_ORGANISATIONS:
                found.append(name)
    return found


def _continues_name_leftwards(doc: Doc, j: int, end: int) -> bool:
    token = doc[j]
    inner = j < end - 1
    return (is_name_word(token) and not is_caps_word(token)) or (
        inner and token.lower_ in NAME_PARTICLES and j > 0
    )


def _is_bracketed_country(doc: Doc, i: int) -> bool:
    for length in (1, 2, 3):
        close = i + 1 + length
        if close < len(doc) and doc[close].text == ")":
            place = lookup_place(doc[i + 1 : close].text)
            return place is not None and place.kind == "country"
    return False


def _person_name_end(doc: Doc, i: int) -> int | None:
    """End of a name starting at i with an initial or a known given name, else None."""
    first = doc[i]
    if not (is_initial(first.text) or is_given_name(first)) or _inside_longer_name(doc, i):
        return None
    capitals = is_caps_word(first)  # "ROBERTO DURAN" in a headline, not "S. KOREAN GAMES"
    end = i + 1
    while (
        end < len(doc)
        and end - i < 4
        and is_name_word(doc[end])
        and is_caps_word(doc[end]) == capitals
    ):
        end += 1
    if end == i + 1 or lookup_place(doc[i:end].text) is not None:
        return None
    return end


def _inside_longer_name(doc: Doc, i: int) -> bool:
    """The word continues a capitalised name ("St. [Louis] Cardinals", "San [Francisco]")."""
    if i == 0 or doc[i].is_sent_start:
        return False
    before = doc[i - 1]
    return (
        before.text[:1].isupper()
        and has_alpha(before.text)
        and not is_initial(before.text)
        and before.lower_.rstrip(".") not in ROLE_NOUNS
        and not is_line_start(doc, i)
    )


def with_match_results(
    doc: Doc, spans: list[tuple[Span, str]], columns: Columns
) -> list[tuple[Span, str]]:
    """Teams in match results ("Hull 0 Barnet 0", "Leyton Orient 2 Wigan 1") are ORG, replacing
    whatever the model made of them; countries (national teams) and person names are left be."""
    teams = _match_result_teams(doc, spans, columns)
    if not teams:
        return spans
    covered = taken_mask(doc, [(team, "ORG") for team in teams])
    kept = [(s, label) for s, label in spans if not any(covered[s.start : s.end])]
    return kept + [(team, "ORG") for team in teams]


def _match_result_teams(doc: Doc, spans: list[tuple[Span, str]], columns: Columns) -> list[Span]:
    people = taken_mask(doc, [(s, label) for s, label in spans if label == "PERSON" and len(s) > 1])
    teams: list[Span] = []
    for i in indices_of(columns.score):
        home = _name_before(doc, i)
        if home is None or home.start == 0 or not columns.score[home.start - 1]:
            continue
        away = _name_before(doc, home.start - 1)
        for team in (away, home):
            if team is not None and not any(people[team.start : team.end]) and _may_be_team(team):
                teams.append(team)
    return sorted(set(teams), key=lambda span: span.start)


def _name_before(doc: Doc, end: int) -> Span | None:
    """The run of up to three capitalised words ending just before `end`, if any."""
    start = end
    while start > 0 and end - start < 3 and is_name_word(doc[start - 1]):
        start -= 1
    return doc[start:end] if start < end else None


def _may_be_team(span: Span) -> bool:
    place = lookup_place(span.text)
    return (place is None or place.kind != "country") and not starts_like_person(span)


def caps_place_spans(
    doc: Doc, spans: list[tuple[Span, str]], columns: Columns
) -> list[tuple[Span, str]]:
    """Untagged ALL-CAPS words that name a country or city ("RUSSIA", "NEW YORK 74 59").

    The NER model misses most names written in capitals; a gazetteer does not care about case.
    Only whole capitalised words not already in a mention, longest match (up to 3 words) first.
    """
    taken = taken_mask(doc, spans)
    found: list[tuple[Span, str]] = []
    # The gazetteer is asked about free ALL-CAPS words only: the columns pick them.
    starts = indices_of(columns.caps & ~np.array(taken, dtype=bool))
    next_free = 0  # places do not overlap: the next one starts after the last one found
    for i in starts:
        end = _caps_place_end(doc, i, taken) if i >= next_free else None
        if end is not None:
            found.append((doc[i:end], "GPE"))
            next_free = end
    return found


def _caps_place_end(doc: Doc, i: int, taken: list[bool]) -> int | None:
    if taken[i] or not is_caps_word(doc[i]):
        return None
    for end in range(min(i + 3, len(doc)), i, -1):
        words = doc[i:end]
        if any(taken[i:end]) or not all(is_caps_word(t) for t in words):
            continue
        if (end == i + 1 and words[0].lower_ in STOP_WORDS) or any(
            t.ent_type_ in NOT_NAME_TYPES for t in words
        ):
            continue  # "THE", "FRIDAY"
        place = lookup_place(doc[i:end].text)
        if place is not None and (
            place.kind != "city" or place.population >= CAPS_CITY_MIN_POPULATION
        ):
            return end
    return None


def acronym_spans(doc: Doc, spans: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A bracketed acronym right after a name takes its label ("... Party ( KDP )")."""
    taken = taken_mask(doc, spans)
    found: list[tuple[Span, str]] = []
    for span, label in spans:
        at = span.end
        if (
            at + 2 < len(doc)
            and doc[at].text == "("
            and doc[at + 2].text == ")"
            and not taken[at + 1]
            and doc[at + 1].is_upper
            and has_alpha(doc[at + 1].text)
            and label in ("ORG", "GPE", "LOC", "FAC")
        ):
            found.append((doc[at + 1 : at + 2], label))
    return found
