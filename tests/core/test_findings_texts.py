"""The words of every finding follow VOICE.md: names from the map, no avoided words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings

from supportmap.core import texts
from supportmap.core.analysis import FindingCode, analyze
from supportmap.core.report import render_text
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Barrier, HelpType, Safety
from supportmap.core.whatif import what_if_all
from tests.core.map_strategies import support_maps
from tests.maps import make_map, make_person

AVOIDED = re.compile(
    r"\b(weak|failure|broken|burden|needy|dependent|should|must|inadequate|poor|bad network)",
    re.IGNORECASE,
)
JARGON = re.compile(
    r"articulation|component|density|constraint|efficiency|effective size|IQV|ego|node|graph",
    re.IGNORECASE,
)
QUOTED_BURDEN = f"“{Barrier.BURDEN.label}”"


def _check_words(text: str) -> None:
    assert text.strip(), "a text is empty"
    assert not AVOIDED.search(text.replace(QUOTED_BURDEN, "")), text
    assert not JARGON.search(text), text


@pytest.mark.slow
@settings(max_examples=120, deadline=None)
@given(support_maps(max_people=16))
def test_every_text_of_random_maps_avoids_the_avoided_words(support_map: SupportMap) -> None:
    analysis = analyze(support_map)
    for finding in analysis.findings:
        for text in (finding.title, finding.detail, finding.suggestion):
            _check_words(text)
    report = render_text(support_map, analysis, what_if_all(support_map, analysis))
    flat = " ".join(" ".join(report.splitlines()[2:]).split())
    assert not AVOIDED.search(flat.replace(QUOTED_BURDEN, "")), flat


def test_every_barrier_and_help_type_has_gentle_words() -> None:
    for barrier in Barrier:
        text = texts.barrier_pattern(barrier, ["Sam", "Kim", "Jo"])
        for part in text:
            _check_words(part)
    for help_type in HelpType:
        for text in (texts.gap(help_type), texts.single_source(help_type, "Sam")):
            for part in text:
                _check_words(part)


def test_texts_name_the_people() -> None:
    support_map = make_map(
        [
            make_person("p1", name="Sam", support={"practical": (2, 0)}),
            make_person("p2", name="Kim", circle=4, safety=Safety.UNSURE),
        ]
    )
    findings = analyze(support_map).findings
    single = next(f for f in findings if f.help_type is HelpType.PRACTICAL)
    assert single.title == "Sam is your only safe source of practical help"
    assert "Sam is the only safe person you get practical help from" in single.detail
    potential = next(f for f in findings if f.code is FindingCode.POTENTIAL)
    assert "Kim" in potential.title and "Kim" in potential.suggestion


def test_thin_crisis_points_to_crisis_services() -> None:
    for text in (texts.gap(HelpType.CRISIS), texts.crisis_thin("Sam")):
        assert "crisis line" in text.suggestion
        assert "emergency" in text.suggestion
        assert "not an emergency service" in text.suggestion


def test_names_are_joined_naturally() -> None:
    assert texts.join_names(["Sam"]) == "Sam"
    assert texts.join_names(["Sam", "Kim"]) == "Sam and Kim"
    assert texts.join_names(["Sam", "Kim", "Jo"]) == "Sam, Kim and Jo"
    many = texts.join_names([f"P{i}" for i in range(9)])
    assert many == "P0, P1, P2, P3 and 5 others"
