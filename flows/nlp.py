"""Loading the spaCy pipeline once per process, and the extractor version it implies."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from flows.settings import max_text_chars, spacy_model_name
from transforms import EXTRACTOR_VERSION
from transforms.doctext import remember_text
from transforms.layout import parser_view

#: Components the extractors read: POS tags and lemmas (tagger, attribute_ruler, lemmatizer),
#: the dependency parse (parser, which also splits sentences) and named entities (ner).
REQUIRED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
PARAGRAPH_BREAKS = "newsetl_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence. Headlines, datelines and captions carry no full stop, and
    the parser ran them into the body's first sentence ("Brown ally rejects Budget spree /
    Chancellor Gordon Brown's closest ally has denied ..." was one sentence with "Budget" as
    its subject). A single line break is left alone: wire copy wraps lines mid-sentence."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


class ParserViewTokenizer:
    """The one place text enters the parser: it tokenizes the parser view of a text (hard-wrapped
    lines joined, `transforms.layout`), which has the text's length, so every offset into the
    doc is an offset into the text as received; and remembers the view as the doc's text."""

    def __init__(self, tokenizer: Callable[[str], Doc]):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        view = parser_view(text)
        doc = self.tokenizer(view)
        remember_text(doc, view)
        return doc


@cache
def load_pipeline(model_name: str | None = None) -> Language:
    name = model_name or spacy_model_name()
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; install it (the default comes with "
            f"`uv sync`) or set NEWSETL_SPACY_MODEL to an installed pipeline"
        ) from error
    unused = [pipe for pipe in nlp.pipe_names if pipe not in REQUIRED_COMPONENTS]
    for pipe in unused:
        nlp.disable_pipe(pipe)
    nlp.tokenizer = ParserViewTokenizer(nlp.tokenizer)
    if "parser" in nlp.pipe_names:  # sentence starts set before parsing are kept by the parser
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    # Over-long texts are rejected before parsing (NEWSETL_MAX_TEXT_CHARS); allow up to that.
    nlp.max_length = max(nlp.max_length, max_text_chars() + 1)
    return nlp


@cache
def pipeline_meta(model_name: str | None = None) -> dict[str, Any]:
    """The pipeline's meta.json, read without loading its weights.

    A parent process that only hands batches to worker processes needs the model's name and
    version for the extractor version, not the model itself (about 200 MB once loaded). Anything
    other than an installed package or a model directory falls back to loading, which raises the
    clear "not installed" error.
    """
    name = model_name or spacy_model_name()
    path = Path(name)
    if not path.is_dir():
        if not spacy.util.is_package(name):
            return dict(load_pipeline(model_name).meta)
        path = spacy.util.get_package_path(name)
    return dict(spacy.util.get_model_meta(path))


def extractor_version(model_name: str | None = None) -> str:
    meta = pipeline_meta(model_name)
    return f"newsetl-{EXTRACTOR_VERSION}+{meta['name']}-{meta['version']}"
