"""Named entities: mentions from the NER model, repaired, grouped into one entity per referent.

Mentions start from spaCy's entities and are repaired by rules and gazetteers, offline:
- trimmed: determiners (but a "The" that is part of a place's name, "The Hague"), possessives,
  punctuation, trailing numbers and dates, trailing lowercase words ("Interfax news agency"),
  line breaks; for people also leading nationalities and roles ("American", "Broker", "Foreign
  Minister"), but not titles that are part of the name ("Prince", "Mother");
- cut where headlines and tables run names together (" - ", commas, brackets, numbers,
  "at"/"v"; for people also lowercase words other than particles such as "van", keeping only
  the last name unless an earlier one starts like a person's);
- dropped: a headline's ALL-CAPS topic word ("SOCCER - ..."), names without a capital, a lone
  common noun ("Men 's singles"), a lone word heading a line before a colon ("Attendance :") and
  the portfolio of a title, which the model takes for an ORG ("Secretary of [State]");
- added: dateline places ("LONDON 1996-08-30"), untagged ALL-CAPS countries and large cities,
  person names recognisable by form (an initial or a common given name followed by capitalised
  words, "D. Lehmann"; capitalised words before a bracketed country, "Ana Ruiz ( Spain )"),
  teams in match results ("Hull 0 Barnet 2"), a bracketed acronym after a name ("( KDP )"),
  capitalised words just before a PERSON mention ("Romesh [Kaluwitharana]"), a full name the
  model missed or cut when its last word is later a PERSON on its own ("Moses Otieno said ...
  Otieno said"; conservative, see `_with_full_names_of_surnames`), and repeats of names the
  model labelled elsewhere in the document but missed here (a person's surname also after a
  title: "Mr Trainor said" after "Mike Trainor");
- relabelled: a PERSON/ORG/NORP mention that is a country, an ALL-CAPS place, or a PERSON that
  is a city of 100,000+ people not part of a person's name ("Kyiv") becomes GPE; a city followed
  by a score ("Houston 10") becomes ORG (its team); known organisations ("U.N.") and names with
  a company or organisation suffix ("Pirelli SpA", "Justice Department") are ORG, as is a lone
  PERSON word heading an ORG name in the document; a capitalised name after a role noun or title,
  or starting with an initial, is PERSON, unless it ends in an organisation word ("State
  Department"); a lone nationality the model tagged ORG is NORP ("[Ukrainian] defence ministry",
  once the lowercase words are trimmed).

Within an article, mentions are then clustered by name: a full person name ("Vladimir Putin")
absorbs later surname or title forms ("Putin", "President Putin"), even when the NER model gave
those a different label (a surname that belongs to a PERSON in the article is that PERSON, be it
tagged ORG, GPE, LOC or FAC: "Delgado threatened Berg" after "Maria Delgado"), except a name the
gazetteer knows as a place written where a place stands ("flew to Washington" after "John
Washington", "in Lima" after "Ana Lima": after a preposition of place, or in a dateline), which
stays the place.
Other names cluster by their normalised form, so one string gets one type per document by
majority. Each cluster's canonical name is its longest name without titles (an organisation's
keeps them: "State Department") and determiners, preferring a mixed-case mention to an ALL-CAPS
one of the same length; an ALL-CAPS word left in it is written as the cluster writes it elsewhere
("ANKARA -" then "Ankara" is "Ankara"), else title-cased if it is shouted: in a dateline, or of
`SHOUTED_MIN_LETTERS`+ letters and not a known acronym ("UNESCO"); shorter ones ("NATO", "BBC")
are kept. Its type is PERSON when a person name anchors it, else its most frequent label.

A place is located in its article's context (`transforms.places.resolve_place`): in the state or
country written after it ("Palm Beach, Florida"; a qualifier naming several regions is the one
holding the place before it, "Atlanta, Georgia"), else preferring a city in a country or US state
the article names. The entity id is a hash of (type, canonical name), and for a place located
elsewhere than the most populous place of its name, of the place too, so the same name and type
(and place) in two articles is one entity, whatever order they are loaded in, and one id is
always one place.

People's roles are kept as written, beside the mention they describe (`extract_roles`): title
words right before a name ("Russian President Vladimir Putin", "retired Gen. Keith Kellogg"),
an apposition ("Keith Kellogg, the special envoy") and "appointed X as his special envoy". Title
words joined by "of" are one title ("Secretary of State Marco Rubio"). A role
phrase must hold a descriptor noun from `lexicons/titles.py` (the role nouns, plus "member",
"head" and the like); leading determiners and possessives are dropped, and a phrase after a
name ends at its last descriptor noun ("special envoy for Ukraine" is stored as "special
envoy"). An apposition opening with a conjunction or preposition ("X, and Finland's minister")
is not taken.

Does not: link descriptions or pronouns ("the Russian leader", "he") to entities (speaker
resolution in `transforms/quotes.py` does that for speakers), resolve a surname-only mention to
a full name seen in another article (the warehouse does that, from `last_name_key`, in its
`entity_links` table), use a place's context beyond its article, re-run the NER model on
re-cased text, or know sports clubs, English counties or companies that the model mislabels as
people or places; a team and its city in one article share one entity.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_TITLE, IS_UPPER, LENGTH, LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from transforms.doctext import doc_text
from transforms.ids import stable_id
from transforms.lexicons.names import (
    FIRST_NAMES,
    KNOWN_ORGANISATIONS,
    NAME_PARTICLES,
    NAME_SEPARATORS,
    ORGANISATION_SUFFIXES,
    PLACE_PREPOSITIONS,
    UPPER_CASE_NAMES,
)
from transforms.lexicons.titles import (
    APPOINTMENT_VERBS,
    DESCRIPTOR_NOUNS,
    GENDERED_TITLES,
    LEADING_DETERMINERS,
    NAME_PART_TITLES,
    NAME_SUFFIXES,
    PERSON_TITLES,
    PORTFOLIO_TITLES,
    ROLE_DETERMINERS,
    ROLE_NOUNS,
    ROLE_PHRASE_MAX_WORDS,
)
from transforms.places import (
    PlaceResolution,
    Region,
    country_for_demonym,
    keeps_leading_article,
    lies_in,
    lookup_place,
    regions_named,
    resolve_place,
)

#: NER labels that name entities. Dates, times and numbers are handled elsewhere or dropped.
ENTITY_LABELS: frozenset[str] = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
#: Labels a surname may wrongly carry and still be repaired to the PERSON it belongs to (the
#: model tags "Delgado" FAC in "Delgado and Berg signed"); a place where a place stands keeps
#: its own (see `_stands_as_place`).
_REPAIRABLE_AS_PERSON = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"}
)
#: A PERSON-labelled name that is a city of at least this many people is that city ("Kyiv").
PERSON_TO_PLACE_MIN_POPULATION = 100_000
#: Labels whose names are looked for again where the NER model missed them.
REPEATABLE_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
REPEAT_MAX_WORDS = 4
#: An untagged ALL-CAPS word is taken for a city only if the city is at least this large.
CAPS_CITY_MIN_POPULATION = 100_000
DATELINE_MAX_WORDS = 3
DATELINE_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\b")
#: Labels a country or large city may wrongly carry and still be repaired to GPE.
_REPAIRABLE_AS_PLACE = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})
#: spaCy entity types of words that are never part of a name.
_NOT_NAME_ENTITY_TYPES = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"}
)
#: Labels whose names may end in a number ("Apollo 13", "World War 2", "Windows 95").
_MAY_END_IN_NUMBER = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC"})
#: Labels of names that never hold " - " or (but ORG) a comma, and must hold a capital letter.
_SPLITTABLE_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
#: Types of entities that are places, resolved to a country and coordinates in context.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: An ALL-CAPS word longer than this is a shouted name ("ANKARA"), not an acronym ("NATO"), unless
#: it is in `UPPER_CASE_NAMES`; in a dateline any ALL-CAPS word is ("ROME -").
SHOUTED_MIN_LETTERS = 5
#: A full name found for a lone surname has at most this many words before the surname.
UNTAGGED_GIVEN_NAMES_MAX_WORDS = 2


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
    keeps_numbers = (label or span.label_) in _MAY_END_IN_NUMBER
    while end > start and (
        tokens[end - 1].tag_ == "POS"
        or tokens[end - 1].is_punct
        or tokens[end - 1].is_space
        or (not keeps_numbers and not _has_alpha(tokens[end - 1].text))
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


def _name_parts(ent: Span) -> list[Span]:
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
            if piece is not None and ent.label_ in _SPLITTABLE_LABELS:
                piece = _without_trailing_lowercase(piece)
            if piece is not None and ent.label_ == "PERSON":
                piece = _without_leading_demonym(piece)
            if piece is not None and _is_name(piece, ent.label_):
                parts.append(piece)
            start = i + 1
    if ent.label_ == "PERSON" and len(parts) > 1:
        # "Pirelli SpA chairman Marco Rossi": the person is the last name; an earlier one is a
        # person only if its form says so.
        earlier = [p for p in parts[:-1] if _starts_like_person(p) or lookup_place(p.text)]
        parts = [*earlier, parts[-1]]
    return parts


def _starts_like_person(span: Span) -> bool:
    return _is_initial(span[0].text) or _is_given_name(span[0])


def _without_trailing_lowercase(span: Span) -> Span | None:
    """ "Interfax news agency" -> "Interfax": a name ends with a capitalised word."""
    end = span.end
    while end > span.start and span.doc[end - 1].is_lower:
        end -= 1
    return span.doc[span.start : end] if end > span.start else None


def _without_leading_demonym(span: Span) -> Span:
    """The person's name alone: "American Dennis Mitchell" -> "Dennis Mitchell", "Foreign Minister
    Ana Ruiz" -> "Ana Ruiz". Nationality, titles and roles are not the name (the canonical name
    drops them too); a name that is all title ("President") is kept whole."""
    start = span.start
    doc = span.doc
    while start < span.end - 1 and (
        country_for_demonym(doc[start].text) is not None
        or doc[start].lower_.rstrip(".") in ROLE_NOUNS - NAME_PART_TITLES
    ):
        start += 1
    return doc[start : span.end]


def _separates_names(token: Token, label: str) -> bool:
    if label not in _SPLITTABLE_LABELS:
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
    if not _has_alpha(span.text):
        return False
    if label not in _SPLITTABLE_LABELS:
        return True
    if len(span) == 1 and (
        (span[0].tag_ in ("NN", "NNS") and not span[0].is_upper) or _is_row_heading(span)
    ):
        return False
    return any(c.isupper() for c in span.text)


def _is_row_heading(span: Span) -> bool:
    """A lone word opening a line and followed by a colon ("Attendance : 20,000")."""
    doc = span.doc
    return _is_line_start(doc, span.start) and span.end < len(doc) and doc[span.end].text == ":"


def _is_topic_slug(ent: Span) -> bool:
    """The ALL-CAPS topic word opening a headline ("SOCCER - ..."), unless it is a place."""
    doc = ent.doc
    end = ent.start
    while end < len(doc) and _is_caps_word(doc[end]) and end - ent.start < 3:
        end += 1
    return (
        end > ent.start
        and _is_line_start(doc, ent.start)
        and end < len(doc)
        and doc[end].text in ("-", "--")
        and lookup_place(doc[ent.start : end].text) is None
    )


def _has_alpha(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _name_tokens(span: Span) -> Span:
    """The name without leading titles ("retired Gen. Keith Kellogg" -> "Keith Kellogg"); an
    organisation's name keeps them ("State Department", "Foreign Ministry")."""
    if span[-1].lower_.rstrip(".") in ORGANISATION_SUFFIXES:
        return span
    start = span.start
    while start < span.end - 1 and _is_person_title(span.doc[start]):
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
        """The longest name; of equally long ones a mixed-case one ("Ankara", not the dateline's
        "ANKARA"), then the longest text, then the first."""
        names = [_name_tokens(span) for span, _ in self.mentions]
        return max(names, key=lambda s: (len(s), not _all_caps(s), len(s.text), -s.start))

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
        dateline = _is_dateline(span)
        words = [_unshouted(t, written, dateline) + t.whitespace_ for t in span]
        return "".join(words).strip()

    def type(self) -> str:
        if self.anchored_person:
            return "PERSON"
        labels = Counter(label for _, label in self.mentions)
        return max(labels, key=lambda label: (labels[label], label == "PERSON"))


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


