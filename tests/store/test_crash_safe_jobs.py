"""Fault injection: a multi-step job is killed at each of its steps (os._exit at a named crash
point, no clean-up), the file is opened again, and nothing is half-done.

Erase: either the erase is still pending (and can be undone or made final), or it is final and
nothing of the person is in the bytes of the file or its log. Archive: the archive is there
whole, and no half-anonymised copy is left. New files: no file, or a whole one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.erasure import ERASED_NAME
from coprod_desktop.domain.rapid_tests import TestPlan
from coprod_desktop.domain.records import Consent
from coprod_desktop.domain.said import Said
from coprod_desktop.services import Services
from coprod_desktop.services.recovery import finish_on_open
from coprod_desktop.store.crash_points import ENV, EXIT_CODE
from coprod_desktop.store.export_reader import ExportReader
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.reader import Reader
from tests.store.test_erase import raw_hits

DESKTOP_CATALOGUE = Path(__file__).resolve().parents[2] / "resources/i18n/desktop/coprod.pot"


def _translatable(said: list[str]) -> bool:
    """Every line opening said is a message as data the desktop's catalogues carry, so the
    console can say it in its own language."""
    with DESKTOP_CATALOGUE.open("rb") as template:
        keys = {m.id[0] if isinstance(m.id, tuple) else m.id for m in read_po(template)}
    return all(isinstance(line, Said) and line.key in keys for line in said)

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("crash_child.py")
PEOPLE = (("Wilhelmina Świątek-Quarrington", "wil.sq@example.org", "Hearing loop please"),
          ("Marguerite Abernathy-Lowe", "07700 900456", "Step-free access"),
          ("Zebedee Kowalczyk", "zeb@example.net", ""),
          ("Ottoline Nakamura-Price", "", "Quiet room nearby"))
FIRST_NAMES = ("Wilhelmina", "Marguerite", "Zebedee", "Ottoline")
# Invited, never came: on the invitation list only.
INVITED = ("Bartholomew Quennell-Ashdown", "bq.ashdown@example.org")
SECRETS = (*(s for person in PEOPLE for s in person if s), *FIRST_NAMES, *INVITED)

FINAL_STEPS = ["final.begin", "final.before_commit", "final.committed", "final.copy_deleted",
               "final.copies_gone", "final.rewritten"]
EVERYONE_STEPS = ["everyone.started", "everyone.text_done", "everyone.one_erased", *FINAL_STEPS]
ARCHIVE_STEPS = ["archive.started", "archive.copied", "everyone.one_erased", "final.committed",
                 "archive.anonymised", "archive.renamed"]
CREATE_STEPS = ["create.tables", "create.filled", "create.closed", "create.renamed"]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four people with contact details and needs, named in others' notes, plans and actions,
    a copy made before an update, and an export whose file name holds a name."""
    path = tmp_path_factory.mktemp("base") / "programme.coprod"
    with ProgrammeFile.create(path) as file:
        services = Services(file, FakeClock())
        services.programme.create_programme("Crash test", organisation="Forum")
        sid = int(services.sessions.create_session("Meeting", "2026-03-03").new_id or 0)
        ids = []
        for name, contact, needs in PEOPLE:
            pid = int(services.people.sign_in_attendee(sid, name=name, group="parent_carer")
                      .new_id or 0)
            services.people.set_consent(pid, Consent(contact=bool(contact)),
                                        contact_details=contact, access_needs=needs)
            ids.append(pid)
        for n, (name, _contact, _needs) in enumerate(PEOPLE):
            first = name.split()[0]
            services.notes.add_note(sid, f"{first} said: ring {name.lower()} back",
                                    author_id=ids[(n + 1) % len(ids)])
        services.rapid_tests.add_test("Reminders", plan=TestPlan(who=f"{PEOPLE[1][0]} and me"))
        services.actions.add_action(f"Send {PEOPLE[2][0]} the form", raised_session_id=sid)
        services.invitations.import_list(
            "name,group,contact,contact_ok\n"
            f"{PEOPLE[0][0]},parent_carer,{PEOPLE[0][1]},yes\n"
            f"{INVITED[0]},parent_carer,{INVITED[1]},yes\n".encode(), source="invites.csv")
        note = int(services.notes.add_note(sid, "Letters come too late").new_id or 0)
        outcome = int(services.outcomes.come_back_to("note", note).new_id or 0)
        services.outcomes.set_outcome(outcome, "passed", passed_to=f"{PEOPLE[3][0]}'s team")
    shutil.copy(path, path.with_name("programme.before-update-v3.coprod.bak"))
    return path


