"""Text people type is refused only for the control characters that cannot be kept."""

from __future__ import annotations

import pytest

from coprod_desktop.domain import validate
from coprod_desktop.domain.errors import ValidationError

REFUSED = [*range(0, 9), 11, 12, *range(14, 32)]  # every C0 control but tab, LF and CR


@pytest.mark.parametrize("code", REFUSED)
def test_a_control_character_anywhere_is_refused(code: int) -> None:
    for text in (f"{chr(code)}start", f"in{chr(code)} the middle", f"end{chr(code)}"):
        with pytest.raises(ValidationError, match="cannot be saved"):
            validate.text(text, "Your note", 2000, field="text", multiline=True)


def test_tabs_line_breaks_and_other_scripts_are_kept_as_typed() -> None:
    note = "Line one\r\nline\ttwo\nZażółć gęślą jaźń – مرحبا – \u007f – 😀"
    assert validate.text(note, "Your note", 2000, field="text", multiline=True) == note
    with pytest.raises(ValidationError):  # a name is one line
        validate.text("Ann\nB", "Your name", 80, field="name")
