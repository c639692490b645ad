"""Evaluate quote/attribution extraction against PolNeAR (political news attribution relations).

What it does:
- `load_polnear` reads one split (train or dev) from the shared data directory: article text,
  publication date and the gold attribution relations of ONE annotator per article (the
  lexicographically first `<article>_<annotator>.ann`, as the corpus README prescribes).
- `evaluate` runs a predictor over the documents and scores its content spans (exact and lenient
  matching), for direct quotes only and for all attributions, plus speaker and cue accuracy on the
  matched pairs.
- `python -m evaluation.polnear --split dev` does both with `evaluation.predictors.quote_predictor`.

What it does not do: it never copies corpus text anywhere (error samples are printed, not saved),
does not read the held-out test split, and does not score nested or overlapping attributions
specially (PolNeAR has none: each token has at most one role in one relation). Speaker correctness
is span overlap with the gold Source; it does not resolve coreference, so a prediction that names
the speaker elsewhere in the article counts as wrong.

Predictor interface: `predict(text: str, published: date | None) -> polars.DataFrame` with one row
per predicted quote and columns
    start_char, end_char                       content span (0-based, end-exclusive)
    kind                                       direct | indirect | mixed | partial
    speaker_start_char, speaker_end_char       speaker mention, nullable Int64
    cue_start_char, cue_end_char               optional; when present, cue accuracy is scored
Rows of kind "partial" (scare quotes) are not attributions and are ignored; any other kind, a
missing column or an offset outside the text raises ValueError (a predictor bug, not a miss).
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl

from evaluation.brat import Span, Standoff, TextBound, parse_standoff
from evaluation.cli import EvaluationCli
from evaluation.data import require_dataset_dir
from evaluation.scoring import Prf, format_ratio, greedy_one_to_one, ratio, shorten

SPLITS = ("train", "dev")
LENIENT_THRESHOLD = 0.5

# Predicted kinds scored as "direct". Gold direct quotes are contents wholly inside quotation
# marks; a "mixed" row is by definition reported speech only partly quoted, so counting it as a
# direct prediction compared unlike things (on dev, 22 of 23 mixed rows met no direct gold quote,
# and one did). Pass `direct_kinds=frozenset({"direct", "mixed"})` for the looser reading that
# releases before 0.4 reported.
DIRECT_KINDS = frozenset({"direct"})
KNOWN_KINDS = frozenset({"direct", "indirect", "mixed", "partial"})
IGNORED_KINDS = frozenset({"partial"})

REQUIRED_COLUMNS = ("start_char", "end_char", "kind", "speaker_start_char", "speaker_end_char")
CUE_COLUMNS = ("cue_start_char", "cue_end_char")

# How many non-alphanumeric characters (space, comma, full stop, dash) may separate a content
# boundary from its quotation mark, on either side of the boundary, for the content to count as
# quoted: annotators put `"Yes,"` and `Yes,` (with the marks outside) both ways.
QUOTE_SLACK_CHARS = 2

QuotePredictor = Callable[[str, date | None], pl.DataFrame]

_ARTICLE_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
_TRAILING_DIGITS = re.compile(r"\d+$")
# NYT texts in PolNeAR write double quotes as two apostrophes ('') at BOTH ends; `` is the
# Penn-Treebank opening form. Curly and straight double quotes cover the other publishers.
_QUOTE_MARK = re.compile(r"''|``|[“”\"]")
_OPENS_AFTER = frozenset("([{")
_OPENING_GLYPHS = frozenset({"“", "``"})
_CLOSING_GLYPHS = frozenset({"”"})
_ENDS_PHRASE = frozenset(".,;:!?…'’)]")
_LEADING_THAT = re.compile(r"that\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


# --------------------------------------------------------------------------------------- gold data


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution relation (brat `E` record) reduced to what scoring needs.

    Spans are lists of (start, end) fragments sorted by start; discontinuous annotations keep every
    fragment. `source` is None for relations annotated without a source, `cue` None when no cue
    was marked. `is_direct` is True when the content is fully enclosed in quotation marks (see
    `is_enclosed_in_quotes`).
    """

    relation_id: str
    content: list[Span]
    source: list[Span] | None
    cue: list[Span] | None
    is_direct: bool

    @property
    def content_start(self) -> int:
        return min(start for start, _ in self.content)

    @property
    def content_end(self) -> int:
        return max(end for _, end in self.content)


