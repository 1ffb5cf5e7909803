"""Where a sign-in attempt comes from: this computer's address and user agent.

The user agent is ``Back-office/<version> (<computer name>; <OS>)``: the Sécurité tab
shows the computer's name from it (:func:`computer_name_from`); rows written by the
website (browsers) or by older versions keep their own text and are shown as stored.
"""

from __future__ import annotations

import platform
import re
import socket
from dataclasses import dataclass

import backoffice

__all__ = ["ClientInfo", "computer_name", "computer_name_from", "this_computer", "user_agent"]


@dataclass(frozen=True)
class ClientInfo:
    """Where an attempt comes from, as written to historique_connexions and sessions."""

    ip: str
    user_agent: str


def _local_ip() -> str:
    """This computer's address on the network that leads to the outside, best effort.

    Connecting a UDP socket sends nothing; it only makes the system choose the interface
    (and so the address) it would use. Without a network, 127.0.0.1.
    """
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.254.254.254", 1))  # non-routable; no packet leaves
            address = probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    return str(address) if address and address != "0.0.0.0" else "127.0.0.1"  # noqa: S104


# What our user agent looks like, to find the computer's name in it again. Anything else
# (the website's browsers, rows of older versions) is shown as stored.
_OUR_USER_AGENT = re.compile(r"Back-office/[^\s()]+ \((?P<name>[^;()]+); (?P<system>[^;()]*)\)")
_NOT_IN_NAME = re.compile(r"[;()\x00-\x1f\x7f]+")
COMPUTER_NAME_MAX = 64


def computer_name() -> str:
    """This computer's network name (``platform.node()``), cleaned of what would make the
    user agent ambiguous; empty when the system gives none."""
    try:
        name = platform.node() or socket.gethostname()
    except OSError:
        name = ""
    return " ".join(_NOT_IN_NAME.sub(" ", name).split())[:COMPUTER_NAME_MAX]


def user_agent() -> str:
    """``Back-office/<version> (<computer name>; <OS>)``, or ``(<OS>)`` without a name."""
    name, system = computer_name(), platform.system() or "?"
    where = f"{name}; {system}" if name else system
    return f"Back-office/{backoffice.__version__} ({where})"


def computer_name_from(agent: str | None) -> str | None:
    """The computer's name in a user agent this application wrote, else None."""
    found = _OUR_USER_AGENT.fullmatch((agent or "").strip())
    return found.group("name").strip() if found else None


def this_computer() -> ClientInfo:
    return ClientInfo(ip=_local_ip(), user_agent=user_agent())
