"""Plain steps for the laptop's own hotspot, for venues whose Wi-Fi keeps devices apart.

Guest Wi-Fi often stops phones reaching other devices on it ("client isolation"); the laptop's
hotspot makes a small network of its own that phones join instead. Each system has its own way.
After the steps, the hotspot's name and password go into the sign-in panel's Wi-Fi box, so the
projector shows a Wi-Fi code phones scan to join it. The steps are English marked for the desktop
catalogue (N_): the console shows each in its language.
"""

from __future__ import annotations

import sys

from coprod_desktop.i18n import N_

# Marked for the desktop catalogue; the console translates each step where it shows it.
WINDOWS = (
    N_("Open Settings, then Network & internet, then Mobile hotspot."),
    N_("Under Properties choose Edit: note the network name and password (or set your own)."),
    N_("Turn Mobile hotspot on. If it says the laptop has no connection to share, join any Wi-Fi "
       "first (the venue's will do): phones do not need the internet to sign in."),
    N_("Back in Coprod Desktop, under Address choose the hotspot's address (usually "
       "192.168.137.1)."),
)
MACOS = (
    N_("Internet Sharing makes a Wi-Fi network only when the Mac has another connection to share "
       "(a cable, or an iPhone over USB)."),
    N_("Open System Settings, General, Sharing; turn on Internet Sharing and, in its settings, "
       "share to Wi-Fi. Set the network name and a password."),
    N_("Back in Coprod Desktop, under Address choose the new address (often 192.168.2.1)."),
)
LINUX = (
    N_("In Settings, Wi-Fi, open the menu and choose Turn On Wi-Fi Hotspot; or in a terminal run:\n"
       'nmcli device wifi hotspot ssid "Coprod" password "choose-8-or-more"'),
    N_("Back in Coprod Desktop, under Address choose the hotspot's address (usually 10.42.0.1)."),
)
AFTER = N_("Type the hotspot's name and password into the Wi-Fi box below and save: the projector "
           "then shows a Wi-Fi code. Phones scan it to join, then scan the sign-in code.")


def hotspot_steps(platform: str = sys.platform) -> tuple[str, ...]:
    steps: tuple[str, ...]
    if platform == "win32":
        steps = WINDOWS
    elif platform == "darwin":
        steps = MACOS
    else:
        steps = LINUX
    return (*steps, AFTER)


def system_name(platform: str = sys.platform) -> str:
    return {"win32": "Windows", "darwin": "macOS"}.get(platform, "Linux")
