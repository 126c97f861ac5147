"""``supportmap compare``: what changed between two moments of one file, or between the current
maps of two files (DESIGN.md §8.1).

A MOMENT is ``now`` (the current map), ``#N`` (the N-th snapshot in file order, from 1) or a
snapshot's label, matched exactly after trimming; ``now`` and ``#N`` always mean that, so a
snapshot labelled "now" is reached by its number. The comparison itself is
`supportmap.core.change.compare`; this module finds the two maps and writes the result.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from supportmap.core.change import NOW, Comparison, Moment, compare
from supportmap.core.i18n import _, ngettext
from supportmap.core.printable import shown
from supportmap.core.report_change import render_change_text
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.storage.age_files import PassphraseSource
from supportmap.storage.fileformat import Document, read_document

PROG = "supportmap"
LABELS_SHOWN = 8
"""Up to this many snapshots are listed whole in a message; a longer list is shortened."""

_NUMBERED = re.compile(r"#([0-9]+)", re.ASCII)


class MomentError(Exception):
    """A MOMENT names no moment of its file; ``str(error)`` is the whole message, with the
    labels in it escaped (a label may hold a tab, which a one-line message would lose)."""


def compare_files(
    files: Sequence[Path],
    moment_from: str | None,
    moment_to: str | None,
    output: str,
    passphrase: PassphraseSource | None = None,
) -> str:
    """The comparison the command asks for, as text (``output`` "text") or JSON ("json").

    One file compares two of its moments (``--from`` the last snapshot and ``--to`` now when
    not given); two files compare their current maps, and the moments must then be None.

    Raises:
        MomentError: a moment names no snapshot, or a label is not unique.
        FileFormatError: a file cannot be read or is not a valid map.

    ``passphrase`` gives the passphrase of an encrypted file (`read_document`).
    """
    if len(files) == 2:
        before = read_document(files[0], passphrase).map
        after = read_document(files[1], passphrase).map
        comparison = compare(before, after, Moment.of_file(before), Moment.of_file(after))
        return _written(comparison, before, after, output, files=True)
    path = files[0]
    document = read_document(path, passphrase)
    before, before_moment = _moment_of(document, path, moment_from, last_snapshot=True)
    after, after_moment = _moment_of(document, path, moment_to, last_snapshot=False)
    comparison = compare(before, after, before_moment, after_moment)
    return _written(comparison, before, after, output, files=False)


def _written(
    comparison: Comparison, before: SupportMap, after: SupportMap, output: str, *, files: bool
) -> str:
    if output == "json":
        return json.dumps(comparison.to_json(), ensure_ascii=False, indent=2) + "\n"
    return render_change_text(comparison, before, after, files=files)


def _moment_of(
    document: Document, path: Path, wanted: str | None, *, last_snapshot: bool
) -> tuple[SupportMap, Moment]:
    """The map and moment that ``wanted`` names in ``document`` (None: the default)."""
    snapshots = document.snapshots
    if wanted is None:
        if not last_snapshot:
            return document.map, Moment.now()
        if not snapshots:
            raise MomentError(
                _(
                    "{file} holds no snapshots, so there is no earlier moment to compare with; "
                    "you could compare two files instead: {prog} compare OLD_FILE NEW_FILE."
                ).format(file=path, prog=PROG)
            )
        return _of_snapshot(snapshots[-1])
    text = wanted.strip()
    if text == NOW:
        return document.map, Moment.now()
    if not snapshots:
        raise MomentError(
            _(
                "{file} holds no snapshots, so “{moment}” names no moment in it (only now "
                "does); you could compare two files instead: {prog} compare OLD_FILE NEW_FILE."
            ).format(file=path, moment=shown(text), prog=PROG)
        )
    numbered = _NUMBERED.fullmatch(text)
    if numbered is not None:
        number = int(numbered.group(1))
        if 1 <= number <= len(snapshots):
            return _of_snapshot(snapshots[number - 1])
        count = len(snapshots)
        raise MomentError(
            ngettext(
                "{file} has no snapshot {moment}: it holds one, {listing}; you could give #1.",
                "{file} has no snapshot {moment}: it holds {n}, {listing}; you could give one "
                "of #1 to #{n}.",
                count,
            ).format(file=path, moment=shown(text), n=count, listing=_listing(snapshots))
        )
    matching = [i for i, snapshot in enumerate(snapshots, start=1) if snapshot.label == text]
    if len(matching) == 1:
        return _of_snapshot(snapshots[matching[0] - 1])
    if matching:
        numbers = _("{numbers} and {last}").format(
            numbers=", ".join(f"#{i}" for i in matching[:-1]), last=f"#{matching[-1]}"
        )
        raise MomentError(
            _(
                "More than one snapshot in {file} is labelled “{label}” ({numbers}); "
                "you could give the one you mean by its number, such as #{first}."
            ).format(file=path, label=shown(text), numbers=numbers, first=matching[0])
        )
    raise MomentError(
        _(
            "No snapshot in {file} is labelled “{label}”; its snapshots are {listing}. "
            "You could give a label exactly as written, #N for the N-th snapshot, or now."
        ).format(file=path, label=shown(text), listing=_listing(snapshots))
    )


def _of_snapshot(snapshot: Snapshot) -> tuple[SupportMap, Moment]:
    return snapshot.map, Moment.of_snapshot(snapshot)


def _listing(snapshots: Sequence[Snapshot]) -> str:
    """ "#1 “Intake”, #2 “Session 2”": the snapshots by number and label; a long list keeps
    the first two and the latest few, which are the ones most often compared."""
    numbered = [
        _("#{number} “{label}”").format(number=number, label=shown(snapshot.label))
        for number, snapshot in enumerate(snapshots, start=1)
    ]
    if len(numbered) <= LABELS_SHOWN:
        return ", ".join(numbered)
    latest = LABELS_SHOWN - 3
    return ", ".join([*numbered[:2], "…", *numbered[-latest:]])
