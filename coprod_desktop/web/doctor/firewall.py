"""What the laptop's firewall says about phones connecting in, and the exact fix.

Each system is asked in a way that needs no administrator rights and does not depend on the
language Windows is set to (PowerShell's enum names, not netsh's translated text). The judging is
kept apart from the asking, so it is tested with the answers each system gives. What a report
says is a message as data (domain.said.Said), shown in the interface's language by the console.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from coprod_desktop.domain.said import Said, ours
from coprod_desktop.i18n import N_
from coprod_desktop.web.doctor import fixes


class FirewallState(Enum):
    NONE = "none"  # no firewall found
    OFF = "off"
    ALLOWS = "allows"
    BLOCKS = "blocks"
    UNKNOWN = "unknown"  # on, but whether it lets phones in could not be read


@dataclass(frozen=True)
class FirewallReport:
    state: FirewallState
    summary: str
    fix: str = ""


Runner = Callable[[list[str]], str | None]


def run(command: list[str], timeout: float = 8.0) -> str | None:
    """A command's output, or None when it is missing, fails or takes too long."""
    if shutil.which(command[0]) is None and not Path(command[0]).exists():
        return None
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing up on Windows
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              check=False, creationflags=flags)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def program_path() -> str:
    """The program the firewall sees accepting connections: the frozen app, or the Python behind
    a virtual environment (its python.exe is only a launcher on Windows)."""
    if getattr(sys, "frozen", False):
        return sys.executable
    return str(getattr(sys, "_base_executable", "") or sys.executable)


# --- Windows -------------------------------------------------------------------------------------

WINDOWS_QUERY = r"""
$ErrorActionPreference = 'SilentlyContinue'
$program = '{program}'
$profiles = @(Get-NetFirewallProfile -PolicyStore ActiveStore | ForEach-Object {
  [pscustomobject]@{ Name = "$($_.Name)"; Enabled = "$($_.Enabled)";
                     DefaultInboundAction = "$($_.DefaultInboundAction)" } })
$networks = @(Get-NetConnectionProfile | ForEach-Object {
  [pscustomobject]@{ Alias = "$($_.InterfaceAlias)"; Category = "$($_.NetworkCategory)" } })
$rules = @(Get-NetFirewallApplicationFilter -Program $program -PolicyStore ActiveStore |
  Get-NetFirewallRule | Where-Object { "$($_.Direction)" -eq 'Inbound' } | ForEach-Object {
  [pscustomobject]@{ Name = "$($_.DisplayName)"; Enabled = "$($_.Enabled)";
                     Action = "$($_.Action)"; Profile = "$($_.Profile)" } })
@{ profiles = $profiles; networks = $networks; rules = $rules } | ConvertTo-Json -Depth 3
"""

_CATEGORY_PROFILE = {"Public": "Public", "Private": "Private", "DomainAuthenticated": "Domain"}
# Windows' names for its network profiles, as they read in "blocks Coprod Desktop on private
# networks" (Polish: "w sieciach prywatnych": the form after "in ... networks").
_PROFILE_WORDS = {"Public": N_("public"), "Private": N_("private"), "Domain": N_("domain")}


def _profiles_said(names: list[str]) -> str:
    """'private', 'private and public' or 'domain, private and public', as words of ours."""
    words = [ours(_PROFILE_WORDS.get(n, n.lower())) for n in names]
    if len(words) == 1:
        return words[0]
    if len(words) == 2:
        return Said.of(N_("%(first)s and %(second)s"), first=words[0], second=words[1])
    return Said.of(N_("%(first)s, %(second)s and %(third)s"), first=words[0], second=words[1],
                   third=words[-1])  # Windows has three profiles: domain, private, public


def _applies(rule_profile: str, active: set[str]) -> bool:
    names = {p.strip() for p in rule_profile.split(",")}
    return "Any" in names or bool(names & active)


def judge_windows(data: dict, program: str, port: int) -> FirewallReport:
    """Windows Defender Firewall's answer for `program` listening on `port`."""
    profiles = {p["Name"]: p for p in data.get("profiles") or []}
    active = {_CATEGORY_PROFILE.get(n.get("Category", ""), "Public")
              for n in data.get("networks") or []} or {"Public"}
    on = sorted(name for name in active if profiles.get(name, {}).get("Enabled", "True") == "True")
    if not on:
        return FirewallReport(FirewallState.OFF, N_("Windows Firewall is off for this network."))
    rules = [r for r in data.get("rules") or []
             if r.get("Enabled") == "True" and _applies(r.get("Profile", "Any"), set(on))]
    blocking = [r for r in rules if r.get("Action") == "Block"]
    fix = fixes.windows(program, port, on, remove_blocks=bool(blocking))
    where = _profiles_said(on)
    if blocking:
        return FirewallReport(FirewallState.BLOCKS, Said.of(N_(
            "Windows Firewall blocks Coprod Desktop on %(where)s networks, so phones cannot "
            "connect."), where=where), fix)
    if any(r.get("Action") == "Allow" for r in rules):
        return FirewallReport(FirewallState.ALLOWS, N_("Windows Firewall lets phones connect."))
    if all(profiles.get(n, {}).get("DefaultInboundAction") == "Allow" for n in on):
        return FirewallReport(FirewallState.ALLOWS, N_("Windows Firewall lets phones connect."))
    return FirewallReport(FirewallState.BLOCKS, Said.of(N_(
        "Windows Firewall has no rule letting phones reach Coprod Desktop on %(where)s networks, "
        "so it turns them away."), where=where), fix)


