""""You said, we did" for paper: the handout's section, the programme report's, the bulletin's.

Only outcomes whose source may leave the room are printed (`OutcomesReader(...,
shareable_only=True)`); every word goes through `para`/`para_markup`, so withheld names are
replaced and markup typed by anyone is printed, not obeyed.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether

from coprod_desktop.domain.outcomes import Link, LinkKind, Outcome, OutcomeStatus
from coprod_desktop.domain.phases import Phase
from coprod_desktop.export.document import Heading, heading
from coprod_desktop.export.gather import SessionData
from coprod_desktop.export.styles import Layout, Styles
from coprod_desktop.export.text import para, para_markup
from coprod_desktop.i18n import N_, _, count, number
from coprod_desktop.store.outcomes_reader import OutcomesReader
from coprod_desktop.store.reader import Reader

# The order people read them in: what happened first, then what could not, then what is coming.
ORDER = (OutcomeStatus.DONE, OutcomeStatus.DOING, OutcomeStatus.PLANNED, OutcomeStatus.PASSED,
         OutcomeStatus.CANT, OutcomeStatus.COME_BACK)

# A carried outcome's action or test, in the handout's language. Link.state is the English word
# the console shows; each has its own lower-case message here (each state belongs to one kind,
# so a language can make it agree with that kind's noun).
_LINK_KINDS = {LinkKind.ACTION: N_("action"), LinkKind.RAPID_TEST: N_("rapid test")}
_LINK_STATES = {
    "Open": N_("still to do"), "Done": N_("done"), "Dropped": N_("dropped"),
    "Adopted": N_("adopted"), "Adapted": N_("adapted"), "Abandoned": N_("abandoned"),
    "Plan": N_("being planned"), "Do": N_("being tried"), "Study": N_("results being checked"),
    "Act": N_("waiting for a decision"),
}


def link_words(link: Link) -> str:
    """'rapid test ‘Text reminders’ (adopted)', in the PDF's language."""
    state = _LINK_STATES.get(link.state)
    return _("{kind} ‘{title}’ ({state})").format(
        kind=_(_LINK_KINDS[link.kind]), title=link.title,
        state=_(state) if state else link.state.lower())


GROUP_TITLES = {
    OutcomeStatus.DONE: N_("Done"),
    OutcomeStatus.DOING: N_("Happening now"),
    OutcomeStatus.PLANNED: N_("Planned"),
    OutcomeStatus.PASSED: N_("Passed to someone who can act on it"),
    OutcomeStatus.CANT: N_("What we can't do, and why"),
    OutcomeStatus.COME_BACK: N_("Still to come back to"),
}
STATUS_LABELS = {  # domain.outcomes' labels, for the PDF's language
    OutcomeStatus.COME_BACK: N_("We'll come back to this"),
    OutcomeStatus.PLANNED: N_("Planned"),
    OutcomeStatus.DOING: N_("Doing"),
    OutcomeStatus.DONE: N_("Done"),
    OutcomeStatus.PASSED: N_("Passed to someone else"),
    OutcomeStatus.CANT: N_("Can't do this"),
}


def _free_subheading(st: Styles) -> ParagraphStyle:
    return ParagraphStyle(f"{st.subheading.name}.said", parent=st.subheading, keepWithNext=0)


def we_did(outcome: Outcome) -> tuple[str, str] | None:
    """The second line: (label, words), or None when there is nothing yet to say."""
    status = outcome.status
    if status is OutcomeStatus.CANT:
        return _("Why not"), outcome.reason
    if status is OutcomeStatus.PASSED:
        more = f". {outcome.what_happened}" if outcome.what_happened else ""
        return _("Passed to"), f"{outcome.passed_to}{more}"
    if outcome.what_happened:
        said = {"done": N_("We did"), "doing": N_("We are"), "planned": N_("We plan")}
        return _(said.get(status.value, N_("So far"))), outcome.what_happened
    return None


def outcome_parts(outcome: Outcome, st: Styles, *, with_status: bool = False) -> list[Flowable]:
    parts: list[Flowable] = [para_markup(_("<b>You said:</b> {}"), st.body, outcome.said)]
    if with_status:
        parts.append(para(_(STATUS_LABELS[outcome.status]), st.quiet))
    line = we_did(outcome)
    if line is not None:
        parts.append(para_markup("<b>{}:</b> {}", st.body, line[0], line[1]))
    carried = [link for link in outcome.links if not link.missing]
    if carried and st.layout is not Layout.LARGE:  # large print keeps to what was said and done
        links = "; ".join(link_words(link) for link in carried)
        parts.append(para(_("Carried by: {links}").format(links=links), st.quiet))
    return parts


def outcome_block(outcome: Outcome, st: Styles) -> list[Flowable]:
    return [KeepTogether(outcome_parts(outcome, st))]


def grouped(outcomes: list[Outcome], st: Styles, *,
            keep: Callable[[Outcome], bool] = lambda _o: True) -> list[Flowable]:
    parts: list[Flowable] = []
    for status in ORDER:
        chosen = [o for o in outcomes if o.status is status and keep(o)]
        if not chosen:
            continue
        # The heading goes with its first item, never alone at the foot of a page. Its style
        # does not keep with next: inside KeepTogether that would pull the next group along.
        parts.append(KeepTogether([Heading(_(GROUP_TITLES[status]), _free_subheading(st), 1),
                                   *outcome_parts(chosen[0], st)]))
        for outcome in chosen[1:]:
            parts += outcome_block(outcome, st)
    return parts


def handout_section(data: SessionData, st: Styles, _width: float) -> list[Flowable]:
    """For a session's handout: what moved since the meeting before this one."""
    if not data.said_did:
        return []
    return [heading(_("You said, we did"), st, Phase.CLOSE.colour),
            para(_("What has happened to the things people raised, since the last meeting."),
                 st.body), *grouped(data.said_did, st)]


def report_section(reader: Reader, st: Styles) -> list[Flowable]:
    """For the programme report: every outcome, grouped, with a count line."""
    read = OutcomesReader(reader.db)
    parts: list[Flowable] = [heading(_("You said, we did"), st, Phase.CLOSE.colour)]
    outcomes = read.outcomes(shareable_only=True)
    if not outcomes:
        return [*parts, para(_("Nothing has been marked to come back to yet."), st.body)]
    counts = {s: sum(1 for o in outcomes if o.status is s) for s in ORDER}
    parts.append(para(count(
        "{n} thing people raised that the group said it would come back to: {counts}.",
        "{n} things people raised that the group said it would come back to: {counts}.",
        len(outcomes), counts=", ".join(
            f"{number(counts[s])} {_(STATUS_LABELS[s]).lower()}" for s in ORDER if counts[s])),
        st.body))
    return parts + grouped(outcomes, st)
