"""The handout's actions (what, who, by when) and the rapid tests planned at the session."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.domain.actions import ActionStatus
from coprod_desktop.domain.phases import Phase
from coprod_desktop.export import dates
from coprod_desktop.export.document import heading
from coprod_desktop.export.gather import SessionData
from coprod_desktop.export.plan_data import ActionLine
from coprod_desktop.export.styles import Styles
from coprod_desktop.export.text import para, para_markup
from coprod_desktop.i18n import _, current
from coprod_desktop.store.glossary_file import explained


def action_line(line: ActionLine, st: Styles) -> list[Flowable]:
    action = line.action
    when = dates.day_month_year(action.due) if action.due else _("no date set")
    return [para(action.what, st.subheading),
            para_markup(_("Who: {} · By: {}"), st.body, line.who or _("nobody yet"), when)]


def actions(data: SessionData, st: Styles, _width: float) -> list[Flowable]:
    plan = data.plan
    if not (plan.raised or plan.closed):
        return []
    parts: list[Flowable] = [heading(_("What we agreed to do"), st, Phase.CLOSE.colour)]
    for line in plan.raised:
        parts += action_line(line, st)
    if plan.closed:
        parts.append(para(_("Finished at this meeting:"), st.subheading))
        for line in plan.closed:
            outcome = _("Done") if line.action.status is ActionStatus.DONE else _("Dropped")
            parts.append(para_markup("{}: {}", st.body, outcome, line.action.what))
    return parts


def rapid_tests(data: SessionData, st: Styles, _width: float) -> list[Flowable]:
    tests = data.plan.tests
    if not tests:
        return []
    parts: list[Flowable] = [heading(_("Rapid tests we planned"), st, Phase.TESTING.colour)]
    for test in tests:
        parts.append(para(test.title, st.subheading))
        for label, value in ((_("What we will try"), test.plan.what), (_("Who"), test.plan.who),
                             (_("Where"), test.plan.where), (_("When"), test.plan.when),
                             (_("How we will know"), test.plan.measure)):
            if value:
                parts.append(para_markup("<b>{}:</b> {}", st.body, label, value))
    return parts


def glossary(data: SessionData, st: Styles, _width: float) -> list[Flowable]:
    """The jargon buster's entries for the terms that came up in the session, A to Z."""
    if not data.terms:
        return []
    parts: list[Flowable] = [heading(_("Words we used"), st, Phase.WELCOME.colour),
                             para(_("Some words that came up, in plain English."), st.body)]
    for entry in explained(tuple(data.terms), current()):
        parts.append(para_markup("<b>{}</b>: {}", st.body, entry.term, entry.explanation))
    return parts
