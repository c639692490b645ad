"""Direct quotes: one row per quoted span, with its kind (direct, mixed, partial), cue, speaker.

Decides whether quoted words are an utterance or a piece of the writer's sentence (a scare
quote, a fragment, a title), and whether they fill a reported "that" clause (mixed). The cue
and speaker come from `attribution`, quotes that go on across a cue from `resumption`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from transforms.doctext import doc_text
from transforms.grammar import subjects_of
from transforms.lexicons.quotes.marks import TITLE_MINOR_WORDS
from transforms.lexicons.titles import NAME_SUFFIXES, PERSON_TITLES
from transforms.mentions import MentionIndex
from transforms.quotes.attribution import attribute_direct_quote, attributed_to, colon_before
from transforms.quotes.cues import cue_subject, is_cue, is_indirect_cue
from transforms.quotes.marks import (
    QUOTE_MARK,
    QuotedSpan,
    find_quoted_spans,
    inside_quotes,
    word_count,
)
from transforms.quotes.resumption import cue_clause_only_between, resumes_across_cue
from transforms.quotes.rows import QuoteSpan, continue_speaker
from transforms.quotes.settings import ADJACENT_CUE_MAX_WORDS, PARTIAL_QUOTE_MAX_WORDS

_WORD_BEFORE_PERIOD = re.compile(r"(\w+)\.")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def direct_quotes(
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
            row = attributed_to(reporting_that, replace(base, kind="mixed"), quoted, mentions)
            continued = _is_continued_by_writer(doc, span, text, row, article)
            rows.append(replace(base, kind="partial") if continued else row)
            continue
        if _is_embedded(doc, span):
            rows.append(replace(base, kind="partial"))
            continue
        row = attribute_direct_quote(doc, span, quoted, base, previous, mentions)
        continued_by_writer = _is_continued_by_writer(doc, span, text, row, article)
        resumes = (
            previous is not None
            and resumes_across_cue(article, previous, row)
            and cue_clause_only_between(doc, previous, span)
            and not continued_by_writer
        )
        if resumes and previous is not None:
            row = _resuming(row, previous)
        elif (
            (_is_fragment(text, q) or _is_title(text))
            and not _is_introduced(doc, span, row, article)
        ) or continued_by_writer:
            rows.append(replace(base, kind="partial"))
            continue
        subject = None if resumes else _writers_subject_of(doc, span, quoted)
        if subject is not None:
            rows.append(_reported_from_subject(row, subject, article))
            continue
        rows.append(row)
        previous = row
    return rows, quoted


def _resuming(row: QuoteSpan, previous: QuoteSpan) -> QuoteSpan:
    """“A,” she said. “B.”: the second row of one utterance, with the first's speaker and cue."""
    return replace(
        continue_speaker(row, previous),
        cue=previous.cue,
        cue_start_char=previous.cue_start_char,
        cue_end_char=previous.cue_end_char,
        resumes_previous=True,
    )


def _reported_from_subject(row: QuoteSpan, subject: Token, article: str) -> QuoteSpan:
    """Freddy, as he was known, “was caught in the middle”: the writer's subject, the speaker's
    predicate - a mixed quote, reported from the subject on."""
    start = max(subject.left_edge.idx, subject.sent.start_char)
    return replace(row, kind="mixed", text=article[start : row.end_char], start_char=start)


def _reporting_verb_before_that(doc: Doc, quote: Span) -> Token | None:
    """The reporting verb of "she said that “…”" (also "wrote that, “…”"): a quote that fills the
    clause of an indirect report is `mixed`, not direct - "that" is the writer's word, and the
    quote stands in the writer's sentence - and never a scare quote."""
    index = quote.start - 1
    while index >= 0 and (
        QUOTE_MARK.fullmatch(doc[index].text) or doc[index].is_space or doc[index].text == ","
    ):
        index -= 1
    if index < 1 or doc[index].lower_ != "that":
        return None
    that = doc[index]
    if is_indirect_cue(doc[index - 1]):
        return doc[index - 1]
    if that.dep_ == "mark" and that.head.dep_ == "ccomp" and is_indirect_cue(that.head.head):
        return that.head.head  # "said on Monday that “…”"
    return None


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
        if s.i < quote.start and s.sent.start == quote.sent.start and not inside_quotes(s, quoted)
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
    subject = cue_subject(cue.root) if cue is not None else None
    return subject is None or next_word.i not in range(subject.left_edge.i, subject.i + 1)


def _is_introduced(doc: Doc, quote: Span, row: QuoteSpan, article: str) -> bool:
    """Whether something presents the quote as an utterance: a cue right beside it (or only its
    subject between: “Yes,” port Director Ana Tembe said), a colon before it, or "according to
    X"."""
    return (
        _has_adjacent_cue(article, row)
        or row.speaker_method == "according_to"
        or colon_before(doc, quote) is not None
        or _only_subject_before_cue(doc, quote, row)
    )


def _only_subject_before_cue(doc: Doc, quote: Span, row: QuoteSpan) -> bool:
    """Whether the words between the quote and its cue are the cue's subject phrase."""
    if row.cue_start_char is None or row.cue_start_char < row.end_char:
        return False
    cue = doc.char_span(row.cue_start_char, row.cue_end_char or row.cue_start_char)
    subject = cue_subject(cue.root) if cue is not None else None
    if cue is None or subject is None or subject.i > cue.root.i:
        return False
    words = [t for t in doc[quote.end : cue.start] if not (t.is_punct or t.is_space)]
    return bool(words) and all(subject.left_edge.i <= t.i <= subject.i for t in words)


def _is_fragment(text: str, quoted: QuotedSpan) -> bool:
    """Whether quoted words look like a piece of the writer's sentence rather than an utterance:
    at most `PARTIAL_QUOTE_MAX_WORDS` words, or (mid-paragraph) opening on a lowercase word, as
    in "officials who, “in the end, gave up”" - a quoted sentence starts with a capital."""
    if word_count(text) <= PARTIAL_QUOTE_MAX_WORDS:
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
    return word_count(gap) <= ADJACENT_CUE_MAX_WORDS and not _ends_a_sentence(gap)


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
    while index >= 0 and (QUOTE_MARK.fullmatch(doc[index].text) or doc[index].is_space):
        if "\n" in doc[index].text or "\n" in doc[index].whitespace_:
            return False  # the quote opens a paragraph
        index -= 1
    if index < 0 or "\n" in doc[index].whitespace_:
        return False
    before = doc[index]
    if before.is_punct or before.sent.start == quote.start:
        return False
    return not is_cue(before) or _words_follow(doc, quote)


def _words_follow(doc: Doc, quote: Span) -> bool:
    """Whether the sentence goes on with words after the closing mark (says “…” despite …); a
    capital after a quote that ends its sentence starts the next one (yelling “Stop!” A video …)."""
    index = quote.end
    while index < len(doc) and (QUOTE_MARK.fullmatch(doc[index].text) or doc[index].is_space):
        index += 1
    if index >= len(doc) or doc[index].is_punct or "\n" in doc[index - 1].text:
        return False
    quote_ends_sentence = quote.text.rstrip(" '’\"”")[-1:] in ".?!…"
    return not (quote_ends_sentence and doc[index].text[:1].isupper())
