"""Quotations: who said what, as direct, indirect, mixed or partial quotes with their speakers.

Direct quotes are found from the characters: paired double quotation marks (curly, straight,
guillemets, and the typewriter forms ``…'' and ''…'' of NYT/Penn-Treebank text), opening or
closing decided by the spacing around each mark. A quote runs across sentences, and across
paragraphs when a paragraph ends inside an open quote and the next paragraph reopens it (the
newswire convention): such a multi-paragraph quote is one row. A quote that opens a paragraph and
never closes runs to the paragraph's end (a block quotation). A quote broken by its own cue -
"“A,” she said. “B.”" - gives two rows with the same speaker and cue, the second with
`speaker_method` continuation, so every row's offsets cover only quoted words (the evaluation
adapter joins them, as PolNeAR annotates one discontinuous content). So does a quote paragraph
with no cue of its own right after a quote (“A,” she said.¶“B.”), as the speaker goes on. A
sentence of the writer's between the two quotes, or a cue that introduces the second one (“A,”
she sang before asking, “B?”), keeps them apart; a resumed quote that the writer's sentence
continues (“B” for the losses) is partial.

A quotation nested in a quotation (“… what he calls “hell” …”) stays inside it.

A quote is `partial` (a scare quote or fragment: no speaker, never counted as a direct quote) when
it continues the words before it (he was “refining …”, a city of “honesty”; a quote opening a
paragraph never does), when it follows a cue verb directly and the sentence goes on after it
(says “…” despite …: part of an indirect report), when the writer's sentence runs on after it
with words that do not attribute it (“…” for the losses, she said), or when it has at most
`PARTIAL_QUOTE_MAX_WORDS` words, or starts mid-paragraph on a lowercase word (officials who, “in
the end, gave up”), or is a title in title case (a book, show, slogan or sign: “Make America Great
Again”), and nothing presents it as an utterance: a cue right next to it (“Denver,” he
answered is direct), a colon before it, or "according to X". A quote that fills the clause of a
reported "that" ("she said that “…”", "wrote that, “…”") is `mixed`, with that verb as its cue:
the writer frames it as indirect speech. So is a quote that opens in lower case on its verb, the
subject being the writer's ("The plan, she said, “will fail”"): the row runs from the subject.

The cue is the nearest reporting verb (lexicon `CUE_VERBS`) in the sentence around the quote,
after the closing mark first ("…,” Putin said), then before the opening mark (Putin said: “…"),
never across a paragraph break except after a colon; a quote ending in "?" or "!" also looks into
the next parsed sentence (“…?” she asked). The speaker is that verb's subject (the
nearest one, also when postposed: "said Putin"; a name right after the cue that the parser
attached elsewhere), or the subject of the clause a subjectless cue hangs on ("…, saying",
"before saying"), or the noun a participle cue describes ("footage of X saying"); a word inside
a quote is never the subject. A quote signed with a dash (“…” ― Name) takes the signed name, one
after "According to X," takes X, one after a colon with no cue ("X made one promise: “…”") the
subject of the clause before the colon, or the name in a verbless label ("More from X: “…”"). A
quote with no cue of its own takes the subject of a reporting verb in the two sentences before it
(when no other quote comes between), else continues the previous quote's speaker, as do
"added"/"continued" cues without a subject. A date is never the speaker ("said Monday").

Indirect quotes (PolNeAR's sense of attribution: statements, beliefs and intentions) are: reporting
and belief verbs with a clausal complement ("He said Russia is open to talks", "polls show that
…"), intention verbs with an infinitive ("vowed to fight"; a passive reports its whole clause, "X
is expected to win", held by its "by" agent if any), verbs whose object is the content ("denied the
report", "accused Trump of lying", "sees the deal as a mistake", with what follows the object
unless a comma sets it off), verbs with a prepositional content ("called for an inquiry"),
parenthetical cues ("The plan, he said, will fail": the host clause), statement nouns with a
that-clause or infinitive ("the claim that …", "his plan to …") or a prepositional content ("her
support for …"; the holder is the possessor or the subject of the verb governing the noun), stance
adjectives with the same kinds of content ("was critical of …", "is confident that …", "eager to
…"), "according to X", and paragraphs that a short name and a colon open (a transcript's "SILVA: We
will …", a headline's "Silva: Plan has failed"). Of several clauses a parser hangs on one cue, the
nearest is its content ("X said A, and Y said B" reports A, then B). A content stays in its cue's
paragraph. Reports nested in another report's content are dropped (attributions do not nest). A
report whose content embeds quoted words is `mixed` when at least `MIXED_MIN_QUOTED_SHARE` of its
words are quoted (a cue clause interjected in the quote, “A,” he said, “B”, is not the writer's
words: with nothing else outside the quotes there is no report), and then replaces the quote's own
row; otherwise it is `indirect` and the embedded quote keeps its own row.

Speakers are linked to entities: a speaker span that overlaps an entity mention takes its entity;
a description that names someone in apposition ("her lawyer, Peter Kamau, said") is that name;
a pronoun or a role description ("the president") takes the most recent person (or, for
collective nouns such as "the ministry", organisation) mentioned before it; a role noun or its
modifier that introduced a person ("Russian President X", "Mayor Y") picks that person. An
organisation noun that only its modifiers name ("the Ukrainian defence ministry", "the Acme
board") is a description of that organisation, not the nationality or name modifying it: it keeps
its words as the speaker and takes the entity of the organisation it belongs to (Acme), else of
one the article named with that noun ("Ukraine's Defence Ministry", never one given another
country), else none. A pronoun
quote followed directly by an "added" statement with a named or described speaker ("…,” he said.
/ The Russian leader added …) takes that speaker's entity.

Gender agreement comes only from titles: "he" skips a person the article calls Mrs./Ms., "she"
one it calls Mr. A pronoun never stands for a name that only modifies a noun ("Latin American
debt", "Dutch stocks"). "It" stands for the last organisation or country ("VW said ... It said"),
except as a placeholder ("It seems"), and right after another attribution "it"/"they"
continue that group ("ZIM said ... It said"), or stay unresolved after a description ("Tehran
radio said ... It said"); "who"/"which" keep their words but stand for the noun their clause
modifies ("Ana Silva, who said ...").

Does not: infer gender from first names (without a title, a "he" can resolve to a woman), check
number agreement beyond "they" and "it" standing for groups only, attribute
interviewers' questions to the interviewer, split a report whose content coordinates a second
report ("said X and called for Y"), or take cues from headlines written in title case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import accumulate, pairwise

from spacy.tokens import Doc, Span, Token

from transforms.dateline import dateline_end
from transforms.doctext import doc_text
from transforms.entities import EntityMentionSpan
from transforms.grammar import (
    first_pobj,
    has_passive_auxiliary,
    has_to_marker,
    passive_agent,
    relative_antecedent,
    subjects_of,
)
from transforms.lexicons.quotes import (
    ADJACENT_CUE_MAX_WORDS,
    ADJECTIVE_CUES,
    ANONYMITY_VERBS,
    ARMED_FORCE_NOUNS,
    BELIEF_CUES,
    CLOSING_GLYPHS,
    CONTINUATION_CUES,
    CUE_NOUNS,
    CUE_VERBS,
    DEFINITE_DETERMINERS,
    DIRECT_QUOTE_CUES,
    GENERIC_ORG_NOUNS,
    INTENTION_CUES,
    LABEL_MAX_TOKENS,
    LEMMA_CORRECTIONS,
    LOOKBACK_SENTENCES,
    MIN_CONTENT_TOKENS,
    MIN_LABELLED_CONTENT_WORDS,
    MIXED_MIN_QUOTED_SHARE,
    MORE_NOUN_PREPOSITION_CUES,
    MORE_PREPOSITION_CUES,
    NON_SPEAKER_LABELS,
    NOUN_PREPOSITION_CUES,
    OBJECT_CONTINUATION_DEPS,
    OBJECT_CUES,
    OPENING_GLYPHS,
    ORG_ROLE_NOUNS,
    PARTIAL_QUOTE_MAX_WORDS,
    PERSON_ROLE_NOUNS,
    PHRASAL_QUOTE_CUES,
    PHYSICAL_SENSE_CUES,
    PHYSICAL_TARGET_NOUNS,
    PLACEHOLDER_IT_VERBS,
    PREPOSITION_CUES,
    REGARD_AS_CUES,
    SIGNATURE_DASHES,
    SPEAKER_PRONOUNS,
    SPOKESPERSON_NOUNS,
    STATEMENT_OBJECT_CUES,
    TITLE_MINOR_WORDS,
    UNSPOKEN_OBJECTS,
)
from transforms.lexicons.titles import NAME_SUFFIXES, PERSON_TITLES
from transforms.mentions import (
    SPEAKER_REFERENTS,
    MentionIndex,
    country_named,
    pronoun_gender,
)

_QUOTE_MARK = re.compile(r"''|``|[“”\"«»„]")
_NEWLINE = re.compile("\n")
_WORD_BEFORE_PERIOD = re.compile(r"(\w+)\.")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The end of the text between two quotes: spaces, quotation marks and the stop before a quote.
_GAP_END = re.compile(r"[\s“”‘’\"'`«»„.:;,]+$")
# A sentence break inside it: a stop (after the word it ends, if any), then a capital or a quote.
_SENTENCE_BREAK = re.compile(r"(\w*)[.!?][\"'”’)]*\s+(?=[A-Z“\"‘'(])")
# Dependencies climbed from a subjectless cue to the clause that has the subject:
# "McConnell deflected questions before saying …" (pcomp -> prep -> deflected).
_CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl"})
_MAX_CLIMB = 3
_ORG_TYPES = frozenset({"ORG", "GPE", "NORP"})
_PERSON_TYPES = frozenset({"PERSON"})
#: What a pronoun speaker can stand for, by its SPEAKER_PRONOUNS value (people otherwise).
#: "They" is never one person: after "Ana Silva and Lars Berg met", either alone is half wrong.
_PRONOUN_REFERENT_TYPES = {
    "plural": _ORG_TYPES,
    "neuter": frozenset({"ORG", "GPE"}),
}
_SPEAKER_TYPES = frozenset({"PERSON", "ORG"})
# Punctuation that ends a label before a colon ("HEADLINE - Ana Tembe: “…”").
_LABEL_STOPS = frozenset({".", ";", "-", "—", "–", "―", "--", "(", ")"})
# Entity types of words that say when, never who: "said Monday" (a parser may call it a subject).
_WHEN_TYPES = frozenset({"DATE", "TIME"})
_PLACE_OR_TIME_TYPES = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL"})


@dataclass(frozen=True)
class QuotedSpan:
    """Content between a pair of quotation marks (offsets exclude the marks)."""

    start_char: int
    end_char: int
    opens_paragraph: bool


@dataclass(frozen=True)
class QuoteSpan:
    """One extracted quote with its cue and speaker."""

    text: str
    kind: str
    start_char: int
    end_char: int
    sentence_index: int
    cue: str | None = None
    cue_start_char: int | None = None
    cue_end_char: int | None = None
    speaker_text: str | None = None
    speaker_start_char: int | None = None
    speaker_end_char: int | None = None
    speaker_entity_id: str | None = None
    speaker_method: str | None = None
    # This row resumes the previous direct row: one utterance broken by its cue (“A,” she said.
    # “B.”) or going on in the next paragraph. The evaluation adapter joins such rows.
    resumes_previous: bool = False


# ----------------------------------------------------------------------------- quotation marks


def _paragraph_ends(text: str) -> list[int]:
    ends = [found.start() for found in _NEWLINE.finditer(text)]  # not a loop over characters
    return [*ends, len(text)]


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    opens: bool


def _mark_opens(text: str, start: int, end: int) -> bool:
    """Whether a quotation mark opens: by spacing first, by glyph when spacing is ambiguous."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    spaced_before = before.isspace() or before in "([{—–"
    spaced_after = after.isspace()
    if spaced_before != spaced_after:
        return spaced_before
    glyph = text[start:end]
    if glyph in OPENING_GLYPHS:
        return True
    if glyph in CLOSING_GLYPHS:
        return False
    return not (before.isalnum() or before in ".,;:!?…)]")


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    marks = []
    for found in _QUOTE_MARK.finditer(text, start, end):
        if found.group() == "'" and _is_apostrophe_context(text, found.start()):
            continue
        if found.start() > 0 and text[found.start() - 1] == "=":
            continue  # a markup attribute (<tweet author="…">), not a quotation; its closer strays
        marks.append(_Mark(found.start(), found.end(), _mark_opens(text, *found.span())))
    return marks


def _is_apostrophe_context(text: str, index: int) -> bool:
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Content spans of paired double quotation marks (“ ” " « » „ and the typewriter forms
    ``…'' and ''…''), paragraph by paragraph.

    A quote left open at a paragraph's end continues into the next paragraph when that paragraph
    starts with an opening mark (the newswire convention); the paragraphs then form one span. A
    quote that opens a paragraph and is never closed runs to the paragraph's end (a block
    quotation). Any other unclosed mark is ignored, so it never swallows the rest of the article.
    """
    spans: list[QuotedSpan] = []
    if _QUOTE_MARK.search(text) is None:
        return spans  # no mark, no quote: no need to walk the paragraphs (most wire stories)
    paragraph_start = 0
    continuing: QuotedSpan | None = None
    for paragraph_end in _paragraph_ends(text):
        if text[paragraph_start:paragraph_end].isspace() or paragraph_start == paragraph_end:
            # A blank line between paragraphs (scraped text, Markdown) is no paragraph: an open
            # quote carries on across it as across a single line break.
            paragraph_start = paragraph_end + 1
            continue
        found, left_open = _quotes_in_paragraph(text, paragraph_start, paragraph_end)
        if continuing is not None:
            if found and found[0].opens_paragraph:
                found[0] = QuotedSpan(continuing.start_char, found[0].end_char, True)
            elif not found and left_open is not None and left_open.opens_paragraph:
                left_open = QuotedSpan(continuing.start_char, left_open.end_char, True)
            else:
                spans.append(continuing)
            continuing = None
        if left_open is not None and _next_paragraph_opens_quote(text, paragraph_end):
            continuing = left_open
        elif left_open is not None and left_open.opens_paragraph:
            found.append(left_open)
        spans.extend(found)
        paragraph_start = paragraph_end + 1
    if continuing is not None:
        spans.append(continuing)
    return spans


def _quotes_in_paragraph(
    text: str, start: int, end: int
) -> tuple[list[QuotedSpan], QuotedSpan | None]:
    """Closed quotes of one paragraph, and the quote still open at its end (if any)."""
    found: list[QuotedSpan] = []
    opened: _Mark | None = None
    first_visible = start
    while first_visible < end and text[first_visible].isspace():
        first_visible += 1
    marks = _marks(text, start, end)
    nested = 0
    for position, mark in enumerate(marks):
        if opened is not None and mark.opens and text[mark.start] in "“«`":
            closers_left = sum(1 for later in marks[position + 1 :] if not later.opens)
            if closers_left >= nested + 2:
                nested += 1  # a quotation inside the quotation: “… calls “hell” …”
            else:
                opened = mark  # a second opener restarts: the first was a stray mark
            continue
        if opened is None:
            opened = mark if mark.opens else None
            continue
        if nested:
            nested -= 1
            continue
        span = _content_span(text, opened.end, mark.start, opened.start == first_visible)
        if span is not None:
            found.append(span)
        opened = None
    left_open = None
    if opened is not None:
        left_open = _content_span(text, opened.end, end, opened.start == first_visible)
    return found, left_open


def _next_paragraph_opens_quote(text: str, paragraph_end: int) -> bool:
    index = paragraph_end + 1
    while index < len(text) and text[index].isspace():
        index += 1
    found = _QUOTE_MARK.match(text, index)
    return found is not None and _mark_opens(text, *found.span())


def _content_span(text: str, start: int, end: int, opens_paragraph: bool) -> QuotedSpan | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if end <= start:
        return None
    return QuotedSpan(start, end, opens_paragraph)


# ----------------------------------------------------------------------------- speakers


@dataclass(frozen=True)
class _Speaker:
    text: str
    start_char: int
    end_char: int
    entity_id: str | None
    method: str


def _noun_phrase(token: Token) -> Span:
    """The subject's phrase up to its head: "The Russian leader", "Kremlin aide Ivan Petrov"."""
    left = token.left_edge.i
    for i in range(token.i - 1, left - 1, -1):
        if token.doc[i].text in (",", ";", ":") or _QUOTE_MARK.fullmatch(token.doc[i].text):
            left = i + 1  # a mis-parse reaching back into the quote: “… Or Ferguson,” Trump
            break
    right = token.i + 1
    # Keep flat name continuations ("Putin , Russia 's president") out: stop at the head.
    while right < len(token.doc) and token.doc[right].dep_ in ("compound", "flat"):
        right += 1
    return token.doc[left:right]


def _speaker_from_subject(subject: Token, mentions: MentionIndex) -> _Speaker:
    antecedent = relative_antecedent(subject)
    if antecedent is not None:
        # the words as written ("who"), standing for whom the antecedent names
        meant = _speaker_from_subject(antecedent, mentions)
        end = subject.idx + len(subject.text)
        return _Speaker(subject.text, subject.idx, end, meant.entity_id, "pronoun")
    phrase = _noun_phrase(subject)
    if subject.lower_ in SPEAKER_PRONOUNS:
        types = _PRONOUN_REFERENT_TYPES.get(SPEAKER_PRONOUNS[subject.lower_], _PERSON_TYPES)
        if subject.lower_ == "it" and subject.head.lemma_.lower() in PLACEHOLDER_IT_VERBS:
            types = frozenset()  # "It seems ...": nobody
        # "he" skips a person a title marks as a woman, "she" one marked as a man.
        gender = pronoun_gender(subject.lower_)
        referent = mentions.most_recent(
            subject.i, types, SPEAKER_REFERENTS, gender=gender, heads_only=True
        )
        return _Speaker(
            subject.text,
            subject.idx,
            subject.idx + len(subject.text),
            referent.entity_id if referent else None,
            "pronoun",
        )
    named = _named_in_apposition(subject, mentions)
    if named is not None:
        return _mention_speaker(named)
    mention = mentions.overlapping(phrase.start, phrase.end, subject.i, _SPEAKER_TYPES)
    if (
        mention is not None
        and subject.lemma_.lower() not in PERSON_ROLE_NOUNS
        and not _describes_organisation(subject, mentions)
    ):
        return _mention_speaker(mention)
    referent = _description_referent(subject, phrase, mentions)
    return _Speaker(
        phrase.text,
        phrase.start_char,
        phrase.end_char,
        referent.entity_id if referent else None,
        "description",
    )


def _mention_speaker(mention: EntityMentionSpan) -> _Speaker:
    return _Speaker(
        mention.text, mention.start_char, mention.end_char, mention.entity_id, "subject"
    )


def _named_in_apposition(subject: Token, mentions: MentionIndex) -> EntityMentionSpan | None:
    """The person or organisation a singular description names in apposition: "her lawyer,
    Peter Kamau, said" is Peter Kamau speaking. Not for a subject that is itself a name
    ("Peter Kamau, her lawyer," already is the speaker), nor for a plural ("two officials, Ana
    Silva and Lars Berg,": no one of them is the speaker)."""
    if subject.i in mentions.by_token or subject.tag_ in ("NNS", "NNPS"):
        return None
    for child in subject.children:
        mention = mentions.by_token.get(child.i) if child.dep_ == "appos" else None
        if mention is not None and mention.type in _SPEAKER_TYPES:
            return mention
    return None


def _description_referent(
    subject: Token, phrase: Span, mentions: MentionIndex
) -> EntityMentionSpan | None:
    """Whom a description speaker refers to, or None where the words name no one in particular.

    A spokesperson is the organisation they speak for. Otherwise only a definite, singular
    description points back ("the Russian leader"); "officials", "a spokeswoman", "two
    analysts" and "his lawyer" stay unresolved rather than given to whoever was named last.
    """
    head = subject.lemma_.lower()
    if head in SPOKESPERSON_NOUNS:
        represented = _represented_organisation(subject, mentions)
        if represented is not None:
            return represented
    if head in ORG_ROLE_NOUNS:
        owner = _organisation_in(phrase, mentions)
        if owner is not None:
            return owner
    if not _is_definite_singular(subject):
        return None
    if head in PERSON_ROLE_NOUNS:
        # "the Russian leader" prefers the person introduced as "Russian President …".
        # "the mayor" prefers the person introduced as "Mayor …".
        modifiers = [t.lower_ for t in phrase if t.i != subject.i and t.pos_ in ("ADJ", "PROPN")]
        modifiers.append(subject.lower_)
        candidates = (
            mentions.most_recent(subject.i, _PERSON_TYPES, SPEAKER_REFERENTS, modifier=m)
            for m in modifiers
        )
        referent = next((c for c in candidates if c is not None), None)
        return referent or mentions.most_recent(subject.i, _PERSON_TYPES, SPEAKER_REFERENTS)
    if head in ORG_ROLE_NOUNS:
        return _organisation_described(head, subject.i, mentions, country_named(phrase))
    return None


def _describes_organisation(subject: Token, mentions: MentionIndex) -> bool:
    """ "the Ukrainian defence ministry", "the Trump administration": an organisation noun that
    no name covers, only its modifiers do. The speaker is the organisation described, not the
    nationality, person or place modifying it."""
    return subject.lemma_.lower() in ORG_ROLE_NOUNS and subject.i not in mentions.by_token


def _organisation_in(phrase: Span, mentions: MentionIndex) -> EntityMentionSpan | None:
    """The organisation a description names as its owner: "the Acme board" speaks for Acme, as
    "a spokesperson for Acme" does."""
    found = (mentions.by_token.get(i) for i in range(phrase.start, phrase.end))
    return next((m for m in found if m is not None and m.type == "ORG"), None)


def _is_definite_singular(noun: Token) -> bool:
    if noun.tag_ in ("NNS", "NNPS"):
        return False
    determiners = [c for c in noun.children if c.dep_ in ("det", "poss", "nummod")]
    return len(determiners) == 1 and determiners[0].lower_ in DEFINITE_DETERMINERS


def _organisation_described(
    noun: str, before_token: int, mentions: MentionIndex, country: str | None = None
) -> EntityMentionSpan | None:
    """The organisation "the union" or "the company" refers to (see GENERIC_ORG_NOUNS); of
    "the Ukrainian ministry", one named as a ministry and not given another country."""
    organisations = frozenset({"ORG"})
    named = mentions.most_recent_named(before_token, organisations, noun, country)
    if named is not None or noun not in GENERIC_ORG_NOUNS:
        return named
    return mentions.most_recent(before_token, organisations, SPEAKER_REFERENTS)


def _represented_organisation(
    spokesperson: Token, mentions: MentionIndex
) -> EntityMentionSpan | None:
    """The organisation in "a spokeswoman for the ministry" or "the ministry's spokesman"."""
    for child in spokesperson.children:
        if child.dep_ == "poss":
            owner: Token | None = child
        elif child.dep_ == "prep" and child.lower_ in ("for", "of", "at"):
            owner = first_pobj(child)
        else:
            continue
        if owner is None:
            continue
        mention = mentions.by_token.get(owner.i)
        if mention is not None and mention.type in _ORG_TYPES:
            return mention
        if mention is None and owner.lemma_.lower() in ORG_ROLE_NOUNS:
            return _organisation_described(owner.lemma_.lower(), spokesperson.i, mentions)
    return None


def _subject_of(verb: Token, quoted: list[QuotedSpan] | None = None) -> Token | None:
    """The cue's subject (never a word inside a quote: “… We will win,” Ann Lee said); else the
    noun a participle describes ("footage of Ann Lee saying"); else the subject of the clause a
    participle hangs on ("…, saying"); else a name right after the cue that the parser attached
    elsewhere ("said Ann Lee, who")."""
    subjects = [
        s
        for s in subjects_of(verb)
        if not (quoted and _inside(s, quoted)) and s.ent_type_ not in _WHEN_TYPES
    ]
    if subjects:
        # The nearest: a word at the end of a quote can be mis-parsed as a second subject.
        return min(subjects, key=lambda child: abs(child.i - verb.i))
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    governor = verb
    for _ in range(_MAX_CLIMB):
        if governor.dep_ not in _CLIMB_DEPS or governor.head is governor:
            break
        governor = governor.head
        # A cue mis-attached to a verb inside a quote: that verb's subject is a quoted word.
        subjects = [s for s in subjects_of(governor) if not (quoted and _inside(s, quoted))]
        if subjects and governor.pos_ in ("VERB", "AUX"):
            return subjects[0]
    return _name_after(verb) or _name_before(verb, quoted)


def _name_after(verb: Token) -> Token | None:
    """The head of a noun phrase right after the verb: "said Edward Leamer, an economist"."""
    doc = verb.doc
    for index in range(verb.i + 1, min(verb.i + 4, len(doc))):
        token = doc[index]
        if token.ent_type_ in _WHEN_TYPES:
            continue  # "announced Monday the port authority": a date, never the speaker
        if token.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "PRON"):
            return None
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            if token.head is verb and token.dep_ in ("dobj", "dative"):
                return None  # "told reporters": the addressee, not the speaker
            if token.pos_ == "NOUN" and token.dep_ == "compound" and token.head.i > token.i:
                return token.head  # "the port authority": the head, not its modifier
            while index + 1 < len(doc) and doc[index + 1].pos_ == "PROPN" and token.pos_ == "PROPN":
                index += 1
            return doc[index]
    return None


def _name_before(verb: Token, quoted: list[QuotedSpan] | None) -> Token | None:
    """The first name of the clause before a cue the parser left without a subject: “…,” Col.
    Ann Lee, a spokeswoman in Beira, said (the parser may hang "Lee" on a quoted word). Never
    a word inside a quote, nor a name before one."""
    doc = verb.doc
    names = []
    for token in reversed(doc[verb.sent.start : verb.i]):
        if _QUOTE_MARK.fullmatch(token.text) or (quoted and _inside(token, quoted)):
            break
        if token.pos_ == "PROPN" and token.ent_type_ in _SPEAKER_TYPES:
            names.append(token)
    if not names:
        return None
    name = names[-1]
    while name.i + 1 < verb.i and doc[name.i + 1].ent_iob_ == "I":
        name = doc[name.i + 1]  # the last word of the name: its head
    return name


# ----------------------------------------------------------------------------- cues


def _cue_lemma(token: Token) -> str:
    """The token's lemma, corrected where the statistical lemmatizer is known to slip."""
    lemma = token.lemma_.lower()
    return LEMMA_CORRECTIONS.get((lemma, token.lower_), lemma)


def _is_cue(token: Token) -> bool:
    """A verb that can introduce a direct quote: a reporting verb, a verb of the manner of
    speaking (scoffed), or a phrasal one (went on)."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = _cue_lemma(token)
    if lemma in CUE_VERBS or lemma in DIRECT_QUOTE_CUES:
        return True
    # The particle may be parsed as an adverb ("shot back") or a bare preposition ("went on");
    # "put it" has a bare object.
    return any(
        (lemma, child.lower_) in PHRASAL_QUOTE_CUES and not any(child.children)
        for child in token.children
        if child.dep_ in ("prt", "advmod", "prep", "dobj")
    )


#: Lemmas of every verb that can introduce an indirect quote, as one set: the test runs on
#: every verb of every article.
_INDIRECT_CUE_LEMMAS: frozenset[str] = frozenset().union(
    CUE_VERBS,
    BELIEF_CUES,
    INTENTION_CUES,
    OBJECT_CUES,
    STATEMENT_OBJECT_CUES,
    REGARD_AS_CUES,
    PREPOSITION_CUES,
    MORE_PREPOSITION_CUES,
)


def _is_indirect_cue(token: Token) -> bool:
    # The part of speech first: the lemma costs a string lookup and most tokens are no verbs.
    return token.pos_ in ("VERB", "AUX") and _cue_lemma(token) in _INDIRECT_CUE_LEMMAS


def _inside(token: Token, quoted: list[QuotedSpan]) -> bool:
    return any(q.start_char <= token.idx < q.end_char for q in quoted)


def _cue_for_quote(doc: Doc, quote: Span, quoted: list[QuotedSpan]) -> Token | None:
    """The nearest reporting verb outside quotes: after the quote first, then before it."""
    after_sentence = doc[quote.end - 1].sent
    if quote.text.rstrip()[-1:] in "?!…—-" and after_sentence.end < len(doc):
        # “Is it a bribe?” Trump asked: the parser ends the sentence inside the quote.
        after_sentence = doc[min(after_sentence.end + 1, len(doc) - 1)].sent
    for token in doc[quote.end : min(after_sentence.end + 1, len(doc))]:
        if _QUOTE_MARK.match(token.text) and token.idx > quote.end_char + 1:
            break
        if "\n" in token.text or token.sent.start > after_sentence.end:
            break  # a cue in the next paragraph or sentence introduces something else
        if _is_cue(token) and not _inside(token, quoted):
            return token
    before_sentence = doc[quote.start].sent
    for token in reversed(doc[before_sentence.start : quote.start]):
        if "\n" in token.text and not _ends_with_colon(doc, token.i):
            break
        if _is_cue(token) and not _inside(token, quoted):
            return token
    return None


def _ends_with_colon(doc: Doc, index: int) -> bool:
    """Whether the text before token `index` ends with a colon (a cue introducing a block)."""
    return index > 0 and doc[index - 1].text.endswith(":")


# ----------------------------------------------------------------------------- extraction


def _word_count(text: str) -> int:
    return sum(1 for word in text.split() if any(ch.isalnum() for ch in word))


def _direct_quotes(
    doc: Doc, sentence_index: list[int], mentions: MentionIndex
) -> tuple[list[QuoteSpan], list[QuotedSpan]]:
    article = doc_text(doc)
    quoted = find_quoted_spans(article)
    rows: list[QuoteSpan] = []
    previous: QuoteSpan | None = None
    for q in quoted:
        span = doc.char_span(q.start_char, q.end_char, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        text = article[q.start_char : q.end_char]
        base = QuoteSpan(text, "direct", q.start_char, q.end_char, sentence_index[span.start])
        reporting_that = _reporting_verb_before_that(doc, span)
        if reporting_that is not None:
            row = _attributed_to(reporting_that, replace(base, kind="mixed"), quoted, mentions)
            continued = _is_continued_by_writer(doc, span, text, row, article)
            rows.append(replace(base, kind="partial") if continued else row)
            continue
        if _is_embedded(doc, span):
            rows.append(replace(base, kind="partial"))
            continue
        row = _attribute(doc, span, quoted, base, previous, mentions)
        continued_by_writer = _is_continued_by_writer(doc, span, text, row, article)
        resumes = (
            previous is not None
            and resumes_across_cue(article, previous, row)
            and _cue_clause_only_between(doc, previous, span)
            and not continued_by_writer
        )
        if resumes and previous is not None:
            # “A,” she said. “B.”: two rows, one speaker and one cue
            row = replace(
                _continue_speaker(row, previous),
                cue=previous.cue,
                cue_start_char=previous.cue_start_char,
                cue_end_char=previous.cue_end_char,
                resumes_previous=True,
            )
        elif (
            (_is_fragment(text, q) or _is_title(text))
            and not _is_introduced(doc, span, row, article)
        ) or continued_by_writer:
            rows.append(replace(base, kind="partial"))
            continue
        subject = None if resumes else _writers_subject_of(doc, span, quoted)
        if subject is not None:
            # Freddy, as he was known, “was caught in the middle”: the writer's subject, the
            # speaker's predicate - a mixed quote, reported from the subject on.
            start = max(subject.left_edge.idx, subject.sent.start_char)
            rows.append(
                replace(row, kind="mixed", text=article[start : q.end_char], start_char=start)
            )
            continue
        rows.append(row)
        previous = row
    return rows, quoted


def _reporting_verb_before_that(doc: Doc, quote: Span) -> Token | None:
    """The reporting verb of "she said that “…”" (also "wrote that, “…”"): a quote that fills the
    clause of an indirect report is `mixed`, not direct - "that" is the writer's word, and the
    quote stands in the writer's sentence - and never a scare quote."""
    index = quote.start - 1
    while index >= 0 and (
        _QUOTE_MARK.fullmatch(doc[index].text) or doc[index].is_space or doc[index].text == ","
    ):
        index -= 1
    if index < 1 or doc[index].lower_ != "that":
        return None
    that = doc[index]
    if _is_indirect_cue(doc[index - 1]):
        return doc[index - 1]
    if that.dep_ == "mark" and that.head.dep_ == "ccomp" and _is_indirect_cue(that.head.head):
        return that.head.head  # "said on Monday that “…”"
    return None


def _attributed_to(
    cue: Token, row: QuoteSpan, quoted: list[QuotedSpan], mentions: MentionIndex
) -> QuoteSpan:
    """`row` with `cue` and its subject as the speaker (if it has one)."""
    row = replace(row, cue=cue.text, cue_start_char=cue.idx, cue_end_char=cue.idx + len(cue.text))
    subject = _subject_of(cue, quoted)
    return row if subject is None else _with_speaker(row, _speaker_from_subject(subject, mentions))


def _writers_subject_of(doc: Doc, quote: Span, quoted: list[QuotedSpan]) -> Token | None:
    """The subject, outside the quote and before it, of a quote that opens on its verb in lower
    case ("The plan, he said, “will fail by May”"): the quote completes the writer's clause."""
    first = next((t for t in quote if t.is_alpha), None)
    if first is None or not first.is_lower or first.pos_ not in ("VERB", "AUX"):
        return None
    verb = first.head if first.dep_ in ("aux", "auxpass", "neg") else first
    subjects = [
        s
        for s in subjects_of(verb)
        if s.i < quote.start and s.sent.start == quote.sent.start and not _inside(s, quoted)
    ]
    return subjects[0] if subjects else None


def _is_continued_by_writer(doc: Doc, quote: Span, text: str, row: QuoteSpan, article: str) -> bool:
    """Whether the writer's sentence runs on after the closing mark (“You blamed the staff” for
    the losses, she said): the quoted words are a piece of a paraphrase, not a whole utterance.
    Words that attribute the quote (“…” he said) do not count."""
    # A nested quote's closing mark may end the text: “… ‘what can we do?’” Ann said.
    if text.rstrip(" '’‘\"")[-1:] in ".?!…" or not _words_follow(doc, quote):
        return False
    if row.cue_start_char is None or row.cue_start_char < row.end_char:
        return True
    if _has_adjacent_cue(article, row):
        return False
    # “…” Ann Lee, the union's director, said: the words after the quote name the speaker.
    next_word = next(t for t in doc[quote.end :] if not t.is_punct and not t.is_space)
    if next_word.pos_ in ("PROPN", "PRON"):
        return False
    cue = doc.char_span(row.cue_start_char, row.cue_end_char or row.cue_start_char)
    subject = _subject_of(cue.root) if cue is not None else None
    return subject is None or next_word.i not in range(subject.left_edge.i, subject.i + 1)


def _is_introduced(doc: Doc, quote: Span, row: QuoteSpan, article: str) -> bool:
    """Whether something presents the quote as an utterance: a cue right beside it (or only its
    subject between: “Yes,” port Director Ana Tembe said), a colon before it, or "according to
    X"."""
    return (
        _has_adjacent_cue(article, row)
        or row.speaker_method == "according_to"
        or _colon_before(doc, quote) is not None
        or _only_subject_before_cue(doc, quote, row)
    )


def _only_subject_before_cue(doc: Doc, quote: Span, row: QuoteSpan) -> bool:
    """Whether the words between the quote and its cue are the cue's subject phrase."""
    if row.cue_start_char is None or row.cue_start_char < row.end_char:
        return False
    cue = doc.char_span(row.cue_start_char, row.cue_end_char or row.cue_start_char)
    subject = _subject_of(cue.root) if cue is not None else None
    if cue is None or subject is None or subject.i > cue.root.i:
        return False
    words = [t for t in doc[quote.end : cue.start] if not (t.is_punct or t.is_space)]
    return bool(words) and all(subject.left_edge.i <= t.i <= subject.i for t in words)


def _is_fragment(text: str, quoted: QuotedSpan) -> bool:
    """Whether quoted words look like a piece of the writer's sentence rather than an utterance:
    at most `PARTIAL_QUOTE_MAX_WORDS` words, or (mid-paragraph) opening on a lowercase word, as
    in "officials who, “in the end, gave up”" - a quoted sentence starts with a capital."""
    if _word_count(text) <= PARTIAL_QUOTE_MAX_WORDS:
        return True
    return not quoted.opens_paragraph and _first_word_is_lowercase(text)


def _is_title(text: str) -> bool:
    """Whether quoted words are a title, slogan or sign: two or more words, every one but the
    `TITLE_MINOR_WORDS` capitalised ("Crippled America", "Make America Great Again")."""
    words = _TITLE_WORD.findall(text)
    major = [word for word in words if word.lower() not in TITLE_MINOR_WORDS]
    return len(words) >= 2 and len(major) >= 2 and all(word[0].isupper() for word in major)


def _first_word_is_lowercase(text: str) -> bool:
    # Skips an opening ellipsis or bracket: “… and then” and “[W]e” are judged by their word.
    first = next((ch for ch in text if ch.isalnum()), "")
    return first.islower()


def _has_adjacent_cue(article: str, row: QuoteSpan) -> bool:
    """Whether the cue sits right at the quote: “Denver,” he answered / He replied: “No.”"""
    if row.cue_start_char is None or row.cue_end_char is None:
        return False
    if row.cue_start_char >= row.end_char:
        gap = article[row.end_char : row.cue_start_char]
    else:
        gap = article[row.cue_end_char : row.start_char]
    return _word_count(gap) <= ADJACENT_CUE_MAX_WORDS and not _ends_a_sentence(gap)


def _ends_a_sentence(gap: str) -> bool:
    """Whether text between a quote and its cue holds a sentence or paragraph break; the period
    of a title ("Mr.") or an initial ("John F.") is not one."""
    if any(c in gap for c in "!?\n"):
        return True
    return any(
        not (word.lower() in PERSON_TITLES | NAME_SUFFIXES or len(word) == 1)
        for word in _WORD_BEFORE_PERIOD.findall(gap)
    ) or gap.lstrip().startswith(".")


def _is_embedded(doc: Doc, quote: Span) -> bool:
    """Whether the quote continues the words before it (he was “refining …”) rather than
    standing as an utterance after a cue, a colon, a comma or a sentence boundary."""
    index = quote.start - 1
    while index >= 0 and (_QUOTE_MARK.fullmatch(doc[index].text) or doc[index].is_space):
        if "\n" in doc[index].text or "\n" in doc[index].whitespace_:
            return False  # the quote opens a paragraph
        index -= 1
    if index < 0 or "\n" in doc[index].whitespace_:
        return False
    before = doc[index]
    if before.is_punct or before.sent.start == quote.start:
        return False
    return not _is_cue(before) or _words_follow(doc, quote)


def _words_follow(doc: Doc, quote: Span) -> bool:
    """Whether the sentence goes on with words after the closing mark (says “…” despite …); a
    capital after a quote that ends its sentence starts the next one (yelling “Stop!” A video …)."""
    index = quote.end
    while index < len(doc) and (_QUOTE_MARK.fullmatch(doc[index].text) or doc[index].is_space):
        index += 1
    if index >= len(doc) or doc[index].is_punct or "\n" in doc[index - 1].text:
        return False
    quote_ends_sentence = quote.text.rstrip(" '’\"”")[-1:] in ".?!…"
    return not (quote_ends_sentence and doc[index].text[:1].isupper())


def resumes_across_cue(article: str, first: QuoteSpan, second: QuoteSpan) -> bool:
    """Whether `second` resumes `first` after the cue that interrupts it (“A,” she said. “B.”), or
    opens the next paragraph with no cue of its own (“A,” she said.¶“B.”): one speaker goes on.
    Another sentence between them ("… she said. The plan failed, she added. “B.”") ends it."""
    gap = article[first.end_char : second.start_char]
    if "\n" in gap:
        return _resumes_in_next_paragraph(first, second, gap)
    if first.cue_start_char is None:
        return False
    cue_between = first.end_char < first.cue_start_char < second.start_char
    own_cue = second.cue_start_char not in (None, first.cue_start_char)
    return cue_between and not own_cue and not _breaks_sentence(_inner_gap(gap))


def _resumes_in_next_paragraph(first: QuoteSpan, second: QuoteSpan, gap: str) -> bool:
    """A quote paragraph right after a quote, with no cue or speaker of its own, goes on with the
    same speaker; PolNeAR annotates such paragraphs as one content. Only the first quote's own
    cue clause may end its paragraph (“A,” she said.¶“B.”)."""
    end_of_first, _, rest = gap.partition("\n")
    if second.cue_start_char is not None or first.speaker_method is None:
        return False
    if second.speaker_method not in (None, "continuation"):
        return False  # signed (“…” ― Name) or introduced by "according to"
    if rest.strip() not in ("", *OPENING_GLYPHS, '"', "''") or "\n" in rest.strip():
        return False  # words before the second quote, or more than one paragraph break
    if _word_count(second.text) <= PARTIAL_QUOTE_MAX_WORDS:
        return False  # a short reply (“No!”) is somebody else's, or a scare quote
    if _word_count(end_of_first) == 0:
        return True
    own_cue_after = (
        first.cue_start_char is not None
        and first.end_char < first.cue_start_char < first.end_char + len(end_of_first)
    )
    return own_cue_after and not _breaks_sentence(_inner_gap(end_of_first))


def _inner_gap(gap: str) -> str:
    """Text between two quotes without the marks and the final stop around it: `,” she said. “`
    becomes `,” she said` (and `on “Meet the Press.” “` ends at `Press`), so a sentence break
    left inside is a sentence of its own."""
    return _GAP_END.sub("", gap)


def _breaks_sentence(gap: str) -> bool:
    """Whether text between two quotes holds a sentence break: a stop followed by a capital, not
    after a title or an initial ("Mr. Reis", "John F. Kennedy"); "Tampa, Fla., who" has none."""
    return any(
        not (word.lower() in PERSON_TITLES | NAME_SUFFIXES or len(word) == 1)
        for word in _SENTENCE_BREAK.findall(gap)
    )


def _cue_clause_only_between(doc: Doc, first: QuoteSpan, second: Span) -> bool:
    """Whether only the first quote's cue clause stands between two quotes of one paragraph:
    “A,” Mayor Ann Lee said, “B” - but not “A,” Ann sings before asking, “B” (another verb comes
    first: the cue introduces the second quote)."""
    if first.cue_start_char is None or "\n" in doc_text(doc)[first.end_char : second.start_char]:
        return True  # nothing to check: no cue, or the cue-less paragraph case
    cue = doc.char_span(first.cue_start_char, first.cue_end_char or first.cue_start_char)
    if cue is None or cue.start >= second.start:
        return True
    subject = _subject_of(cue.root)
    in_subject = {t.i for t in subject.subtree} if subject is not None else set()
    between = doc.char_span(first.end_char, cue.start_char, alignment_mode="expand")
    # A word in a name is no verb, whatever its tag ("Tulsa police Chief Ann Lee said").
    return not any(
        t.pos_ in ("VERB", "AUX") and not t.ent_type_ and t.i not in in_subject and t.i < cue.start
        for t in between or []
    )


def _attribute(
    doc: Doc,
    span: Span,
    quoted: list[QuotedSpan],
    base: QuoteSpan,
    previous: QuoteSpan | None,
    mentions: MentionIndex,
) -> QuoteSpan:
    cue = _cue_for_quote(doc, span, quoted)
    if cue is not None:
        with_cue = replace(
            base, cue=cue.text, cue_start_char=cue.idx, cue_end_char=cue.idx + len(cue.text)
        )
        subject = _subject_of(cue, quoted)
        if subject is not None:
            speaker = _speaker_from_subject(subject, mentions)
            method = "postposed" if subject.i > cue.i and speaker.method == "subject" else None
            return _with_speaker(with_cue, speaker, method)
        if cue.lemma_.lower() in CONTINUATION_CUES and previous is not None:
            return _continue_speaker(with_cue, previous)
        return with_cue
    signed = _signature_after(doc, span, mentions)
    if signed is not None:
        return _with_speaker(base, signed)
    source = _according_to_before(doc, span)
    if source is not None:
        return _with_speaker(base, _speaker_from_subject(source, mentions), "according_to")
    label = _name_labelling_colon(doc, span, mentions)
    if label is not None:
        return _with_speaker(base, label)
    introducer = _subject_before_colon(doc, span, quoted)
    if introducer is not None:
        return _with_speaker(base, _speaker_from_subject(introducer, mentions))
    after = previous.end_char if previous is not None else 0
    reporter = _reporting_clause_before(doc, span, quoted, after)
    if reporter is not None:
        return _with_speaker(base, _speaker_from_subject(reporter, mentions), "continuation")
    if previous is not None and previous.speaker_method is not None:
        return _continue_speaker(base, previous)
    return base


def _according_to_before(doc: Doc, quote: Span) -> Token | None:
    """The source of "According to X, “…”": the object of "according to" in the quote's
    sentence, before the quote."""
    sentence = doc[quote.start].sent
    for token in doc[sentence.start : max(sentence.start, quote.start - 1)]:
        if token.lower_ == "according" and doc[token.i + 1].lower_ == "to":
            objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects and objects[0].i < quote.start:
                return objects[0]
    return None


def _colon_before(doc: Doc, quote: Span) -> Token | None:
    """The colon that introduces a quote (She made one promise: “…”), if one does."""
    index = quote.start - 1
    while index >= 0 and (_QUOTE_MARK.fullmatch(doc[index].text) or doc[index].is_space):
        index -= 1
    return doc[index] if index >= 1 and doc[index].text == ":" else None


def _name_labelling_colon(doc: Doc, quote: Span, mentions: MentionIndex) -> _Speaker | None:
    """The person or organisation named in a verbless label before a colon that introduces a
    quote: "- Ana Tembe: “…”", "More from Ana Tembe: “…”", "From the ministry's report: “…”"."""
    colon = _colon_before(doc, quote)
    if colon is None:
        return None
    named = None
    for token in reversed(doc[colon.sent.start : colon.i]):
        if token.pos_ == "VERB" or token.text in _LABEL_STOPS or "\n" in token.text_with_ws:
            break
        mention = mentions.by_token.get(token.i)
        if mention is not None and mention.type in _SPEAKER_TYPES and named is None:
            named = mention
    if named is None:
        return None
    return _Speaker(named.text, named.start_char, named.end_char, named.entity_id, "subject")


def _subject_before_colon(doc: Doc, quote: Span, quoted: list[QuotedSpan]) -> Token | None:
    """Who introduces a quote with a colon and no cue verb: "She made one promise: “…”"."""
    colon = _colon_before(doc, quote)
    if colon is None:
        return None
    root = doc[colon.i - 1].sent.root
    subjects = [s for s in subjects_of(root) if not _inside(s, quoted)]
    return subjects[0] if subjects else None


def _signature_after(doc: Doc, quote: Span, mentions: MentionIndex) -> _Speaker | None:
    """A name signed after the quote with a dash: “…” ― Karen Lee."""
    index = quote.end
    while index < len(doc) and (doc[index].is_space or _QUOTE_MARK.fullmatch(doc[index].text)):
        index += 1
    if index >= len(doc) or doc[index].text.strip("”\"'") not in SIGNATURE_DASHES:
        return None
    index += 1
    while index < len(doc) and doc[index].is_space:
        index += 1
    mention = mentions.by_token.get(index)
    if mention is not None and mention.token_start == index:
        return _Speaker(
            mention.text, mention.start_char, mention.end_char, mention.entity_id, "signature"
        )
    end = index
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end == index:
        return None
    name = doc[index:end]
    return _Speaker(name.text, name.start_char, name.end_char, None, "signature")


def _reporting_clause_before(
    doc: Doc, quote: Span, quoted: list[QuotedSpan], after_char: int
) -> Token | None:
    """The subject of the last reporting verb in the sentences just before a cueless quote,
    when it comes after the previous quote: the quote continues what that speaker said."""
    first_sentence = max(0, quote.start - 1)
    for _ in range(LOOKBACK_SENTENCES):
        first_sentence = doc[first_sentence].sent.start
        if first_sentence == 0:
            break
        first_sentence -= 1
    for token in reversed(doc[first_sentence : quote.start]):
        if token.idx < after_char:
            return None
        if _is_cue(token) and not _inside(token, quoted):
            return _subject_of(token, quoted)
    return None


def _with_speaker(row: QuoteSpan, speaker: _Speaker, method: str | None = None) -> QuoteSpan:
    return replace(
        row,
        speaker_text=speaker.text,
        speaker_start_char=speaker.start_char,
        speaker_end_char=speaker.end_char,
        speaker_entity_id=speaker.entity_id,
        speaker_method=method or speaker.method,
    )


def _continue_speaker(row: QuoteSpan, previous: QuoteSpan) -> QuoteSpan:
    return replace(
        row,
        speaker_text=previous.speaker_text,
        speaker_start_char=previous.speaker_start_char,
        speaker_end_char=previous.speaker_end_char,
        speaker_entity_id=previous.speaker_entity_id,
        speaker_method="continuation",
    )


def _content_child(verb: Token) -> Token | None:
    """The child that carries what the verb reports: a clause for any cue ("said that …"), an
    infinitive for intentions ("plans to …"), an object for verbs that take one ("denied it")."""
    lemma = _cue_lemma(verb)
    by_dep = {child.dep_: child for child in verb.children}
    clauses = [child for child in verb.children if child.dep_ == "ccomp"]
    if clauses:
        # The nearest: in "X said A, and Y said B" a parser may hang Y's report on X's cue.
        by_dep["ccomp"] = min(clauses, key=lambda clause: abs(clause.i - verb.i))
    if "ccomp" in by_dep:
        return by_dep["ccomp"]
    if "xcomp" in by_dep and lemma in INTENTION_CUES:
        return None if _asks_anonymity(by_dep["xcomp"]) else by_dep["xcomp"]
    if "xcomp" in by_dep and (lemma in CUE_VERBS or lemma in BELIEF_CUES):
        # "said legalizing it could create jobs": the parser takes a gerund subject for an
        # open complement. An infinitive ("is said to be") is not a report of this kind.
        clause = by_dep["xcomp"]
        if clause.i > verb.i and not has_to_marker(clause):
            return clause
    if "dobj" in by_dep and (lemma in OBJECT_CUES or lemma in STATEMENT_OBJECT_CUES):
        # "met on Friday to discuss defence spending": a purpose, not something said.
        if _is_purpose_clause(verb) or _acts_physically(verb, lemma):
            return None
        if by_dep["dobj"].lemma_.lower() in UNSPOKEN_OBJECTS.get(lemma, frozenset()):
            return None  # "recalled its ambassador"
        return by_dep["dobj"]
    if "dobj" in by_dep and lemma in REGARD_AS_CUES and _has_as_phrase(verb):
        return by_dep["dobj"]
    prepositions = PREPOSITION_CUES.get(lemma, ()) + MORE_PREPOSITION_CUES.get(lemma, ())
    if "prep" in by_dep and by_dep["prep"].lower_ in prepositions:
        objects = [child for child in by_dep["prep"].children if child.dep_ in ("pobj", "pcomp")]
        return objects[0] if objects else None
    return None


def _asks_anonymity(clause: Token) -> bool:
    return clause.lemma_.lower() in ANONYMITY_VERBS and has_passive_auxiliary(clause)


def _is_purpose_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and has_to_marker(verb)


def _acts_physically(verb: Token, lemma: str) -> bool:
    """Whether a PHYSICAL_SENSE_CUES verb has a place or an armed force for its subject, or a
    place or a thing attacked with force for its object."""
    if lemma not in PHYSICAL_SENSE_CUES:
        return False
    if any(
        s.ent_type_ in ("GPE", "LOC", "FAC", "NORP")
        or s.lower_ in ARMED_FORCE_NOUNS
        or s.lemma_.lower() in ARMED_FORCE_NOUNS
        for s in subjects_of(verb)
    ):
        return True
    return any(
        o.dep_ in ("dobj", "obj") and o.lemma_.lower() in PHYSICAL_TARGET_NOUNS
        for o in verb.children
    )


def _has_as_phrase(verb: Token) -> bool:
    """Whether an "as" phrase follows the verb's object: "sees the deal as a mistake"."""
    return any(child.dep_ == "prep" and child.lower_ == "as" for child in verb.rights)


def _complement_span(verb: Token) -> Span | None:
    child = _content_child(verb)
    if child is None and verb.dep_ == "parataxis" and verb.lemma_.lower() in CUE_VERBS:
        # A parenthetical cue: "Bob, they said, ordered them to wait" reports its host clause.
        child = verb.head
    if child is None:
        return None
    start, end = child.left_edge.i, child.right_edge.i + 1
    doc = verb.doc
    if child.dep_ == "dobj":
        # The object with what is said about it: "accused Trump of suggesting violence"; not
        # what a comma sets off ("backed the plan, putting her at odds with …").
        for sibling in verb.rights:
            if (
                sibling.i > child.i
                and sibling.dep_ in OBJECT_CONTINUATION_DEPS
                and not _comma_between(doc, child.right_edge.i, sibling.left_edge.i)
            ):
                end = max(end, sibling.right_edge.i + 1)
    if child.dep_ == "xcomp" and has_passive_auxiliary(verb) and has_to_marker(child):
        # "The House is expected to pass the bill": what is expected is the whole clause.
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
        start = subjects[0].left_edge.i if subjects else start
    start, end = _within_paragraph(doc, start, end, verb.i)
    if child.dep_ != "dobj":
        end = _end_before_writer_additions(doc, child, start, end)
    while start < end and (doc[start].dep_ == "mark" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1  # "A, and" when the parser leaves the next clause's conjunction in the content
    return doc[start:end] if end - start >= MIN_CONTENT_TOKENS else None


def _end_before_writer_additions(doc: Doc, clause: Token, start: int, end: int) -> int:
    """Where a reported clause ends before a relative clause that a comma sets off at its end:
    "said the attention helped Lee, who needs no help" - the writer's aside, not the report."""
    for token in doc[max(start, clause.i) : end]:
        if (
            token.dep_ == "relcl"
            and token.right_edge.i + 1 >= end
            and doc[token.left_edge.i - 1].text == ","
            and token.left_edge.i - 1 > start
        ):
            return token.left_edge.i - 1
    return end


def _comma_between(doc: Doc, left: int, right: int) -> bool:
    return any(doc[i].text == "," for i in range(left + 1, right))


def _within_paragraph(doc: Doc, start: int, end: int, cue: int) -> tuple[int, int]:
    """The part of a content's token range in the cue's paragraph: a parser's subtree can run
    over a paragraph break (into a headline, or into the next paragraph's quote)."""
    last = max(end, cue + 1)
    for token in doc[min(start, cue) : last]:  # a slice yields its tokens cheaper than doc[i]
        i = token.i
        if "\n" not in token.text and ("\n" not in token.whitespace_ or i + 1 == last):
            continue
        if i < cue:
            start = max(start, i + 1)
        else:
            return start, min(end, i if token.is_space else i + 1)
    return start, end


def _words_outside_quotes(content: Span, inner: list[QuoteSpan]) -> int:
    """Words of a reported content that are the writer's own: not inside the quotes it embeds,
    and not a cue clause interjected in it (“My hope,” he said, “is peace.” has none)."""

    def quoted(token: Token) -> bool:
        return any(q.start_char - 1 <= token.idx < q.end_char + 1 for q in inner)

    interjected = set()
    for token in content:
        if _is_cue(token) and not quoted(token):
            interjected.add(token.i)
            for subject in subjects_of(token):
                interjected.update(t.i for t in subject.subtree)
    return sum(
        1
        for token in content
        if any(ch.isalnum() for ch in token.text)
        and token.i not in interjected
        and not quoted(token)
    )


def _with_its_closing_mark(article: str, content: Span) -> int:
    """The content's end, past the quotation mark that closes a quote it opened: the parser
    hangs the final ” of 'was “limited and temporary”.' on the cue, outside the content."""
    end = content.end_char
    marks = _QUOTE_MARK.findall(article, content.start_char, end)
    closes_here = _QUOTE_MARK.match(article, end)
    if closes_here is not None and len(marks) % 2 == 1:
        return closes_here.end()
    return end


def _kind_with_fragments(content: str, fragments: list[str]) -> str:
    """`mixed` when quoted fragments make up most of a reported statement, else `indirect`."""
    quoted_words = sum(_word_count(fragment) for fragment in fragments)
    return "mixed" if quoted_words >= MIXED_MIN_QUOTED_SHARE * _word_count(content) else "indirect"


def _is_noun_cue(token: Token) -> bool:
    if token.pos_ != "NOUN":
        return False  # before reading the lemma, a string lookup
    lemma = token.lemma_.lower()
    return (
        lemma in CUE_NOUNS or lemma in NOUN_PREPOSITION_CUES or lemma in MORE_NOUN_PREPOSITION_CUES
    )


def _is_adjective_cue(token: Token) -> bool:
    return token.pos_ == "ADJ" and token.lower_ in ADJECTIVE_CUES


def _stance_prepositions(token: Token) -> tuple[str, ...]:
    if token.pos_ == "ADJ":
        return ADJECTIVE_CUES.get(token.lower_, ())
    lemma = token.lemma_.lower()
    return NOUN_PREPOSITION_CUES.get(lemma, ()) + MORE_NOUN_PREPOSITION_CUES.get(lemma, ())


def _noun_complement_span(noun: Token) -> Span | None:
    """What a statement noun (or stance adjective) reports: "the claim that taxes will rise",
    "his plan to run", "eager to run", or the object of its preposition: "her support for the
    plan", "critical of the plan"."""
    prepositions = _stance_prepositions(noun)
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return _trim_punct(noun.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1])
        if child.dep_ not in ("acl", "ccomp", "relcl", "xcomp"):
            continue
        first = child.left_edge
        if (first.lower_ == "that" and first.dep_ == "mark") or (
            child.dep_ in ("acl", "xcomp") and has_to_marker(child)
        ):
            start = first.i + 1 if first.dep_ == "mark" else first.i
            end = child.right_edge.i + 1
            while end > start and noun.doc[end - 1].is_punct:
                end -= 1
            return noun.doc[start:end] if end - start >= MIN_CONTENT_TOKENS else None
    return None


def _holder_of(noun: Token) -> Token | None:
    """Whose statement a noun is: "Trump's claim", or the subject of "Trump made the claim"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    if noun.dep_ == "amod" and noun.pos_ == "ADJ":
        return noun.head  # "voters critical of the plan"
    if noun.dep_ in ("dobj", "nsubj", "attr", "acomp") and noun.head.pos_ in ("VERB", "AUX"):
        subjects = subjects_of(noun.head)
        return subjects[0] if subjects and subjects[0] is not noun else None
    return None


def _according_to(doc: Doc) -> Iterable[tuple[Token, Token, Span]]:
    """(cue "according", source head, content span) for each "according to X"."""
    if "according" not in doc_text(doc).lower():
        return  # most articles: no need to look at every token
    for token in doc:
        if token.lower_ != "according" or token.i + 1 >= len(doc):
            continue
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if to.lower_ != "to" or not objects:
            continue
        sentence = token.sent
        phrase_start, phrase_end = token.i, objects[0].right_edge.i + 1
        if phrase_start - sentence.start >= sentence.end - phrase_end:
            content = doc[sentence.start : phrase_start]
        else:
            content = doc[phrase_end : sentence.end]
        content = _trim_punct(content)
        if len(content) >= 3:
            yield token, objects[0], content


def _labelled_paragraphs(doc: Doc) -> Iterable[tuple[Token, Token, Span]]:
    """(colon, label head, content) for each paragraph that a short name and a colon open, as
    transcripts and headlines do: "SILVA: We will rebuild.", "Reis: Harbour plan has failed"."""
    if ":" not in doc_text(doc):
        return  # no colon, no label: no need to look at every token
    paragraph_start = 0
    previous: Token | None = None  # the token before, kept (`doc[i - 1]` builds a new one)
    for token in doc:
        before, previous = previous, token
        if (
            token.i > paragraph_start
            and before is not None
            and ("\n" in before.whitespace_ or "\n" in before.text)
        ):
            paragraph_start = token.i
        if token.is_space or token.i == paragraph_start:
            if token.is_space:
                paragraph_start = token.i + 1
            continue
        if token.text != ":" or token.i - paragraph_start > LABEL_MAX_TOKENS:
            continue
        label = doc[paragraph_start : token.i]
        if not _is_speaker_label(label):
            continue
        end = token.i + 1
        while end < len(doc) and not ("\n" in doc[end].text or "\n" in doc[end - 1].whitespace_):
            end += 1
        content = _trim_punct(doc[token.i + 1 : end])
        if _word_count(content.text) >= MIN_LABELLED_CONTENT_WORDS:
            yield token, label[-1], content


def _is_speaker_label(label: Span) -> bool:
    """Whether words before a paragraph's colon name a speaker: capitalised names or nouns,
    no verb, not a heading ("Update", "The Latest", "Q") or a place or date."""
    if not label.text[:1].isupper() or label[-1].lower_ in NON_SPEAKER_LABELS:
        return False
    if label[-1].ent_type_ in _PLACE_OR_TIME_TYPES:
        return False  # a list under a state's name ("Ohio: …"), a timeline entry
    return all(
        t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART") or t.text in (".", "'s", "’s")
        for t in label
    )


def _trim_punct(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and span.doc[start].is_punct:
        start += 1
    while end > start and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[start:end]


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _outermost(
    candidates: list[tuple[Token, Span, Token | None]],
) -> list[tuple[Token, Span, Token | None]]:
    """Drop reports nested in another report's content: in "X said that Y plans to Z" the
    content is what X said; attributions do not nest."""
    if not candidates:
        return []
    size = max(content.end for _, content, _ in candidates) + 1
    depth_change = [0] * (size + 1)
    for _, content, _ in candidates:
        depth_change[content.start] += 1
        depth_change[content.end] -= 1
    covered = list(accumulate(depth_change))
    return [
        (cue, content, subject)
        for cue, content, subject in candidates
        if cue.i >= size or covered[cue.i] == int(content.start <= cue.i < content.end)
    ]


#: Parts of speech of indirect-quote cues: verbs, statement nouns, stance adjectives.
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})


def _indirect_quotes(
    doc: Doc,
    sentence_index: list[int],
    mentions: MentionIndex,
    direct: list[QuoteSpan],
    quoted: list[QuotedSpan],
) -> tuple[list[QuoteSpan], set[int]]:
    """Indirect and mixed quotes, and the indices of direct rows a mixed quote absorbs."""
    article = doc_text(doc)
    rows: list[QuoteSpan] = []
    absorbed: set[int] = set()
    previous_speaker: QuoteSpan | None = None
    candidates: list[tuple[Token, Span, Token | None]] = []
    for token in doc:
        # One part-of-speech test picks the kind of cue a token may be (the cue tests below need
        # a verb, a noun or an adjective), so most tokens cost one attribute read.
        if token.pos_ not in _CUE_POS:
            continue
        if _is_indirect_cue(token) and not _inside(token, quoted):
            content = _complement_span(token)
            if content is not None:
                subject = _subject_of(token)
                if subject is not None and subject.dep_ == "nsubjpass" and subject in content:
                    subject = passive_agent(token)  # a passive's subject is what is reported
                candidates.append((token, content, subject))
        elif (_is_noun_cue(token) or _is_adjective_cue(token)) and not _inside(token, quoted):
            content = _noun_complement_span(token)
            if content is not None:
                candidates.append((token, content, _holder_of(token)))
    for cue, source, content in _according_to(doc):
        candidates.append((cue, content, source))
    for colon, label, content in _labelled_paragraphs(doc):
        if not any(
            _overlap(content.start_char, content.end_char, q.start_char, q.end_char) for q in quoted
        ):
            candidates.append((colon, content, label))  # quoted words are the direct path's
    candidates = _outermost(candidates)
    opening = dateline_end(article)  # "KORVALA, March 11 (Wire) - " is nobody's words
    for cue, content, subject in sorted(candidates, key=lambda c: c[1].start_char):
        start, end = content.start_char, _with_its_closing_mark(article, content)
        start = opening if start < opening < end else start
        inner = [
            i for i, q in enumerate(direct) if q.start_char >= start - 1 and q.end_char <= end + 1
        ]
        # Only a content holding quotes has words outside them to count (a walk over the
        # content's tokens); without quotes inside, the tests below do not read the count.
        outside_words = _words_outside_quotes(content, [direct[i] for i in inner]) if inner else 0
        overlaps_direct = any(
            _overlap(start, end, q.start_char, q.end_char) for q in direct if q.kind != "partial"
        )
        if overlaps_direct and (not inner or outside_words < 2):
            continue  # the complement is itself a direct quote, already extracted
        if inner and outside_words <= 0 and any(direct[i].kind != "partial" for i in inner):
            continue  # the complement is only a quoted fragment: nothing is paraphrased
        # "According to" as written, so the cue's offsets reproduce it
        cue_end = cue.idx + len(cue.text) + (3 if cue.lower_ == "according" else 0)
        row = QuoteSpan(
            article[start:end],
            _kind_with_fragments(article[start:end], [direct[i].text for i in inner]),
            start,
            end,
            sentence_index[content.start],
            cue=article[cue.idx : cue_end],
            cue_start_char=cue.idx,
            cue_end_char=cue_end,
        )
        if subject is not None:
            speaker = _speaker_from_subject(subject, mentions)
            method = "according_to" if cue.lower_ == "according" else None
            row = _with_speaker(row, speaker, method)
        elif cue.lemma_.lower() in CONTINUATION_CUES and previous_speaker is not None:
            row = _continue_speaker(row, previous_speaker)
        if row.kind == "mixed":
            absorbed.update(inner)
        rows.append(row)
        if row.speaker_method is not None:
            previous_speaker = row
    return rows, absorbed


def extract_quotes(
    doc: Doc, sentence_index: list[int], mentions: list[EntityMentionSpan]
) -> list[QuoteSpan]:
    """All quotes in `doc`, ordered by position, with cues and speakers where found."""
    index = MentionIndex(doc, mentions, sentence_index)
    direct, quoted = _direct_quotes(doc, sentence_index, index)
    indirect, absorbed = _indirect_quotes(doc, sentence_index, index, direct, quoted)
    kept = [row for i, row in enumerate(_unresume_absorbed(direct, absorbed)) if i not in absorbed]
    rows = sorted(kept + indirect, key=lambda q: (q.start_char, q.end_char))
    rows = _pronouns_named_by_next_statement(doc, _one_row_per_span(rows))
    entity_types = {mention.entity_id: mention.type for mention in mentions}
    return _group_pronouns_follow_the_previous_speaker(rows, entity_types)


#: How many sentences back a previous speaker still counts for "it"/"they" (see below).
_PREVIOUS_SPEAKER_REACH = 2


def _group_pronouns_follow_the_previous_speaker(
    rows: list[QuoteSpan], entity_types: dict[str, str]
) -> list[QuoteSpan]:
    """ "It said"/"They said" right after another attribution continue that speaker when it is
    a group (an organisation, a country; for "they" also a nationality): "ZIM said ... It
    said" is ZIM, not the company last named in between. After a speaker named only by a
    description ("Tehran radio said ... It said", "Traders said ... They said") the pronoun
    stands for that description, so it gets no entity rather than the last name in between."""
    resolved = list(rows)
    previous: QuoteSpan | None = None
    for here, row in enumerate(rows):
        if row.speaker_method is None:
            continue
        if previous is not None and _continues_a_group(row, previous):
            group = previous.speaker_entity_id
            if group is None or _group_type(row, entity_types.get(group)):
                resolved[here] = replace(row, speaker_entity_id=group)
        elif previous is not None and _continues(row, previous):
            # a quote continuing the previous one keeps its (possibly re-resolved) speaker
            resolved[here] = replace(row, speaker_entity_id=previous.speaker_entity_id)
        previous = resolved[here]
    return resolved


def _continues(row: QuoteSpan, previous: QuoteSpan) -> bool:
    return row.speaker_method == "continuation" and (
        row.speaker_start_char == previous.speaker_start_char
    )


def _continues_a_group(row: QuoteSpan, previous: QuoteSpan) -> bool:
    """Whether `row` is an "it"/"they" attribution soon after `previous`, which names a group
    or gives only a description."""
    if row.speaker_method != "pronoun" or _group_pronoun_types(row) is None:
        return False
    if row.sentence_index - previous.sentence_index > _PREVIOUS_SPEAKER_REACH:
        return False
    return previous.speaker_entity_id is not None or previous.speaker_method == "description"


def _group_pronoun_types(row: QuoteSpan) -> frozenset[str] | None:
    """What the row's "it"/"they" speaker can stand for; None for any other speaker words."""
    return _PRONOUN_REFERENT_TYPES.get(SPEAKER_PRONOUNS.get((row.speaker_text or "").lower(), ""))


def _group_type(row: QuoteSpan, entity_type: str | None) -> bool:
    return entity_type is not None and entity_type in (_group_pronoun_types(row) or frozenset())


#: Which row a span keeps when two cues report the same words: the more verbatim kind first.
_KIND_PRIORITY = {"direct": 0, "mixed": 1, "indirect": 2, "partial": 3}


def _one_row_per_span(rows: list[QuoteSpan]) -> list[QuoteSpan]:
    """One row per content span (the warehouse keys quotes by their offsets). Two cues can claim
    the same words: "due to the Commission's decision to hold tenders, he said" has the noun cue
    and the verb; the more verbatim kind wins, then a row with a resolved speaker, then the
    first."""
    best: dict[tuple[int, int], QuoteSpan] = {}
    for row in rows:
        span = (row.start_char, row.end_char)
        held = best.get(span)
        if held is None or _row_rank(row) < _row_rank(held):
            best[span] = row
    return [row for row in rows if best[(row.start_char, row.end_char)] is row]


def _row_rank(row: QuoteSpan) -> tuple[int, int]:
    return (_KIND_PRIORITY.get(row.kind, 4), 0 if row.speaker_entity_id else 1)


def _unresume_absorbed(direct: list[QuoteSpan], absorbed: set[int]) -> list[QuoteSpan]:
    """Direct rows, where a row that resumes a quote a mixed report absorbed no longer resumes:
    its first part is now the report's, not a direct quote's."""
    rows = list(direct)
    last_quote: int | None = None
    for i, row in enumerate(direct):
        if row.kind != "direct":
            continue
        if row.resumes_previous and last_quote in absorbed:
            rows[i] = replace(row, resumes_previous=False)
        last_quote = i
    return rows


def _pronouns_named_by_next_statement(doc: Doc, rows: list[QuoteSpan]) -> list[QuoteSpan]:
    """“…,” he said. / The Russian leader added that … : an "added" statement right after a
    pronoun-attributed quote names who the pronoun was, overriding the most recent person."""
    resolved = list(rows)
    attributed = [i for i, row in enumerate(rows) if row.speaker_method is not None]
    for here, following in pairwise(attributed):
        row, next_row = rows[here], rows[following]
        if row.speaker_method != "pronoun" or next_row.speaker_entity_id is None:
            continue
        if next_row.speaker_method not in ("subject", "description", "postposed"):
            continue
        if next_row.cue_start_char is None or next_row.cue_end_char is None:
            continue
        cue = doc.char_span(next_row.cue_start_char, next_row.cue_end_char)
        if cue is not None and cue.root.lemma_.lower() in CONTINUATION_CUES:
            resolved[here] = replace(row, speaker_entity_id=next_row.speaker_entity_id)
    return resolved
