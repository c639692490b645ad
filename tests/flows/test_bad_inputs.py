"""Every kind of broken input ends in `rejected_records` with a reason, or loads correctly,
and the rest of the input loads. Runs the real flow (slow)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.storage import open_warehouse

pytestmark = pytest.mark.slow

GOOD = "Mayor Ana Silva met Pedro Costa in Porto on Monday. “We agreed,” Silva said."


def _write_inputs(folder: Path) -> None:
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\t\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (folder / "latin1.txt").write_bytes(
        "Le maire de Paris a rencontr\xe9 la presse.".encode("latin-1")
    )
    (folder / "bom.txt").write_bytes("\ufeff".encode() + GOOD.replace("Porto", "Faro").encode())
    (folder / "huge.txt").write_text("word " * 220_000)  # 1.1 million characters
    (folder / "html.txt").write_text("<p>The <b>council</b> met in Oslo.</p><script>x()</script>")
    (folder / "control.txt").write_text("Control\x07 char\x1b and \x0c form feed in Lima.")
    (folder / "russian.txt").write_text("Президент встретился с министром в Москве в понедельник.")
    (folder / "run-on.txt").write_text(" ".join(["negotiators"] * 5000))
    (folder / "unbalanced.txt").write_text(
        'He said “this never closes.\nShe replied "neither does this.\nThe end.'
    )
    lines = []
    for number in range(100_000):
        if number % 1000 == 7:
            lines.append('{"id": "broken", "text": ')
        elif number % 5000 == 0:
            lines.append(json.dumps({"id": f"ok-{number}", "text": f"{GOOD} Story {number}."}))
        else:
            lines.append(json.dumps({"id": f"no-text-{number}", "title": "x"}))
    (folder / "big.jsonl").write_text("\n".join(lines) + "\n")
    # the body under another name: the reason says which, and how to fix it
    (folder / "renamed.jsonl").write_text(json.dumps({"id": "r-1", "body": GOOD}) + "\n")


def test_every_bad_input_is_handled(prefect_server: None, tmp_path: Path) -> None:
    from flows.ingest import ingest_articles

    inputs = tmp_path / "inputs"
    _write_inputs(inputs)
    db = tmp_path / "bad.duckdb"
    summary = ingest_articles(sources=[str(inputs)], db=str(db), batch_size=5000)
    store = open_warehouse(db)
    rejected = {
        (Path(f).name, loc): reason
        for f, loc, reason in store.query(
            "SELECT source_file, locator, reason FROM rejected_records"
        ).rows
    }
    assert rejected[("empty.txt", "file")] == "empty file"
    assert rejected[("blank.txt", "file")] == "empty file"
    assert "binary file" in rejected[("binary.txt", "file")]
    assert "text too long: 1,100,000 characters" in rejected[("huge.txt", "file")]
    assert rejected[("renamed.jsonl", "line 1")] == (
        "missing required field 'text' (found 'body': rename it to 'text')"
    )
    big = {loc: reason for (name, loc), reason in rejected.items() if name == "big.jsonl"}
    assert len(big) == 100_000 - 20  # all but the 20 good records
    assert sum(r.startswith("invalid JSON") for r in big.values()) == 100
    assert sum(r == "missing required field 'text'" for r in big.values()) == 99_880
    assert summary["records_rejected"] == len(rejected) == 99_980 + 5

    texts = dict(store.query("SELECT source_file, text FROM articles").rows)
    by_name = {Path(k).name: v for k, v in texts.items()}
    assert by_name["latin1.txt"] == "Le maire de Paris a rencontré la presse."
    assert by_name["bom.txt"].startswith("Mayor Ana Silva")  # BOM dropped
    assert by_name["html.txt"].startswith("<p>The <b>council</b>")  # stored as received
    assert "\x07" in by_name["control.txt"]
    assert by_name["russian.txt"].startswith("Президент")
    assert len(by_name["run-on.txt"].split()) == 5000
    assert by_name["unbalanced.txt"].startswith("He said")
    jsonl_articles = store.query(
        "SELECT count(*) FROM articles WHERE source_file LIKE '%big.jsonl'"
    ).rows[0][0]
    assert jsonl_articles == 20
    assert summary["articles_loaded"] == 7 + 20
    # Spans from the odd inputs still reproduce the stored text exactly.
    mismatched = store.query(
        "SELECT count(*) FROM quotes q JOIN articles a USING (article_id) "
        "WHERE substring(a.text, q.start_char + 1, q.end_char - q.start_char) <> q.text"
    ).rows[0][0]
    assert mismatched == 0
