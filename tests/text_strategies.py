"""Hypothesis strategies for text the model accepts (DESIGN.md §3), shared by property tests."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

from supportmap.core.model import NAME_MAX, has_visible

ALLOWED = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), include_characters="\t\n")
"""Any character a text field may hold: no surrogates, no control but tab and new line."""


def free_text(max_size: int) -> st.SearchStrategy[str]:
    """Notes, relationships, next steps: stored exactly as given."""
    return st.text(ALLOWED, max_size=max_size)


def _as_stored(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def names(max_size: int = NAME_MAX) -> st.SearchStrategy[str]:
    """Names as the model stores them: trimmed, NFC and with something visible."""
    return (
        st.text(ALLOWED, min_size=1, max_size=max_size)
        .map(_as_stored)
        .filter(lambda name: has_visible(name) and _as_stored(name) == name)
    )