def _is_dateline(span: Span) -> bool:
    doc = span.doc
    return (
        _is_line_start(doc, span.start)
        and span.end < len(doc)
        and _all_caps(span)
        and _follows_dateline(doc, span.end, span.text)
    )


def _name_keys(spans: list[tuple[Span, str]]) -> dict[tuple[int, int], tuple[str, ...]]:
    """(start, end) -> `_key(_name_tokens(span))` of each span, built once: clustering reads it
    twice and each mention's row once more (it depends on the tokens only)."""
    return {(span.start, span.end): _key(_name_tokens(span)) for span, _ in spans}


def _cluster_mentions(
    spans: list[tuple[Span, str]], keys: dict[tuple[int, int], tuple[str, ...]]
) -> list[_Cluster]:
    persons: list[_Cluster] = []  # full person names, to which surnames attach
    by_key: dict[tuple[str, ...], _Cluster] = {}
    clusters: list[_Cluster] = []
    # Pass 1: multi-token PERSON names define person clusters.
    for span, label in spans:
        key = keys[span.start, span.end]
        if label == "PERSON" and len(key) >= 2 and key not in by_key:
            cluster = _Cluster(
                mentions=[], anchored_person=True, anchor_key=key, anchor_start=span.start
            )
            by_key[key] = cluster
            persons.append(cluster)
            clusters.append(cluster)
    # Pass 2: assign every mention, in text order.
    places: dict[tuple[str, ...], _Cluster] = {}  # places that a person's name would absorb
    for span, label in spans:
        key = keys[span.start, span.end]
        target = by_key.get(key) or _person_for_partial_name(key, label, span, persons)
        if target is not None and target.anchor_key not in ((), key) and _stands_as_place(span):
            # "flew to Washington" in an article naming John Washington: the city, not him.
            target = places.get(key)
            if target is None:
                target = places[key] = _Cluster(mentions=[])
                clusters.append(target)
        elif target is None:
            target = by_key[key] = _Cluster(mentions=[])
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
    return (before is not None and before.lower_ in PLACE_PREPOSITIONS) or _is_dateline(span)


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


