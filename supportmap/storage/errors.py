"""The one error type the storage layer lets reach the user."""

from __future__ import annotations


class StorageError(Exception):
    """Something is wrong with the library database that the user can act on.

    ``str(error)`` is a complete, one-line message for a person: it names the file or map at fault
    and says what to do next. The underlying database error, if any, is chained as ``__cause__``
    for logs and tests; it is never shown on its own.
    """
