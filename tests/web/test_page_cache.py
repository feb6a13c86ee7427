"""Pages kept by their values: equal values draw the same page, different ones never share one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jinja2 import DictLoader, Environment, select_autoescape

from coprod_desktop.web.page_cache import PageCache, once_key

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