def _string_ids(words: Collection[str]) -> frozenset[int]:
    """The StringStore ids of `words`: what `Doc.to_array([LOWER])` holds for a lowercase word."""
    return frozenset(get_string_id(word) for word in words)


_FIRST_NAME_IDS = _string_ids(FIRST_NAMES)


class _Columns:
    """Lexical attributes of all of a doc's tokens as numpy columns, read in one call.

    The scans for words that may start a name, a place or a score test every token; reading
    a Token's attributes in Python costs about 0.1-0.5 µs each (building `doc[i]` more), so the
    scans test these columns instead and run their exact test on the few tokens that pass.
    The columns are spaCy's own lexeme flags, so they pick exactly the tokens the exact tests
    would; words are compared by string id (a hash), and a collision only adds a candidate that
    the exact test then drops. numpy comes with spaCy (`to_array` returns its arrays)."""

    def __init__(self, doc: Doc) -> None:
        table = doc.to_array([IS_ALPHA, IS_UPPER, IS_TITLE, IS_DIGIT, LENGTH, LOWER])
        table = table.reshape(len(doc), 6)
        alpha, upper, title, digit = (table[:, k].astype(bool) for k in range(4))
        length = table[:, 4]
        self.lower: list[int] = table[:, 5].tolist()
        #: `_is_caps_word`
        self.caps = alpha & upper & (length > 1)
        #: a superset of `_is_initial` ("D."): two characters, upper case
        self.may_be_initial = upper & (length == 2)
        #: capitalised words (`is_title` or `_is_caps_word`), which a given name is one of
        self.capitalised = title | self.caps
        #: a score in a results line: a number of up to three digits ("Hull 0 Barnet 0")
        self.score = digit & (length <= 3)

    def given_names(self) -> list[int]:
        """Indices of the tokens `_is_given_name` holds for."""
        lower = self.lower
        return [i for i in _indices(self.capitalised) if lower[i] in _FIRST_NAME_IDS]

    def lower_in(self, words: Collection[str], taken: list[bool]) -> list[int]:
        """Indices of the tokens not taken whose lowercase form is one of `words` (a set test
        in Python: `np.isin` sorts both arrays on every call)."""
        ids = _string_ids(words)
        return [i for i, word in enumerate(self.lower) if word in ids and not taken[i]]


