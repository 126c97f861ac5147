"""A process that saves edits as fast as it can, printing each one's number once it is committed.

Started by ``test_crash.py``, which kills it with SIGKILL partway through. Usage:
``python crash_child.py LIBRARY_PATH``. Even edits add person ``e<n>``; odd edits change the
notes of the person added just before, so both inserts and updates are in flight when it dies.
"""

from __future__ import annotations

import itertools
import sys

from supportmap.core.changes import Change, PersonAdded, PersonChanged
from supportmap.core.model import Person
from supportmap.core.supportmap import SupportMap
from supportmap.storage.library import Library


def main(path: str) -> None:
    library = Library.open(path)
    support_map = SupportMap("Crash test")
    map_id = library.save_new_map(support_map)
    print(f"map {map_id}", flush=True)
    for number in itertools.count():
        change: Change
        if number % 2 == 0:
            change = PersonAdded(Person(id=f"e{number}", name=f"Edit {number}"))
        else:
            before = support_map.person(f"e{number - 1}")
            change = PersonChanged(before, before.replace(notes=f"note {number}"))
        support_map.apply(change)
        library.apply(map_id, change)
        print(number, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
