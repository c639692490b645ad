"""The form of a name: trimming a mention to its name (determiners, possessives, trailing
numbers and lowercase words, leading nationalities and roles), cutting names run together in
headlines and tables, the name's words without titles, and its normalised key.

Token and span tests only; does not decide labels (see `repair.py`).
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from transforms.doctext import is_caps_word, is_line_start
from transforms.lexicons.names import (
    FIRST_NAMES,
    NAME_PARTICLES,
    NAME_SEPARATORS,
    ORGANISATION_SUFFIXES,
)
from transforms.lexicons.titles import (
    LEADING_DETERMINERS,
    NAME_PART_TITLES,
    PERSON_TITLES,
    ROLE_NOUNS,
)
from transforms.places import (
    country_for_demonym,
    keeps_leading_article,
    lookup_place,
)
from transforms.types import NUMBERED_NAME_TYPES, PLACE_TYPES, SPLITTABLE_TYPES


def _strip_span(span: Span, label: str | None = None) -> Span | None:
    """Drop leading determiners, trailing possessives/punctuation and, for names, numbers.

    A name never ends in a number or a date ("Crewe 0", "Bosnia 1996-08-31" in results tables and
    datelines), and never runs over a line break; titles of works ("Apollo 13") keep theirs.
    """
    # The span's tokens, read once: `doc[i]` builds a new Token at every test. Positions in
    # `tokens` are relative to the span.
    tokens = list(span)
    start, end = 0, len(tokens)
    for i, token in enumerate(tokens):
        if token.is_space and "\n" in token.text:
            end = i
            break
    while start < end and (
        tokens[start].lower_ in LEADING_DETERMINERS
        or tokens[start].is_space
        or tokens[start].is_punct
    ):
        start += 1
    keeps_numbers = (label or span.label_) in NUMBERED_NAME_TYPES
    while end > start and (
        tokens[end - 1].tag_ == "POS"
        or tokens[end - 1].is_punct
        or tokens[end - 1].is_space
        or (not keeps_numbers and not has_alpha(tokens[end - 1].text))
    ):
        end -= 1
    doc = span.doc
    start, end = span.start + start, span.start + end
    if end > start and _article_is_part_of_name(doc, start, end, label or span.label_):
        start -= 1
    return doc[start:end] if end > start else None


def _article_is_part_of_name(doc: Doc, start: int, end: int, label: str) -> bool:
    """A capitalised "The" just before a place name is part of it if the gazetteer names the
    place with it ("The Hague", "The Bronx"; not "the United States")."""
    return (
        label in PLACE_TYPES
        and start > 0
        and doc[start - 1].text == "The"
        and keeps_leading_article(doc[start - 1 : end].text)
    )


def name_parts(ent: Span) -> list[Span]:
    """The names in one NER span, trimmed; a span is cut at " - " and "," (headlines and tables
    run names together: "Romania - Cosmin Contra"), and a PERSON span also at lowercase words
    other than name particles ("Yorkshire at Headingley"). Names without a capital are dropped.
    """
    stripped = _strip_span(ent)
    if stripped is None:
        return []
    parts: list[Span] = []
    start = stripped.start
    for i in range(stripped.start, stripped.end + 1):
        if i == stripped.end or _separates_names(ent.doc[i], ent.label_):
            piece = _strip_span(ent.doc[start:i], ent.label_) if i > start else None
            if piece is not None and ent.label_ in SPLITTABLE_TYPES:
                piece = _without_trailing_lowercase(piece)
            if piece is not None and ent.label_ == "PERSON":
                piece = _without_leading_demonym(piece)
            if piece is not None and _is_name(piece, ent.label_):
                parts.append(piece)
            start = i + 1
    if ent.label_ == "PERSON" and len(parts) > 1:
        # "Pirelli SpA chairman Marco Rossi": the person is the last name; an earlier one is a
        # person only if its form says so.
        earlier = [p for p in parts[:-1] if starts_like_person(p) or lookup_place(p.text)]
        parts = [*earlier, parts[-1]]
    return parts


def starts_like_person(span: Span) -> bool:
    return is_initial(span[0].text) or is_given_name(span[0])


def _without_trailing_lowercase(span: Span) -> Span | None:
    """ "Interfax news agency" -> "Interfax": a name ends with a capitalised word."""
    end = span.end
    while end > span.start and span.doc[end - 1].is_lower:
        end -= 1
    return span.doc[span.start : end] if end > span.start else None


def _without_leading_demonym(span: Span) -> Span:
    """The person's name alone: "American Dennis Mitchell" -> "Dennis Mitchell", "Foreign Minister
    Ana Ruiz" -> "Ana Ruiz", "[Chancellor of the] Exchequer Nigel Lawson" -> "Nigel Lawson".
    Nationality, titles, roles and a title's portfolio are not the name (the canonical name
    drops them too); a name that is all title ("President") is kept whole."""
    start = span.start
    doc = span.doc
    if start < span.end - 1 and follows_title_of(doc, start):
        start += 1
    while start < span.end - 1 and (
        country_for_demonym(doc[start].text) is not None
        or doc[start].lower_.rstrip(".") in ROLE_NOUNS - NAME_PART_TITLES
    ):
        start += 1
    return doc[start : span.end]


def follows_title_of(doc: Doc, i: int) -> bool:
    """Token `i` comes right after "<title> of" or "<title> of the": it names the portfolio."""
    j = i - 2 if i >= 2 and doc[i - 1].lower_ == "the" else i - 1
    return j >= 1 and doc[j].lower_ == "of" and doc[j - 1].lower_.rstrip(".") in ROLE_NOUNS


def _separates_names(token: Token, label: str) -> bool:
    if label not in SPLITTABLE_TYPES:
        return False
    if (token.text == "," and label != "ORG") or token.text in ("(", ")"):
        return True
    if token.lower_ in NAME_SEPARATORS or token.text.isdigit():
        return True  # "BALTIMORE AT SEATTLE", "Haitai 2 Samsung"
    if token.text in ("-", "--", "—", "–") and token.whitespace_:
        return token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return label == "PERSON" and token.is_lower and token.lower_ not in NAME_PARTICLES


def _is_name(span: Span, label: str) -> bool:
    """Has a letter and, for names of people, organisations and places, a capital; and is not a
    lone common noun the model took for a name ("Men 's singles", "Attendance :")."""
    if not has_alpha(span.text):
        return False
    if label not in SPLITTABLE_TYPES:
        return True
    if len(span) == 1 and (
        (span[0].tag_ in ("NN", "NNS") and not span[0].is_upper) or _is_row_heading(span)
    ):
        return False
    return any(c.isupper() for c in span.text)


def _is_row_heading(span: Span) -> bool:
    """A lone word opening a line and followed by a colon ("Attendance : 20,000")."""
    doc = span.doc
    return is_line_start(doc, span.start) and span.end < len(doc) and doc[span.end].text == ":"


def is_topic_slug(ent: Span) -> bool:
    """The ALL-CAPS topic word opening a headline ("SOCCER - ..."), unless it is a place."""
    doc = ent.doc
    end = ent.start
    while end < len(doc) and is_caps_word(doc[end]) and end - ent.start < 3:
        end += 1
    return (
        end > ent.start
        and is_line_start(doc, ent.start)
        and end < len(doc)
        and doc[end].text in ("-", "--")
        and lookup_place(doc[ent.start : end].text) is None
    )


def has_alpha(text: str) -> bool:
    return any(c.isalpha() for c in text)


def name_tokens(span: Span) -> Span:
    """The name without leading titles ("retired Gen. Keith Kellogg" -> "Keith Kellogg"); an
    organisation's name keeps them ("State Department", "Foreign Ministry")."""
    if span[-1].lower_.rstrip(".") in ORGANISATION_SUFFIXES:
        return span
    start = span.start
    while start < span.end - 1 and is_person_title(span.doc[start]):
        start += 1
    return span.doc[start : span.end]


def name_key(span: Span) -> tuple[str, ...]:
    return tuple(t.lower_.rstrip(".") for t in span if not t.is_punct or t.text in ("-", "&"))


def is_given_name(token: Token) -> bool:
    return (token.is_title or is_caps_word(token)) and token.lower_ in FIRST_NAMES


def is_name_word(token: Token) -> bool:
    """A capitalised word (or a hyphenated one, "Ata-ur-Rehman") that may continue a name."""
    text = token.text
    return (
        len(text) > 1
        and text[0].isupper()
        and text.replace("-", "").replace("'", "").isalpha()
        and token.lower_ not in STOP_WORDS
    )


def all_caps(span: Span) -> bool:
    return all(t.is_upper for t in span if t.is_alpha)


def is_person_title(token: Token) -> bool:
    return token.lower_.rstrip(".") in PERSON_TITLES


def is_initial(text: str) -> bool:
    return len(text) == 2 and text[0].isupper() and text[1] == "."
