"""Phone server fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from tests.web.phone_helpers import PhoneEnv, make_env


@pytest.fixture
def phone_env(programme_path: Path, clock: FakeClock) -> Iterator[PhoneEnv]:
    yield from make_env(programme_path, clock)
