"""Text that is safe to print on one terminal line, for every command that prints names."""

from __future__ import annotations

import re

_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def shown(text: str) -> str:
    """A name or title safe to print on one terminal line: control characters are escaped.

    The file reader refuses most of them, but a name may hold a tab or a line break, a library
    written by an older version may hold others, and an escape sequence printed raw could
    rewrite the user's terminal.
    """
    return _CONTROLS.sub(lambda found: f"\\x{ord(found.group()):02x}", text)
