"""The doctor's firewall verdicts and fixes, from the answers each system gives."""

from __future__ import annotations

from coprod_desktop.web.doctor.firewall import (
    FirewallState,
    judge_linux,
    judge_macos,
    judge_windows,
)
from coprod_desktop.web.doctor.hotspot import hotspot_steps

PROGRAM = r"C:\Users\sam\AppData\Local\Programs\Coprod Desktop\coprod.exe"


def _windows(rules: list[dict], *, enabled: str = "True", category: str = "Public",
             default: str = "NotConfigured") -> dict:
    return {"profiles": [{"Name": name, "Enabled": enabled, "DefaultInboundAction": default}
                         for name in ("Domain", "Private", "Public")],
            "networks": [{"Alias": "Wi-Fi", "Category": category}],
            "rules": rules}


def test_windows_with_no_rule_for_the_app_turns_phones_away_and_gives_the_exact_command() -> None:
    report = judge_windows(_windows([]), PROGRAM, 8800)
    assert report.state is FirewallState.BLOCKS
    assert ('netsh advfirewall firewall add rule name="Coprod Desktop sign-in" dir=in '
            f'action=allow program="{PROGRAM}" protocol=TCP localport=8800 profile=public'
            in report.fix)
    assert "Run as administrator" in report.fix
    assert "Without administrator rights" in report.fix and "IT service desk" in report.fix
    assert "delete rule" not in report.fix


def test_windows_block_rule_is_removed_first() -> None:
    """Cancelling Windows' "allow access?" prompt leaves a Block rule, and Block wins."""
    rules = [{"Name": "coprod.exe", "Enabled": "True", "Action": "Block", "Profile": "Public"},
             {"Name": "coprod.exe", "Enabled": "True", "Action": "Allow", "Profile": "Private"}]
    report = judge_windows(_windows(rules), PROGRAM, 8800)
    assert report.state is FirewallState.BLOCKS
    lines = report.fix.splitlines()
    delete = lines.index(f'netsh advfirewall firewall delete rule name=all dir=in program="{PROGRAM}"')
    assert lines[delete + 1].startswith("netsh advfirewall firewall add rule")


def test_windows_allow_rule_for_the_network_in_use_lets_phones_in() -> None:
    allow = [{"Name": "Coprod", "Enabled": "True", "Action": "Allow", "Profile": "Private, Public"}]
    assert judge_windows(_windows(allow), PROGRAM, 8800).state is FirewallState.ALLOWS
    private_only = [{"Name": "Coprod", "Enabled": "True", "Action": "Allow", "Profile": "Private"}]
    assert judge_windows(_windows(private_only), PROGRAM, 8800).state is FirewallState.BLOCKS
    disabled = [{"Name": "Coprod", "Enabled": "False", "Action": "Allow", "Profile": "Any"}]
    assert judge_windows(_windows(disabled), PROGRAM, 8800).state is FirewallState.BLOCKS
    domain = judge_windows(_windows([], category="DomainAuthenticated"), PROGRAM, 8800)
    assert "profile=domain" in domain.fix


def test_windows_firewall_off_for_the_network_in_use() -> None:
    assert judge_windows(_windows([], enabled="False"), PROGRAM, 8800).state is FirewallState.OFF


def test_macos_answers() -> None:
    program = "/Applications/Coprod Desktop.app/Contents/MacOS/coprod"
    off = judge_macos("Firewall is disabled. (State = 0)", "", "", program)
    assert off.state is FirewallState.OFF
    block_all = judge_macos("Firewall is enabled. (State = 1)",
                            "Firewall has block all state set to enabled.", "", program)
    assert block_all.state is FirewallState.BLOCKS and "--setblockall off" in block_all.fix
    blocked = judge_macos("Firewall is enabled. (State = 1)",
                          "Firewall has block all state set to disabled.",
                          f"The application {program} is blocked", program)
    assert blocked.state is FirewallState.BLOCKS and f'--unblockapp "{program}"' in blocked.fix
    allowed = judge_macos("Firewall is enabled. (State = 1)",
                          "Firewall has block all state set to disabled.",
                          f"The application {program} is permitted", program)
    assert allowed.state is FirewallState.ALLOWS


def test_linux_answers() -> None:
    assert judge_linux(False, None, None, None, 8800).state is FirewallState.NONE
    closed = judge_linux(False, None, "running", "no", 8800)
    assert closed.state is FirewallState.BLOCKS and "sudo firewall-cmd --add-port=8800/tcp" in closed.fix
    assert judge_linux(False, None, "running", "yes", 8800).state is FirewallState.ALLOWS
    unreadable = judge_linux(True, None, None, None, 8800)
    assert unreadable.state is FirewallState.UNKNOWN and "sudo ufw allow 8800/tcp" in unreadable.fix
    status = "Status: active\n\nTo                         Action      From\n--  ------  ----\n"
    assert judge_linux(True, status, None, None, 8800).state is FirewallState.BLOCKS
    opened = status + "8800/tcp                   ALLOW       Anywhere\n"
    assert judge_linux(True, opened, None, None, 8800).state is FirewallState.ALLOWS
    assert judge_linux(True, "Status: inactive\n", None, None, 8800).state is FirewallState.OFF


def test_hotspot_steps_name_each_systems_own_way() -> None:
    assert any("Mobile hotspot" in step for step in hotspot_steps("win32"))
    assert any("Internet Sharing" in step for step in hotspot_steps("darwin"))
    assert any("\nnmcli device wifi hotspot ssid" in step for step in hotspot_steps("linux"))
    for platform in ("win32", "darwin", "linux"):
        assert "Wi-Fi code" in hotspot_steps(platform)[-1]


def test_windows_is_asked_about_this_program_with_a_quoted_path(monkeypatch) -> None:
    from coprod_desktop.web.doctor import firewall

    asked: list[list[str]] = []

    def powershell(command: list[str]) -> str:
        asked.append(command)
        return ('{"profiles": [{"Name": "Public", "Enabled": "True", '
                '"DefaultInboundAction": "NotConfigured"}], '
                '"networks": [{"Alias": "Wi-Fi", "Category": "Public"}], "rules": []}')

    monkeypatch.setattr(firewall, "program_path", lambda: r"C:\Users\o'neill\coprod.exe")
    report = firewall.detect_firewall(8800, runner=powershell, platform="win32")
    assert asked[0][0] == "powershell"
    assert r"$program = 'C:\Users\o''neill\coprod.exe'" in asked[0][-1]
    assert report.state is FirewallState.BLOCKS
    nothing = firewall.detect_firewall(8800, runner=lambda _c: None, platform="win32")
    assert nothing.state is FirewallState.UNKNOWN and "netsh advfirewall" in nothing.fix
