"""Supervision exports: nothing identifying survives, in any format; the rules hold."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import time
from pathlib import Path

import pytest

from confvault import export as ex
from confvault.export.rendering import SCHEMA
from confvault.vault import Vault

TODAY = dt.date(2025, 3, 30)

CLIENTS = {
    "River": ("Jordan Blake", ["Jo", "Maple Street Bakery", "Harwick"]),
    "Wren": ("Alexis Moreno", ["Lex", "Lakeside College"]),
    "Kestrel": ("Priya Natarajan", ["Pree"]),
}
NOTES = [
    (
        "River",
        dt.date(2025, 3, 3),
        ["sleep"],
        "Jordan said sleep is poor since the shifts at Maple Street Bakery changed. Jo's mum rang "
        "on 07700 900123 and emailed jordan.blake@example.com on 02/03/2025.",
    ),
    (
        "River",
        dt.date(2025, 3, 10),
        ["family"],
        "JORDAN spoke about moving out of the flat in Harwick.\nMixed feelings; Wren came up, "
        "and so did Alexis.",
    ),
    (
        "Wren",
        dt.date(2025, 3, 12),
        ["study"],
        "Alexis Moreno is worried about exams at Lakeside College. Lex met Jordan Blake at the "
        "bus stop on March 14th. Call +44 20 7946 0958.",
    ),
    (
        "Kestrel",
        dt.date(2025, 3, 20),
        ["work"],
        "Pree talked about her manager. Next session 2025-03-27.",
    ),
    ("Kestrel", dt.date(2025, 1, 5), ["work"], "Old note, outside the default period."),
]
SECRETS = [
    "Jordan",
    "Blake",
    "Maple Street Bakery",
    "Harwick",
    "Alexis",
    "Moreno",
    "Lakeside College",
    "Priya",
    "Natarajan",
    "Pree",
    "07700 900123",
    "jordan.blake@example.com",
    "02/03/2025",
    "+44 20 7946 0958",
    "2025-03-27",
    "March 14th",
    "Lex",
]


@pytest.fixture
def filled(vault: Vault) -> Vault:
    clients = {a: vault.add_client(a, name=n, identifiers=i) for a, (n, i) in CLIENTS.items()}
    for alias, day, tags, text in NOTES:
        vault.add_note(clients[alias], text, day, tags)
    return vault


def build(vault: Vault, **kw) -> ex.Export:  # type: ignore[no-untyped-def]
    return ex.build(vault, ex.Request(**kw), today=TODAY)


def assert_clean(document: str, own_section_aliases: bool = True) -> None:
    low = document.lower()
    for s in SECRETS:
        assert s.lower() not in low, f"{s!r} survived"
    for day in ("2025-03-03", "2025-03-10", "2025-03-12", "2025-03-20"):
        assert day not in document


@pytest.mark.parametrize("fmt", ex.FORMATS)
def test_every_format_is_clean(filled: Vault, fmt: str) -> None:
    result = build(filled, fmt=fmt)
    assert result.leftovers == []
    assert_clean(result.document)
    assert result.sessions == 4 and [c.alias for c in result.clients] == [
        "Kestrel",
        "River",
        "Wren",
    ]
    assert result.removed["PHONE"] == 2 and result.removed["EMAIL"] == 1


def test_other_clients_aliases_do_not_appear_in_a_clients_section(filled: Vault) -> None:
    result = build(filled)
    river = next(c for c in result.clients if c.alias == "River")
    text = " ".join(n.text for n in river.notes)
    assert "Wren" not in text and "[CLIENT]" in text
    assert "River" in text  # the client's own name became their alias


def test_people_are_numbered_consistently_across_the_export(vault: Vault) -> None:
    a, b = vault.add_client("River"), vault.add_client("Wren")
    vault.add_note(a, "Her caseworker Dr Helena Vasquez called.", dt.date(2025, 3, 20))
    vault.add_note(b, "Saw Dr Helena Vasquez at the clinic too.", dt.date(2025, 3, 21))
    result = build(vault)
    numbers = re.findall(r"\[PERSON-(\d+)\]", result.document)
    assert numbers and len(set(numbers)) == 1


def test_json_matches_the_documented_schema(filled: Vault) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((Path(__file__).parents[1] / "docs" / "export.schema.json").read_text())
    for dates in ex.DATE_STYLES:
        data = json.loads(build(filled, fmt="json", dates=dates).document)
        jsonschema.validate(data, schema)
        assert data["schema"] == SCHEMA


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ("month", "March 2025"),
        ("week", "week 10 of 2025"),
        ("relative", "session 1, week 1"),
        ("exact", "2025-03-03"),
    ],
)
def test_date_styles(filled: Vault, dates: str, expected: str) -> None:
    result = build(filled, aliases=("River",), dates=dates)
    assert result.clients[0].notes[0].label == expected


def test_selection_by_alias_period_and_tag(filled: Vault) -> None:
    assert build(filled, aliases=("kestrel",), since=dt.date(2025, 1, 1)).sessions == 2
    assert build(filled, tags=("sleep",)).sessions == 1
    empty = build(filled, since=dt.date(2024, 1, 1), until=dt.date(2024, 2, 1))
    assert empty.clients == [] and "No sessions in this period" in empty.document


def test_bad_requests_are_refused(filled: Vault) -> None:
    from confvault.errors import InvalidInputError

    for kw in (
        {"fmt": "pdf"},
        {"dates": "day"},
        {"since": dt.date(2025, 3, 2), "until": dt.date(2025, 3, 1)},
    ):
        with pytest.raises(InvalidInputError):
            build(filled, **kw)


def test_export_is_idempotent(filled: Vault) -> None:
    from confvault.redact import KnownClient, redact

    result = build(filled, fmt="txt")
    known = [KnownClient(a, (n, *i)) for a, (n, i) in CLIENTS.items()]
    for section in result.clients:
        for note in section.notes:
            assert redact(note.text, known).text == note.text


def test_second_pass_reports_leftovers_by_note(
    filled: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    import confvault.redact as rd

    real = rd.RedactionSession.redact

    def leaky(self, text, known=(), found=None, settled=False):  # type: ignore[no-untyped-def]
        out = real(self, text, known, found, settled)
        if "Pree" in text:  # simulate a first-pass miss
            return rd.Redaction(text, out.counts, out.spans)
        return out

    monkeypatch.setattr(rd.RedactionSession, "redact", leaky)
    result = build(filled)
    assert result.leftovers
    assert all(left.where.startswith("Kestrel, session") for left in result.leftovers)
    assert "Pree" not in " ".join(left.where + left.category for left in result.leftovers)


def test_write_refuses_to_overwrite(tmp_path: Path) -> None:
    from confvault.errors import InvalidInputError

    target = tmp_path / "out.md"
    target.write_text("someone's own file")
    with pytest.raises(InvalidInputError, match="already exists"):
        ex.write("new", target)
    assert target.read_text() == "someone's own file"
    ex.write("new", target, force=True)
    assert target.read_text() == "new" and target.stat().st_mode & 0o777 == 0o600


def test_default_path_holds_the_date_and_never_clobbers(tmp_path: Path) -> None:
    first = ex.default_path(tmp_path, "md", TODAY)
    assert first.name == "supervision-2025-03-30.md"
    first.write_text("x")
    assert ex.default_path(tmp_path, "md", TODAY).name == "supervision-2025-03-30-2.md"


# ---- through the CLI ------------------------------------------------------------------------


@pytest.fixture
def cli_filled(cli, vault: Vault):  # type: ignore[no-untyped-def]
    today = dt.date.today()
    clients = {a: vault.add_client(a, name=n, identifiers=i) for a, (n, i) in CLIENTS.items()}
    for alias, day, tags, text in NOTES:
        vault.add_note(clients[alias], text, today - (TODAY - day), tags)
    return cli


def test_cli_export_writes_a_private_file_logs_it_and_verify_checks_the_log(
    cli_filled, tmp_path: Path, vault_path: Path
) -> None:  # type: ignore[no-untyped-def]
    cli = cli_filled
    r = cli("export")
    assert r.code == 0, r.err
    written = re.search(r"to (/\S+\.md)\.", r.err)
    assert written, r.err
    path = Path(written.group(1))
    assert path.stat().st_mode & 0o777 == 0o600 and "confvault-exports" in str(path)
    assert "river" not in path.name.lower()
    assert_clean(path.read_text())
    log = json.loads(cli("log", "--json").out)
    assert log["ok"] and log["entries"][0]["sha256"] == ex.file_digest(path.read_text())
    assert log["entries"][0]["output"] == str(path)
    assert cli("verify").code == 0
    r2 = cli("export", "-o", str(path))
    assert r2.code == 1 and "already exists" in r2.err
    assert len(json.loads(cli("log", "--json").out)["entries"]) == 1


def test_cli_export_to_stdout_preview_and_deleted_log_entry(cli_filled, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli = cli_filled
    r = cli("export", "-f", "json", "-o", "-")
    assert r.code == 0 and json.loads(r.out)["totals"]["sessions"] == 4
    r = cli("export", "--preview", "--dates", "relative")
    assert r.code == 0 and "Preview only" in r.out
    assert_clean(r.out)
    r = cli("export", "-o", "-", "-f", "txt")
    assert len(json.loads(cli("log", "--json").out)["entries"]) == 2
    entries = sorted((vault_path / "audit").glob("*.rec"))
    entries[0].unlink()
    assert cli("verify").code == 1
    assert cli("log").code == 1


def test_cli_export_stops_on_second_pass_findings(cli_filled, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from confvault import export as exmod

    def finds_in_kestrel(texts, known):  # type: ignore[no-untyped-def]
        return [["NAME"] if w.startswith("Kestrel, session 1 ") else [] for w, _, _ in texts]

    monkeypatch.setattr(exmod, "second_pass", finds_in_kestrel)
    out = tmp_path / "x.md"
    r = cli_filled("export", "-o", str(out))
    assert r.code == 1 and "nothing was written" in r.err and "Kestrel, session 1" in r.err
    assert not out.exists()
    r = cli_filled("export", "-o", str(out), "--force")
    assert r.code == 0 and out.exists()
    assert json.loads(cli_filled("log", "--json").out)["entries"][0]["forced"] is True


def test_cli_export_rejects_bad_options_before_unlocking(cli_filled) -> None:  # type: ignore[no-untyped-def]
    # (a choice no option takes is a usage error, as README says: exit 2)
    for args, needle, code in (
        ((("--format", "pdf"),), "--format", 2),
        ((("--dates", "daily"),), "--dates", 2),
        ((("--since", "March"),), "YYYY-MM-DD", 1),
    ):
        r = cli_filled("export", *args[0])
        assert r.code == code and needle in r.err


@pytest.mark.parametrize("dates", ["month", "week", "relative"])
def test_a_fresh_export_passes_the_self_check(cli_filled, tmp_path: Path, dates: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"export-{dates}.md"
    r = cli_filled("export", "--dates", dates, "-o", str(out))
    assert r.code == 0, r.err
    assert "confvault check" in r.err
    r = cli_filled("check", str(out))
    assert r.code == 0, r.out + r.err


def test_a_clients_other_identifiers_are_not_turned_into_their_alias(vault: Vault) -> None:
    c = vault.add_client(
        "River",
        name="Jordan Blake",
        identifiers=["Jo", "Sam Blake", "Maple Street Bakery", "Harwick"],
    )
    assert c.own_names() == ("Jordan Blake", "Jo")
    assert c.other_identifiers() == ("Sam Blake", "Maple Street Bakery", "Harwick")
    vault.add_note(
        c,
        "Jo said Sam Blake's shifts at Maple Street Bakery in Harwick changed.",
        dt.date(2025, 3, 20),
    )
    text = build(vault).clients[0].notes[0].text
    assert text.startswith("River said [PERSON-")
    for gone in ("Sam", "Blake", "Maple", "Harwick", "Jo "):
        assert gone not in text
    assert text.count("River") == 1


def test_nicknames_are_found_inside_the_name() -> None:
    from confvault.records import Client

    c = Client(
        id="a" * 32, alias="Wren", name="Alexis Moreno", identifiers=("Lex", "Dana Moreno", "Al")
    )
    assert c.own_names() == ("Alexis Moreno", "Lex", "Al")
    assert c.other_identifiers() == ("Dana Moreno",)
    assert Client(id="b" * 32, alias="K", identifiers=("Pree",)).own_names() == ()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_an_export_killed_while_writing_leaves_no_file_and_the_next_export_clears_its_temp(
    cli_filled, vault: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = Path.home() / "Documents" / "confvault-exports"
    folder.mkdir(parents=True)
    target = folder / "supervision-killed.md"
    document = ex.build(vault, ex.Request()).document
    pid = os.fork()
    if pid == 0:  # the child writes and is killed after the data, before the rename
        try:
            os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)  # type: ignore[assignment]
            ex.write(document, target)
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert not target.exists()  # never a half-written export under the real name
    (temp,) = [p for p in folder.iterdir() if p.name.startswith(".tmp-")]
    assert temp.read_text() == document  # what the kill left: the whole redacted text
    r = cli_filled("check", "--vault-health", "--json")
    assert [f["rule"] for f in json.loads(r.out)["findings"] if f["path"] == str(temp)] == ["CV214"]
    # a young temp file may be a write in progress: kept
    r = cli_filled("export", "-o", str(folder / "first.md"))
    assert r.code == 0 and temp.exists() and "unfinished" not in r.err
    past = time.time() - ex.UNFINISHED_AFTER_SECONDS - 60
    os.utime(temp, (past, past))
    r = cli_filled("export", "-o", str(folder / "second.md"))
    assert r.code == 0, r.err
    assert "Removed 1 unfinished file(s)" in r.err
    assert not temp.exists()
    assert sorted(p.name for p in folder.iterdir()) == ["first.md", "second.md"]


def test_an_export_worked_on_two_cores_is_the_one_worked_on_one(
    filled: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long export detects ahead and runs its second pass on a second core
    (parallel.py): the document, its counts and its findings are the same."""
    from confvault import parallel

    clients = {c.alias: c for c in filled.clients()}
    for i in range(40):  # (every note's text as in the fixture: people numbered across notes)
        for alias, _, tags, text in NOTES[:4]:
            more = f" Saw Dr Okafor-{i % 7} and Mrs Hale at {i} Hill Road. Aunt Beryl is 9{i % 9}."
            filled.add_note(clients[alias], text + more, dt.date(2025, 3, 1 + i % 28), tags)
    results = []
    for fork in (True, False):
        monkeypatch.setattr(parallel, "can_fork", lambda fork=fork: fork)
        results.append(build(filled, fmt="json", since=dt.date(2025, 3, 1)))
    two, one = results
    assert sum(len(c.notes) for c in one.clients) > 2 * parallel.MIN_ITEMS
    assert two.document == one.document
    assert two.removed == one.removed and two.leftovers == one.leftovers
    assert_clean(two.document)