@dataclass(frozen=True)
class PolnearDoc:
    """One article with its gold attributions (sorted by content start)."""

    doc_id: str
    text: str
    publication_date: date | None
    relations: list[GoldAttribution]
    annotation_file: str | None = None
    # Relations with no Content argument (a cue the annotator left unfinished) cannot be scored.
    dropped_relations: int = 0


def load_polnear(split: str, data_dir: Path | None = None) -> list[PolnearDoc]:
    """Load every article of `split` ("train" or "dev"), sorted by article name.

    `data_dir` is the PolNeAR directory; by default `<shared data>/polnear`.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown PolNeAR split {split!r}; expected one of {SPLITS}")
    root = require_dataset_dir("polnear", data_dir)
    publication_dates = read_publication_dates(root / "metadata.tsv")
    documents: list[PolnearDoc] = []
    for article, ann_path in first_annotation_per_article(root / split / "attributions").items():
        text = read_text_exactly(root / split / "text" / f"{article}.txt")
        standoff = parse_standoff(read_text_exactly(ann_path))
        relations, dropped = gold_attributions(standoff, text, source_name=ann_path.name)
        documents.append(
            PolnearDoc(
                doc_id=article,
                text=text,
                publication_date=publication_dates.get(article) or date_in_article_name(article),
                relations=relations,
                annotation_file=ann_path.name,
                dropped_relations=dropped,
            )
        )
    return documents


def read_text_exactly(path: Path) -> str:
    # newline="" keeps any \r as written: brat offsets count every character of the file.
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def first_annotation_per_article(attributions_dir: Path) -> dict[str, Path]:
    """Map article name to its lexicographically first `<article>_<annotator>.ann` file."""
    chosen: dict[str, Path] = {}
    for ann_path in sorted(attributions_dir.glob("*.ann")):
        article = ann_path.stem.rsplit("_", 1)[0]
        chosen.setdefault(article, ann_path)
    return dict(sorted(chosen.items()))


def read_publication_dates(metadata_path: Path) -> dict[str, date]:
    """Article name -> publication date from metadata.tsv (empty if the file is missing)."""
    if not metadata_path.is_file():
        return {}
    dates: dict[str, date] = {}
    with metadata_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            try:
                dates[row["filename"]] = date.fromisoformat(row["publication_date"])
            except (KeyError, TypeError, ValueError):
                continue
    return dates


def date_in_article_name(article: str) -> date | None:
    """Fallback: article names look like `publisher_YYYY-MM-DD_slug`."""
    found = _ARTICLE_DATE.search(article)
    if found is None:
        return None
    try:
        return date.fromisoformat(found.group(1))
    except ValueError:
        return None


def gold_attributions(
    standoff: Standoff, text: str, source_name: str = "<ann>"
) -> tuple[list[GoldAttribution], int]:
    """Turn brat events into GoldAttributions; also return how many had no content.

    Numbered roles (`Content2`, seen when an annotator split one quotation around "he said") are
    merged into the base role as extra fragments, matching how other annotators wrote the same
    thing as one discontinuous Content span.
    """
    marks = find_quote_marks(text)
    relations: list[GoldAttribution] = []
    dropped = 0
    for event in standoff.events:
        by_role = arguments_by_role(event.arguments, standoff.text_bounds, source_name)
        content = merged_fragments(by_role.get("Content"))
        if content is None:
            dropped += 1
            continue
        source = merged_fragments(by_role.get("Source"))
        cue = merged_fragments(by_role.get("Cue"))
        for start, end in [*content, *(source or []), *(cue or [])]:
            if not 0 <= start <= end <= len(text):
                raise ValueError(f"{source_name}: {event.id} span {start}-{end} outside the text")
        relations.append(
            GoldAttribution(
                relation_id=event.id,
                content=content,
                source=source,
                cue=cue,
                is_direct=is_enclosed_in_quotes(text, content, marks),
            )
        )
    relations.sort(key=lambda relation: (relation.content_start, relation.content_end))
    return relations, dropped


def arguments_by_role(
    arguments: list[tuple[str, str]], text_bounds: dict[str, TextBound], source_name: str
) -> dict[str, list[TextBound]]:
    by_role: dict[str, list[TextBound]] = {}
    for role, target in arguments:
        if target not in text_bounds:
            raise ValueError(f"{source_name}: argument {role}:{target} refers to no T record")
        by_role.setdefault(_TRAILING_DIGITS.sub("", role), []).append(text_bounds[target])
    return by_role


def merged_fragments(text_bounds: list[TextBound] | None) -> list[Span] | None:
    if not text_bounds:
        return None
    return sorted(fragment for text_bound in text_bounds for fragment in text_bound.fragments)


# ------------------------------------------------------------------------------ direct quotations


@dataclass(frozen=True)
class QuoteMark:
    """A double quotation mark in the text and whether it opens or closes a quotation."""

    start: int
    end: int
    opens: bool


def find_quote_marks(text: str) -> list[QuoteMark]:
    """Every double quotation mark (“ ” " '' ``), classified as opening or closing."""
    return [
        QuoteMark(found.start(), found.end(), mark_opens(text, found.start(), found.end()))
        for found in _QUOTE_MARK.finditer(text)
    ]


def mark_opens(text: str, start: int, end: int) -> bool:
    """Whether the quotation mark at text[start:end] opens a quotation.

    Context decides first: a mark with space before and a word after opens, one glued to the word
    before and followed by space closes. This overrides the glyph because the texts contain typos
    such as a final `.“`. Only when context is ambiguous (glued or spaced on both sides) does the
    glyph decide; straight marks then close after a word or sentence punctuation and open otherwise.
    """
    previous = text[start - 1] if start > 0 else " "
    following = text[end] if end < len(text) else " "
    spaced_before = previous.isspace() or previous in _OPENS_AFTER
    spaced_after = following.isspace()
    if spaced_before != spaced_after:
        return spaced_before
    mark = text[start:end]
    if mark in _OPENING_GLYPHS:
        return True
    if mark in _CLOSING_GLYPHS:
        return False
    if spaced_before:
        # Isolated straight mark, as in `,' "` closing a nested quotation.
        return False
    return not (previous.isalnum() or previous in _ENDS_PHRASE)


def is_enclosed_in_quotes(text: str, fragments: list[Span], marks: list[QuoteMark]) -> bool:
    """Whether a content span is a direct quotation: quoted from its first word to its last.

    The rule, in three parts:
    1. an OPENING mark sits at the content start: inside it or just before it, separated from the
       boundary by at most QUOTE_SLACK_CHARS non-alphanumeric characters (or straddling it);
    2. a CLOSING mark sits at the content end under the same slack (so `"Yes,"` and `Yes,` followed
       by `"` both qualify);
    3. no word character of the content lies outside quotation marks. Quote depth is tracked across
       the whole extent, gaps between discontinuous fragments included, but only the fragments'
       own characters are checked; so `“A,” he said, “B.”` annotated as two fragments is direct,
       while `“A” and “B”` as one span is not. Depth (not a toggle) keeps news-style multi-paragraph
       quotations, which re-open at each paragraph without closing, inside.
    Single quotes are ignored: in these texts they are mostly apostrophes.
    """
    start = min(fragment_start for fragment_start, _ in fragments)
    end = max(fragment_end for _, fragment_end in fragments)
    opening = opening_mark_at(text, start, end, marks)
    if opening is None or closing_mark_at(text, start, end, marks) is None:
        return False
    initial_depth = 1 if opening.start < start else 0
    return not has_words_outside_quotes(text, fragments, marks, initial_depth)


def opening_mark_at(text: str, start: int, end: int, marks: list[QuoteMark]) -> QuoteMark | None:
    for mark in marks:
        if not mark.opens or mark.end < start - QUOTE_SLACK_CHARS:
            continue
        if mark.start > start + QUOTE_SLACK_CHARS or mark.start >= end:
            break
        if _is_slack(_gap(text, mark, start)):
            return mark
    return None


def closing_mark_at(text: str, start: int, end: int, marks: list[QuoteMark]) -> QuoteMark | None:
    for mark in marks:
        if mark.opens or mark.end < end - QUOTE_SLACK_CHARS or mark.end <= start:
            continue
        if mark.start > end + QUOTE_SLACK_CHARS:
            break
        if _is_slack(_gap(text, mark, end)):
            return mark
    return None


def _gap(text: str, mark: QuoteMark, boundary: int) -> str:
    """The text between a mark and a span boundary ("" when the mark straddles the boundary)."""
    if mark.end <= boundary:
        return text[mark.end : boundary]
    if mark.start >= boundary:
        return text[boundary : mark.start]
    return ""


def _is_slack(gap: str) -> bool:
    return len(gap) <= QUOTE_SLACK_CHARS and not any(char.isalnum() for char in gap)


def has_words_outside_quotes(
    text: str, fragments: list[Span], marks: list[QuoteMark], initial_depth: int
) -> bool:
    start = min(fragment_start for fragment_start, _ in fragments)
    end = max(fragment_end for _, fragment_end in fragments)
    marks_by_start = {mark.start: mark for mark in marks if start <= mark.start < end}
    in_content = bytearray(end - start)
    for fragment_start, fragment_end in fragments:
        in_content[fragment_start - start : fragment_end - start] = b"\x01" * (
            fragment_end - fragment_start
        )
    depth = initial_depth
    position = start
    while position < end:
        mark = marks_by_start.get(position)
        if mark is not None:
            depth = depth + 1 if mark.opens else max(depth - 1, 0)
            position = mark.end
            continue
        if depth == 0 and in_content[position - start] and text[position].isalnum():
            return True
        position += 1
    return False


# ---------------------------------------------------------------------------- span normalisation


def _is_trimmable(char: str) -> bool:
    # Unicode punctuation covers quotes (straight, curly, apostrophes), dashes and brackets;
    # the backtick is a symbol (Sk) but serves as an opening quote in `` marks.
    return char.isspace() or char == "`" or unicodedata.category(char).startswith("P")


def trim_span(text: str, start: int, end: int) -> Span:
    """Strip whitespace, punctuation, quotation marks and a leading "that" from both ends.

    Annotators and extractors disagree on exactly these characters (`said that "..."` vs
    `"..."`), which carry no content, so exact matching compares trimmed offsets.
    """
    while True:
        while start < end and _is_trimmable(text[start]):
            start += 1
        while end > start and _is_trimmable(text[end - 1]):
            end -= 1
        leading_that = _LEADING_THAT.match(text, start, end)
        if leading_that is None:
            return start, end
        start = leading_that.end()


class WordTokens:
    """Word tokens of a document by character offsets, so token sets of two spans compare by
    position (the same word elsewhere in the article is a different token)."""

    def __init__(self, text: str) -> None:
        words = list(_WORD.finditer(text))
        self.starts = [word.start() for word in words]
        self.ends = [word.end() for word in words]

    def overlapping(self, start: int, end: int) -> range:
        """Indices of tokens that share at least one character with [start, end)."""
        first = bisect_right(self.ends, start)
        stop = bisect_left(self.starts, end)
        return range(first, max(first, stop))

    def token_set(self, spans: Sequence[Span]) -> frozenset[int]:
        return frozenset(index for start, end in spans for index in self.overlapping(start, end))


def jaccard(left: frozenset[int], right: frozenset[int]) -> float:
    union = left | right
    return len(left & right) / len(union) if union else 0.0


@dataclass(frozen=True)
class ComparableSpan:
    """A content span reduced to what matching compares.

    `neutral_tokens` are words inside the extent of a discontinuous gold content but outside its
    fragments (an interjected "he said"): predictions are contiguous and cannot skip them, so they
    count neither for nor against a prediction.
    """

    trimmed: Span
    tokens: frozenset[int]
    neutral_tokens: frozenset[int] = frozenset()


def comparable_gold(text: str, words: WordTokens, gold: GoldAttribution) -> ComparableSpan:
    # Exact matching uses the trimmed extent; token overlap uses only the fragments' own words.
    trimmed_start, trimmed_end = trim_span(text, gold.content_start, gold.content_end)
    clipped = [
        (max(start, trimmed_start), min(end, trimmed_end))
        for start, end in gold.content
        if min(end, trimmed_end) > max(start, trimmed_start)
    ]
    tokens = words.token_set(clipped)
    extent_tokens = words.token_set([(trimmed_start, trimmed_end)])
    return ComparableSpan((trimmed_start, trimmed_end), tokens, extent_tokens - tokens)


def comparable_prediction(text: str, words: WordTokens, start: int, end: int) -> ComparableSpan:
    trimmed = trim_span(text, start, end)
    return ComparableSpan(trimmed, words.token_set([trimmed]))


def span_similarity(gold: ComparableSpan, predicted: ComparableSpan) -> float:
    """1.0 for an exact (trimmed-offset) match, else token Jaccard, so exact implies lenient."""
    if gold.trimmed == predicted.trimmed:
        return 1.0
    return jaccard(gold.tokens, predicted.tokens - gold.neutral_tokens)


def overlaps_any(span: Span | None, targets: list[Span] | None) -> bool:
    if span is None or not targets:
        return False
    start, end = span
    return any(start < target_end and target_start < end for target_start, target_end in targets)


# ---------------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class PredictedQuote:
    start: int
    end: int
    kind: str
    speaker: Span | None
    cue: Span | None


@dataclass(frozen=True)
class PredictionSet:
    quotes: list[PredictedQuote]
    ignored: int
    has_cues: bool


def read_predictions(frame: pl.DataFrame, text_length: int) -> PredictionSet:
    """Validate a predictor's frame and keep the rows that are attributions (not "partial")."""
    missing = [column for column in REQUIRED_COLUMNS if column not in frame.columns]
    if missing:
        raise ValueError(f"quote predictions lack columns {missing}; got {frame.columns}")
    has_cues = all(column in frame.columns for column in CUE_COLUMNS)
    quotes: list[PredictedQuote] = []
    ignored = 0
    for row in frame.iter_rows(named=True):
        kind = row["kind"]
        if kind not in KNOWN_KINDS:
            raise ValueError(f"unknown quote kind {kind!r}; expected one of {sorted(KNOWN_KINDS)}")
        if kind in IGNORED_KINDS:
            ignored += 1
            continue
        content = optional_span(row["start_char"], row["end_char"], text_length, "content")
        if content is None:
            raise ValueError(f"quote prediction without content offsets: {row}")
        speaker = optional_span(
            row["speaker_start_char"], row["speaker_end_char"], text_length, "speaker"
        )
        cue = (
            optional_span(row["cue_start_char"], row["cue_end_char"], text_length, "cue")
            if has_cues
            else None
        )
        quotes.append(PredictedQuote(content[0], content[1], kind, speaker, cue))
    return PredictionSet(quotes=quotes, ignored=ignored, has_cues=has_cues)


def optional_span(start: int | None, end: int | None, text_length: int, what: str) -> Span | None:
    if start is None or end is None:
        return None
    if not 0 <= start <= end <= text_length:
        raise ValueError(f"{what} span {start}-{end} outside a text of length {text_length}")
    return int(start), int(end)


# -------------------------------------------------------------------------------------- scoring


@dataclass
class SubsetCounts:
    """Additive counts for one scored subset (direct quotes, or all attributions)."""

    gold: int = 0
    predicted: int = 0
    exact_matches: int = 0
    lenient_matches: int = 0
    speaker_correct: int = 0
    speaker_scored: int = 0
    speaker_not_predicted: int = 0
    pairs_without_gold_source: int = 0
    cue_correct: int = 0
    cue_scored: int = 0

    def add(self, other: SubsetCounts) -> None:
        for counter in fields(self):
            setattr(self, counter.name, getattr(self, counter.name) + getattr(other, counter.name))

    def report(self) -> dict[str, Any]:
        return {
            "exact": Prf(self.exact_matches, self.predicted, self.gold).as_dict(),
            "lenient": Prf(self.lenient_matches, self.predicted, self.gold).as_dict(),
            "speaker": {
                "accuracy": ratio(self.speaker_correct, self.speaker_scored),
                "correct": self.speaker_correct,
                "scored_pairs": self.speaker_scored,
                "not_predicted": self.speaker_not_predicted,
                "pairs_without_gold_source": self.pairs_without_gold_source,
            },
            "cue": {
                "accuracy": ratio(self.cue_correct, self.cue_scored),
                "correct": self.cue_correct,
                "scored_pairs": self.cue_scored,
            },
        }


@dataclass
class SubsetErrors:
    """Error-analysis candidates for one subset, as JSON-ready records with short snippets."""

    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    wrong_speaker: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class SubsetScore:
    counts: SubsetCounts
    errors: SubsetErrors


def score_subset(
    doc: PolnearDoc,
    gold_indices: list[int],
    predicted_indices: list[int],
    predictions: PredictionSet,
    words: WordTokens,
    threshold: float,
) -> SubsetScore:
    """Match one document's gold and predicted quotes restricted to the given indices."""
    text = doc.text
    gold_spans = {i: comparable_gold(text, words, doc.relations[i]) for i in gold_indices}
    quotes = predictions.quotes
    predicted_spans = {
        i: comparable_prediction(text, words, quotes[i].start, quotes[i].end)
        for i in predicted_indices
    }
    exact_pairs = greedy_one_to_one(
        (
            (1.0, g, p)
            for g in gold_indices
            for p in predicted_indices
            if gold_spans[g].trimmed == predicted_spans[p].trimmed
        ),
        threshold=1.0,
    )
    lenient_pairs = greedy_one_to_one(
        (
            (span_similarity(gold_spans[g], predicted_spans[p]), g, p)
            for g in gold_indices
            for p in predicted_indices
        ),
        threshold=threshold,
    )
    counts = SubsetCounts(
        gold=len(gold_indices),
        predicted=len(predicted_indices),
        exact_matches=len(exact_pairs),
        lenient_matches=len(lenient_pairs),
    )
    errors = SubsetErrors()
    for g, p, _ in lenient_pairs:
        score_attributes(doc, doc.relations[g], predictions.quotes[p], predictions, counts, errors)
    matched_gold = {g for g, _, _ in lenient_pairs}
    matched_predicted = {p for _, p, _ in lenient_pairs}
    errors.missed = [
        gold_error(doc, doc.relations[g]) for g in gold_indices if g not in matched_gold
    ]
    errors.spurious = [
        prediction_error(doc, predictions.quotes[p])
        for p in predicted_indices
        if p not in matched_predicted
    ]
    return SubsetScore(counts, errors)


def score_attributes(
    doc: PolnearDoc,
    gold: GoldAttribution,
    predicted: PredictedQuote,
    predictions: PredictionSet,
    counts: SubsetCounts,
    errors: SubsetErrors,
) -> None:
    """Speaker and cue correctness of one matched pair, added to `counts` in place."""
    if gold.source is None:
        counts.pairs_without_gold_source += 1
    else:
        counts.speaker_scored += 1
        if predicted.speaker is None:
            counts.speaker_not_predicted += 1
        if overlaps_any(predicted.speaker, gold.source):
            counts.speaker_correct += 1
        else:
            errors.wrong_speaker.append(speaker_error(doc, gold, predicted))
    if predictions.has_cues and gold.cue is not None:
        counts.cue_scored += 1
        if overlaps_any(predicted.cue, gold.cue):
            counts.cue_correct += 1


def score_document(
    doc: PolnearDoc,
    predictions: PredictionSet,
    direct_kinds: frozenset[str] = DIRECT_KINDS,
    threshold: float = LENIENT_THRESHOLD,
) -> dict[str, SubsetScore]:
    """Scores for the "direct" and "all" subsets of one document."""
    all_gold = list(range(len(doc.relations)))
    all_predicted = list(range(len(predictions.quotes)))
    direct_gold = [i for i in all_gold if doc.relations[i].is_direct]
    direct_predicted = [i for i in all_predicted if predictions.quotes[i].kind in direct_kinds]
    words = WordTokens(doc.text)
    return {
        "direct": score_subset(doc, direct_gold, direct_predicted, predictions, words, threshold),
        "all": score_subset(doc, all_gold, all_predicted, predictions, words, threshold),
    }


def evaluate(
    docs: Sequence[PolnearDoc],
    predict: QuotePredictor,
    *,
    direct_kinds: frozenset[str] = DIRECT_KINDS,
    threshold: float = LENIENT_THRESHOLD,
    max_errors: int = 0,
    seed: int = 0,
) -> dict[str, Any]:
    """Run `predict` on every document and return scores and counts as a JSON-ready dict.

    With `max_errors` > 0 the result also holds up to that many randomly sampled (seeded) missed
    gold quotes, spurious predictions and wrong speakers per subset, as short snippets.
    """
    totals = {"direct": SubsetCounts(), "all": SubsetCounts()}
    collected = {"direct": SubsetErrors(), "all": SubsetErrors()}
    ignored_predictions = 0
    for doc in docs:
        predictions = read_predictions(predict(doc.text, doc.publication_date), len(doc.text))
        ignored_predictions += predictions.ignored
        for subset, score in score_document(doc, predictions, direct_kinds, threshold).items():
            totals[subset].add(score.counts)
            for kind in ("missed", "spurious", "wrong_speaker"):
                getattr(collected[subset], kind).extend(getattr(score.errors, kind))
    report: dict[str, Any] = {
        "documents": len(docs),
        "gold_attributions": totals["all"].gold,
        "gold_direct": totals["direct"].gold,
        "gold_direct_share": ratio(totals["direct"].gold, totals["all"].gold),
        "gold_relations_without_content": sum(doc.dropped_relations for doc in docs),
        "predicted": totals["all"].predicted,
        "predicted_direct": totals["direct"].predicted,
        "predicted_partial_ignored": ignored_predictions,
        "lenient_threshold": threshold,
        "direct_kinds": sorted(direct_kinds),
        "direct": totals["direct"].report(),
        "all": totals["all"].report(),
    }
    if max_errors > 0:
        report["errors"] = {
            subset: sample_errors(errors, max_errors, seed) for subset, errors in collected.items()
        }
    return report


def sample_errors(errors: SubsetErrors, limit: int, seed: int) -> dict[str, list[dict[str, Any]]]:
    sampled: dict[str, list[dict[str, Any]]] = {}
    for kind, records in asdict(errors).items():
        picked = random.Random(seed).sample(records, min(limit, len(records)))
        sampled[kind] = sorted(picked, key=lambda record: (record["doc_id"], record["start"]))
    return sampled


def gold_error(doc: PolnearDoc, gold: GoldAttribution) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "start": gold.content_start,
        "end": gold.content_end,
        "is_direct": gold.is_direct,
        "snippet": shorten(doc.text[gold.content_start : gold.content_end]),
    }


