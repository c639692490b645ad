"""Where the dateline that opens wire copy ends."""

from __future__ import annotations

import pytest

from transforms.dateline import dateline_end, dateline_place, is_dateline_place


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("KORVALA, March 11 (Wire) - Veridian troops crossed.", "KORVALA, March 11 (Wire) - "),
        ("VALDORA (Wire) - Police arrested her.", "VALDORA (Wire) - "),
        ("NAIROBI, Kenya (AP) _ The blast hit.", "NAIROBI, Kenya (AP) _ "),
        ("NEW YORK, Jan. 5 (Reuters) -- Stocks fell.", "NEW YORK, Jan. 5 (Reuters) -- "),
        ("WASHINGTON — The Senate voted.", "WASHINGTON — "),
        # no dateline: a two-letter abbreviation, a sentence, a dash inside a word
        ("US - China talks resumed.", ""),
        ("Putin said - and meant - it.", ""),
        ("The NATO-led force withdrew.", ""),
    ],
)
def test_dateline_end(text: str, dateline: str) -> None:
    assert text[: dateline_end(text)] == dateline


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("SOCCER - RESULTS\nLONDON 1996-08-30\nResults of matches.", "LONDON"),
        ("NEW YORK ( Reuters ) - Stocks rose.", "NEW YORK"),
        ("KYIV, Ukraine - Officials said.", "KYIV"),
        ("ANKARA - Officials said.", "ANKARA"),
        ("NOTAPLACE - Officials said.", None),
        ("He said LONDON 1996-08-30 was the date.", None),
    ],
)
def test_a_dateline_place_opens_a_line(nlp, text: str, place: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    found = [span for i in range(len(doc)) if (span := dateline_place(doc, i)) is not None]
    assert [span.text for span in found] == ([place] if place else [])
    assert all(is_dateline_place(span) for span in found)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("\n    NEW YORK, March 3 - Stocks fell.", "\n    NEW YORK, March 3 - "),
        ("LONDON 1996-08-30\nResults of matches.", "LONDON 1996-08-30"),
        ("ANKARA - Officials said.", "ANKARA - "),
        # a headline, not a dateline: no date, no agency, and no place the gazetteer knows
        ("SOCCER - RESULTS\nLONDON 1996-08-30", ""),
        ("NOTAPLACE - Officials said.", ""),
        # a name opening a sentence, with no dash after it
        ("NATO, the alliance, said so.", ""),
    ],
)
def test_one_rule_for_the_text_and_the_doc(nlp, text: str, dateline: str) -> None:  # type: ignore[no-untyped-def]
    assert text[: dateline_end(text)] == dateline
    doc = nlp(text)
    places = [span for i in range(len(doc)) if (span := dateline_place(doc, i)) is not None]
    opening = [span for span in places if span.start_char < len(dateline)]
    assert bool(opening) == bool(dateline)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("MOSCOW (AP)_ Presidents met.", "MOSCOW (AP)_ "),
        ("INDEPENDENCE, MO. (AP)--\n\nPoland won.", "INDEPENDENCE, MO. (AP)--"),
        ("HAVANA (AP) --\n\nElian Gonzalez left.", "HAVANA (AP) --"),
        ("WASHINGTON _ The economy grew.", "WASHINGTON _ "),
        ("The NATO-led force withdrew.", ""),
        ("ANKARA-based firms grew.", ""),
    ],
)
def test_wire_layouts_of_the_dash(text: str, dateline: str) -> None:
    assert text[: dateline_end(text)] == dateline
