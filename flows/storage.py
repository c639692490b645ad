"""Opens the warehouse a run writes: the file from settings, with newsetl's linking rule.

The one place where `warehouse/` (which links people by the rule it is handed) meets the rule
in `transforms.linking`. Does not read or write anything itself.
"""

from __future__ import annotations

import os

from flows.settings import database_path, lock_timeout_seconds
from transforms.linking import SURNAME_LINKING
from warehouse.store import Warehouse


def open_warehouse(
    db: str | os.PathLike[str] | None = None, lock_timeout: float | None = None
) -> Warehouse:
    """The warehouse at `db` (NEWSETL_DB or the default when None), ready to load batches."""
    timeout = lock_timeout_seconds() if lock_timeout is None else lock_timeout
    return Warehouse(database_path(db), lock_timeout=timeout, linking=SURNAME_LINKING)