def prediction_error(doc: PolnearDoc, predicted: PredictedQuote) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "start": predicted.start,
        "end": predicted.end,
        "kind": predicted.kind,
        "snippet": shorten(doc.text[predicted.start : predicted.end]),
    }


def speaker_error(
    doc: PolnearDoc, gold: GoldAttribution, predicted: PredictedQuote
) -> dict[str, Any]:
    gold_source = " … ".join(doc.text[start:end] for start, end in gold.source or [])
    predicted_speaker = (
        doc.text[predicted.speaker[0] : predicted.speaker[1]] if predicted.speaker else None
    )
    return {
        "doc_id": doc.doc_id,
        "start": gold.content_start,
        "end": gold.content_end,
        "gold_source": shorten(gold_source, 60),
        "predicted_speaker": shorten(predicted_speaker, 60) if predicted_speaker else None,
        "snippet": shorten(doc.text[gold.content_start : gold.content_end], 100),
    }


# ------------------------------------------------------------------------------------------ CLI


def format_report(report: dict[str, Any], title: str) -> str:
    lines = [
        f"{title}: {report['documents']} documents, {report['gold_attributions']} gold "
        f"attributions ({report['gold_direct']} direct), {report['predicted']} predictions "
        f"({report['predicted_direct']} scored as direct; "
        f"{report['predicted_partial_ignored']} partial ignored)",
        "",
        f"{'subset':<8} {'match':<8} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold",
    ]
    for subset in ("direct", "all"):
        for match in ("exact", "lenient"):
            prf = report[subset][match]
            lines.append(
                f"{subset:<8} {match:<8} {prf['precision']:6.3f} {prf['recall']:6.3f} "
                f"{prf['f1']:6.3f}   {prf['true_positives']}/{prf['predicted']}/{prf['gold']}"
            )
    lines.append("")
    for subset in ("direct", "all"):
        speaker, cue = report[subset]["speaker"], report[subset]["cue"]
        lines.append(
            f"{subset:<8} speaker accuracy {format_ratio(speaker['accuracy'])} "
            f"({speaker['correct']}/{speaker['scored_pairs']} lenient pairs; "
            f"{speaker['not_predicted']} without a predicted speaker; "
            f"{speaker['pairs_without_gold_source']} pairs without a gold source excluded)"
        )
        if cue["scored_pairs"]:
            lines.append(
                f"{subset:<8} cue accuracy     {format_ratio(cue['accuracy'])} "
                f"({cue['correct']}/{cue['scored_pairs']})"
            )
    return "\n".join(lines)


