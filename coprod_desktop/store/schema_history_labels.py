"""The undo history keeps each step's label as a message, not only its English (registered at the
end of schema.py as `history_labels_v1`).

- `history.label_key`: the catalogue key of the step's label ("Add milestone ‘%(title)s’"), so
  Edit › Undo is in the interface's language after the file is opened again. NULL on steps
  recorded before this (they are shown as their English `label`).
- `history.label_params`: the values that fill the key, as JSON. They can hold a person's name or
  words someone wrote (a milestone's title), like `label` itself.
"""

from __future__ import annotations

from sqlite_utils import Database


def history_labels_v1(db: Database) -> None:
    history = db.table("history")
    history.add_column("label_key", str)
    history.add_column("label_params", str)
