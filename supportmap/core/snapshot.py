"""Snapshots: frozen, labelled copies of a map at a moment, e.g. the end of a session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from supportmap.core.i18n import _
from supportmap.core.model import ValidationError, check_snapshot_label
from supportmap.core.supportmap import SupportMap


@dataclass(frozen=True, eq=True)
class Snapshot:
    """A labelled copy of a map. ``taken`` is timezone-aware (UTC when written to files)."""

    label: str
    taken: dt.datetime
    map: SupportMap

    def __post_init__(self) -> None:
        object.__setattr__(self, "label", check_snapshot_label(self.label))
        if not isinstance(self.taken, dt.datetime) or self.taken.tzinfo is None:
            raise ValidationError("taken", _("must be a date and time with a time zone"))
        try:
            self.taken.astimezone(dt.UTC)
        except OverflowError:
            raise ValidationError(
                "taken", _("cannot be stored: it lies outside the years 1 to 9999 in UTC")
            ) from None
        if not isinstance(self.map, SupportMap):
            raise ValidationError("map", _("must be a support map"))

    @classmethod
    def of(cls, support_map: SupportMap, label: str, taken: dt.datetime | None = None) -> Snapshot:
        """Freeze a copy of ``support_map`` now (or at ``taken``)."""
        when = taken or dt.datetime.now(dt.UTC).replace(microsecond=0)
        return cls(label, when, support_map.copy())
