"""`extract_roles`: people's roles as written beside their mention: title words before a name,
an apposition after it, "appointed X as ..."; and `title_genders`, the genders titles imply.

Does not: normalise roles or link them to organisations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from transforms.entities.identity import EntityMentionSpan
from transforms.entities.names import name_tokens
from transforms.entities.settings import ROLE_PHRASE_MAX_WORDS
from transforms.lexicons.titles import (
    APPOINTMENT_VERBS,
    DESCRIPTOR_NOUNS,
    GENDERED_TITLES,
    ROLE_DETERMINERS,
)
from transforms.places import (
    country_for_demonym,
)


@dataclass(frozen=True)
class RoleSpan:
    """A descriptor of a person as written ("Russian President"), with the mention it describes."""

    mention: EntityMentionSpan
    text: str
    start_char: int
    end_char: int
    pattern: str  # title | apposition | appointment
    sentence_index: int


def _is_role_noun(token: Token) -> bool:
    return token.lower_.rstrip(".") in DESCRIPTOR_NOUNS


def _title_before(doc: Doc, mention: EntityMentionSpan, taken: list[bool]) -> Span | None:
    """Title words inside the mention before the name and right before the mention ("Russian
    President", "retired Gen."), if they hold a role noun."""
    name_start = name_tokens(doc[mention.token_start : mention.token_end]).start
    start = mention.token_start
    while start > 0 and not taken[start - 1]:
        token = doc[start - 1]
        if _joins_title_words(doc, start - 1, taken):
            start -= 1  # "Secretary [of] State"
            continue
        if not (_is_role_noun(token) or country_for_demonym(token.text) is not None):
            break
        start -= 1
    words = doc[start:name_start]
    return words if any(_is_role_noun(t) for t in words) else None


def _joins_title_words(doc: Doc, i: int, taken: list[bool]) -> bool:
    """ "of" between two title words ("Secretary of State", "Minister of Defence")."""
    return (
        doc[i].lower_ == "of"
        and i > 0
        and not taken[i - 1]
        and _is_role_noun(doc[i - 1])
        and _is_role_noun(doc[i + 1])
    )


def _role_phrase(doc: Doc, start: int, taken: list[bool]) -> Span | None:
    """The role phrase starting at token `start`: determiners dropped, ending at its last role
    noun before punctuation, a verb or another name."""
    while start < len(doc) and doc[start].lower_ in ROLE_DETERMINERS:
        start += 1
    end = start
    last_role = None
    while end < len(doc) and end - start < ROLE_PHRASE_MAX_WORDS:
        token = doc[end]
        if token.is_punct or token.pos_ in ("VERB", "AUX") or taken[end]:
            break
        if _is_role_noun(token) and token.tag_ != "POS":
            last_role = end
        end += 1
    return doc[start : last_role + 1] if last_role is not None else None


def _apposition_after(doc: Doc, mention: EntityMentionSpan, taken: list[bool]) -> Span | None:
    """ "Keith Kellogg, the special envoy" -> "special envoy"."""
    at = mention.token_end
    if at + 1 >= len(doc) or doc[at].text != ",":
        return None
    if doc[at + 1].pos_ in ("ADP", "CCONJ", "SCONJ"):
        return None  # "X, and Finland's minister" names someone else; "X, as ..." is no apposition
    return _role_phrase(doc, at + 1, taken)


def _appointed_as(doc: Doc, mention: EntityMentionSpan, taken: list[bool]) -> Span | None:
    """ "appointed retired Gen. Keith Kellogg as his special envoy" -> "special envoy"."""
    at = mention.token_end
    if at + 1 >= len(doc) or doc[at].lower_ != "as":
        return None
    window = doc[max(0, mention.token_start - 4) : mention.token_start]
    if not any(t.lemma_.lower() in APPOINTMENT_VERBS and t.pos_ == "VERB" for t in window):
        return None
    return _role_phrase(doc, at + 1, taken)


def extract_roles(
    doc: Doc, mentions: list[EntityMentionSpan], sentence_index: list[int]
) -> list[RoleSpan]:
    """Titles, appositions and appointments describing the PERSON mentions of `doc`."""
    taken = [False] * len(doc)  # tokens of people's names: a role never runs into one
    for m in mentions:
        if m.type == "PERSON":
            for i in range(m.token_start, m.token_end):
                taken[i] = True
    roles: list[RoleSpan] = []
    for mention in mentions:
        if mention.type != "PERSON":
            continue
        for pattern, finder in (
            ("title", _title_before),
            ("apposition", _apposition_after),
            ("appointment", _appointed_as),
        ):
            span = finder(doc, mention, taken)
            if span is not None and len(span):
                roles.append(
                    RoleSpan(
                        mention=mention,
                        text=span.text,
                        start_char=span.start_char,
                        end_char=span.end_char,
                        pattern=pattern,
                        sentence_index=sentence_index[span.start],
                    )
                )
    return roles


def title_genders(doc: Doc, mentions: Sequence[EntityMentionSpan]) -> dict[str, str]:
    """entity_id -> "singular_male" / "singular_female" for the people a title marks in the
    article ("Mr. Reis", "Mrs. Silva"); the others are unknown (first names are not read)."""
    genders: dict[str, str] = {}
    for mention in mentions:
        if mention.type != "PERSON":
            continue
        for i in range(max(0, mention.token_start - 1), mention.token_end):
            title = doc[i].lower_.rstrip(".")
            if title in GENDERED_TITLES:
                genders.setdefault(mention.entity_id, GENDERED_TITLES[title])
    return genders