def _indices(mask: NDArray[np.bool_]) -> list[int]:
    return [int(i) for i in np.flatnonzero(mask)]


def candidate_spans(doc: Doc) -> list[tuple[Span, str]]:
    """Entity mentions with repaired labels, in text order (see the module docstring)."""
    columns = _Columns(doc)
    datelines = _dateline_spans(doc, columns)
    taken = {i for span in datelines for i in range(span.start, span.end)}
    spans: list[tuple[Span, str]] = [(span, "GPE") for span in datelines]
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        if _is_topic_slug(ent):
            continue
        spans.extend(
            (part, ent.label_) for part in _name_parts(ent) if not _is_title_portfolio(part)
        )
    spans = _with_structured_names(doc, spans, columns)
    spans = _with_match_results(doc, spans, columns)
    spans.extend(_caps_place_spans(doc, spans, columns))
    spans.extend(_acronym_spans(doc, spans))
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
    spans = _with_extended_people(doc, spans)
    spans = _with_full_names_of_surnames(doc, spans)
    spans.extend(_unlabelled_spans(doc, spans, columns))
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


def _is_line_start(doc: Doc, i: int) -> bool:
    return i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text)


def _is_caps_word(token: Token) -> bool:
    return token.is_alpha and token.is_upper and len(token) > 1


