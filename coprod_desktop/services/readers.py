"""What the GUI reads by, without reaching into `store`: the readers' bundle and its records.

The bundle itself is `services.read` (a `Readers` over the write connection); a worker thread
opens its own with `services.open_readers()`. The names here are the records the readers return
and the few constants the screens show, so a screen's type hints need no `store` import.
"""

from __future__ import annotations

from coprod_desktop.store.invitations_reader import STOPPED_AFTER
from coprod_desktop.store.payments_reader import AttendancePay, PaymentsReader, PersonOwed
from coprod_desktop.store.people_reader import PeopleReader, name_key
from coprod_desktop.store.programme_file import SUFFIX
from coprod_desktop.store.reach_reader import PlaceReach
from coprod_desktop.store.readers import Readers

__all__ = ["STOPPED_AFTER", "SUFFIX", "AttendancePay", "PaymentsReader", "PeopleReader",
           "PersonOwed", "PlaceReach", "Readers", "name_key"]
