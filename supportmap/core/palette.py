"""The colours of the vocabulary, shared by the canvas, the charts and exported pictures.

Okabe–Ito colours, safe for colour-blind readers (DESIGN.md §5). Colour is never the only cue:
the canvas adds outline styles and the charts add hatching and marker shapes.
"""

from __future__ import annotations

from supportmap.core.vocabulary import HelpType, Safety

SAFETY_COLOURS: dict[Safety, str] = {
    Safety.SAFE: "#009E73",
    Safety.STRINGS: "#E69F00",
    Safety.DRAINING: "#CC79A7",
    Safety.UNSAFE: "#D55E00",
    Safety.UNSURE: "#999999",
}

HELP_COLOURS_LIGHT: dict[HelpType, str] = {
    HelpType.EMOTIONAL: "#0072B2",
    HelpType.PRACTICAL: "#1B7F9E",
    HelpType.INFORMATIONAL: "#6A5ACD",
    HelpType.COMPANIONSHIP: "#3F5A78",
    HelpType.CRISIS: "#23233F",
}
"""One colour per help type on a light background: the canvas badges and the lines of the
change-over-time chart. Blues and slate, none of them a safety colour, so a badge is never read
as a judgment of safety; each stands out at least 3:1 from the light background (DESIGN §5)."""

HELP_COLOURS_DARK: dict[HelpType, str] = {
    HelpType.EMOTIONAL: "#56B4E9",
    HelpType.PRACTICAL: "#B3E0F7",
    HelpType.INFORMATIONAL: "#A99BF0",
    HelpType.COMPANIONSHIP: "#A9BCD6",
    HelpType.CRISIS: "#E6E1FF",
}
"""The same blues and slate lightened for the dark scheme, where the light set would sink into
the background (crisis, the darkest on light, is the lightest here)."""

HELP_COLOURS = HELP_COLOURS_LIGHT
"""The colours of pictures and print, which always use the light scheme."""

LIGHT_INK = "#ffffff"
DARK_INK = "#1a1a1a"


def help_colours(dark: bool) -> dict[HelpType, str]:
    """The help-type colours of the light or the dark scheme."""
    return HELP_COLOURS_DARK if dark else HELP_COLOURS_LIGHT


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour (0 black … 1 white)."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ink_on(colour: str) -> str:
    """White or near-black, whichever reads better on ``colour`` (badge letters)."""
    luminance = relative_luminance(colour)
    on_white = (1.0 + 0.05) / (luminance + 0.05)
    on_dark = (luminance + 0.05) / (relative_luminance(DARK_INK) + 0.05)
    return LIGHT_INK if on_white >= on_dark else DARK_INK
