"""How charts look: the canvas palette, hatching, and a light and a dark scheme.

The charts use exactly the safety colours of the map canvas (DESIGN §5, Okabe–Ito), so that a
person learns one visual language. Colour is never the only cue: each safety value also has its
own hatch pattern, echoing the outline styles on the canvas (solid, dashed, dotted, crossed,
thin). Nothing here imports matplotlib, so the palette can be read without paying for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from supportmap.core.vocabulary import HelpType, Safety

SAFETY_HATCHES: dict[Safety, str] = {
    Safety.SAFE: "",
    Safety.STRINGS: "///",
    Safety.DRAINING: "...",
    Safety.UNSAFE: "xxx",
    Safety.UNSURE: "---",
}
"""A second cue beside colour, so the charts read in greyscale and for colour-blind people."""

SAFETY_ORDER: tuple[Safety, ...] = (
    Safety.SAFE,
    Safety.STRINGS,
    Safety.DRAINING,
    Safety.UNSAFE,
    Safety.UNSURE,
)
"""Stacking order: safe help first, where the eye starts reading a bar."""

HELP_MARKERS: dict[HelpType, str] = {
    HelpType.EMOTIONAL: "o",
    HelpType.PRACTICAL: "s",
    HelpType.INFORMATIONAL: "^",
    HelpType.COMPANIONSHIP: "D",
    HelpType.CRISIS: "X",
}
"""Marker shapes for lines per help type: lines are told apart by shape as well as colour."""


RECEIVE_COLOUR = "#0072B2"
"""Blue and sky blue: apart from every safety colour, and told apart by hatch and side too."""
GIVE_COLOUR = "#56B4E9"
RECEIVE_HATCH = ""
GIVE_HATCH = "///"


@dataclass(frozen=True)
class ChartStyle:
    """Colours of the figure itself (not the data), for one colour scheme."""

    background: str
    text: str
    muted: str
    grid: str
    edge: str

    @property
    def dark(self) -> bool:
        return self.background.lower() != LIGHT.background.lower()


LIGHT = ChartStyle(
    background="#fbfaf7", text="#2b2b2b", muted="#6f6b64", grid="#dedad2", edge="#3d3a35"
)
DARK = ChartStyle(
    background="#1f2126", text="#e8e6e3", muted="#a3a5ab", grid="#3a3d44", edge="#15161a"
)


def style_for(dark: bool) -> ChartStyle:
    """The chart style matching the application's colour scheme."""
    return DARK if dark else LIGHT
