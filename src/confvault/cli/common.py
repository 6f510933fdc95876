"""Shared CLI plumbing: global options, output, passphrases, unlocking.

Only the cli package imports typer, rich or getpass. Heavy imports (rich,
the vault and its crypto) happen inside functions so `--help` stays light.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from confvault.errors import ConfvaultError, InvalidInputError, WrongPassphraseError

if TYPE_CHECKING:
    from rich.console import Console

    from confvault.vault import Vault

# The name of an environment variable, not a secret.
PASSPHRASE_ENV = "CONFVAULT_PASSPHRASE_FILE"  # noqa: S105  # nosec B105
VAULT_ENV = "CONFVAULT_VAULT"
MAX_PASSPHRASE = 1024
MIN_SCORE = 2  # zxcvbn score 0-4; below 2 is "very weak"
PROMPT_TRIES = 3


@dataclass
class State:
    vault_dir: Path | None = None
    passphrase_file: Path | None = None
    debug: bool = False
    _vault: Vault | None = field(default=None, repr=False)

    @property
    def vault_path(self) -> Path:
        if self.vault_dir is not None:
            return expand(self.vault_dir)
        env = os.environ.get(VAULT_ENV)
        if env:
            return expand(Path(env))
        import platformdirs

        return Path(platformdirs.user_data_dir("confvault", appauthor=False))


def expand(path: Path) -> Path:
    """~ and ~user expanded; an unknown user is a calm error, not a crash."""
    try:
        return path.expanduser()
    except RuntimeError:
        raise InvalidInputError(
            f"cannot find the home folder that {safe(str(path))} starts from",
            hint="Write the path out in full, or start it with ~/ for your own home folder.",
        ) from None


def state(ctx: typer.Context) -> State:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, State) else State()


# ---- output -----------------------------------------------------------------------------


def safe(text: str) -> str:
    """Make text harmless for a terminal: control and format characters become
    visible escapes (\\x1b, \\u202e), so a note cannot rewrite the screen."""
    if text.isprintable():  # no control, format or surrogate characters: the usual case
        return text
    out = []
    for ch in text:
        if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"):
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
    return "".join(out)


def console(stderr: bool = False, soft_wrap: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, markup=False, emoji=False, soft_wrap=soft_wrap)


def say(text: str = "", *, style: str | None = None) -> None:
    console(soft_wrap=True).print(safe(text), style=style, markup=False, highlight=False)


def notice(text: str) -> None:
    """A calm remark on stderr that is not an error."""
    console(stderr=True, soft_wrap=True).print(
        safe(text), style="dim", markup=False, highlight=False
    )


def takes_utf8(stream: Any) -> bool:
    """Whether a text stream writes UTF-8 (so can take every character)."""
    encoding = (getattr(stream, "encoding", "") or "").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8")


def print_json(data: Any) -> None:
    """JSON for scripts. Characters a terminal could act on (C1 controls such as
    U+009B, bidi overrides, lone surrogates) are written as \\u escapes, which
    JSON readers decode back: the data is unchanged, the terminal stays safe."""
    import json

    # (on a stream that cannot take every character, JSON's own escapes keep the data
    # whole, where the stream would write '?')
    text = json.dumps(data, ensure_ascii=not takes_utf8(sys.stdout), indent=2)
    sys.stdout.write("".join(_json_char(ch) for ch in text) + "\n")


_RAW = ("Cc", "Cf", "Cs", "Zl", "Zp")


def _json_char(ch: str) -> str:
    # JSON escapes control characters inside strings itself; "\n" here is layout.
    if " " <= ch < "\x7f" or ch == "\n" or unicodedata.category(ch) not in _RAW:
        return ch
    return f"\\u{ord(ch):04x}"


def interactive() -> bool:
    return sys.stdin.isatty()


def confirm(question: str, yes: bool) -> None:
    """Ask before something that cannot be undone; --yes answers for scripts."""
    if yes:
        return
    if not interactive():
        raise InvalidInputError(
            "this cannot be undone, and there is no terminal to ask you",
            hint="Add --yes to confirm from a script.",
        )
    if not typer.confirm(question, default=False):
        say("Nothing was changed.")
        raise typer.Exit(1)


# ---- passphrases --------------------------------------------------------------------


def read_secret_file(path: Path, what: str) -> str:
    try:
        data = expand(path).read_bytes()
    except OSError:
        raise InvalidInputError(
            f"cannot read the {what} file {path}",
            hint="Check the path and that you may read it.",
        ) from None
    if len(data) > MAX_PASSPHRASE + 2:
        raise InvalidInputError(f"the {what} file is too large to hold a {what}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInputError(f"the {what} file is not UTF-8 text") from None
    if text.endswith("\n"):
        text = text[:-1]
    if text.endswith("\r"):
        text = text[:-1]
    if not text:
        raise InvalidInputError(f"the {what} file is empty")
    return text


def _ask_hidden(prompt: str) -> str:
    import getpass

    if not _has_tty():
        raise InvalidInputError(
            "there is no terminal to ask for the passphrase",
            hint=f"Use --passphrase-file FILE (or set {PASSPHRASE_ENV}) in scripts.",
        )
    return getpass.getpass(prompt)


def _has_tty() -> bool:
    try:
        with open("/dev/tty"):
            return True
    except OSError:
        return sys.stdin.isatty()


def passphrase_file(st: State) -> Path | None:
    if st.passphrase_file is not None:
        return st.passphrase_file
    env = os.environ.get(PASSPHRASE_ENV)
    return Path(env) if env else None


def strength_problem(passphrase: str) -> str | None:
    """A calm sentence if the passphrase is too weak, else None."""
    if len(passphrase) > MAX_PASSPHRASE:
        return f"a passphrase may be at most {MAX_PASSPHRASE} characters"
    if not passphrase.strip():
        return "the passphrase is empty or only spaces"  # (zxcvbn fails on an empty one)
    if any(unicodedata.category(ch) == "Cc" and ch != "\t" for ch in passphrase):
        # (a passphrase file with a blank last line held "...\n": nobody could type it)
        return (
            "the passphrase holds a line break or another control character, which "
            "cannot be typed at the prompt"
        )
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:100])
    if result["score"] >= MIN_SCORE:
        return None
    tip = result["feedback"].get("warning") or "it would be guessed quickly"
    return f"that passphrase is very weak ({tip.rstrip('.').lower()})"


def new_passphrase(file: Path | None, what: str = "passphrase") -> str:
    """A new passphrase from a file, or asked twice, with a strength check."""
    if file is not None:
        text = read_secret_file(file, what)
        problem = strength_problem(text)
        if problem:
            hint = "Use four or more unrelated words."
            if "\n" in text or "\r" in text:
                hint = f"Keep the {what} on the file's first line, with nothing after it."
            elif "line break" in problem:
                hint = f"Use only characters you can type at the {what} prompt."
            raise InvalidInputError(problem, hint=hint)
        return text
    for _ in range(PROMPT_TRIES):
        first = _ask_hidden(f"New {what}: ")
        problem = strength_problem(first)
        if problem:
            notice(f"{problem}. Four or more unrelated words work well.")
            continue
        if _ask_hidden(f"Repeat the new {what}: ") != first:
            notice("The two entries differ; let's try again.")
            continue
        return first
    raise InvalidInputError(f"no new {what} was set", hint="Nothing was changed.")


def unlock(st: State) -> Vault:
    """Open the vault with the passphrase file, or by asking (up to 3 tries)."""
    if st._vault is not None:
        return st._vault
    from confvault.vault import Vault, passphrase_bytes
    from confvault.vault.header import read_header

    harden_process()
    path = st.vault_path
    read_header(path)  # a missing or malformed vault is reported before any prompt
    file = passphrase_file(st)
    if file is not None:
        st._vault = opened(Vault.open(path, passphrase_bytes(read_secret_file(file, "passphrase"))))
        return st._vault
    for attempt in range(PROMPT_TRIES):
        try:
            st._vault = opened(Vault.open(path, passphrase_bytes(_ask_hidden("Passphrase: "))))
            return st._vault
        except WrongPassphraseError:
            if attempt == PROMPT_TRIES - 1:
                raise
            notice("That passphrase does not open this vault. Try again.")
    raise AssertionError("unreachable")


def opened(vault: Vault) -> Vault:
    """The vault, once what its opening mended (a header file) has been said."""
    if vault.header_notice:
        notice(vault.header_notice)
    return vault


def warn_damaged(vault: Vault) -> None:
    damaged = vault.damaged
    if damaged:
        notice(
            f"{len(damaged)} record(s) could not be read and are not shown "
            f"({', '.join(sorted(d[:8] for d in damaged))}); run 'confvault verify'."
        )


def harden_process() -> None:
    """No core dumps while a vault is unlocked: a crash must not write notes to disk."""
    import contextlib
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            pr_set_dumpable = 4
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_dumpable, 0, 0, 0, 0)


def fail(exc: ConfvaultError) -> None:
    err = console(stderr=True, soft_wrap=True)
    err.print(f"confvault: error: {safe(exc.message)}", markup=False, highlight=False)
    if exc.hint:
        err.print(f"confvault: hint: {safe(exc.hint)}", markup=False, highlight=False)