def _windows(port: int, runner: Runner) -> FirewallReport:
    program = program_path()
    query = WINDOWS_QUERY.replace("{program}", program.replace("'", "''"))  # a PowerShell literal
    out = runner(["powershell", "-NoProfile", "-NonInteractive", "-Command", query])
    try:
        data = json.loads(out or "")
    except ValueError:
        return FirewallReport(FirewallState.UNKNOWN,
                              N_("Windows did not say whether its firewall lets phones in."),
                              fixes.windows(program, port, ["Private", "Public"],
                                            remove_blocks=False))
    return judge_windows(data, program, port)


# --- macOS ---------------------------------------------------------------------------------------

SOCKETFILTERFW = "/usr/libexec/ApplicationFirewall/socketfilterfw"


def _says_on(text: str) -> bool:
    lower = text.lower()
    return ("enabled" in lower and "disabled" not in lower) or "state = 1" in lower


def judge_macos(global_state: str, block_all: str, app_state: str, program: str) -> FirewallReport:
    """The macOS application firewall's answers (socketfilterfw --getglobalstate, --getblockall,
    --getappblocked PROGRAM)."""
    if not _says_on(global_state):
        return FirewallReport(FirewallState.OFF, N_("The macOS firewall is off."))
    if _says_on(block_all):
        return FirewallReport(FirewallState.BLOCKS, N_("The macOS firewall blocks all incoming "
                                                       "connections, so phones cannot connect."),
                              fixes.macos_block_all())
    app = app_state.lower()
    if "permitted" in app or "allowed" in app:
        return FirewallReport(FirewallState.ALLOWS, N_("The macOS firewall lets phones connect."))
    if "blocked" in app and "not blocked" not in app and "unblocked" not in app:
        return FirewallReport(FirewallState.BLOCKS, N_("The macOS firewall blocks Coprod Desktop, "
                                                       "so phones cannot connect."),
                              fixes.macos(program))
    return FirewallReport(FirewallState.UNKNOWN, N_("The macOS firewall is on; it may ask whether "
                                                    "Coprod Desktop may accept incoming "
                                                    "connections: choose Allow."),
                          fixes.macos(program))


def _macos(runner: Runner) -> FirewallReport:
    program = program_path()
    answers = [runner([SOCKETFILTERFW, flag, *extra]) for flag, extra in (
        ("--getglobalstate", []), ("--getblockall", []), ("--getappblocked", [program]))]
    if answers[0] is None:
        return FirewallReport(FirewallState.UNKNOWN,
                              N_("macOS did not say whether its firewall is on."),
                              fixes.macos(program))
    global_state, block_all, app_state = (a or "" for a in answers)
    return judge_macos(global_state, block_all, app_state, program)


# --- Linux ---------------------------------------------------------------------------------------

def judge_linux(ufw_enabled: bool, ufw_status: str | None, firewalld: str | None,
                firewalld_port: str | None, port: int) -> FirewallReport:
    """ufw (its config file, and `ufw status` where readable) and firewalld (firewall-cmd)."""
    if firewalld is not None and firewalld.strip() == "running":
        if firewalld_port is not None and firewalld_port.strip() == "yes":
            return FirewallReport(FirewallState.ALLOWS, Said.of(N_(
                "firewalld lets phones reach port %(port)s."), port=str(port)))
        return FirewallReport(FirewallState.BLOCKS, Said.of(N_(
            "firewalld does not open port %(port)s, so phones cannot connect."), port=str(port)),
            fixes.firewalld(port))
    if ufw_enabled:
        if ufw_status is None:
            return FirewallReport(FirewallState.UNKNOWN, Said.of(N_(
                "ufw is on; only an administrator can see whether it lets phones reach port "
                "%(port)s."), port=str(port)), fixes.ufw(port))
        if "inactive" in ufw_status:
            return FirewallReport(FirewallState.OFF, N_("ufw is installed but off."))
        opened = any(line.split()[:1] in ([f"{port}/tcp"], [str(port)]) and "ALLOW" in line
                     for line in ufw_status.splitlines() if line.strip())
        if opened:
            return FirewallReport(FirewallState.ALLOWS, Said.of(N_(
                "ufw lets phones reach port %(port)s."), port=str(port)))
        return FirewallReport(FirewallState.BLOCKS, Said.of(N_(
            "ufw does not open port %(port)s, so phones cannot connect."), port=str(port)),
            fixes.ufw(port))
    return FirewallReport(FirewallState.NONE,
                          N_("No firewall program (ufw or firewalld) is running."))


def _ufw_enabled(config: Path = Path("/etc/ufw/ufw.conf")) -> bool:
    try:
        text = config.read_text()
    except OSError:
        return False
    return any(line.strip().lower() in ("enabled=yes", 'enabled="yes"') for line in text.splitlines())


def _linux(port: int, runner: Runner) -> FirewallReport:
    enabled = _ufw_enabled()
    status = runner(["ufw", "status"]) if enabled else None
    state = runner(["firewall-cmd", "--state"])
    query = runner(["firewall-cmd", f"--query-port={port}/tcp"]) if state else None
    return judge_linux(enabled, status, state, query, port)


def detect_firewall(port: int, runner: Runner = run, platform: str = sys.platform) -> FirewallReport:
    if platform == "win32":
        return _windows(port, runner)
    if platform == "darwin":
        return _macos(runner)
    return _linux(port, runner)
