"""The groups people come from. Power levelling compares them, so the list is fixed and small."""

from __future__ import annotations

from enum import StrEnum

from coprod_desktop.i18n import Nn_


class Group(StrEnum):
    PARENT_CARER = "parent_carer"
    YOUNG_PERSON = "young_person"
    STAFF = "staff"
    VOLUNTARY = "voluntary"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def colour(self) -> str:
        """A colour per group, distinct for the common colour-vision differences (Okabe–Ito)."""
        return _COLOURS[self]

    @classmethod
    def parse(cls, value: str) -> Group:
        from coprod_desktop.domain.errors import ValidationError

        try:
            return cls(value)
        except ValueError:
            for group in cls:
                if group.label.lower() == value.strip().lower():
                    return group
        from coprod_desktop.domain.said import Said

        allowed = ", ".join(g.label for g in cls)
        raise ValidationError(Said(f"Please choose a group: {allowed}.",
                                   "Please choose the group you are here with."), field="group")


_LABELS = {
    Group.PARENT_CARER: "Parent or carer",
    Group.YOUNG_PERSON: "Young person",
    Group.STAFF: "Staff",
    Group.VOLUNTARY: "Voluntary sector",
    Group.OTHER: "Other",
}

_COLOURS = {
    Group.PARENT_CARER: "#E69F00",
    Group.YOUNG_PERSON: "#56B4E9",
    Group.STAFF: "#009E73",
    Group.VOLUNTARY: "#CC79A7",
    Group.OTHER: "#999999",
}


# The groups as counted phrases, marked for the desktop catalogue ({n} is the number; Polish has
# three plural forms): i18n.count(*COUNTED[group], n) -> "3 parents or carers".
COUNTED = {
    Group.PARENT_CARER: Nn_("{n} parent or carer", "{n} parents or carers"),
    Group.YOUNG_PERSON: Nn_("{n} young person", "{n} young people"),
    Group.STAFF: Nn_("{n} member of staff", "{n} staff"),
    Group.VOLUNTARY: Nn_("{n} person from the voluntary sector",
                         "{n} people from the voluntary sector"),
    Group.OTHER: Nn_("{n} other person", "{n} other people"),
}
