"""A process that saves edits as fast as it can, printing each one's number once it is committed.

Started by ``test_crash.py``, which kills it with SIGKILL partway through. Usage:
``python crash_child.py LIBRARY_PATH``. Even edits add person ``e<n>``; odd edits change the
notes of the person added just before, so both inserts and updates are in flight when it dies.
"""

from __future__ import annotations

import itertools
import sys

from supportmap.core.supportmap import SupportMap
from supportmap.storage.library import Library


def main(path: str) -> None:
    library = Library.open(path)
    support_map = SupportMap("Crash test")
    map_id = library.save_new_map(support_map)
    print(f"map {map_id}", flush=True)
    for number in itertools.count():
        if number % 2 == 0:
            change = support_map.add_person(f"Edit {number}", id=f"e{number}")
        else:
            updated = support_map.update_person(f"e{number - 1}", notes=f"note {number}")
            assert updated is not None
            change = updated
        library.apply(map_id, change)
        print(number, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
