"""The short code typed instead of scanning: six characters that cannot be mistaken for others.

The alphabet leaves out letters and digits that look alike on a screen or when read aloud: O and
0, I, 1 and L, S and 5, Z and 2, B and 8, G and 6. People may type it in either case, with or
without the space it is shown with. 23 symbols, 6 places: 148,035,889 codes.
"""

from __future__ import annotations

import secrets

ALPHABET = "ACDEFHJKMNPQRTUVWXY3479"
LENGTH = 6
SPACE = len(ALPHABET) ** LENGTH


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def clean(typed: str) -> str | None:
    """The code someone typed, upper-cased without spaces or dashes; None if it cannot be one."""
    code = "".join(ch for ch in typed if ch not in " -_.").upper()
    if len(code) != LENGTH or any(ch not in ALPHABET for ch in code):
        return None
    return code


def shown(code: str) -> str:
    """How the projector shows it: two groups of three, easier to read out."""
    return f"{code[:3]} {code[3:]}" if len(code) == LENGTH else code
