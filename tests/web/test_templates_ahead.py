"""Every phone page is compiled, in every language, before the first phone asks for it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from jinja2 import TemplateNotFound

from coprod_desktop.paths import resource
from coprod_desktop.web import phone_i18n
from coprod_desktop.web.context import templates
from coprod_desktop.web.phone_web import PhoneWeb
from coprod_desktop.web.templates_ahead import compile_ahead
from tests.web.phone_helpers import PhoneEnv


def test_every_page_in_every_language_is_compiled_ahead(tmp_path: Path) -> None:
    """Compiled from a copy of the templates that is then deleted: a page that had not been
    compiled ahead could not be found any more."""
    folder = tmp_path / "templates"
    shutil.copytree(resource("web", "templates"), folder)
    names = sorted(p.name for p in folder.glob("*.html"))
    english = templates(folder)
    compile_ahead(english, lambda: templates(folder)).join(30)
    shutil.rmtree(folder)
    for code in phone_i18n.LANGUAGES:
        env = phone_i18n.environment_for(code, english, lambda: templates(folder))
        for name in names:
            assert env.get_template(name).name == name
    with pytest.raises(TemplateNotFound):  # what a page not compiled ahead would do now
        templates(folder).get_template("home.html")


def test_the_phone_side_compiles_its_pages_once_for_the_run(phone_env: PhoneEnv) -> None:
    web = phone_env.web
    web.templates_compiled.join(30)
    assert not web.templates_compiled.is_alive()
    again = PhoneWeb(phone_env.services, phone_env.bridge, phone_env.clock)
    try:
        assert again.context.env is web.context.env
        assert again.templates_compiled is web.templates_compiled
    finally:
        again.close()
    polish = phone_env.signed_in("Zofia")
    polish.headers["Accept-Language"] = "pl"
    home = polish.get("/home")
    assert home.status_code == 200 and '<html lang="pl">' in home.text