def test_an_export_whose_helper_returns_too_little_is_still_whole(
    filled: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from confvault import parallel

    clients = {c.alias: c for c in filled.clients()}
    for i in range(100):
        filled.add_note(clients["River"], f"Saw Mrs Hale at {i} Hill Road.", dt.date(2025, 3, 5))
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    one = build(filled, since=dt.date(2025, 3, 1))
    monkeypatch.setattr(parallel, "can_fork", lambda: True)
    real = parallel.Ahead.result
    monkeypatch.setattr(parallel.Ahead, "result", lambda self: real(self)[:-1])
    assert build(filled, since=dt.date(2025, 3, 1)).document == one.document


# Notes whose redaction needs a second round: replacing what the first round found
# gives its neighbours a context the engine reads again (held-out cases).
SETTLING = [
    "Prisoner's mum. Son's prison no. A1234BC. Visiting order VO 55120. She asked how to "
    "send money.",
    "Food bank, Winnipeg North End. Clients from Lord Selkirk Park mostly, some from the "
    "Maples.\nLine out onto Selkirk Ave.",
    "student at ROC van Amsterdam (zorg & welzijn), weekends at the Albert Heijn on the "
    "Javastraat. her manager there, Ricardo, keeps scheduling her on exam days.",
]


@pytest.mark.parametrize("fork", [True, False])
def test_an_export_is_every_note_settled_in_order(
    filled: Vault, monkeypatch: pytest.MonkeyPatch, fork: bool
) -> None:
    """Notes are detected once and replaced once; the second pass reads each again and
    a note in which it finds anything is settled. The export is the same as settling
    every note in order with one session (RedactionSession.redact on its own)."""
    from confvault import parallel
    from confvault.redact import KnownClient, RedactionSession, detect

    clients = {c.alias: c for c in filled.clients()}
    for i in range(parallel.MIN_ITEMS + 6):
        alias = ("River", "Wren", "Kestrel")[i % 3]
        text = SETTLING[i % 3] if i % 7 == 3 else f"Saw Mrs Hale at {i} Hill Road; Jordan too."
        filled.add_note(clients[alias], text, dt.date(2025, 3, 1 + i % 28))
    monkeypatch.setattr(parallel, "can_fork", lambda: fork)
    since = dt.date(2025, 3, 1)
    result = build(filled, fmt="json", since=since)
    everyone = filled.clients()
    session, needed_second_round = RedactionSession(), 0
    for section in result.clients:
        client = clients[section.alias]
        known = ex.known_for(client, everyone, KnownClient)
        notes = filled.notes(client, since, TODAY, ())
        assert [n.id for n in notes] == [n.note_id for n in section.notes]
        for note, out in zip(notes, section.notes, strict=True):
            assert out.text == session.redact(note.text, known).text.strip()
            once = RedactionSession().redact(note.text, known, detect(note.text, known), True)
            needed_second_round += once.text != RedactionSession().redact(note.text, known).text
    assert needed_second_round >= 9  # (the SETTLING notes: the test is not empty)
    assert result.leftovers == []


def test_a_json_export_of_notes_in_lines_stops_for_nothing(filled: Vault) -> None:
    """The second pass reads a note as written, not its JSON quoting: with a client
    called Li Na, '\\nA: ...' is no 'nA' (an export of SOAP-style notes as JSON
    stopped for it)."""
    filled.add_client("Heron", name="Li Na")
    river = {c.alias: c for c in filled.clients()}["River"]
    filled.add_note(
        river,
        "Q from Jordan: does what I say go back to my carer?\nA: explained confidentiality\n"
        "S: agitated\nO: poor eye contact\nA: ?increased anxiety\nP: call pm",
        dt.date(2025, 3, 25),
    )
    result = build(filled, fmt="json")
    assert result.leftovers == []
    assert "Jordan" not in result.document and "\\nA: ?increased anxiety" in result.document


def test_a_note_whose_redaction_spells_another_clients_alias_is_settled(vault: Vault) -> None:
    """River's note 'Jordan S' becomes 'River S' once redacted: another client's alias,
    which River's own identifiers hold (as any other client's alias); the second pass
    reads the note with them, so the note is settled and the alias removed (review
    29)."""
    river = vault.add_client("River", name="Jordan Blake", identifiers=["Jo"])
    vault.add_client("River s", name="Ed Quill")
    vault.add_note(river, "Saw Jordan S today.", dt.date(2025, 3, 10))
    vault.add_note(river, "Talked with Jordan s, then Jordan s.", dt.date(2025, 3, 11))
    from confvault.redact import KnownClient, RedactionSession

    known = ex.known_for(river, vault.clients(), KnownClient)
    session = RedactionSession()
    settled = [session.redact(n.text, known).text for n in vault.notes(river)]
    for fmt in ex.FORMATS:
        result = build(vault, fmt=fmt)
        assert [n.text for c in result.clients for n in c.notes] == settled
        assert "river s " not in result.document.lower() and result.leftovers == []


@pytest.mark.parametrize("fmt", ex.FORMATS)
def test_an_identifier_split_across_a_notes_tags_stops_the_export(vault: Vault, fmt: str) -> None:
    """A note's tags are shown side by side ('[07700 900123]'): the second pass reads
    them so, not only the client's tags joined by commas (review 29)."""
    river = vault.add_client("River", name="Jordan Blake")
    vault.add_note(river, "Talked about housing.", dt.date(2025, 3, 10), ["07700", "900123"])
    vault.add_note(river, "Check-in call.", dt.date(2025, 3, 11), ["mrs", "hale"])
    result = build(vault, fmt=fmt)
    assert sorted(left.category for left in result.leftovers) == ["NAME", "PHONE"]
    assert all(left.where.startswith("River, session ") for left in result.leftovers)
