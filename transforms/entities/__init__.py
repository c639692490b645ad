"""Named entities: mentions from the NER model, repaired, grouped into one entity per referent,
and people's roles as written beside their names.

`extract_entities` and `extract_roles` are the entry points; `last_name_key` is the key the
warehouse links surname-only mentions by, and `title_genders` the genders titles imply.
Behaviour and examples: docs/entities.md.
"""

from transforms.entities.identity import (
    EntityMentionSpan,
    ResolvedEntity,
    extract_entities,
    last_name_key,
)
from transforms.entities.roles import RoleSpan, extract_roles, title_genders

__all__ = [
    "EntityMentionSpan",
    "ResolvedEntity",
    "RoleSpan",
    "extract_entities",
    "extract_roles",
    "last_name_key",
    "title_genders",
]
