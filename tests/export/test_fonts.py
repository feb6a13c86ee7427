"""The bundled fonts register, and each paragraph gets a family that has all of its letters."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from coprod_desktop.export import fonts
from coprod_desktop.paths import resource

ASCII = "".join(map(chr, range(32, 127))) + "\n\t"


def test_every_bundled_font_has_its_licence_beside_it():
    folder = resource("fonts")
    ofl = (folder / "AtkinsonHyperlegible" / "OFL.txt").read_text()
    assert "SIL OPEN FONT LICENSE" in ofl and "Braille Institute" in ofl
    assert "Bitstream" in (folder / "DejaVuSans" / "LICENSE.txt").read_text()
    for face in fonts.READABLE.all + fonts.WIDE.all:
        fonts.register()
        assert pdfmetrics.getFont(face).face.name  # registered, loaded from resources/fonts


def test_plain_ascii_and_polish_use_the_reading_font():
    assert fonts.family_for(ASCII) is fonts.READABLE
    assert fonts.covers(fonts.READABLE, ASCII)
    assert fonts.family_for("Zofia Wiśniewska", "Łukasz Żółć gęślą jaźń") is fonts.READABLE
    assert fonts.family_for("‘quoted’ – “and” … £5 €3 •") is fonts.READABLE


@pytest.mark.parametrize("name", ["Nguyễn Thị Lan", "Trần Đức Phạm Ngọc Ánh", "Eλένη Παπαδοπούλου",
                                  "Ολένα", "Олена Коваленко", "Дмитрий Ёлкин"])
def test_vietnamese_greek_and_cyrillic_names_use_dejavu(name):
    assert not fonts.covers(fonts.READABLE, name)
    assert fonts.family_for("Who came: ", name) is fonts.WIDE
    assert fonts.missing(name) == set()


def test_scripts_no_bundled_font_draws_are_reported_and_the_best_family_is_chosen():
    # Bengali, Chinese and Ge'ez (Amharic, Tigrinya) have script fonts now; Tibetan has none.
    assert fonts.missing("অনুশ্রী") == set()
    assert fonts.missing("王小明") == set()
    assert fonts.missing("ሰላም") == set()
    assert fonts.missing("ཀཁ") == set("ཀཁ")
    # Mixed: DejaVu has the Greek, so it is still the better of the two.
    assert fonts.family_for("Γιώργος 王") is fonts.WIDE


def test_layout_characters_never_count_as_missing():
    assert fonts.missing("a\nb\tc\u00a0d") == set()
    assert fonts.family_for("line one\nline two") is fonts.READABLE



CHILD = """
import sys
from coprod_desktop.export import fonts
fonts.register()
for word in sys.argv[1:]:
    fonts.missing(word), [fonts.route(ch) for ch in word]
print(sorted(fonts._script_coverage))
"""


def _script_fonts_read(*words: str) -> list[str]:
    import ast
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", CHILD, *words], capture_output=True, text=True,
                         check=True).stdout
    return list(ast.literal_eval(out.strip()))


def test_a_script_font_is_read_only_when_a_letter_needs_it() -> None:
    """Reading all 26 script font files cost ~0.3 s of every export; a handout in English,
    Polish, Vietnamese, Greek and Cyrillic needs none, an Arabic name only the Arabic face, and a
    letter no font has (Tibetan) asks each in turn (each in a fresh process)."""
    assert _script_fonts_read("Zażółć Nguyễn Ελένη Олена") == []
    assert _script_fonts_read("نور") == ["NotoSansArabic"]
    assert _script_fonts_read("ཀཁ") == sorted(fonts.SCRIPT_FONTS)
