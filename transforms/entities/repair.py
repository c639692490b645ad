"""`candidate_spans`: the NER model's entity mentions, trimmed, cut, dropped, added to and
relabelled by rules and gazetteers (offline), in text order.

The relabelling rules are here; the name forms are in `names.py`, the added names in `added.py`
and `repeats.py`. Rules and examples: docs/entities.md.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from transforms.entities.added import (
    acronym_spans,
    caps_place_spans,
    dateline_spans,
    with_match_results,
    with_structured_names,
)
from transforms.entities.columns import Columns
from transforms.entities.names import (
    all_caps,
    is_initial,
    is_person_title,
    is_topic_slug,
    name_parts,
)
from transforms.entities.repeats import (
    unlabelled_spans,
    with_extended_people,
    with_full_names_of_surnames,
)
from transforms.entities.settings import PERSON_TO_PLACE_MIN_POPULATION
from transforms.entities.tables import is_table_cell
from transforms.lexicons.names import (
    KNOWN_ORGANISATIONS,
    ORGANISATION_SUFFIXES,
)
from transforms.lexicons.titles import (
    GENDERED_TITLES,
    PORTFOLIO_TITLES,
    ROLE_NOUNS,
)
from transforms.places import (
    country_for_demonym,
    lookup_place,
)
from transforms.types import ENTITY_TYPES, REPAIRABLE_AS_PLACE_TYPES


def candidate_spans(doc: Doc) -> list[tuple[Span, str]]:
    """Entity mentions with repaired labels, in text order (see the module docstring)."""
    columns = Columns(doc)
    datelines = dateline_spans(doc, columns)
    taken = {i for span in datelines for i in range(span.start, span.end)}
    spans: list[tuple[Span, str]] = [(span, "GPE") for span in datelines]
    for ent in doc.ents:
        if ent.label_ not in ENTITY_TYPES or any(i in taken for i in range(ent.start, ent.end)):
            continue
        if is_topic_slug(ent):
            continue
        spans.extend(
            (part, ent.label_)
            for part in name_parts(ent)
            if not (_is_title_portfolio(part) or is_table_cell(part))
        )
    spans = with_structured_names(doc, spans, columns)
    spans = with_match_results(doc, spans, columns)
    spans.extend(caps_place_spans(doc, spans, columns))
    spans.extend(acronym_spans(doc, spans))
    person_words = _person_name_words(spans)
    org_words = _organisation_head_words(
        [(span, "ORG" if _is_organisation_name(span, label) else label) for span, label in spans]
    )
    spans = [
        (span, _repaired_label(span, label, person_words, org_words))
        for span, label in spans
        if not _is_common_noun_as_name(span, label)
    ]
    spans = _people_named_by_titled_surnames(spans)
    spans = with_extended_people(doc, spans)
    spans = with_full_names_of_surnames(doc, spans)
    spans.extend(unlabelled_spans(doc, spans, columns))
    spans.sort(key=lambda pair: pair[0].start)
    return spans


def _is_title_portfolio(span: Span) -> bool:
    """The portfolio of a title ("Secretary of [State]", "Minister of the [Interior]", "[Home]
    Secretary"), which the NER model takes for an organisation; a country after "minister of"
    is still a place."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in PORTFOLIO_TITLES:
        place = lookup_place(span.text)
        return place is None or place.kind == "city"
    at = span.start - 1
    if at >= 0 and doc[at].lower_ == "the":
        at -= 1
    if at < 1 or doc[at].lower_ != "of" or doc[at - 1].lower_ not in PORTFOLIO_TITLES:
        return False
    place = lookup_place(span.text)
    return place is None or place.kind == "city"


def _person_name_words(spans: list[tuple[Span, str]]) -> frozenset[str]:
    """Lowercased words of the multi-word PERSON names in the document."""
    return frozenset(
        t.lower_ for span, label in spans if label == "PERSON" and len(span) > 1 for t in span
    )


def _organisation_head_words(spans: list[tuple[Span, str]]) -> frozenset[str]:
    """First words of the multi-word ORG names ("Pirelli" of "Pirelli Cables")."""
    return frozenset(span[0].lower_ for span, label in spans if label == "ORG" and len(span) > 1)


def _repaired_label(
    span: Span, label: str, person_words: frozenset[str], org_words: frozenset[str]
) -> str:
    """Fix the NER label from a place gazetteer, a preceding role noun, an initial, a score, or
    the document's organisation names (a lone "Pirelli" where "Pirelli Cables" is an ORG)."""
    if _after_honorific(span):
        return "PERSON"  # "Mr Moyes", "Mr Washington", whatever the model took them for
    if span.text.casefold() in KNOWN_ORGANISATIONS or _is_organisation_name(span, label):
        return "ORG"
    if label == "PERSON" and len(span) == 1 and span[0].lower_ in org_words - person_words:
        return "ORG"
    if label == "PERSON" and _is_acronym(span):  # "BAA", "RBS": nobody's name is initials alone
        return "ORG"
    if label == "ORG" and len(span) == 1 and country_for_demonym(span.text) is not None:
        # What is left of "the Ukrainian defence ministry" once its lowercase words are trimmed:
        # a nationality, not the name of an organisation.
        return "NORP"
    if label in ("GPE", "LOC", "FAC"):
        return "ORG" if _is_team_with_score(span) else label
    if _is_known_place(span, label, person_words):
        return "ORG" if _is_team_with_score(span) else "GPE"
    if label != "PERSON" and _looks_like_person(span):
        return "PERSON"
    return label


def _people_named_by_titled_surnames(spans: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A full name the model tagged ORG ("Declan Moyes") is a person when the article calls
    someone of that surname "Mr Moyes"."""
    titled = {span[-1].lower_ for span, _ in spans if _after_honorific(span)}
    return [
        (span, "PERSON" if _names_titled_person(span, label, titled) else label)
        for span, label in spans
    ]


def _names_titled_person(span: Span, label: str, titled_surnames: set[str]) -> bool:
    return (
        label == "ORG"  # not a place: "Hong Kong" stays one when a "Mr Kong" appears
        and 2 <= len(span) <= 3
        and span[-1].lower_ in titled_surnames
        and all(t.is_title for t in span)
        and not _is_organisation_name(span, label)
    )


def _after_honorific(span: Span) -> bool:
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_.rstrip(".") in GENDERED_TITLES and span[0].is_title


def _is_acronym(span: Span) -> bool:
    """One all-capitals word of two to four letters (longer ones are shouted names, which
    `UPPER_CASE_NAMES` and the title-casing of captions deal with)."""
    return (
        len(span) == 1 and span.text.isalpha() and span.text.isupper() and 2 <= len(span.text) <= 4
    )


def _is_common_noun_as_name(span: Span, label: str) -> bool:
    """'the Bill', 'the Budget': a capitalised common noun after an article, which NER took for
    a one-word PERSON; names do not take "the" ("the Clintons", a family, is plural)."""
    if label != "PERSON" or len(span) != 1 or span.start == 0:
        return False
    article = span.doc[span.start - 1].lower_ in ("the", "a", "an")
    return article and span[0].tag_ == "NNP" and not span.text.endswith("s")


def _is_organisation_name(span: Span, label: str) -> bool:
    """A person-labelled name with a company or organisation suffix ("Pirelli SpA", "Acme Corp.",
    "Justice Department")."""
    if label != "PERSON" or len(span) < 2:
        return False
    return span[-1].lower_.rstrip(".") in ORGANISATION_SUFFIXES


def _is_known_place(span: Span, label: str, person_words: frozenset[str]) -> bool:
    if label not in REPAIRABLE_AS_PLACE_TYPES:
        return False
    place = lookup_place(span.text)
    if place is None:
        return False
    if place.kind == "country" or all_caps(span):
        return True
    # A city or state: a person's name ("Jackson") or a club named after its city stays as is.
    return (
        label != "ORG"
        and place.population >= PERSON_TO_PLACE_MIN_POPULATION
        and not any(t.lower_ in person_words for t in span)
    )


def _is_team_with_score(span: Span) -> bool:
    """A city or state name followed by a score ("Houston 10", "Sussex 363") names its team.

    Countries are left alone: national teams are written as the country ("Italy 2").
    """
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is None or not after.text.isdigit() or len(after.text) == 4:
        return False  # no score, or a year or dateline date ("LONDON 1996-08-30")
    place = lookup_place(span.text)
    return place is None or place.kind != "country"


def _looks_like_person(span: Span) -> bool:
    """A capitalised name after a role noun ("spokesman Glyn Davies", "the Prime Minister, Declan
    Moyes") or with an initial; not one ending in an organisation word ("State Department",
    "Defense Ministry")."""
    if not all(t.is_title for t in span if t.is_alpha) or len(span) > 4:
        return False
    if span[-1].lower_.rstrip(".") in ORGANISATION_SUFFIXES:
        return False
    first = span[0]
    if is_initial(first.text) and len(span) > 1:
        return True
    if is_person_title(first) and len(span) > 1:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text == "," and span.start >= 2:
        before = span.doc[span.start - 2]  # in apposition: "The Prime Minister, Declan Moyes,"
    return before is not None and before.lower_ in ROLE_NOUNS and len(span) > 1