def format_errors(errors: dict[str, dict[str, list[dict[str, Any]]]]) -> str:
    lines: list[str] = []
    for subset, by_kind in errors.items():
        for kind, records in by_kind.items():
            lines.append(f"\n[{subset}] {kind} ({len(records)} sampled)")
            for record in records:
                extra = ""
                if kind == "wrong_speaker":
                    extra = (
                        f" gold source={record['gold_source']!r}"
                        f" predicted={record['predicted_speaker']!r}"
                    )
                elif "kind" in record:
                    extra = f" kind={record['kind']}"
                elif "is_direct" in record:
                    extra = f" direct={record['is_direct']}"
                lines.append(
                    f"  {record['doc_id']} {record['start']}-{record['end']}{extra}: "
                    f"{record['snippet']}"
                )
    return "\n".join(lines)


def _evaluate_with_pipeline(docs: list[Any], max_errors: int) -> dict[str, Any]:
    # Imported here so that loading data and the scoring code never depend on the extractor.
    from evaluation.predictors import quote_predictor

    return evaluate(docs, quote_predictor, max_errors=max_errors)


CLI = EvaluationCli(
    prog="python -m evaluation.polnear",
    description="Score evaluation.predictors.quote_predictor against PolNeAR attributions.",
    selector="split",
    choices=SPLITS,
    default="dev",
    data_name="polnear",
    title="PolNeAR",
    load=load_polnear,
    evaluate=_evaluate_with_pipeline,
    format_report=format_report,
    format_errors=format_errors,
)


def main(argv: Sequence[str] | None = None) -> int:
    return CLI.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
