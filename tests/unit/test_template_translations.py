"""The session templates' names and descriptions in Polish, English where a translation lacks one."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.library import shipped_methods, shipped_templates
from coprod_desktop.library.templates import load_templates
from coprod_desktop.paths import resource


def test_every_shipped_template_has_a_polish_name_and_description() -> None:
    english = {t.id: t for t in shipped_templates().templates}
    polish = {t.id: t for t in shipped_templates("pl").templates}
    assert polish.keys() == english.keys()
    for template_id, template in polish.items():
        assert template.name != english[template_id].name, template_id
        assert template.description != english[template_id].description, template_id
        assert template.steps == english[template_id].steps  # the plan itself is the same
    assert polish["discovery-workshop"].name == "Warsztat na start"


def test_a_language_without_a_file_and_a_region_code_fall_back_cleanly() -> None:
    english = {t.id: t.name for t in shipped_templates().templates}
    assert {t.id: t.name for t in shipped_templates("cy").templates} == english
    assert {t.id: t.name for t in shipped_templates("pl_PL").templates} == \
        {t.id: t.name for t in shipped_templates("pl").templates}


def test_a_missing_field_keeps_the_english(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    (folder / "translations").mkdir(parents=True)
    source = resource("templates") / "team-meeting.toml"
    (folder / "team-meeting.toml").write_text(source.read_text(encoding="utf-8"),
                                             encoding="utf-8")
    (folder / "translations" / "pl.toml").write_text(
        '[team-meeting]\nname = "Spotkanie"\ndescription = "  "\n', encoding="utf-8")
    library = load_templates(shipped_methods(), folder, language="pl")
    (template,) = library.templates
    assert template.name == "Spotkanie"
    assert template.description.startswith("The regular meeting of the core group")
