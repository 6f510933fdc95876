"""`confvault check`: is this safe to share, and is the vault set up safely?

Exit codes are the command's answer: 0 nothing found, 1 something found,
2 the check could not run (a missing or unreadable path, a report that cannot
be written). Matched text is only ever shown masked.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from confvault.cli import common
from confvault.cli.common import fail, notice, print_json, say, state
from confvault.errors import ConfvaultError, UnreadClientsError

if TYPE_CHECKING:
    from confvault.redact import KnownClient
    from confvault.selfcheck import Finding
    from confvault.selfcheck.health import HealthReport
    from confvault.selfcheck.text import TextScan
    from confvault.vault import Vault

EXIT_CLEAN, EXIT_FOUND, EXIT_NOT_RUN = 0, 1, 2
JSON_SCHEMA = "confvault-check/1"


@dataclass
class Opened:
    vault: Vault | None
    passphrase: str | None
    why_not: str | None
    wrong: bool = False  # a passphrase was given and does not open the vault
    error: str | None = None  # the vault could not be opened for another reason


def check(
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[PATH]...",
            help="Files or folders to scan ('-' reads standard input). Without any, only the "
            "set-up is checked, briefly.",
        ),
    ] = None,
    client: Annotated[
        list[str] | None,
        typer.Option(
            "--client", "-c", metavar="ALIAS", help="Check only this client's identifiers."
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", metavar="", help="Print JSON for scripts.")
    ] = False,
    sarif: Annotated[
        str | None,
        typer.Option("--sarif", metavar="FILE", help="Write SARIF 2.1.0 to FILE ('-': stdout)."),
    ] = None,
    allow: Annotated[
        list[str] | None,
        typer.Option(
            "--allow", metavar="TEXT", help="A term you know is safe (also: .confvault-allow)."
        ),
    ] = None,
    vault_health: Annotated[
        bool,
        typer.Option("--vault-health", metavar="", help="Check the vault's set-up in full."),
    ] = False,
    min_severity: Annotated[
        str,
        typer.Option(
            "--min-severity",
            metavar="LEVEL",
            help="Report only findings this severe: low, medium, high.",
        ),
    ] = "low",
    export_age: Annotated[
        int,
        typer.Option("--export-age", metavar="DAYS", help="Flag exports older than this.", min=0),
    ] = 30,
) -> None:
    """Say whether files are safe to share, and whether your vault is set up safely.

    Exit 0: nothing found; 1: something found; 2: the check could not run.
    """
    try:
        code = _check(
            ctx, paths or [], client or [], as_json, sarif, allow or [], vault_health,
            min_severity.lower(), export_age,
        )  # fmt: skip
    except ConfvaultError as exc:
        fail(exc)
        raise typer.Exit(EXIT_NOT_RUN) from None
    raise typer.Exit(code)


def _check(
    ctx: typer.Context,
    targets: list[str],
    aliases: list[str],
    as_json: bool,
    sarif: str | None,
    allow: list[str],
    vault_health: bool,
    min_severity: str,
    export_age: int,
) -> int:
    from confvault.selfcheck import SEVERITIES, CheckError, at_least
    from confvault.selfcheck.health import Environment, run

    if as_json and sarif is not None:
        raise CheckError(
            "--json and --sarif cannot be used together",
            hint="Pick one; '--sarif FILE' leaves the plain report on the screen.",
        )
    if min_severity not in SEVERITIES:
        raise CheckError("--min-severity must be low, medium or high")
    st = state(ctx)
    # Read the core-dump limit now: unlocking turns core dumps off for this process.
    env = Environment.current(st.vault_path, export_age)
    brief = not targets and not vault_health
    opened = _open(st, may_ask=not brief)
    try:
        known, terms, unread = _known(opened.vault, aliases)
        scan = _scan(targets, known, allow, sarif) if targets else None
        if scan is not None:
            scan.unread_records = unread
        health = brief or vault_health
        report = (
            run(env, opened.vault, opened.passphrase, terms, unlock_error=opened.error)
            if health
            else None
        )
    finally:
        opened.passphrase = None  # used for the strength and history checks only; never kept
    found = [*(scan.findings if scan else []), *(report.findings if report else [])]
    kept, below = at_least(found, min_severity)
    # (a text check without the identifiers it was asked to use is no clean result)
    incomplete = bool(scan and (scan.unreadable or scan.unread_records or opened.wrong))
    code = EXIT_NOT_RUN if incomplete else (EXIT_FOUND if kept else EXIT_CLEAN)
    view = _View(env.vault_path, opened, scan, report, kept, below, min_severity, code, brief)
    if sarif is not None:
        _write_sarif(view, sarif)
    if as_json:
        print_json(view.to_json())
    elif sarif != "-":
        view.show()
    else:
        view.notices()
    if incomplete and scan and scan.unreadable:
        first = scan.unreadable[0]
        fail(
            CheckError(
                f"{len(scan.unreadable)} file(s) could not be checked, the first "
                f"{first.path} ({first.reason})",
                hint="Make them readable (or move them out of the way) and check again.",
            )
        )
    if incomplete and scan and scan.unread_records:
        fail(UnreadClientsError(scan.unread_records))
    if incomplete and scan and opened.wrong:
        fail(
            CheckError(
                "the passphrase does not open the vault, so no client's registered names "
                "and identifiers were looked for",
                hint="Check the passphrase (file), or run without one to use only the "
                "built-in detectors, knowingly.",
            )
        )
    return code


# ---- unlocking: optional here ---------------------------------------------------------


def _open(st: common.State, may_ask: bool) -> Opened:
    """Unlock if we can; the check runs (with less) if we cannot."""
    from confvault.errors import WrongPassphraseError
    from confvault.vault import Vault, passphrase_bytes

    path = st.vault_path
    if not Vault.exists(path):
        return Opened(None, None, f"there is no vault at {path}")
    common.harden_process()
    file = common.passphrase_file(st)
    try:
        if file is not None:
            text = common.read_secret_file(file, "passphrase")
            return Opened(common.opened(Vault.open(path, passphrase_bytes(text))), text, None)
        if not may_ask or not common._has_tty():
            return Opened(None, None, "no passphrase was given (use --passphrase-file)")
        for attempt in range(common.PROMPT_TRIES):
            text = common._ask_hidden("Passphrase: ")
            try:
                return Opened(common.opened(Vault.open(path, passphrase_bytes(text))), text, None)
            except WrongPassphraseError:
                if attempt < common.PROMPT_TRIES - 1:
                    notice("That passphrase does not open this vault. Try again.")
    except WrongPassphraseError:
        return Opened(None, None, "the passphrase does not open the vault", wrong=True)
    except ConfvaultError as exc:
        return Opened(None, None, exc.message, error=exc.message)
    return Opened(None, None, "the passphrase does not open the vault", wrong=True)


def _known(
    vault: Vault | None, aliases: list[str]
) -> tuple[list[KnownClient], tuple[str, ...], int]:
    """The identifiers to look for, every client's terms (for the history check), and
    how many unreadable records may be clients whose identifiers are unknown."""
    from confvault.redact import KnownClient
    from confvault.selfcheck import CheckError

    if vault is None:
        if aliases:
            raise CheckError(
                "--client needs the vault's identifiers, and the vault was not unlocked",
                hint="Give the passphrase with --passphrase-file, or run in a terminal.",
            )
        return [], (), 0
    every = vault.clients()
    common.warn_damaged(vault)
    chosen = [vault.client(a) for a in aliases] if aliases else every
    known = [KnownClient(c.alias, c.terms()) for c in chosen]
    terms = tuple(t for c in every for t in c.terms())
    return known, terms, 0 if aliases else len(vault.unread_clients())


def _scan(
    targets: list[str], known: list[KnownClient], allow: list[str], sarif: str | None
) -> TextScan:
    from confvault.selfcheck.text import (
        MAX_TEXT_BYTES,
        AllowList,
        TextScan,
        allow_files,
        read_allow_file,
        scan_bytes,
        scan_paths,
    )

    files = [Path(t).expanduser() for t in targets if t != "-"]
    terms = list(allow)
    lists = allow_files(files, Path.cwd())
    for path in lists:
        terms += read_allow_file(path)
    allow_list = AllowList(terms)
    result = TextScan()
    # The allow-lists and an earlier report of this check are not text to share.
    skip = [*lists, *([Path(sarif).expanduser()] if sarif and sarif != "-" else [])]
    scan_paths(files, known, allow_list, result, skip=skip)
    if "-" in targets:
        data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
        scan_bytes("-", data, known, allow_list, result)
    return result


def _write_sarif(view: _View, target: str) -> None:
    import json

    from confvault import __version__, storage
    from confvault.selfcheck import CheckError
    from confvault.selfcheck.sarif import to_sarif

    doc = to_sarif(
        view.kept,
        version=__version__,
        cwd=Path.cwd(),
        notifications=view.notes(),
        complete=view.code != EXIT_NOT_RUN,
    )
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if target == "-":
        sys.stdout.write(text)
        return
    path = Path(target).expanduser()
    if path.is_dir() or not path.parent.is_dir():
        raise CheckError(
            f"cannot write the SARIF report to {path}",
            hint="Give a file name in a folder that exists.",
        )
    try:
        storage.write_atomic(path, text.encode("utf-8"))
    except ConfvaultError:
        raise CheckError(
            f"cannot write the SARIF report to {path}",
            hint="Check that the folder is writable and the disk is not full.",
        ) from None


# ---- rendering ----------------------------------------------------------------------


@dataclass
class _View:
    vault_path: Path
    opened: Opened
    scan: TextScan | None
    report: HealthReport | None
    kept: list[Finding]
    below: int
    min_severity: str
    code: int
    brief: bool

    def counts(self) -> dict[str, int]:
        from confvault.selfcheck import SEVERITIES

        return {s: sum(1 for f in self.kept if f.severity == s) for s in SEVERITIES}

    def notes(self) -> list[str]:
        """What the reader must know about what was not checked."""
        out = []
        if self.scan is not None and self.opened.vault is None:
            out.append(
                f"Known identifiers were not checked: {self.opened.why_not}. "
                "Only the built-in detectors ran."
            )
        if self.scan is not None and self.scan.unread_records:
            out.append(
                f"Known identifiers were checked only for the clients that could be read: "
                f"{self.scan.unread_records} vault record(s) could not be read and may be "
                "clients (run 'confvault verify')."
            )
        if self.scan is not None:
            out += [f"Skipped {s.path}: {s.reason}." for s in self.scan.skipped]
        if self.report is not None:
            out += [f"Not checked: {n}." for n in self.report.not_checked]
        if self.below:
            out.append(f"{self.below} finding(s) below --min-severity {self.min_severity}.")
        return out

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema": JSON_SCHEMA,
            "ok": self.code == EXIT_CLEAN,
            "exit_code": self.code,
            "min_severity": self.min_severity,
            "counts": self.counts(),
            "below_threshold": self.below,
            "findings": [f.to_json() for f in self.kept],
            "notes": self.notes(),
        }
        if self.scan is not None:
            data["text"] = {
                "files": self.scan.files,
                "allowed": self.scan.allowed,
                "known_identifiers_checked": self.opened.vault is not None
                and not self.scan.unread_records,
                "skipped": [{"path": s.path, "reason": s.reason} for s in self.scan.skipped],
                "unreadable": [{"path": s.path, "reason": s.reason} for s in self.scan.unreadable],
            }
        if self.report is not None:
            data["health"] = {
                "vault": str(self.vault_path),
                "checked": self.report.checked,
                "not_checked": self.report.not_checked,
            }
        return data

    def show(self) -> None:
        for f in self.kept:
            where = f.path or "set-up"
            if f.line:
                where += f":{f.line}" + (f":{f.column}" if f.column else "")
            say(f"{where}: {f.severity}: {f.message} [{f.rule}]")
            say(f"    fix: {f.fix}")
        self.summary()
        self.notices()

    def summary(self) -> None:
        c = self.counts()
        found = sum(c.values())
        detail = ", ".join(f"{n} {s}" for s, n in c.items() if n)
        if self.scan is not None:
            s = self.scan
            extra = (
                f"; {s.allowed} hit(s) not reported (allow-listed, or dates no finer than a month)"
                if s.allowed
                else ""
            )
            clients = "with" if self.opened.vault is not None else "without"
            whose = "your clients'"
            if s.unread_records:
                whose = "the readable clients'"
            say(f"Scanned {s.files} file(s) {clients} {whose} registered identifiers{extra}.")
        if self.report is not None:
            say(f"Vault health ({self.vault_path}): checked {', '.join(self.report.checked)}.")
        if found:
            advice = "Read each before sharing." if self.scan is not None else "Each has a fix."
            say(f"Found {found} thing(s) to look at ({detail}). {advice}")
        elif self.code == EXIT_CLEAN:
            say("Nothing found.")
        if self.brief and self.report is not None and self.report.not_checked:
            say("For the full check (integrity, passphrase): confvault check --vault-health")

    def notices(self) -> None:
        for n in self.notes():
            notice(n)
