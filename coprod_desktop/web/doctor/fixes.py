"""The exact words and commands that let phones through each system's firewall.

Each fix says what to do with administrator rights and what to do without them (most council and
NHS laptops are managed: the facilitator cannot change the firewall, their IT team can). The
words are messages as data (domain.said.Said): the console shows them in its language, the commands
stay exactly as they are typed.
"""

from __future__ import annotations

from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_

RULE_NAME = "Coprod Desktop sign-in"


def windows(program: str, port: int, profiles: list[str], *, remove_blocks: bool) -> str:
    where = ",".join(p.lower() for p in profiles) or "private,public"
    lines = []
    if remove_blocks:
        lines.append(f'netsh advfirewall firewall delete rule name=all dir=in program="{program}"')
    lines.append(f'netsh advfirewall firewall add rule name="{RULE_NAME}" dir=in action=allow '
                 f'program="{program}" protocol=TCP localport={port} profile={where}')
    commands = "\n".join(lines)
    return Said.of(N_("With administrator rights: open the Start menu, type cmd, right-click "
                      "Command Prompt, choose Run as administrator, and run:\n"
                      "%(commands)s\n"
                      "Without administrator rights: you cannot change the firewall yourself. "
                      "Send the lines above to your IT service desk, asking them to let Coprod "
                      "Desktop accept connections on TCP port %(port)s. Until then phones cannot "
                      "sign in: use the paper register."), commands=commands, port=str(port))


def macos(program: str) -> str:
    tool = "/usr/libexec/ApplicationFirewall/socketfilterfw"
    commands = f'sudo {tool} --add "{program}"\nsudo {tool} --unblockapp "{program}"'
    return Said.of(N_("With an administrator's password: open System Settings, Network, Firewall, "
                      "Options, and set Coprod Desktop to Allow incoming connections; or in "
                      "Terminal run:\n"
                      "%(commands)s\n"
                      "Without one: ask your IT team to allow Coprod Desktop through the "
                      "firewall."), commands=commands)


def macos_block_all() -> str:
    return Said.of(N_("With an administrator's password: open System Settings, Network, Firewall, "
                      "Options, and turn off Block all incoming connections; or in Terminal run:\n"
                      "%(command)s\n"
                      "Without one: ask your IT team to turn it off for the session."),
                   command="sudo /usr/libexec/ApplicationFirewall/socketfilterfw --setblockall off")


def ufw(port: int) -> str:
    return Said.of(N_("With administrator rights, in a terminal run:\n%(command)s\n"
                      "Without them: ask whoever looks after this laptop to run it."),
                   command=f"sudo ufw allow {port}/tcp")


def firewalld(port: int) -> str:
    return Said.of(N_("With administrator rights, in a terminal run (it lasts until the laptop "
                      "restarts):\n%(command)s\n"
                      "Without them: ask whoever looks after this laptop to run it."),
                   command=f"sudo firewall-cmd --add-port={port}/tcp")
