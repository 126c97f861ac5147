"""What to tell the user when a PostgreSQL server refuses or fails, cause by cause.

A server never reports a damaged file, so none of these messages suggests restoring a backup.
The cause is read from the SQLSTATE where the server sent one, else from libpq's words (a
connection that never opened has no SQLSTATE).
"""

from __future__ import annotations

from supportmap.core.i18n import _

_UNREACHABLE = (
    "connection refused",
    "could not translate host name",
    "no route to host",
    "network is unreachable",
    "name or service not known",
    "could not connect",
)
_TIMEOUT = ("timeout expired", "timed out")
_GONE = (
    "server closed the connection",
    "terminating connection",
    "the database system is shutting down",
    "the database system is starting up",
    "consuming input failed",
    "connection is lost",
    "connection is closed",
    "connection already closed",
)
_TLS = ("ssl", "certificate", "tls")


def server_problem(where: str, state: str, reason: str, *, write: bool) -> str:
    """The message for a server error with SQLSTATE ``state`` and lower-cased text ``reason``.

    Args:
        where: the server's address without password.
        state: the five-character SQLSTATE, or "" when the server sent none.
        reason: the driver's message in lower case, for errors without a SQLSTATE.
        write: whether the failing transaction was to save something; a save adds that
            nothing of it was written.
    """
    cause = _cause(state, reason).format(where=where)
    if not write:
        return cause
    if not state and any(words in reason for words in (*_GONE, "timed out")):
        # The connection went without the server saying why: it may have gone after the
        # server committed, so "nothing was saved" could be untrue.
        return (
            cause
            + " "
            + _(
                "The connection went during the save, so it may or may not have been saved; "
                "the map shows what the library holds as soon as the server answers again."
            )
        )
    return cause + " " + _("Nothing of the change was saved.")


def _cause(state: str, reason: str) -> str:
    if state in ("40001", "23505", "23503") or state.startswith("23"):
        return _(
            "Someone else changed the same map on the practice server at {where} at the same "
            "time. Open the map again to see their change, then repeat yours if it is still "
            "needed."
        )
    if state in ("42501", "25006") or "row-level security" in reason:
        return _(
            "The practice server at {where} does not allow this account to make this change "
            "(the map is not yours, or it is shared with you to read only). The map's owner or "
            "the practice's administrator can share it with you."
        )
    if state in ("28P01", "28000") or "password authentication failed" in reason:
        return _(
            "The practice server at {where} did not accept the user name and password. Check "
            "them (or your .pgpass file) and try again."
        )
    if "no password supplied" in reason:
        return _(
            "The practice server at {where} asks for a password. Type it when asked (run the "
            "command in a terminal), or keep it in your .pgpass file."
        )
    if state == "3D000" or ("database" in reason and "does not exist" in reason):
        return _(
            "The practice server at {where} has no database of that name. Check the name at the "
            "end of the address with the practice's administrator."
        )
    if state in ("57014", "55P03") or any(words in reason for words in _TIMEOUT):
        return _(
            "The practice server at {where} did not answer in time. Check this computer's "
            "network connection, then try again in a moment."
        )
    if state.startswith("57P") or any(words in reason for words in _GONE):
        return _(
            "The practice server at {where} was stopped or restarted. Try again in a moment; "
            "SupportMap connects again by itself once the server is back."
        )
    if any(words in reason for words in _UNREACHABLE):
        return _(
            "Could not reach the practice server at {where}. Check that this computer is "
            "connected to the practice's network and that the server is running, then try "
            "again."
        )
    if any(words in reason for words in _TLS):
        return _(
            "The practice server at {where} could not show that it is the right server (its "
            "certificate was not accepted). Ask the practice's administrator for the "
            "certificate authority file and name it in SUPPORTMAP_CA_FILE."
        )
    if state in ("53100", "53200"):
        return _(
            "The practice server at {where} is out of disk space or memory. The practice's "
            "administrator can free some; try again afterwards."
        )
    return _(
        "The practice server at {where} could not do this. Try again in a moment; if it keeps "
        "happening, tell the practice's administrator."
    )
