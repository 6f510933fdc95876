"""`confvault demo`: a throwaway vault with fictional clients, to look around safely."""

from __future__ import annotations

import datetime as dt
import os
import shlex
import shutil
import sys
import tempfile
from pathlib import Path

from confvault.cli import render
from confvault.cli.common import console, safe, say

# Public on purpose: the demo vault holds only fictional data.
DEMO_PASSPHRASE = "demo passphrase - never use it for real notes"  # noqa: S105  # nosec B105

# Fictional people and places, invented for this demo.
CLIENTS = [
    ("River", "Jordan Blake", ["Jo", "Sam Blake", "Maple Street Bakery", "Harwick"]),
    ("Wren", "Alexis Moreno", ["Lex", "Lakeside College", "Dana Moreno"]),
]
NOTES = [
    (
        "River",
        20,
        ["sleep", "work"],
        "Jordan said sleep has been poor since the shifts at "
        "Maple Street Bakery changed. Talked through a wind-down routine.",
    ),
    (
        "River",
        13,
        ["family"],
        "Jo spoke about Sam Blake moving out of the flat in Harwick. "
        "Mixed feelings: relief and guilt. Agreed to check in next week.",
    ),
    ("River", 6, ["sleep"], "Sleep a little better. Still waking at 4am before early shifts."),
    (
        "Wren",
        15,
        ["study"],
        "Alexis is worried about exams at Lakeside College; call her "
        "tutor on 07700 900123? She will decide by Friday.",
    ),
    (
        "Wren",
        2,
        ["family", "study"],
        "Lex and Dana Moreno argued about money. Lex wants "
        "to talk to student support. Plenty of sleep, less stress this week.",
    ),
]


def invocation() -> str:
    """How to call confvault again: plain 'confvault' when that is on PATH."""
    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    found = shutil.which("confvault")
    if found and script and Path(found).resolve() == script:
        return "confvault"
    if script and script.name == "confvault":
        return shlex.quote(str(script))
    return f"{shlex.quote(sys.executable)} -m confvault"


def run_demo() -> None:
    from confvault import crypto
    from confvault.vault import Vault, passphrase_bytes

    base = Path(tempfile.mkdtemp(prefix="confvault-demo-"))
    path = base / "vault"
    pass_file = base / "demo-passphrase.txt"
    fd = os.open(pass_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(DEMO_PASSPHRASE + "\n")

    # RFC 9106's floor settings keep the demo quick; 'init' tunes stronger ones.
    vault, _recovery = Vault.create(path, passphrase_bytes(DEMO_PASSPHRASE), crypto.FLOOR)
    clients = {
        alias: vault.add_client(alias, name=name, identifiers=idents)
        for alias, name, idents in CLIENTS
    }
    today = dt.date.today()
    for alias, days_ago, tags, text in NOTES:
        vault.add_note(clients[alias], text, today - dt.timedelta(days=days_ago), tags)

    out = console()
    out.print("confvault demo: a throwaway vault with two fictional clients\n", style="bold")
    out.print("$ confvault client list", style="cyan")
    render.client_table(vault)
    out.print("\n$ confvault note list", style="cyan")
    render.note_table(vault, vault.notes())
    out.print("\n$ confvault search sleep", style="cyan")
    render.search_results(vault, vault.search("sleep"))
    out.print(
        "\n$ confvault export --preview   (the redacted summary for supervision)", style="cyan"
    )
    from confvault import export

    summary = export.build(vault, export.Request())
    out.print(safe(summary.document).rstrip(), soft_wrap=True)  # (the terminal wraps it)

    files = sorted(os.listdir(path / "records"))
    first = vault.notes()[0].id[:8]
    out.print("\nWhere everything lives", style="bold")
    say(f"  vault folder     {path}")
    say(f"  records          {len(files)} encrypted files named by random ids, e.g. {files[0]}")
    say("                   (no names, aliases, dates or note text are readable on disk)")
    say(f"  demo passphrase  {pass_file}")
    out.print(
        "\nTry next (paste the two export lines first, to point confvault at the demo)",
        style="bold",
    )
    me = invocation()
    for cmd in (
        f"export CONFVAULT_VAULT={shlex.quote(str(path))}",
        f"export CONFVAULT_PASSPHRASE_FILE={shlex.quote(str(pass_file))}",
        f"{me} note show {first}",
        f"{me} search Lakeside",
        f"{me} client show River",
        f"{me} export --dates relative --preview",
        f"{me} verify",
        f"ls -l {shlex.quote(str(path / 'records'))}",
    ):
        say(f"  {cmd}")
    say(
        "\nWhen you are ready for real notes: unset CONFVAULT_VAULT CONFVAULT_PASSPHRASE_FILE, "
        f"then {me} init"
    )
    say(f"To delete the demo: rm -r {shlex.quote(str(base))}")
