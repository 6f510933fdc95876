"""Vault-wide commands: init, passwd, recover, verify, demo."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from confvault.cli.common import (
    PROMPT_TRIES,
    _ask_hidden,
    console,
    harden_process,
    new_passphrase,
    notice,
    opened,
    passphrase_file,
    print_json,
    read_secret_file,
    say,
    state,
    unlock,
)
from confvault.errors import InvalidInputError, VaultExistsError

JsonOption = Annotated[bool, typer.Option("--json", metavar="", help="Print JSON for scripts.")]
NewPassFile = Annotated[
    Path | None,
    typer.Option(
        "--new-passphrase-file", metavar="FILE", help="Read the new passphrase from FILE."
    ),
]


def register(app: typer.Typer) -> None:
    app.command(help="Create a new vault, protected by a passphrase and a recovery key.")(init)
    app.command(help="Change the passphrase (re-wraps the key; notes are not rewritten).")(passwd)
    app.command(help="Set a new passphrase using your recovery key.")(recover)
    app.command(help="Check every file in the vault; exit 1 if anything is damaged.")(verify)
    app.command(help="Try confvault on a throwaway demo vault with fictional clients.")(demo)


def init(ctx: typer.Context) -> None:
    from confvault import crypto
    from confvault.vault import Vault, passphrase_bytes

    st = state(ctx)
    path = st.vault_path
    if Vault.exists(path):
        raise VaultExistsError(
            f"a vault already exists at {path}",
            hint="Use it as it is, or create another with 'confvault --vault DIR init'.",
        )
    Vault.check_new_location(path)  # (a file or a full folder: before any question)
    harden_process()
    say(f"Creating a vault at {path}")
    passphrase = new_passphrase(passphrase_file(st))
    notice("Tuning key derivation to this machine (a few seconds)...")
    kdf = crypto.calibrate()
    started = time.perf_counter()  # creating derives the key once: that is the unlock time
    _vault, recovery_key = Vault.create(path, passphrase_bytes(passphrase), kdf)
    seconds = time.perf_counter() - started
    say(
        f"Vault created. Unlocking takes about {seconds:.1f} s and "
        f"{kdf.memory_kib // 1024} MiB of memory, which makes guessing passphrases slow."
    )
    show_recovery_key(recovery_key)
    say('Next: confvault client add ALIAS --name "FULL NAME"')


def show_recovery_key(key: str) -> None:
    from rich.panel import Panel

    groups = key.split("-")
    lines = "\n".join("   " + " - ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))
    text = (
        "Your RECOVERY KEY (shown only this once):\n\n"
        f"{lines}\n\n"
        "Write it on paper and keep it somewhere safe, away from this computer.\n"
        "If you forget your passphrase, 'confvault recover' uses it to set a new one.\n"
        "Anyone holding this key and your vault folder can read your notes."
    )
    console().print(Panel(text, expand=False), markup=False)


def passwd(ctx: typer.Context, new_passphrase_file: NewPassFile = None) -> None:
    from confvault import crypto
    from confvault.vault import passphrase_bytes

    vault = unlock(state(ctx))
    vault.check_header_files_for_passwd()  # (before any question)
    passphrase = new_passphrase(new_passphrase_file)
    notice("Tuning key derivation to this machine (a few seconds)...")
    kdf = crypto.calibrate()
    vault.change_passphrase(passphrase_bytes(passphrase), kdf)
    say("Passphrase changed. Your notes were not rewritten, and your recovery key still works.")


def recover(
    ctx: typer.Context,
    recovery_key_file: Annotated[
        Path | None,
        typer.Option(
            "--recovery-key-file", metavar="FILE", help="Read the recovery key from FILE."
        ),
    ] = None,
    new_passphrase_file: NewPassFile = None,
) -> None:
    from confvault import crypto
    from confvault.vault import Vault, passphrase_bytes
    from confvault.vault.header import read_header

    path = state(ctx).vault_path
    read_header(path)
    harden_process()
    if recovery_key_file is not None:
        vault = opened(
            Vault.open_with_recovery(path, read_secret_file(recovery_key_file, "recovery key"))
        )
    else:
        say("Type the recovery key you wrote down when the vault was created (dashes optional).")
        for attempt in range(PROMPT_TRIES):
            try:
                vault = opened(Vault.open_with_recovery(path, _ask_hidden("Recovery key: ")))
                break
            except InvalidInputError as exc:
                if attempt == PROMPT_TRIES - 1:
                    raise
                notice(f"{exc.message}. Try again.")
    vault.check_header_files_for_passwd()  # (before any question)
    passphrase = new_passphrase(new_passphrase_file)
    notice("Tuning key derivation to this machine (a few seconds)...")
    vault.change_passphrase(passphrase_bytes(passphrase), crypto.calibrate())
    say("New passphrase set. Keep using the same recovery key; it has not changed.")


def verify(
    ctx: typer.Context,
    as_json: JsonOption = False,
    accept_restored: Annotated[
        bool,
        typer.Option(
            "--accept-restored",
            metavar="",
            help="Trust records reported as older copies put back (you restored them yourself).",
        ),
    ] = False,
) -> None:
    from confvault import audit
    from confvault import format as fmt

    vault = unlock(state(ctx))
    if accept_restored:
        accepted = vault.accept_restored()
        notice(f"Accepted {len(accepted)} restored record(s) as they are now.")
    problems = vault.verify() + audit.verify(vault)
    clients, notes = len(vault.clients()), len(vault.notes())
    rollback = vault.rollback_status()
    if as_json:
        print_json(
            {
                "ok": not problems,
                "clients": clients,
                "notes": notes,
                "problems": [{"subject": p.subject, "message": p.message} for p in problems],
                "rollback_check": rollback,
            }
        )
    elif not problems:
        say(f"All good: header authenticated, {clients} client(s) and {notes} note(s) intact.")
        say(f"Rollback check: {rollback}.")
    else:
        for p in problems:
            say(f"{p.subject}: {p.message}")
        say(f"Rollback check: {rollback}.")
        headers = [p for p in problems if p.subject in (fmt.HEADER_FILE, fmt.HEADER_COPY_FILE)]
        say(
            f"{len(problems)} problem(s)."
            + (
                " Damaged records are never shown; restore those files from a backup, or "
                "remove them if you no longer need them."
                if len(headers) < len(problems)
                else ""
            )
        )
        if vault.damaged:
            say(f"A record's file is {vault.records_dir}/ID.rec, with the ID above.")
        if vault.restored:
            say(
                "If you put an older copy back yourself, accept it with "
                "'confvault verify --accept-restored'."
            )
    if problems:
        raise typer.Exit(1)


def demo() -> None:
    from confvault.cli.demo import run_demo

    run_demo()
