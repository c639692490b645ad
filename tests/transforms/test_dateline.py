"""Where the dateline that opens wire copy ends."""

from __future__ import annotations

import pytest

from transforms.dateline import dateline_end


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
