"""What ``supportmap analyze`` prints: the analysis of a map as text or JSON, with the what-if
of each person when asked.

The JSON of a what-if for every person repeats most findings once per person, so it is written
in pieces (`analysis_output`) with each finding encoded once per depth and reused: on a large map
writing it then takes less time than the analysis itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from supportmap.core.analysis import analyze
from supportmap.core.findings import Finding
from supportmap.core.report import render_text
from supportmap.core.supportmap import SupportMap
from supportmap.core.whatif import findings_without_each, what_if_all


def analysis_output(support_map: SupportMap, output: str, *, what_if: bool) -> Iterator[str]:
    """The analysis of ``support_map`` in ``output`` ("text" or "json"), in pieces to be
    written one after the other; with ``what_if``, what changes without each person too."""
    analysis = analyze(support_map)
    what_ifs = what_if_all(support_map, analysis) if what_if else None
    if output == "text":
        yield render_text(support_map, analysis, what_ifs)
        return
    result: dict[str, Any] = analysis.to_json()
    if what_ifs is None:
        yield json.dumps(result, ensure_ascii=False, indent=2) + "\n"
        return
    without = findings_without_each(support_map, analysis)
    lists = [without[person_id] for person_id in what_ifs]
    result["what_if"] = {
        person_id: {**what_if.to_json(), "findings": _FINDINGS_MARK.format(i)}
        for i, (person_id, what_if) in enumerate(what_ifs.items())
    }
    skeleton = json.dumps(result, ensure_ascii=False, indent=2)
    yield from _with_finding_lists(skeleton, lists)
    yield "\n"


# Stands for a list of findings in the JSON first written without them. Ids and texts cannot
# hold control characters, so no value of a map can be written as this.
_FINDINGS_MARK = "\x00findings {}\x00"
_FINDINGS_WRITTEN = re.compile(r'^( *)("findings": )"\\u0000findings (\d+)\\u0000"', re.MULTILINE)


def _with_finding_lists(skeleton: str, lists: Sequence[Sequence[Finding]]) -> Iterator[str]:
    """``skeleton`` with each mark replaced by its list of findings, as `json.dumps` would
    write it with ``indent=2``, in pieces to be written one after the other.

    Most findings recur, equal if not the same object, in the what-if of almost every person;
    each is encoded once at each depth and then reused, which keeps the output of a large map
    from taking longer than the analysis itself.
    """
    encoded: dict[tuple[Finding, int], str] = {}
    # Looked up by object first: `lists` keeps every finding alive, so no id is reused, and
    # a finding naming many people is hashed once instead of each time it recurs.
    seen: dict[tuple[int, int], str] = {}

    def one(finding: Finding, indent: int) -> str:
        text = seen.get((id(finding), indent))
        if text is None:
            key = (finding, indent)
            text = encoded.get(key)
            if text is None:
                text = _indented(finding.to_json(), " " * indent)
                encoded[key] = text
            seen[id(finding), indent] = text
        return text

    written = 0
    for found in _FINDINGS_WRITTEN.finditer(skeleton):
        indent, key, index = found.group(1), found.group(2), int(found.group(3))
        yield skeleton[written : found.start()]
        written = found.end()
        findings = lists[index]
        if not findings:
            yield f"{indent}{key}[]"
            continue
        items = ",\n".join(one(finding, len(indent) + 2) for finding in findings)
        yield f"{indent}{key}[\n{items}\n{indent}]"
    yield skeleton[written:]


def _indented(value: dict[str, Any], margin: str) -> str:
    """`json.dumps` with ``indent=2`` of ``value`` nested behind ``margin``, as the enclosing
    `json.dumps` would write it: encoded strings hold no line breaks, so every line break is
    one of the layout's and takes the margin.
    """
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return margin + text.replace("\n", "\n" + margin)
