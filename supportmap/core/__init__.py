"""The domain of SupportMap: the map model, its analysis and the texts people read.

Pure Python: no Qt, no SQL, no plotting.
"""

from supportmap.core.changes import Change, invert
from supportmap.core.model import (
    Person,
    Position,
    SessionNote,
    Support,
    SupportLevel,
    Tie,
    ValidationError,
    tie_key,
)
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Barrier, Circle, HelpType, Safety, Sector

__all__ = [
    "Barrier",
    "Change",
    "Circle",
    "HelpType",
    "Person",
    "Position",
    "Safety",
    "Sector",
    "SessionNote",
    "Support",
    "SupportLevel",
    "SupportMap",
    "Tie",
    "ValidationError",
    "invert",
    "tie_key",
]
