"""Every CLI command, and how the robustness tests drive it.

The tamper, hostile-input and secrets tests take their commands from here,
and tests/test_hostile_input.py::test_every_command_is_covered fails when a
command exists that is not listed. When a command is added (e.g. `export` or
`check`), add it below: to READERS if it reads the vault's records (then the
tamper tests run it over every damaged vault), otherwise to OTHERS with why.

Placeholders: {alias} a client alias, {note} a full note id, {out} a fresh
output path in the test's temp folder.
"""

from __future__ import annotations

# Commands that read records; each must name damage and never show it.
READERS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("note", "list"): ("note", "list"),
    ("ls",): ("ls",),
    ("note", "show"): ("note", "show", "{note}"),
    ("show",): ("show", "{note}"),
    ("search",): ("search", "note"),
    ("client", "list"): ("client", "list"),
    ("client", "show"): ("client", "show", "{alias}"),
    ("verify",): ("verify",),
    ("export",): ("export", "--preview", "--since", "2000-01-01"),
    ("log",): ("log",),
    ("check",): ("check", "--vault-health"),
    ("redact",): ("redact", "-"),
}

# Commands that change the vault or do not read records, with a reason.
OTHERS: dict[tuple[str, ...], str] = {
    ("init",): "creates a vault; tested in test_cli and the secrets test",
    ("passwd",): "rewrites only the header",
    ("recover",): "rewrites only the header",
    ("demo",): "uses its own throwaway vault",
    ("client", "add"): "writes one record",
    ("client", "edit"): "writes one record",
    ("client", "remove"): "removes records",
    ("note", "add"): "writes one record",
    ("add",): "writes one record",
    ("note", "edit"): "writes one record",
    ("note", "remove"): "removes one record",
}


def fill(args: tuple[str, ...], **values: str) -> list[str]:
    return [a.format(**values) for a in args]


def all_commands() -> set[tuple[str, ...]]:
    """Every leaf command of the real CLI."""
    import typer

    from confvault.cli import app

    out: set[tuple[str, ...]] = set()

    def walk(cmd: object, path: tuple[str, ...]) -> None:
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(sub, (*path, name))
        elif path:
            out.add(path)

    walk(typer.main.get_command(app), ())
    return out
