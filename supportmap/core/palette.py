"""The colours of the vocabulary, shared by the canvas, the charts and exported pictures.

Okabe–Ito colours, safe for colour-blind readers (DESIGN.md §5). Colour is never the only cue:
the canvas adds outline styles and the charts add hatching.
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

HELP_COLOURS: dict[HelpType, str] = {
    HelpType.EMOTIONAL: "#0072B2",
    HelpType.PRACTICAL: "#56B4E9",
    HelpType.INFORMATIONAL: "#6A5ACD",
    HelpType.COMPANIONSHIP: "#3F5A78",
    HelpType.CRISIS: "#23233F",
}
"""One colour per help type: the canvas badges and the lines of the change-over-time chart.

Blues and slate, none of them a safety colour, so a badge is never read as a judgment of safety.
"""
