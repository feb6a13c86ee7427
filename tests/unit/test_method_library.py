"""Every shipped method card and template loads; damaged files are named and the rest still load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coprod_desktop.domain.methods import Tool
from coprod_desktop.domain.phases import Phase
from coprod_desktop.library.methods import load_methods
from coprod_desktop.library.templates import load_templates
from coprod_desktop.paths import resource

ASKED_FOR = {  # the list of methods, by id
    "check-in-round", "working-agreement", "story-circle", "what-matters-to-you", "pain-points",
    "empathy-map", "journey-map", "affinity-clustering", "dot-vote", "how-might-we", "idea-round",
    "crazy-eights", "idea-gallery", "pick-a-test", "plan-a-rapid-test", "review-tests",
    "action-round-up", "milestone-celebration", "appreciation-round", "check-out-round",
    "jargon-check",
}


def test_every_method_file_loads() -> None:
    library = load_methods()
    files = sorted(p.stem for p in resource("methods").glob("*.toml"))
    assert library.problems == ()
    assert sorted(m.id for m in library.methods) == files
    assert len(files) >= 24
    assert set(files) >= ASKED_FOR
    assert {m.phase for m in library.methods} == set(Phase)
    assert {m.tool for m in library.methods} == set(Tool)
    for method in library.methods:
        lines = method.instructions.splitlines()
        assert 2 <= len(lines) <= 5, method.id
        assert all(len(line) <= 80 for line in lines), method.id
        assert 1 <= method.minutes <= 60


def test_search_and_phase_filter() -> None:
    library = load_methods()
    assert [m.id for m in library.search("dots")] == ["dot-vote"]
    assert {m.id for m in library.search("", Phase.CELEBRATION)} >= {"appreciation-round",
                                                                    "milestone-celebration"}
    assert all(m.phase is Phase.TESTING for m in library.search("test", Phase.TESTING))
    assert library.search("STORY circle")[0].id == "story-circle"
    assert library.search("zebra xylophone") == []


def _copy_methods(tmp_path: Path) -> Path:
    folder = tmp_path / "methods"
    shutil.copytree(resource("methods"), folder)
    return folder


@pytest.mark.parametrize(("damage", "reason"), [
    (b'id = "dot-vote"\nname = "Dot vote\n', "damaged"),
    (b"\xff\xfe garbage", "not plain UTF-8"),
    (b'id = "dot-vote"\nname = "Dot vote"\n', "'purpose' is missing or empty"),
])
def test_damaged_method_file_is_named_and_the_rest_load(tmp_path: Path, damage: bytes,
                                                        reason: str) -> None:
    folder = _copy_methods(tmp_path)
    (folder / "dot-vote.toml").write_bytes(damage)
    library = load_methods(folder)
    assert len(library.problems) == 1
    assert library.problems[0].startswith("dot-vote.toml: ")
    assert reason in library.problems[0]
    assert library.get("dot-vote") is None
    assert len(library.methods) == len(list(folder.glob("*.toml"))) - 1


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("phase", '"lunch"', "'phase' must be one of welcome, empathy"),
    ("tool", '"hammer"', "'tool' must be one of board, round"),
    ("minutes", "0", "'minutes' must be a whole number from 1 to 480"),
    ("minutes", '"ten"', "'minutes' must be a whole number"),
    ("id", '"other-name"', "does not match the file name"),
    ("instructions", '"1\\n2\\n3\\n4\\n5\\n6"', "6 lines; the most is 5"),
])
def test_invalid_fields_are_explained(tmp_path: Path, field: str, value: str,
                                      reason: str) -> None:
    folder = _copy_methods(tmp_path)
    path = folder / "idea-round.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.startswith(f"{field} =")]
    if field == "instructions":  # drop the multi-line block too
        start = next(i for i, line in enumerate(lines) if line.startswith("instructions ="))
        end = lines.index('"""', start + 1)
        kept = lines[:start] + lines[end + 1:]
    path.write_text("\n".join([f"{field} = {value}", *kept]) + "\n", encoding="utf-8")
    library = load_methods(folder)
    assert [p.split(": ", 1)[0] for p in library.problems] == ["idea-round.toml"]
    assert reason in library.problems[0]


def test_every_template_loads_and_fits_its_session() -> None:
    methods = load_methods()
    templates = load_templates(methods)
    assert templates.problems == ()
    ids = {t.id for t in templates.templates}
    assert ids == {"discovery-workshop", "team-meeting", "day-50-celebration",
                   "day-100-celebration"}
    for template in templates.templates:
        total = 0
        for step in template.steps:
            method = methods.get(step.method)
            assert method is not None
            total += step.minutes or method.minutes
        assert total == template.minutes, template.id
    assert templates.get("discovery-workshop").minutes == 180  # type: ignore[union-attr]
    assert templates.get("team-meeting").minutes == 90  # type: ignore[union-attr]


def test_template_naming_an_unknown_method_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    shutil.copytree(resource("templates"), folder)
    path = folder / "team-meeting.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("idea-round", "idea-rond"),
                    encoding="utf-8")
    templates = load_templates(load_methods(), folder)
    assert templates.problems == (
        "team-meeting.toml: step 5 names a method the library does not have: 'idea-rond'.",)
    assert len(templates.templates) == 3
