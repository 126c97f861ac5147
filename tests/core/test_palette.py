"""Colours: safety colours are the DESIGN's Okabe–Ito set, and nothing else borrows them."""

from supportmap.core.palette import HELP_COLOURS, SAFETY_COLOURS
from supportmap.core.vocabulary import HelpType, Safety


def test_every_value_has_a_colour() -> None:
    assert set(SAFETY_COLOURS) == set(Safety)
    assert set(HELP_COLOURS) == set(HelpType)


def test_safety_colours_are_the_ones_in_the_design() -> None:
    assert SAFETY_COLOURS == {
        Safety.SAFE: "#009E73",
        Safety.STRINGS: "#E69F00",
        Safety.DRAINING: "#CC79A7",
        Safety.UNSAFE: "#D55E00",
        Safety.UNSURE: "#999999",
    }


def test_help_badges_never_look_like_a_safety_judgment() -> None:
    safety = {colour.lower() for colour in SAFETY_COLOURS.values()}
    help_colours = [colour.lower() for colour in HELP_COLOURS.values()]
    assert not safety & set(help_colours)
    assert len(set(help_colours)) == len(help_colours)
