"""Locate the third-party evaluation corpora that live next to the repository.

Only finds directories; it does not download, copy or validate any data. The corpora are licensed
for evaluation only and must never be copied into the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

SHARED_DATA_ENV_VAR = "NEWSETL_SHARED_DATA"

# evaluation/ sits at the repository root, so parents[1] is the checkout itself.
_REPO_ROOT = Path(__file__).resolve().parents[1]
_DEFAULT_SHARED_DATA = _REPO_ROOT.parent / "shared" / "data"


def shared_data_dir() -> Path | None:
    """The shared data root: $NEWSETL_SHARED_DATA, else <repo>/../shared/data; None if absent."""
    candidate = Path(os.environ.get(SHARED_DATA_ENV_VAR, _DEFAULT_SHARED_DATA))
    return candidate if candidate.is_dir() else None


def dataset_dir(name: str) -> Path | None:
    """The directory of one corpus under the shared data root (e.g. "polnear"), or None."""
    root = shared_data_dir()
    if root is None:
        return None
    candidate = root / name
    return candidate if candidate.is_dir() else None


def require_dataset_dir(name: str, override: Path | None = None) -> Path:
    """Like `dataset_dir`, but honour an explicit path and raise a helpful error when missing."""
    found = override if override is not None else dataset_dir(name)
    if found is None or not found.is_dir():
        raise FileNotFoundError(
            f"evaluation corpus {name!r} not found (looked in {override or _shared_hint(name)}); "
            f"set {SHARED_DATA_ENV_VAR} to the directory that contains it"
        )
    return found


def _shared_hint(name: str) -> Path:
    return Path(os.environ.get(SHARED_DATA_ENV_VAR, _DEFAULT_SHARED_DATA)) / name
