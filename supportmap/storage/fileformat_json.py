"""Reading untrusted JSON safely: size cap, nesting cap, strict JSON, text that can be saved.

A map file may come from anywhere (an e-mail attachment, a hand edit, another program), so the
parser is guarded before it runs rather than trusted to fail gracefully.
"""

from __future__ import annotations

import json
import re
from typing import Any

from supportmap.core.i18n import N_, _, number

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_NESTING = 64
_JSON_PROBLEMS = frozenset(
    {
        N_("Expecting value"),
        N_("Extra data"),
        N_("Expecting property name enclosed in double quotes"),
        N_("Expecting ':' delimiter"),
        N_("Expecting ',' delimiter"),
        N_("Unterminated string starting at"),
        N_("Invalid \\uXXXX escape"),
        N_("Illegal trailing comma before end of object"),
        N_("Illegal trailing comma before end of array"),
    }
)
"""What Python's JSON reader says of a file it cannot read, word for word, so that the words
can be translated; a problem it describes with part of the file in it is quoted as it is."""


def show(value: object) -> str:
    """A short, JSON-like rendering of a value for an error message."""
    if isinstance(value, dict):
        return _("an object")
    if isinstance(value, list | tuple):
        return _("a list")
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


class FileFormatError(ValueError):
    """A file that cannot be read as a support map; ``str(error)`` is a one-line message."""


def check_size(size: int) -> None:
    """Refuse content larger than the cap, before any of it is parsed."""
    if size > MAX_FILE_BYTES:
        megabytes = size / (1024 * 1024)
        raise FileFormatError(
            _("The file is {size:.1f} MB; SupportMap reads map files of up to {limit} MB.").format(
                size=number(megabytes), limit=MAX_FILE_BYTES // (1024 * 1024)
            )
        )


_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def parse_json(text: str) -> Any:
    """`json.loads` with the guards a file from anywhere needs.

    The parser itself stops at Python's recursion limit; nesting deeper than `MAX_NESTING` is
    refused after parsing, before any other code walks the data. ``NaN``/``Infinity`` (not
    JSON) and repeated keys in one object (ambiguous) are refused. Every check here runs at
    the speed of the parser on a file of millions of entries.
    """
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        raise _invalid_character() from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)
    except FileFormatError:
        raise
    except json.JSONDecodeError as error:
        raise FileFormatError(
            _(
                "This is not a SupportMap file: not valid JSON ({problem} at line {line}, "
                "column {column})."
            ).format(problem=_json_problem(error.msg), line=error.lineno, column=error.colno)
        ) from None
    except RecursionError:
        raise _too_deep() from None
    except ValueError as error:
        invalid = _("This is not a SupportMap file: not valid JSON ({problem}).")
        raise FileFormatError(invalid.format(problem=error)) from None
    if _nesting_exceeds(encoded, MAX_NESTING):
        raise _too_deep()
    if _SURROGATE_ESCAPE.search(text):
        _check_encodable(data)
    return data


def _json_problem(problem: str) -> str:
    return _(problem) if problem in _JSON_PROBLEMS else problem


def _nesting_exceeds(encoded: bytes, limit: int) -> bool:
    """Whether valid JSON nests deeper than ``limit``: each round peels off one level."""
    brackets = _STRINGS.sub(b"", encoded).translate(None, _NOT_BRACKETS)
    for _round in range(limit):
        if not brackets:
            return False
        brackets = brackets.replace(b"[]", b"").replace(b"{}", b"")
    return bool(brackets)


def _too_deep() -> FileFormatError:
    return FileFormatError(
        _("This is not a SupportMap file: it is nested more than {levels} levels deep.").format(
            levels=MAX_NESTING
        )
    )


def _invalid_character() -> FileFormatError:
    return FileFormatError(
        _(
            "This file holds text with an invalid character (an unpaired \\u escape "
            "between \\ud800 and \\udfff); fix or remove it and try again."
        )
    )


def _check_encodable(data: Any) -> None:
    """Refuse lone surrogates (``"\\ud800"``): valid JSON, but no UTF-8 file could hold them."""
    pending: list[Any] = [data]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise _invalid_character() from None


def _refuse_constant(name: str) -> Any:
    not_json = _("This is not a SupportMap file: {name} is not a valid JSON number.")
    raise FileFormatError(not_json.format(name=name))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise FileFormatError(
                _(
                    "The key {key} appears twice in one object; each key may appear only once."
                ).format(key=show(key))
            )
        result[key] = value
    return result
