"""Loading the spaCy pipeline once per process, and the extractor version it implies."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from flows.settings import max_text_chars, spacy_model_name
from transforms import EXTRACTOR_VERSION

#: Components the extractors read: POS tags and lemmas (tagger, attribute_ruler, lemmatizer),
#: the dependency parse (parser, which also splits sentences) and named entities (ner).
REQUIRED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


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
    # Over-long texts are rejected before parsing (NEWSETL_MAX_TEXT_CHARS); allow up to that.
    nlp.max_length = max(nlp.max_length, max_text_chars() + 1)
    return nlp


def extractor_version(model_name: str | None = None) -> str:
    nlp = load_pipeline(model_name)
    return f"newsetl-{EXTRACTOR_VERSION}+{nlp.meta['name']}-{nlp.meta['version']}"