def _copy(base: Path, folder: Path) -> Path:
    target = folder / base.name
    shutil.copy(base, target)
    shutil.copy(base.with_name("programme.before-update-v3.coprod.bak"),
                folder / "programme.before-update-v3.coprod.bak")
    return target


def _run(job: str, at: str, *args: Path) -> None:
    env = {**os.environ, ENV: at, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(CHILD), job, *map(str, args)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == EXIT_CODE, f"never reached {at}: {done.stderr[-2000:]}"


def _reopen(path: Path) -> tuple[Services, list[str]]:
    services = Services(ProgrammeFile.open(path), FakeClock())
    return services, finish_on_open(services)


@pytest.mark.parametrize("step", FINAL_STEPS)
def test_make_final_killed_at_each_step(base: Path, tmp_path: Path, step: str) -> None:
    path = _copy(base, tmp_path)
    with ProgrammeFile.open(path) as file:
        [first] = [p for p in Reader(file.db).attendees() if p.name == PEOPLE[0][0]]
        Services(file, FakeClock()).erase.erase(first.id)
    _run("final", step, path)
    services, said = _reopen(path)
    pending = services.erase.pending()
    if pending:  # killed before the transaction committed: nothing happened, all still undoable
        assert step in ("final.begin", "final.before_commit")
        services.erase.undo_erase(pending[0].id)
        assert services.read.attendee(first.id).name == PEOPLE[0][0]
        services.close()
        return
    assert said and "interrupted" in said[0]
    assert _translatable(said)
    services.close()
    assert raw_hits(path, PEOPLE[0]) == [] and raw_hits(path, ("Wilhelmina",)) == []
    assert not (tmp_path / "programme.before-update-v3.coprod.bak").exists()
    with ProgrammeFile.open(path) as file:  # and nothing more to finish the time after
        assert finish_on_open(Services(file, FakeClock())) == []


@pytest.mark.parametrize("step", EVERYONE_STEPS)
def test_erase_everyone_killed_at_each_step(base: Path, tmp_path: Path, step: str) -> None:
    path = _copy(base, tmp_path)
    _run("everyone", step, path)
    services, said = _reopen(path)
    assert said, "opening said nothing about the job it finished"
    assert _translatable(said)
    assert all(p.erased for p in services.read.attendees())
    assert services.erase.pending() == []
    services.close()
    assert raw_hits(path, SECRETS) == []
    assert not (tmp_path / "programme.before-update-v3.coprod.bak").exists()


@pytest.mark.parametrize("step", ARCHIVE_STEPS)
def test_archive_killed_at_each_step(base: Path, tmp_path: Path, step: str) -> None:
    path = _copy(base, tmp_path)
    out = tmp_path / "archive"
    out.mkdir()
    target = out / "anonymised.coprod"
    _run("archive", step, path, target)
    services, said = _reopen(path)
    assert any("archive" in line for line in said)
    assert _translatable(said)
    records = [r for r in ExportReader(services.file.db).records() if r.what.startswith("Anon")]
    assert len(records) == 1
    services.close()
    assert sorted(p.name for p in out.iterdir()) == ["anonymised.coprod"], "leftovers"
    assert raw_hits(target, SECRETS) == []
    with ProgrammeFile.open(target) as archive:
        people = Reader(archive.db).attendees()
        assert len(people) == len(PEOPLE) and {p.name for p in people} == {ERASED_NAME}


@pytest.mark.parametrize("step", CREATE_STEPS)
def test_new_file_killed_at_each_step_is_nothing_or_whole(tmp_path: Path, step: str) -> None:
    path = tmp_path / "demo.coprod"
    _run("create", step, path)
    if path.exists():  # only once it was renamed into place: then it is the whole demo
        assert step == "create.renamed"
        with ProgrammeFile.open(path) as file:
            assert Reader(file.db).counts()["notes"] > 300
    else:
        # The next attempt is not told the name is taken, and leaves no hidden half-file.
        subprocess.run([sys.executable, str(CHILD), "create", str(path)], cwd=ROOT, check=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
        with ProgrammeFile.open(path) as file:
            assert Reader(file.db).programme().title
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".creating")] == []
