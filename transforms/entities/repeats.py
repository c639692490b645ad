"""Names the NER model labelled somewhere in the document but missed or cut elsewhere: the
capitalised words just before a PERSON mention, the full name of a later lone surname, and
repeats of labelled names (a surname after a title).
"""

from __future__ import annotations

from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from transforms.entities.columns import Columns, taken_mask
from transforms.entities.names import follows_title_of, is_given_name, is_person_title
from transforms.entities.settings import REPEAT_MAX_WORDS, UNTAGGED_GIVEN_NAMES_MAX_WORDS
from transforms.lexicons.titles import (
    DESCRIPTOR_NOUNS,
    ROLE_NOUNS,
)
from transforms.places import (
    country_for_demonym,
    lookup_place,
)
from transforms.types import REPEATABLE_TYPES


def with_extended_people(doc: Doc, spans: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A PERSON mention takes in the capitalised words just before it that the model left out
    ("Romesh [Kaluwitharana]")."""
    taken = taken_mask(doc, spans)
    extended: list[tuple[Span, str]] = []
    for span, label in spans:
        start = span.start
        if label == "PERSON":
            while span.start - start < 2 and start > 0 and not taken[start - 1]:
                if not _may_precede_in_name(doc[start - 1]) or follows_title_of(doc, start - 1):
                    break  # not "[Chancellor of the] Exchequer Nigel Lawson"
                start -= 1
        extended.append((doc[start : span.end], label))
    return extended


def _may_precede_in_name(token: Token) -> bool:
    if not (token.is_title and token.is_alpha and len(token) > 1) or token.ent_type_:
        return False  # also not a word the model put in another entity ("Friday")
    if token.is_sent_start and not is_given_name(token):
        return False
    word = token.lower_
    return (
        word not in STOP_WORDS
        and word not in ROLE_NOUNS
        and country_for_demonym(token.text) is None
        and lookup_place(token.text) is None
    )


def with_full_names_of_surnames(doc: Doc, spans: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A one-word PERSON ("Otieno said") whose word ends a capitalised two- or three-word run
    earlier in the article that the model missed or cut ("Moses Otieno said ..."): that run is the
    person's full name, and a PERSON mention, so the surname joins it when clustered.

    Conservative: the surname's first full occurrence only, no word of the run in another
    mention, each word before the surname capitalised and neither a stop word, title, role,
    nationality nor place, and a sentence's first word only if tagged a proper noun or a given
    name (not "Farmers Otieno"); the run is not glued to more capitalised words."""
    full_words = {
        t.lower_ for span, label in spans if label == "PERSON" and len(span) > 1 for t in span
    }
    lone: dict[str, int] = {}  # surname -> where it is last mentioned alone
    for span, label in spans:
        if label == "PERSON" and len(span) == 1 and span[0].is_title:
            lone[span[0].lower_] = max(span.start, lone.get(span[0].lower_, 0))
    taken = taken_mask(doc, spans)
    found: dict[int, Span] = {}  # surname token -> the full name ending there
    for surname, last in lone.items():
        if surname in full_words:
            continue  # already part of a full name the clustering links it to
        name = _full_name_ending_in(doc, surname, last, taken, spans)
        if name is not None:
            found[name.end - 1] = name
    if not found:
        return spans
    kept = [(s, label) for s, label in spans if not (len(s) == 1 and s.start in found)]
    return kept + [(name, "PERSON") for name in found.values()]


def _full_name_ending_in(
    doc: Doc, surname: str, before: int, taken: list[bool], spans: list[tuple[Span, str]]
) -> Span | None:
    """The full name at the surname's first capitalised occurrence before token `before` that no
    other mention holds, if the words before it make one."""
    lone_person_at = {s.start for s, label in spans if label == "PERSON" and len(s) == 1}
    for i in range(1, before):
        token = doc[i]
        if token.lower_ != surname or not token.is_title:
            continue
        if taken[i] and i not in lone_person_at:
            continue
        start = i
        while (
            i - start < UNTAGGED_GIVEN_NAMES_MAX_WORDS
            and start > 0
            and not taken[start - 1]
            and _may_open_untagged_name(doc[start - 1])
        ):
            start -= 1
        glued_after = i + 1 < len(doc) and doc[i + 1].is_title
        glued_before = start > 0 and doc[start - 1].is_title and not doc[start].is_sent_start
        if start < i and not glued_after and not glued_before:
            return doc[start : i + 1]
        return None  # the first full occurrence only
    return None


def _may_open_untagged_name(token: Token) -> bool:
    """A capitalised word that may be a given name before a surname the model tagged alone."""
    if not (token.is_title and token.is_alpha and len(token) > 1):
        return False
    if token.ent_type_ not in ("", "PERSON"):
        return False  # "On Tuesday Otieno said": a date, or a word of another kind of name
    if token.is_sent_start and not (token.tag_ == "NNP" or is_given_name(token)):
        return False  # "Farmers Otieno": any sentence's first word is capitalised
    word = token.lower_
    return (
        word not in STOP_WORDS
        and word not in ROLE_NOUNS
        and word not in DESCRIPTOR_NOUNS
        and country_for_demonym(token.text) is None
        and lookup_place(token.text) is None
    )


def unlabelled_spans(
    doc: Doc, spans: list[tuple[Span, str]], columns: Columns
) -> list[tuple[Span, str]]:
    """Repeats of names labelled elsewhere in the document that the NER model missed."""
    names = _name_table(spans)
    if not names:
        return []
    taken = [False] * len(doc)
    for span, _ in spans:
        for i in range(span.start, span.end):
            taken[i] = True
    # A repeat starts with the first word of a name in the table: the columns pick the free
    # tokens that are such a word, and only those are matched against the table.
    first_words = {key[0] for key in names if key}
    starts = columns.lower_in(first_words, taken)
    found: list[tuple[Span, str]] = []
    next_free = 0  # repeats do not overlap: the next one starts after the last one found
    for i in starts:
        match = _match_name(doc, i, names, taken) if i >= next_free else None
        if match is not None:
            found.append(match)
            next_free = match[0].end
    return found


def _name_table(spans: list[tuple[Span, str]]) -> dict[tuple[str, ...], str]:
    """Lowercased name -> label, for the names (and person surnames) worth looking for."""
    votes: dict[tuple[str, ...], Counter[str]] = {}
    for span, label in spans:
        if label not in REPEATABLE_TYPES or len(span) > REPEAT_MAX_WORDS:
            continue
        votes.setdefault(tuple(t.lower_ for t in span), Counter())[label] += 1
        if label == "PERSON" and len(span) > 1 and span[-1].is_alpha:
            votes.setdefault((span[-1].lower_,), Counter())["PERSON"] += 1
    return {
        key: counter.most_common(1)[0][0]
        for key, counter in votes.items()
        if not (len(key) == 1 and (key[0] in STOP_WORDS or len(key[0]) < 3))
    }


def _match_name(
    doc: Doc, i: int, names: dict[tuple[str, ...], str], taken: list[bool]
) -> tuple[Span, str] | None:
    if not (doc[i].is_title or doc[i].is_upper) or not doc[i].is_alpha:
        return None
    for length in range(min(REPEAT_MAX_WORDS, len(doc) - i), 0, -1):
        end = i + length
        if any(taken[i:end]):
            continue
        label = names.get(tuple(t.lower_ for t in doc[i:end]))
        if label is not None and _stands_alone(doc, i, end, label):
            return doc[i:end], label
    return None


def _stands_alone(doc: Doc, start: int, end: int, label: str) -> bool:
    """Not glued to neighbouring capitalised words of a longer, different name; a person's
    title before a person's name is no such word ("Mr Trainor said", "Dr. Kamau")."""
    if doc[start].is_upper:
        return True  # headlines and tables: every word is capitalised
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    titled = label == "PERSON" and before is not None and is_person_title(before)
    glued_before = (
        before is not None and before.is_title and not before.is_sent_start and not titled
    )
    glued_after = after is not None and after.is_title
    return not (glued_before or glued_after)
