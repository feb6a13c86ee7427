"""The domain's words for its kinds of things (groups, phases, statuses...), in the catalogue.

The domain is Qt-free and speaks English; what it names is shown in the interface with
`_(thing.label)`. These marks put each English label in the desktop catalogue so `_` finds it.
tests/i18n/test_gui_strings.py fails when a domain label is missing here.
"""

from __future__ import annotations

from coprod_desktop.i18n import N_

# (module, kind, attribute) -> every member's words, in the enum's order.
WORDS: dict[tuple[str, str, str], tuple[str, ...]] = {
    ("domain.actions", "ActionStatus", "label"): (N_("Open"), N_("Done"), N_("Dropped")),
    ("domain.actions", "ActionSource", "label"): (
        N_("Typed in"), N_("From a note"), N_("From a story"),
    ),
    ("domain.actions", "ReviewOutcome", "label"): (
        N_("Carried forward"), N_("Marked done"), N_("Dropped"), N_("Reopened"),
    ),
    ("domain.board", "TargetKind", "plural"): (N_("notes"), N_("clusters")),
    ("domain.checkout", "Side", "label"): (
        N_("Parents and carers"), N_("Staff"), N_("Everyone else"),
    ),
    ("domain.consent_history", "ConsentKind", "label"): (
        N_("Given"), N_("Changed"), N_("Withdrawn"),
    ),
    ("domain.consent_history", "HeardVia", "label"): (
        N_("On their phone"), N_("Told the facilitator"), N_("On a paper form"),
    ),
    ("domain.export_record", "ExportFormat", "label"): (
        N_("PDF"), N_("CSV"), N_("JSON"), N_("Copy of the programme"), N_("Anonymised archive"),
    ),
    ("domain.groups", "Group", "label"): (
        N_("Parent or carer"), N_("Young person"), N_("Staff"), N_("Voluntary sector"),
        N_("Other"),
    ),
    ("domain.levelling", "RoundOrder", "label"): (
        N_("Around the room"), N_("Random order"), N_("Your own order"),
    ),
    ("domain.levelling", "TurnStatus", "label"): (
        N_("Waiting"), N_("Speaking now"), N_("Done"), N_("Passed"), N_("Left before their turn"),
    ),
    ("domain.methods", "Tool", "label"): (
        N_("Sticky-note board"), N_("Equal-time round"), N_("Story queue"), N_("Dot voting"),
        N_("Action review"), N_("Quick poll"), N_("Check-out questions"), N_("No tool"),
    ),
    ("domain.money", "ClaimKind", "label"): (
        N_("Time (recognition payment)"), N_("Travel"), N_("Childcare"),
    ),
    ("domain.money", "ClaimStatus", "label"): (N_("Claimed"), N_("Approved"), N_("Paid")),
    ("domain.outcomes", "OutcomeStatus", "label"): (
        N_("We'll come back to this"), N_("Planned"), N_("Doing"), N_("Done"),
        N_("Passed to someone else"), N_("Can't do this"),
    ),
    ("domain.outcomes", "SourceKind", "label"): (
        N_("A note"), N_("A group of notes"), N_("A story"), N_("A question from a phone"),
        N_("A vote's result"),
    ),
    ("domain.outcomes", "LinkKind", "label"): (N_("Action"), N_("Rapid test")),
    ("domain.phases", "Phase", "label"): (
        N_("Welcome"), N_("Understand"), N_("Focus"), N_("Ideas"), N_("Try it"), N_("Celebrate"),
        N_("Close"),
    ),
    ("domain.polls", "PollKind", "label"): (
        N_("Scale"), N_("Choose one"), N_("Choose any"), N_("Word cloud"),
    ),
    ("domain.rapid_tests", "TestStage", "label"): (N_("Plan"), N_("Do"), N_("Study"), N_("Act")),
    ("domain.rapid_tests", "TestStage", "question"): (
        N_("What will we try, who, where, when, and how will we know?"),
        N_("We are trying it now."), N_("What happened, and what did we learn?"),
        N_("Adopt it, adapt it, or abandon it?"),
    ),
    ("domain.rapid_tests", "Decision", "label"): (N_("Adopted"), N_("Adapted"), N_("Abandoned")),
    ("domain.records", "WordsUse", "label"): (
        N_("Keep in the room only"), N_("Share without my name"), N_("Share with my name"),
    ),
    ("domain.roles", "Role", "label"): (N_("Chair"), N_("Timekeeper"), N_("Note-taker")),
    ("domain.venues", "VenueKind", "label"): (
        N_("School or college"), N_("Club or youth group"), N_("Library"), N_("Community centre"),
        N_("Health service"), N_("Council building"), N_("Place of worship"), N_("Online"),
        N_("Somewhere else"),
    ),
    # Not enums, but the domain's words shown as they are.
    ("domain.consent_history", "CHOICES", "question"): (
        N_("Name in handouts and reports"), N_("Photos with them in"),
        N_("How their words may be shared"), N_("Contact about this work later"),
        N_("Paid for their time (named to the finance team)"),
        N_("Details kept for a later programme"),
    ),
    ("domain.money", "ageing", "keys"): (
        N_("Under 2 weeks"), N_("2 to 4 weeks"), N_("Over 4 weeks"),
    ),
}