def _dateline_spans(doc: Doc, columns: _Columns) -> list[Span]:
    """Line-initial ALL-CAPS place names of datelines ("LONDON 1996-08-30", "KYIV, Ukraine -")."""
    found: list[Span] = []
    for i in _indices(columns.caps):
        if not _is_line_start(doc, i):
            continue
        end = i
        while end < len(doc) and end - i < DATELINE_MAX_WORDS and columns.caps[end]:
            end += 1
        if end < len(doc) and _follows_dateline(doc, end, doc[i:end].text):
            found.append(doc[i:end])
    return found


def _follows_dateline(doc: Doc, end: int, place: str) -> bool:
    after = doc[end].text
    if DATELINE_DATE.match(doc_text(doc), doc[end].idx) or after in ("(", ","):
        return True
    return after in ("-", "—", "–") and lookup_place(place) is not None


def _with_structured_names(
    doc: Doc, spans: list[tuple[Span, str]], columns: _Columns
) -> list[tuple[Span, str]]:
    """Add person names recognisable by their form ("D. Lehmann", "Marion Clignet"); they replace
    any mention they overlap, whose label or boundaries the NER model got wrong."""
    names = _structured_person_names(doc, columns)
    if not names:
        return spans
    covered = _taken(doc, [(name, "PERSON") for name in names])
    kept = [(s, label) for s, label in spans if not any(covered[s.start : s.end])]
    return kept + [(name, "PERSON") for name in names]


