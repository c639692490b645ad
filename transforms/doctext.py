"""The text of a spaCy `Doc`, built once per document.

`Doc.text` joins every token each time it is read, which costs as much as a pass over the whole
document; extractors that need the raw string use `doc_text`, which caches it on the doc.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "newsetl.text"


def doc_text(doc: Doc) -> str:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = doc.user_data[_KEY] = doc.text
    return str(cached)
