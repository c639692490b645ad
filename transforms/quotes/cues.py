"""Cues: the reporting verbs that introduce quotes, and the subject of a cue (its speaker's words).

A cue is a verb of the lexicon (`CUE_VERBS` and the other cue tables), with known lemmatizer
slips corrected. The subject of a cue is its nearest subject outside quotes, else the noun a
participle describes, the subject of the clause it hangs on, or a name right beside it. Does not
resolve that subject to an entity (see `speakers`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from transforms.grammar import subjects_of
from transforms.lexicons.quotes.beliefs import BELIEF_CUES, INTENTION_CUES
from transforms.lexicons.quotes.objects import OBJECT_CUES, REGARD_AS_CUES, STATEMENT_OBJECT_CUES
from transforms.lexicons.quotes.phrases import PREPOSITION_CUES
from transforms.lexicons.quotes.speech import (
    CONTINUATION_CUES,
    CUE_VERBS,
    DIRECT_QUOTE_CUES,
    LEMMA_CORRECTIONS,
    PHRASAL_CONTINUATION_CUES,
    PHRASAL_QUOTE_CUES,
)
from transforms.quotes.marks import QUOTE_MARK, QuotedSpan, inside_quotes
from transforms.quotes.settings import MAX_CLIMB
from transforms.types import SPEAKER_TYPES, TIME_TYPES

# Dependencies climbed from a subjectless cue to the clause that has the subject:
# "McConnell deflected questions before saying …" (pcomp -> prep -> deflected).
_CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl"})


def cue_subject(verb: Token, quoted: list[QuotedSpan] | None = None) -> Token | None:
    """The cue's subject (never a word inside a quote: “… We will win,” Ann Lee said); else the
    noun a participle describes ("footage of Ann Lee saying"); else the subject of the clause a
    participle hangs on ("…, saying"); else a name right after the cue that the parser attached
    elsewhere ("said Ann Lee, who")."""
    subjects = [
        s
        for s in subjects_of(verb)
        if not (quoted and inside_quotes(s, quoted)) and s.ent_type_ not in TIME_TYPES
    ]
    if subjects:
        # The nearest: a word at the end of a quote can be mis-parsed as a second subject.
        return min(subjects, key=lambda child: abs(child.i - verb.i))
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    governor = verb
    for _ in range(MAX_CLIMB):
        if governor.dep_ not in _CLIMB_DEPS or governor.head is governor:
            break
        governor = governor.head
        # A cue mis-attached to a verb inside a quote: that verb's subject is a quoted word.
        subjects = [s for s in subjects_of(governor) if not (quoted and inside_quotes(s, quoted))]
        if subjects and governor.pos_ in ("VERB", "AUX"):
            return subjects[0]
    return _name_after(verb) or _name_before(verb, quoted)


def _name_after(verb: Token) -> Token | None:
    """The head of a noun phrase right after the verb: "said Edward Leamer, an economist"."""
    doc = verb.doc
    for index in range(verb.i + 1, min(verb.i + 4, len(doc))):
        token = doc[index]
        if token.ent_type_ in TIME_TYPES:
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
        if QUOTE_MARK.fullmatch(token.text) or (quoted and inside_quotes(token, quoted)):
            break
        if token.pos_ == "PROPN" and token.ent_type_ in SPEAKER_TYPES:
            names.append(token)
    if not names:
        return None
    name = names[-1]
    while name.i + 1 < verb.i and doc[name.i + 1].ent_iob_ == "I":
        name = doc[name.i + 1]  # the last word of the name: its head
    return name


def cue_lemma(token: Token) -> str:
    """The token's lemma, corrected where the statistical lemmatizer is known to slip."""
    lemma = token.lemma_.lower()
    return LEMMA_CORRECTIONS.get((lemma, token.lower_), lemma)


def is_cue(token: Token) -> bool:
    """A verb that can introduce a direct quote: a reporting verb, a verb of the manner of
    speaking (scoffed), or a phrasal one (went on)."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = cue_lemma(token)
    if lemma in CUE_VERBS or lemma in DIRECT_QUOTE_CUES:
        return True
    # The particle may be parsed as an adverb ("shot back") or a bare preposition ("went on");
    # "put it" has a bare object.
    return any(
        (lemma, child.lower_) in PHRASAL_QUOTE_CUES and not any(child.children)
        for child in token.children
        if child.dep_ in ("prt", "advmod", "prep", "dobj")
    )


def is_continuation_cue(token: Token) -> bool:
    """A cue that, without a subject of its own, continues the previous speaker: "added",
    "continued", or the phrasal "went on"."""
    lemma = token.lemma_.lower()
    if lemma in CONTINUATION_CUES:
        return True
    return any(
        (lemma, child.lower_) in PHRASAL_CONTINUATION_CUES
        for child in token.children
        if child.dep_ in ("prt", "advmod", "prep")
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
)


def is_indirect_cue(token: Token) -> bool:
    # The part of speech first: the lemma costs a string lookup and most tokens are no verbs.
    return token.pos_ in ("VERB", "AUX") and cue_lemma(token) in _INDIRECT_CUE_LEMMAS


def cue_for_quote(doc: Doc, quote: Span, quoted: list[QuotedSpan]) -> Token | None:
    """The nearest reporting verb outside quotes: after the quote first, then before it."""
    after_sentence = doc[quote.end - 1].sent
    if quote.text.rstrip()[-1:] in "?!…—-" and after_sentence.end < len(doc):
        # “Is it a bribe?” Trump asked: the parser ends the sentence inside the quote.
        after_sentence = doc[min(after_sentence.end + 1, len(doc) - 1)].sent
    for token in doc[quote.end : min(after_sentence.end + 1, len(doc))]:
        if QUOTE_MARK.match(token.text) and token.idx > quote.end_char + 1:
            break
        if "\n" in token.text or token.sent.start > after_sentence.end:
            break  # a cue in the next paragraph or sentence introduces something else
        if is_cue(token) and not inside_quotes(token, quoted):
            return token
    before_sentence = doc[quote.start].sent
    for token in reversed(doc[before_sentence.start : quote.start]):
        if "\n" in token.text and not _ends_with_colon(doc, token.i):
            break
        if is_cue(token) and not inside_quotes(token, quoted):
            return token
    return None


def _ends_with_colon(doc: Doc, index: int) -> bool:
    """Whether the text before token `index` ends with a colon (a cue introducing a block)."""
    return index > 0 and doc[index - 1].text.endswith(":")
