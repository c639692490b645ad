"""flows.nlp: the spaCy pipeline and the extractor version derived from it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from flows.nlp import extractor_version, load_pipeline, pipeline_meta
from transforms import EXTRACTOR_VERSION


def test_extractor_version_names_our_version_and_the_loaded_model() -> None:
    meta = load_pipeline().meta
    assert extractor_version() == f"newsetl-{EXTRACTOR_VERSION}+{meta['name']}-{meta['version']}"


def test_extractor_version_does_not_load_the_model() -> None:
    # A parent process that only feeds worker processes must stay small: run in a fresh
    # interpreter, where nothing else has loaded the pipeline yet.
    probe = (
        "from flows.nlp import extractor_version, load_pipeline; "
        "print(extractor_version()); print(load_pipeline.cache_info().currsize)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    version, pipelines_loaded = result.stdout.split()
    assert version == extractor_version()
    assert pipelines_loaded == "0"


def test_missing_model_gets_the_install_hint() -> None:
    with pytest.raises(RuntimeError, match="is not installed"):
        pipeline_meta("no_such_spacy_model_xyz")


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a headline without a full stop, then a blank line: two sentences, not one
        (
            "Mayor rejects port plan\n\nMayor Ana Silva has rejected the port plan.",
            ["Mayor rejects port plan", "Mayor Ana Silva has rejected the port plan."],
        ),
        # a single line break is wire copy wrapping a sentence: still one sentence
        (
            "Mayor Ana Silva has rejected the plan to\nexpand the port.",
            ["Mayor Ana Silva has rejected the plan to\nexpand the port."],
        ),
    ],
)
def test_a_blank_line_ends_a_sentence(text: str, sentences: list[str]) -> None:
    doc = load_pipeline()(text)
    assert [sentence.text.strip() for sentence in doc.sents] == sentences


WRAPPED = (
    "Standard and Poor's Corp said it\n"
    "affirmed the ratings on the debt of the International\n"
    "Natural Rubber Organisation, citing strong cash flow and\n"
    "lower costs at its plants in Malaysia and Indonesia.\n"
    "    The organisation said it would not comment on the rating\n"
    "decision until the end of the month, a spokesman said.\n"
)


def test_the_parser_reads_hard_wrapped_text_as_joined_lines() -> None:
    doc = load_pipeline()(WRAPPED)
    assert len(doc.text) == len(WRAPPED)
    names = [ent.text for ent in doc.ents if ent.label_ == "ORG"]
    assert any(name.endswith("International Natural Rubber Organisation") for name in names)
    said = next(t for t in doc if t.text == "said")
    assert "affirmed" in [t.text for t in said.subtree]  # the wrap no longer cuts the clause
