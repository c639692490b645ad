"""Unit tests of the CoNLL-2003 loader, text rebuilding and entity scorer on made-up sentences,
plus a loader check that runs only where the third-party corpus is present."""

from __future__ import annotations

import pytest

from evaluation.conll import (
    ConllDoc,
    decode_tags,
    document_text,
    evaluate,
    load_conll,
    parse_conll,
    score,
    to_token_spans,
)
from evaluation.data import dataset_dir

MADE_UP = """-DOCSTART- -X- -X- O

ZORVIA NNP B-NP B-LOC
2001-01-01 CD I-NP O

Mira NNP B-NP B-PER
Tolvan NNP I-NP I-PER
joined NNP I-NP O
Blue NNP B-NP B-ORG
Heron NNP I-NP I-ORG
Ltd NNP I-NP I-ORG
. . O O

-DOCSTART- -X- -X- O

Kesh NNP B-NP B-LOC
. . O O
"""


def test_parse_splits_documents_sentences_and_entities() -> None:
    docs = parse_conll(MADE_UP.splitlines())
    assert len(docs) == 2
    first = docs[0]
    assert first.tokens[:2] == ["ZORVIA", "2001-01-01"]
    assert first.sentence_starts == [0, 2]
    assert first.gold == [(0, 1, "LOC"), (2, 4, "PER"), (5, 8, "ORG")]
    assert docs[1].gold == [(0, 1, "LOC")]


def test_decode_accepts_iob1_and_splits_adjacent_types() -> None:
    assert decode_tags(["I-PER", "I-PER", "O", "I-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]
    assert decode_tags(["B-PER", "B-PER", "I-ORG"]) == [(0, 1, "PER"), (1, 2, "PER"), (2, 3, "ORG")]


def test_text_joins_tokens_by_space_and_sentences_by_newline() -> None:
    doc = parse_conll(MADE_UP.splitlines())[0]
    text, offsets = document_text(doc)
    assert text.startswith("ZORVIA 2001-01-01\nMira Tolvan joined")
    for token, (start, end) in zip(doc.tokens, offsets, strict=True):
        assert text[start:end] == token


def test_char_spans_map_to_tokens_and_misaligned_spans_never_match() -> None:
    offsets = [(0, 4), (5, 11), (12, 18)]
    spans = to_token_spans([(0, 11, "PER"), (1, 4, "LOC"), (12, 18, "ORG")], offsets)
    assert spans[0] == (0, 2, "PER")
    assert spans[1][0] < 0
    assert spans[2] == (2, 3, "ORG")


def test_score_is_exact_span_and_type_per_type_and_micro() -> None:
    gold = [[(0, 1, "LOC"), (2, 4, "PER"), (5, 8, "ORG")], [(0, 1, "LOC")]]
    predicted = [
        [(0, 1, "LOC"), (2, 3, "PER"), (5, 8, "LOC"), (9, 10, "MISC")],
        [(0, 1, "LOC")],
    ]
    result = score(gold, predicted)
    assert (result["LOC"].true_positives, result["LOC"].predicted, result["LOC"].gold) == (2, 3, 2)
    assert (result["PER"].true_positives, result["PER"].predicted) == (0, 1)
    assert (result["ORG"].predicted, result["ORG"].gold) == (0, 1)
    overall = result["overall"]
    assert (overall.true_positives, overall.predicted, overall.gold) == (2, 4, 4)
    assert overall.precision == pytest.approx(0.5)
    assert overall.recall == pytest.approx(0.5)


def test_evaluate_runs_a_predictor_over_rebuilt_texts() -> None:
    docs = parse_conll(MADE_UP.splitlines())

    def predict(texts: list[str]) -> list[list[tuple[int, int, str]]]:
        # Finds "Mira Tolvan" as a person and nothing else.
        out = []
        for text in texts:
            at = text.find("Mira Tolvan")
            out.append([(at, at + len("Mira Tolvan"), "PER")] if at >= 0 else [])
        return out

    report = evaluate(docs, predict, max_errors=5)
    assert report["PER"]["f1"] == pytest.approx(1.0)
    assert report["overall"]["true_positives"] == 1
    assert report["overall"]["gold"] == 4
    assert "missed LOC" in report["errors"]


def test_empty_document_list_scores_zero() -> None:
    report = evaluate([], lambda texts: [])
    assert report["overall"]["f1"] == 0.0
    assert isinstance(ConllDoc("x", [], [], []), ConllDoc)


@pytest.mark.skipif(dataset_dir("conll2003") is None, reason="CoNLL-2003 not in ../shared/data")
def test_dev_split_loads_with_published_counts() -> None:
    docs = load_conll("dev")
    assert len(docs) == 216
    assert sum(len(d.tokens) for d in docs) == 51362
    counts = {t: sum(1 for d in docs for s in d.gold if s[2] == t) for t in ("PER", "ORG", "LOC")}
    assert counts == {"PER": 1842, "ORG": 1341, "LOC": 1837}
