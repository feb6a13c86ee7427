"""The laptop's addresses as ifaddr finds them agree with what the system's own tool reports."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from coprod_desktop.web.addresses import local_addresses


@pytest.mark.skipif(shutil.which("ip") is None or not sys.platform.startswith("linux"),
                    reason="compares with iproute2's `ip`, which only Linux has")
def test_every_ipv4_address_ip_reports_is_offered_without_running_a_program(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows and macOS have no `ip`: the addresses must come without it, and all of them."""
    done = subprocess.run(["ip", "-j", "-4", "addr", "show"], capture_output=True, text=True,
                          check=True, timeout=10)
    reported = {info["local"] for link in json.loads(done.stdout)
                for info in link.get("addr_info", []) if info.get("family") == "inet"}

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("no program may be started to find addresses")

    monkeypatch.setattr(subprocess, "run", refuse)
    monkeypatch.setattr(subprocess, "Popen", refuse)
    offered = local_addresses()
    assert reported <= {a.ip for a in offered}
    assert offered[-1].ip == "127.0.0.1"