def _structured_person_names(doc: Doc, columns: _Columns) -> list[Span]:
    found: list[Span] = []
    # Only an initial or a given name opens such a name: the columns pick those tokens (and a
    # few other two-letter capitals), and `_person_name_end` tests them exactly.
    openers = sorted({*_indices(columns.may_be_initial), *columns.given_names()})
    next_free = 0  # names do not overlap: the next one starts after the last one found
    for i in openers:
        end = _person_name_end(doc, i) if i >= next_free else None
        if end is not None:
            found.append(doc[i:end])
            next_free = end
    taken = _taken(doc, [(span, "PERSON") for span in found])
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
    return (_is_name_word(token) and not _is_caps_word(token)) or (
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
    if not (_is_initial(first.text) or _is_given_name(first)) or _inside_longer_name(doc, i):
        return None
    capitals = _is_caps_word(first)  # "ROBERTO DURAN" in a headline, not "S. KOREAN GAMES"
    end = i + 1
    while (
        end < len(doc)
        and end - i < 4
        and _is_name_word(doc[end])
        and _is_caps_word(doc[end]) == capitals
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
        and _has_alpha(before.text)
        and not _is_initial(before.text)
        and before.lower_.rstrip(".") not in ROLE_NOUNS
        and not _is_line_start(doc, i)
    )


def _is_given_name(token: Token) -> bool:
    return (token.is_title or _is_caps_word(token)) and token.lower_ in FIRST_NAMES


def _is_name_word(token: Token) -> bool:
    """A capitalised word (or a hyphenated one, "Ata-ur-Rehman") that may continue a name."""
    text = token.text
    return (
        len(text) > 1
        and text[0].isupper()
        and text.replace("-", "").replace("'", "").isalpha()
        and token.lower_ not in STOP_WORDS
    )


def _with_match_results(
    doc: Doc, spans: list[tuple[Span, str]], columns: _Columns
) -> list[tuple[Span, str]]:
    """Teams in match results ("Hull 0 Barnet 0", "Leyton Orient 2 Wigan 1") are ORG, replacing
    whatever the model made of them; countries (national teams) and person names are left be."""
    teams = _match_result_teams(doc, spans, columns)
    if not teams:
        return spans
    covered = _taken(doc, [(team, "ORG") for team in teams])
    kept = [(s, label) for s, label in spans if not any(covered[s.start : s.end])]
    return kept + [(team, "ORG") for team in teams]


def _match_result_teams(doc: Doc, spans: list[tuple[Span, str]], columns: _Columns) -> list[Span]:
    people = _taken(doc, [(s, label) for s, label in spans if label == "PERSON" and len(s) > 1])
    teams: list[Span] = []
    for i in _indices(columns.score):
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
    while start > 0 and end - start < 3 and _is_name_word(doc[start - 1]):
        start -= 1
    return doc[start:end] if start < end else None


def _may_be_team(span: Span) -> bool:
    place = lookup_place(span.text)
    return (place is None or place.kind != "country") and not _starts_like_person(span)


def _taken(doc: Doc, spans: list[tuple[Span, str]]) -> list[bool]:
    taken = [False] * len(doc)
    for span, _ in spans:
        for i in range(span.start, span.end):
            taken[i] = True
    return taken


def _caps_place_spans(
    doc: Doc, spans: list[tuple[Span, str]], columns: _Columns
) -> list[tuple[Span, str]]:
    """Untagged ALL-CAPS words that name a country or city ("RUSSIA", "NEW YORK 74 59").

    The NER model misses most names written in capitals; a gazetteer does not care about case.
    Only whole capitalised words not already in a mention, longest match (up to 3 words) first.
    """
    taken = _taken(doc, spans)
    found: list[tuple[Span, str]] = []
    # The gazetteer is asked about free ALL-CAPS words only: the columns pick them.
    starts = _indices(columns.caps & ~np.array(taken, dtype=bool))
    next_free = 0  # places do not overlap: the next one starts after the last one found
    for i in starts:
        end = _caps_place_end(doc, i, taken) if i >= next_free else None
        if end is not None:
            found.append((doc[i:end], "GPE"))
            next_free = end
    return found


def _caps_place_end(doc: Doc, i: int, taken: list[bool]) -> int | None:
    if taken[i] or not _is_caps_word(doc[i]):
        return None
    for end in range(min(i + 3, len(doc)), i, -1):
        words = doc[i:end]
        if any(taken[i:end]) or not all(_is_caps_word(t) for t in words):
            continue
        if (end == i + 1 and words[0].lower_ in STOP_WORDS) or any(
            t.ent_type_ in _NOT_NAME_ENTITY_TYPES for t in words
        ):
            continue  # "THE", "FRIDAY"
        place = lookup_place(doc[i:end].text)
        if place is not None and (
            place.kind != "city" or place.population >= CAPS_CITY_MIN_POPULATION
        ):
            return end
    return None


def _acronym_spans(doc: Doc, spans: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A bracketed acronym right after a name takes its label ("... Party ( KDP )")."""
    taken = _taken(doc, spans)
    found: list[tuple[Span, str]] = []
    for span, label in spans:
        at = span.end
        if (
            at + 2 < len(doc)
            and doc[at].text == "("
            and doc[at + 2].text == ")"
            and not taken[at + 1]
            and doc[at + 1].is_upper
            and _has_alpha(doc[at + 1].text)
            and label in ("ORG", "GPE", "LOC", "FAC")
        ):
            found.append((doc[at + 1 : at + 2], label))
    return found


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
    if label not in _REPAIRABLE_AS_PLACE:
        return False
    place = lookup_place(span.text)
    if place is None:
        return False
    if place.kind == "country" or _all_caps(span):
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


def _all_caps(span: Span) -> bool:
    return all(t.is_upper for t in span if t.is_alpha)


def _looks_like_person(span: Span) -> bool:
    """A capitalised name after a role noun ("spokesman Glyn Davies", "the Prime Minister, Declan
    Moyes") or with an initial; not one ending in an organisation word ("State Department",
    "Defense Ministry")."""
    if not all(t.is_title for t in span if t.is_alpha) or len(span) > 4:
        return False
    if span[-1].lower_.rstrip(".") in ORGANISATION_SUFFIXES:
        return False
    first = span[0]
    if _is_initial(first.text) and len(span) > 1:
        return True
    if _is_person_title(first) and len(span) > 1:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text == "," and span.start >= 2:
        before = span.doc[span.start - 2]  # in apposition: "The Prime Minister, Declan Moyes,"
    return before is not None and before.lower_ in ROLE_NOUNS and len(span) > 1


def _is_person_title(token: Token) -> bool:
    return token.lower_.rstrip(".") in PERSON_TITLES


def _is_initial(text: str) -> bool:
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def _with_extended_people(doc: Doc, spans: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A PERSON mention takes in the capitalised words just before it that the model left out
    ("Romesh [Kaluwitharana]")."""
    taken = _taken(doc, spans)
    extended: list[tuple[Span, str]] = []
    for span, label in spans:
        start = span.start
        if label == "PERSON":
            while span.start - start < 2 and start > 0 and not taken[start - 1]:
                if not _may_precede_in_name(doc[start - 1]):
                    break
                start -= 1
        extended.append((doc[start : span.end], label))
    return extended


def _may_precede_in_name(token: Token) -> bool:
    if not (token.is_title and token.is_alpha and len(token) > 1) or token.ent_type_:
        return False  # also not a word the model put in another entity ("Friday")
    if token.is_sent_start and not _is_given_name(token):
        return False
    word = token.lower_
    return (
        word not in STOP_WORDS
        and word not in ROLE_NOUNS
        and country_for_demonym(token.text) is None
        and lookup_place(token.text) is None
    )


def _with_full_names_of_surnames(doc: Doc, spans: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
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
    taken = _taken(doc, spans)
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
    if token.is_sent_start and not (token.tag_ == "NNP" or _is_given_name(token)):
        return False  # "Farmers Otieno": any sentence's first word is capitalised
    word = token.lower_
    return (
        word not in STOP_WORDS
        and word not in ROLE_NOUNS
        and word not in DESCRIPTOR_NOUNS
        and country_for_demonym(token.text) is None
        and lookup_place(token.text) is None
    )


def _unlabelled_spans(
    doc: Doc, spans: list[tuple[Span, str]], columns: _Columns
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
        if label not in REPEATABLE_LABELS or len(span) > REPEAT_MAX_WORDS:
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
    titled = label == "PERSON" and before is not None and _is_person_title(before)
    glued_before = (
        before is not None and before.is_title and not before.is_sent_start and not titled
    )
    glued_after = after is not None and after.is_title
    return not (glued_before or glued_after)


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


def _article_countries(named: list[tuple[_Cluster, str, str]]) -> dict[str, frozenset[str]]:
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
    cluster: _Cluster, name: str, article_countries: dict[str, frozenset[str]]
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
    keys = _name_keys(spans)
    clusters = _cluster_mentions(spans, keys)
    named = [(cluster, cluster.type(), cluster.canonical_name()) for cluster in clusters]
    article_countries = _article_countries(named)
    mentions: list[EntityMentionSpan] = []
    entities: dict[str, ResolvedEntity] = {}
    for cluster, entity_type, name in named:
        place = None
        if entity_type in PLACE_TYPES:
            place = _place_in_article(cluster, name, article_countries)
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
    name_start = _name_tokens(doc[mention.token_start : mention.token_end]).start
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
