"""Indirect and mixed quotes: reported statements, beliefs and intentions (PolNeAR's attribution).

Candidates come from cue verbs, statement nouns, stance adjectives, "according to X" and
labelled paragraphs ("SILVA: …"); reports nested in another's content are dropped. A content
mostly made of quoted words is `mixed` and replaces the direct row it holds. Does not find
quotation marks or direct quotes.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from transforms.dateline import dateline_end
from transforms.doctext import doc_text
from transforms.grammar import passive_agent, subjects_of
from transforms.lexicons.quotes.speakers import NON_SPEAKER_LABELS
from transforms.mentions import MentionIndex
from transforms.quotes.contents import (
    complement_span,
    holder_of,
    is_adjective_cue,
    is_noun_cue,
    noun_complement_span,
    trim_punct,
)
from transforms.quotes.cues import cue_subject, is_continuation_cue, is_cue, is_indirect_cue
from transforms.quotes.marks import QUOTE_MARK, QuotedSpan, inside_quotes, word_count
from transforms.quotes.rows import QuoteSpan, continue_speaker, with_speaker
from transforms.quotes.settings import (
    LABEL_MAX_TOKENS,
    MIN_LABELLED_CONTENT_WORDS,
    MIXED_MIN_QUOTED_SHARE,
)
from transforms.quotes.speakers import speaker_from_subject
from transforms.types import TIME_TYPES

#: Labels of a paragraph label that names no speaker: a place, a date, a number ("Ohio: …").
_NON_SPEAKER_LABEL_TYPES = frozenset({"GPE", "LOC", "CARDINAL"}) | TIME_TYPES


def _words_outside_quotes(content: Span, inner: list[QuoteSpan]) -> int:
    """Words of a reported content that are the writer's own: not inside the quotes it embeds,
    and not a cue clause interjected in it (“My hope,” he said, “is peace.” has none)."""

    def quoted(token: Token) -> bool:
        return any(q.start_char - 1 <= token.idx < q.end_char + 1 for q in inner)

    interjected = set()
    for token in content:
        if is_cue(token) and not quoted(token):
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
    marks = QUOTE_MARK.findall(article, content.start_char, end)
    closes_here = QUOTE_MARK.match(article, end)
    if closes_here is not None and len(marks) % 2 == 1:
        return closes_here.end()
    return end


def _kind_with_fragments(content: str, fragments: list[str]) -> str:
    """`mixed` when quoted fragments make up most of a reported statement, else `indirect`."""
    quoted_words = sum(word_count(fragment) for fragment in fragments)
    return "mixed" if quoted_words >= MIXED_MIN_QUOTED_SHARE * word_count(content) else "indirect"


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
        content = trim_punct(content)
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
        content = trim_punct(doc[token.i + 1 : end])
        if word_count(content.text) >= MIN_LABELLED_CONTENT_WORDS:
            yield token, label[-1], content


def _is_speaker_label(label: Span) -> bool:
    """Whether words before a paragraph's colon name a speaker: capitalised names or nouns,
    no verb, not a heading ("Update", "The Latest", "Q") or a place or date."""
    if not label.text[:1].isupper() or label[-1].lower_ in NON_SPEAKER_LABELS:
        return False
    if label[-1].ent_type_ in _NON_SPEAKER_LABEL_TYPES:
        return False  # a list under a state's name ("Ohio: …"), a timeline entry
    return all(
        t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART") or t.text in (".", "'s", "’s")
        for t in label
    )


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


#: A report candidate: its cue, its content, and the token naming who holds it (if any).
Candidate = tuple[Token, Span, Token | None]


def _outermost(
    candidates: list[Candidate],
) -> list[Candidate]:
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


def _cue_candidates(doc: Doc, quoted: list[QuotedSpan]) -> list[Candidate]:
    """Reports of verb, noun and adjective cues outside quotes."""
    candidates: list[Candidate] = []
    for token in doc:
        # One part-of-speech test picks the kind of cue a token may be (the cue tests below need
        # a verb, a noun or an adjective), so most tokens cost one attribute read.
        if token.pos_ not in _CUE_POS:
            continue
        if is_indirect_cue(token) and not inside_quotes(token, quoted):
            content = complement_span(token)
            if content is not None:
                subject = cue_subject(token)
                if subject is not None and subject.dep_ == "nsubjpass" and subject in content:
                    subject = passive_agent(token)  # a passive's subject is what is reported
                candidates.append((token, content, subject))
        elif (is_noun_cue(token) or is_adjective_cue(token)) and not inside_quotes(token, quoted):
            content = noun_complement_span(token)
            if content is not None:
                candidates.append((token, content, holder_of(token)))
    return candidates


def _candidates(doc: Doc, quoted: list[QuotedSpan]) -> list[Candidate]:
    """Every report candidate, outermost only, in text order."""
    candidates = _cue_candidates(doc, quoted)
    for cue, source, content in _according_to(doc):
        candidates.append((cue, content, source))
    for colon, label, content in _labelled_paragraphs(doc):
        if not any(
            _overlap(content.start_char, content.end_char, q.start_char, q.end_char) for q in quoted
        ):
            candidates.append((colon, content, label))  # quoted words are the direct path's
    return sorted(_outermost(candidates), key=lambda c: c[1].start_char)


def _report_row(
    candidate: Candidate, article: str, opening: int, direct: list[QuoteSpan], sentence: int
) -> tuple[QuoteSpan, list[int]] | None:
    """The row of a report, with the direct rows it holds; None when its content is itself a
    direct quote or only a quoted fragment."""
    cue, content, _ = candidate
    start, end = content.start_char, _with_its_closing_mark(article, content)
    start = opening if start < opening < end else start
    inner = [i for i, q in enumerate(direct) if q.start_char >= start - 1 and q.end_char <= end + 1]
    # Only a content holding quotes has words outside them to count (a walk over the
    # content's tokens); without quotes inside, the tests below do not read the count.
    outside_words = _words_outside_quotes(content, [direct[i] for i in inner]) if inner else 0
    overlaps_direct = any(
        _overlap(start, end, q.start_char, q.end_char) for q in direct if q.kind != "partial"
    )
    if overlaps_direct and (not inner or outside_words < 2):
        return None  # the complement is itself a direct quote, already extracted
    if inner and outside_words <= 0 and any(direct[i].kind != "partial" for i in inner):
        return None  # the complement is only a quoted fragment: nothing is paraphrased
    # "According to" as written, so the cue's offsets reproduce it
    cue_end = cue.idx + len(cue.text) + (3 if cue.lower_ == "according" else 0)
    row = QuoteSpan(
        article[start:end],
        _kind_with_fragments(article[start:end], [direct[i].text for i in inner]),
        start,
        end,
        sentence,
        cue=article[cue.idx : cue_end],
        cue_start_char=cue.idx,
        cue_end_char=cue_end,
    )
    return row, inner


def indirect_quotes(
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
    opening = dateline_end(article)  # "KORVALA, March 11 (Wire) - " is nobody's words
    for candidate in _candidates(doc, quoted):
        cue, content, subject = candidate
        found = _report_row(candidate, article, opening, direct, sentence_index[content.start])
        if found is None:
            continue
        row, inner = found
        if subject is not None:
            speaker = speaker_from_subject(subject, mentions)
            method = "according_to" if cue.lower_ == "according" else None
            row = with_speaker(row, speaker, method)
        elif is_continuation_cue(cue) and previous_speaker is not None:
            row = continue_speaker(row, previous_speaker)
        if row.kind == "mixed":
            absorbed.update(inner)
        rows.append(row)
        if row.speaker_method is not None:
            previous_speaker = row
    return rows, absorbed
