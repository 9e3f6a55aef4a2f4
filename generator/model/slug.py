"""The one way to make an id (a slug) from a name or a file name."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, fallback: str | None = None, max_chars: int | None = None) -> str:
    """An id from a name: 'Olivia Rouamb' -> 'olivia-rouamb', 'Goïta' -> 'goita'.

    Only a-z, 0-9 and '-' remain, so the id is safe in a path, a URL and an anchor. `max_chars`
    cuts it (at a hyphen's edge). A name with no Latin letter or digit ('日本') gets `fallback`,
    or, without one, a stable id made from its characters: never an empty one."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    if max_chars is not None:
        slug = slug[:max_chars].rstrip("-")
    if slug:
        return slug
    return fallback if fallback is not None else "x-" + hashlib.sha1(text.encode()).hexdigest()[:10]
