"""Groups held back in print: a group too small to print is "fewer than 3", but a group held back
only so that a smaller one cannot be worked out from the total is never called that (it may be
4 or 40 strong): then the groups held back are counted together, and charts keep every person."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.groups import Group
from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.export.small_counts import POOLED_COLOUR, group_breakdown
from coprod_desktop.services import Services
from tests.export.conftest import flat, pdf_text

# The discovery workshop the reviewer printed: 52 people, 4 from the voluntary sector, 2 others.
WORKSHOP = {Group.PARENT_CARER: 40, Group.STAFF: 6, Group.VOLUNTARY: 4, Group.OTHER: 2}


def test_a_group_held_back_for_another_is_counted_with_it_not_called_small() -> None:
    breakdown = group_breakdown(WORKSHOP)
    assert breakdown.words() == ["40 parents or carers", "6 staff",
                                 "6 people in the smaller groups together"]
    assert sum(n for n, _colour in breakdown.parts()) == 52
    assert breakdown.parts()[-1] == (6, POOLED_COLOUR)


def test_small_groups_are_counted_together_never_one_by_one() -> None:
    # Named one by one ("fewer than 3 young people, fewer than 3 staff"), 12 people with 10
    # parents would give both away: 1 and 1.
    breakdown = group_breakdown({Group.PARENT_CARER: 10, Group.YOUNG_PERSON: 1, Group.STAFF: 1,
                                 Group.OTHER: 0})
    assert breakdown.words() == ["10 parents or carers",
                                 "fewer than 3 people in the smaller groups together"]
    assert sum(n for n, _colour in breakdown.parts()) == 12  # the held-back ones as one part
    breakdown = group_breakdown({Group.PARENT_CARER: 3, Group.YOUNG_PERSON: 2, Group.STAFF: 2,
                                 Group.VOLUNTARY: 1})
    assert breakdown.words() == ["3 parents or carers",
                                 "5 people in the smaller groups together"]


def test_one_small_group_beside_one_big_one_hides_both_behind_the_total() -> None:
    breakdown = group_breakdown({Group.PARENT_CARER: 10, Group.YOUNG_PERSON: 2})
    # 12 came: '10 parents' would give the 2 away, and all 12 'in the smaller groups' says
    # nothing true; the groups are simply not shown.
    assert breakdown.words() == ["not shown by group, so that no one can be picked out"]
    assert group_breakdown({Group.STAFF: 5}).words() == ["5 staff"]
    assert group_breakdown({}).words() == []


def test_the_handout_and_programme_report_print_the_workshop_truthfully(
        services: Services, clock: FakeClock, tmp_path: Path) -> None:
    sid = int(services.sessions.create_session("Discovery", "2026-09-15").new_id or 0)
    n = 0
    for group, people in WORKSHOP.items():
        for _ in range(people):
            n += 1
            services.people.sign_in_attendee(sid, name=f"Person {n}", group=group.value)
    handout = tmp_path / "handout.pdf"
    export_pdf(services.read, PdfRequest(Kind.HANDOUT, sid), handout)
    words = flat(pdf_text(handout))
    assert ("52 people came: 40 parents or carers, 6 staff and 6 people in the smaller groups "
            "together.") in words
    assert "fewer than 3 people from the voluntary sector" not in words
    report = tmp_path / "report.pdf"
    export_pdf(services.read, PdfRequest(Kind.PROGRAMME, None), report)
    words = flat(pdf_text(report))
    assert "52 people (40 parents or carers, 6 staff, 6 people in the smaller groups together)" \
        in words
    assert "Smaller groups together light grey" in words
