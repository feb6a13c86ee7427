"""The real-browser fixtures (one Chromium per module, a served programme), for every e2e module."""

from tests.e2e.test_phone_browser import browser, served  # noqa: F401 - fixtures
