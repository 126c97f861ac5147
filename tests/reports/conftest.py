"""Fixtures for the reports tests. Deliberately free of Qt: the reports layer runs without it."""

from __future__ import annotations

import pytest

from supportmap.core.supportmap import SupportMap
from tests.reports.chart_maps import one_person_map, random_map, realistic_map


@pytest.fixture
def alex_map() -> SupportMap:
    return realistic_map()


@pytest.fixture(params=["empty", "one person", "realistic", "150 people"])
def any_map(request: pytest.FixtureRequest) -> SupportMap:
    """Every size of map the charts must cope with, from nobody to a large network."""
    return {
        "empty": lambda: SupportMap("Me"),
        "one person": one_person_map,
        "realistic": realistic_map,
        "150 people": lambda: random_map(150),
    }[request.param]()
