"""Pages kept by their values: equal values draw the same page, different ones never share one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

from coprod_desktop.web.once import new_key, new_keys
from coprod_desktop.web.page_cache import Fixed, PageCache, once_key

KEY = re.compile(r"key=([A-Za-z0-9_-]+)")


def _env() -> Environment:
    env = Environment(loader=DictLoader({
        "page.html": "{{ value }}|{{ other }}|key={{ once_key() }}|key={{ once_key() }}"}),
        autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals["once_key"] = once_key
    return env


@dataclass
class Loose:  # not frozen: unhashable, so never kept
    text: str


class Plain:  # compared by identity: a new one each time would never match, so never kept
    def __str__(self) -> str:
        return "plain"


def test_values_that_are_equal_but_print_differently_never_share_a_page() -> None:
    cache, env = PageCache(), _env()
    pages = [cache.render(env, "page.html", {"value": v, "other": "x"})
             for v in (True, 1, 1.0, "1", None)]
    assert [p.split("|")[0] for p in pages] == ["True", "1", "1.0", "1", "None"]
    assert cache.misses == 5 and cache.hits == 0


def test_text_that_is_markup_never_shares_a_page_with_the_same_plain_text() -> None:
    cache, env = PageCache(), _env()
    plain = cache.render(env, "page.html", {"value": "<b>Ola</b>", "other": "x"})
    marked = cache.render(env, "page.html", {"value": Markup("<b>Ola</b>"), "other": "x"})
    again = cache.render(env, "page.html", {"value": "<b>Ola</b>", "other": "x"})
    assert plain.startswith("&lt;b&gt;Ola&lt;/b&gt;|") and marked.startswith("<b>Ola</b>|")
    assert again.startswith("&lt;b&gt;Ola&lt;/b&gt;|") and cache.hits == 1


def test_fixed_values_are_drawn_and_kept_like_any_others() -> None:
    cache, env = PageCache(), _env()
    pages = [cache.render(env, "page.html", {"value": "v"}, fixed=Fixed({"other": other}))
             for other in (1, True, 1, [1, 2], "<i>")]
    assert [p.split("|")[1] for p in pages] == ["1", "True", "1", "[1, 2]", "&lt;i&gt;"]
    assert cache.misses == 4 and cache.hits == 1  # made again, equal: the same page
    # A value of the request's own wins over a fixed one of the same name.
    mine = cache.render(env, "page.html", {"value": "v", "other": "mine"},
                        fixed=Fixed({"other": "shared"}))
    assert mine.split("|")[1] == "mine"


def test_a_kept_page_is_the_same_text_with_new_keys() -> None:
    cache, env = PageCache(), _env()
    values = {"value": "<b>Ola</b>", "other": [1, 2]}
    first, second = (cache.render(env, "page.html", dict(values)) for _ in range(2))
    assert cache.hits == 1 and first.startswith("&lt;b&gt;Ola&lt;/b&gt;|[1, 2]|")
    keys = KEY.findall(first) + KEY.findall(second)
    assert len(keys) == 4 and len(set(keys)) == 4
    assert KEY.sub("", first) == KEY.sub("", second)


def test_unhashable_or_identity_values_are_drawn_each_time() -> None:
    cache, env = PageCache(), _env()
    for value in (Loose("a"), Loose("a"), Plain(), Plain()):
        cache.render(env, "page.html", {"value": value, "other": ""})
    assert cache.hits == cache.misses == 0


def test_the_cache_keeps_at_most_its_size() -> None:
    cache, env = PageCache(keep=3), _env()
    for n in range(10):
        cache.render(env, "page.html", {"value": n, "other": ""})
    cache.render(env, "page.html", {"value": 9, "other": ""})
    cache.render(env, "page.html", {"value": 0, "other": ""})
    assert cache.hits == 1 and cache.misses == 11


def _personal_env() -> Environment:
    env = Environment(loader=DictLoader({
        "page.html": "{% if name %}<h1 title=\"{{ name }}\">Hello, {{ name }}</h1>{% endif %}"
                     "<input value=\"{{ csrf }}\">{{ value }}|key={{ once_key() }}",
        "changes.html": "{{ name|upper }} {{ csrf }}"}),
        autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals["once_key"] = once_key
    return env


def test_personal_values_are_put_into_one_kept_page_escaped() -> None:
    cache, env = PageCache(), _personal_env()
    names = ["Ann", "<script>alert(1)</script>", "O'Neil & \"Sons\"", "Ann"]
    pages = [cache.render(env, "page.html", {"value": "v"}, {"name": n, "csrf": f"c{i}"})
             for i, n in enumerate(names)]
    assert cache.misses == 1 and cache.hits == 3
    for n, (name, page) in enumerate(zip(names, pages, strict=True)):
        # the same page as drawing it with the person's own values
        direct = env.get_template("page.html").render(value="v", name=name, csrf=f"c{n}")
        assert KEY.sub("", page) == KEY.sub("", direct)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[1] and "<script>" not in pages[1]
    assert 'title="O&#39;Neil &amp; &#34;Sons&#34;"' in pages[2]


def test_an_empty_personal_value_is_empty_when_the_page_is_drawn() -> None:
    cache, env = PageCache(), _personal_env()
    named = cache.render(env, "page.html", {"value": "v"}, {"name": "Bo", "csrf": "c"})
    nameless = cache.render(env, "page.html", {"value": "v"}, {"name": "", "csrf": "c"})
    assert "Hello, Bo" in named and "<h1" not in nameless and cache.misses == 2


def test_a_template_that_changes_a_personal_value_is_drawn_for_each_phone() -> None:
    cache, env = PageCache(), _personal_env()
    pages = [cache.render(env, "changes.html", {}, {"name": n, "csrf": "t"})
             for n in ("ann", "bo", "ann")]
    assert pages == ["ANN t", "BO t", "ANN t"]


def test_keys_drawn_together_are_each_a_fresh_key_of_the_usual_shape() -> None:
    drawn = [key for _ in range(50) for key in new_keys(4)]
    assert len(drawn) == 200 and len(set(drawn)) == 200
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{22}", key) for key in drawn)
    assert len(new_key()) == 22 and new_keys(0) == []
