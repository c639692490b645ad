"""Resumption: whether a direct quote goes on from the one before it, with the same speaker.

"“A,” she said. “B.”" is one utterance broken by its cue, and a cue-less quote paragraph right
after a quote continues it; another sentence of the writer's between them ends it. Reads only
the rows' offsets, the text between them and the first quote's cue clause.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from transforms.doctext import doc_text
from transforms.lexicons.quotes.marks import OPENING_GLYPHS
from transforms.lexicons.titles import NAME_SUFFIXES, PERSON_TITLES
from transforms.quotes.cues import cue_subject
from transforms.quotes.marks import word_count
from transforms.quotes.rows import QuoteSpan
from transforms.quotes.settings import PARTIAL_QUOTE_MAX_WORDS

# The end of the text between two quotes: spaces, quotation marks and the stop before a quote.
_GAP_END = re.compile(r"[\s“”‘’\"'`«»„.:;,]+$")
# A sentence break inside it: a stop (after the word it ends, if any), then a capital or a quote.
_SENTENCE_BREAK = re.compile(r"(\w*)[.!?][\"'”’)]*\s+(?=[A-Z“\"‘'(])")


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
    if word_count(second.text) <= PARTIAL_QUOTE_MAX_WORDS:
        return False  # a short reply (“No!”) is somebody else's, or a scare quote
    if word_count(end_of_first) == 0:
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


def cue_clause_only_between(doc: Doc, first: QuoteSpan, second: Span) -> bool:
    """Whether only the first quote's cue clause stands between two quotes of one paragraph:
    “A,” Mayor Ann Lee said, “B” - but not “A,” Ann sings before asking, “B” (another verb comes
    first: the cue introduces the second quote)."""
    if first.cue_start_char is None or "\n" in doc_text(doc)[first.end_char : second.start_char]:
        return True  # nothing to check: no cue, or the cue-less paragraph case
    cue = doc.char_span(first.cue_start_char, first.cue_end_char or first.cue_start_char)
    if cue is None or cue.start >= second.start:
        return True
    subject = cue_subject(cue.root)
    in_subject = {t.i for t in subject.subtree} if subject is not None else set()
    between = doc.char_span(first.end_char, cue.start_char, alignment_mode="expand")
    # A word in a name is no verb, whatever its tag ("Tulsa police Chief Ann Lee said").
    return not any(
        t.pos_ in ("VERB", "AUX") and not t.ent_type_ and t.i not in in_subject and t.i < cue.start
        for t in between or []
    )
