"""Encrypted map files, ``.supportmap.json.age`` (DESIGN.md §3): a map file sealed with *age*.

The content is the ordinary ``.supportmap.json`` encrypted in the standard age format with a
passphrase (an scrypt recipient), through the ``pyrage`` binding, so anyone who has the
passphrase can also open it with the ``age`` tool. Reading recognises a file by the age header,
whatever its name; the passphrase is asked for only then, through the callable the caller gives
(a prompt, a dialog, a file), and is never part of a message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from supportmap.atomic import atomic_write_bytes
from supportmap.core.i18n import _
from supportmap.storage.fileformat_json import FileFormatError

if TYPE_CHECKING:
    from supportmap.storage.fileformat import Document

SUFFIX = ".supportmap.json.age"
MAGIC = b"age-encryption.org/v1"
_FOOTER = b"---"
PassphraseSource = Callable[[Path], str]
"""Gives the passphrase of the encrypted file at the path it is called with (only then)."""


class WrongFilePassphrase(FileFormatError):
    """The passphrase does not open the encrypted file; asking again may help."""


def is_encrypted(data: bytes) -> bool:
    """Whether ``data`` is an age file (it starts with the age header's first line)."""
    return data.startswith(MAGIC + b"\n")


def encrypt(data: bytes, passphrase: str) -> bytes:
    """``data`` in the age format, encrypted with ``passphrase``."""
    from pyrage import passphrase as with_passphrase

    if not passphrase:
        raise FileFormatError(_("The passphrase is empty. Choose one with at least one character."))
    return bytes(with_passphrase.encrypt(data, passphrase))


def decrypt(data: bytes, path: Path, passphrase: PassphraseSource | None) -> bytes:
    """The content of the age file ``data`` read from ``path``.

    Raises:
        WrongFilePassphrase: the passphrase does not open it.
        FileFormatError: it is cut short or damaged, is encrypted to a key instead of a
            passphrase, or no way to ask for a passphrase was given.
    """
    kinds = _recipient_kinds(data)
    if kinds is None:
        raise _cut_short(path)
    if "scrypt" not in kinds:
        raise FileFormatError(
            _(
                "{path} is encrypted to a key, not with a passphrase; SupportMap opens files "
                "encrypted with a passphrase. Decrypt it with age and the key first, then open "
                "the .supportmap.json file."
            ).format(path=path)
        )
    if passphrase is None:
        raise FileFormatError(
            _("{path} is encrypted; it opens with its passphrase.").format(path=path)
        )
    secret = passphrase(path)
    from pyrage import DecryptError
    from pyrage import passphrase as with_passphrase

    try:
        return bytes(with_passphrase.decrypt(data, secret))
    except DecryptError as error:
        # age says "Decryption failed" when no passphrase stanza opens: a wrong passphrase.
        if str(error) == "Decryption failed":
            raise WrongFilePassphrase(
                _(
                    "That passphrase does not open {path}. Check it and try again; the file "
                    "was left as it was."
                ).format(path=path)
            ) from None
        raise _cut_short(path) from None


def write_encrypted(path: Path, document: Document, passphrase: str) -> None:
    """Save ``document`` as an encrypted map file, atomically and private to the user.

    Raises:
        supportmap.atomic.SaveError: the file could not be written; an existing one is intact.
    """
    from supportmap.storage.fileformat import dumps

    atomic_write_bytes(Path(path), encrypt(dumps(document).encode("utf-8"), passphrase))


def _recipient_kinds(data: bytes) -> list[str] | None:
    """The type of each recipient stanza in the header, or None if the header is incomplete."""
    kinds: list[str] = []
    for line in data.split(b"\n")[1:]:
        if line.startswith(_FOOTER):
            return kinds
        if line.startswith(b"-> "):
            words = line[3:].split(b" ")
            kinds.append(words[0].decode("ascii", "replace") if words else "")
    return None


def _cut_short(path: Path) -> FileFormatError:
    return FileFormatError(
        _(
            "{path} is an encrypted map file that is cut short or damaged, so it cannot be "
            "opened. If you have another copy, open that one."
        ).format(path=path)
    )
