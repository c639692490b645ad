"""The cached text of a doc, and the layout tests the extractors share."""

from __future__ import annotations

from transforms.doctext import doc_text, is_caps_word, is_line_start, remember_text


def test_doc_text_is_the_docs_text_and_is_cached(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Officials met in Kyiv on Monday.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)


def test_remember_text_keeps_the_string_the_doc_was_parsed_from(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials met in Kyiv on Monday."
    doc = nlp(text)
    remember_text(doc, text)
    assert doc_text(doc) is text


def test_remember_text_ignores_a_string_that_cannot_be_the_docs(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Officials met in Kyiv.")
    remember_text(doc, "Something else entirely, and longer.")
    assert doc_text(doc) == "Officials met in Kyiv."


def test_a_line_starts_at_the_text_and_after_a_line_break(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("SOCCER - RESULTS\nLONDON 1996-08-30")
    starts = [t.text for t in doc if is_line_start(doc, t.i)]
    assert starts == ["SOCCER", "LONDON"]


def test_caps_words_have_two_or_more_capital_letters(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("NATO and I met in LONDON with Kyiv 2025")
    assert [t.text for t in doc if is_caps_word(t)] == ["NATO", "LONDON"]
