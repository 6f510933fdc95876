"""Crash harness: a writer process adds, edits and removes notes until SIGKILL lands.

Each round forks a writer from this (already warmed-up) process, so a round
costs milliseconds instead of an interpreter start. The writer opens the vault
and loops over random operations through the library; it prints a `begin` line
before each call and an `ok` line, flushed, only AFTER the call returned. The
parent kills it with SIGKILL at a random moment, then checks as a fresh reader:

- the vault opens, and leftover temp files are gone after opening;
- verify() reports nothing (no damaged record, no stray file, no false
  "older copy" alarm from the per-device revision log);
- every acknowledged note reads back with exactly the acknowledged revision
  and text (by SHA-256), every acknowledged removal stayed removed, and the one
  operation in flight at the kill either fully happened or not at all.

Run standalone (prints the figures):
    PYTHONPATH=src python -m tests.robustness.crash --kills 200 --seed 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import select
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from confvault import crypto, storage
from confvault.vault import Vault

PASSPHRASE = b"crash harness passphrase, tests only"
DAY = dt.date(2025, 3, 14)
ALIASES = ("River", "Wren", "Ash")


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def note_text(rng: random.Random, serial: int) -> str:
    """Mostly small notes; some land in larger padding buckets (longer writes)."""
    roll = rng.random()
    size = (
        rng.randint(10, 900)
        if roll < 0.8
        else rng.randint(2_000, 70_000)
        if roll < 0.97
        else rng.randint(200_000, 400_000)
    )
    alphabet = "abcdefghij klmnop\u00e9\u4e2d\n"
    return f"note {serial}: " + "".join(rng.choices(alphabet, k=size))


# ---- the writer (runs in the forked child) ---------------------------------------------


def _writer(vault_path: Path, out: int, seed: int) -> None:
    rng = random.Random(seed)

    def emit(line: str) -> None:
        os.write(out, (line + "\n").encode())  # unbuffered: one write per line

    v = Vault.open(vault_path, PASSPHRASE)
    clients = v.clients()
    notes = {n.id: n for n in v.notes()}
    emit("ready")
    serial = 0
    while True:
        serial += 1
        roll = rng.random()
        if len(notes) > 150:  # keep the vault small so rounds stay cheap
            roll = 0.5 + roll * 0.5
        if roll < 0.5 or not notes:
            text = note_text(rng, serial)
            emit(f"begin add - 1 {sha(text)}")
            n = v.add_note(rng.choice(clients), text, DAY, ["crash"])
            notes[n.id] = n
            emit(f"ok add {n.id} 1 {sha(text)}")
        elif roll < 0.8:
            old = notes[rng.choice(sorted(notes))]
            new = old.bumped(text=note_text(rng, serial))
            emit(f"begin edit {new.id} {new.rev} {sha(new.text)}")
            v.update_note(new)
            notes[new.id] = new
            emit(f"ok edit {new.id} {new.rev} {sha(new.text)}")
        elif roll < 0.95:
            gone = notes.pop(rng.choice(sorted(notes)))
            emit(f"begin remove {gone.id} {gone.rev} -")
            v.remove_note(gone)
            emit(f"ok remove {gone.id} {gone.rev} -")
        else:
            c = rng.choice(clients)
            new_c = c.bumped(identifiers=(*c.identifiers[-3:], f"id{serial}"))
            emit(f"begin client {c.id} {new_c.rev} -")
            v.update_client(new_c)
            clients = [new_c if x.id == c.id else x for x in clients]
            emit(f"ok client {c.id} {new_c.rev} -")


def _fork_writer(vault_path: Path, seed: int) -> tuple[int, int]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into the caller's stack
        code = 0
        try:
            os.close(read_end)
            _writer(vault_path, write_end, seed)
        except BaseException as exc:
            os.write(write_end, f"error {type(exc).__name__}\n".encode())
            code = 3
        os._exit(code)
    os.close(write_end)
    return pid, read_end


# ---- the checker (the parent) ----------------------------------------------------------


@dataclass
class Report:
    kills: int = 0
    killed_before_ready: int = 0
    acknowledged: dict[str, int] = field(
        default_factory=lambda: {"add": 0, "edit": 0, "remove": 0, "client": 0}
    )
    in_flight_done: int = 0
    in_flight_not_done: int = 0
    temp_files_left_by_kills: int = 0
    temp_files_after_open: int = 0
    revision_log_repairs: int = 0
    verify_problems: int = 0
    notes_lost: int = 0
    notes_wrong: int = 0
    final_notes: int = 0
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        acked = sum(self.acknowledged.values())
        return (
            f"kills={self.kills} (before ready: {self.killed_before_ready}) "
            f"acknowledged_writes={acked} {self.acknowledged} "
            f"in_flight_completed={self.in_flight_done} "
            f"in_flight_not_applied={self.in_flight_not_done} "
            f"temp_files_left_by_kills={self.temp_files_left_by_kills} "
            f"temp_files_after_next_open={self.temp_files_after_open} "
            f"revision_log_repairs={self.revision_log_repairs} "
            f"verify_problems={self.verify_problems} notes_lost={self.notes_lost} "
            f"notes_wrong={self.notes_wrong} final_notes={self.final_notes}"
        )


@dataclass
class Model:
    """What the writers have acknowledged: note id -> (rev, sha); removed ids; client revs."""

    notes: dict[str, tuple[int, str]] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)
    client_revs: dict[str, int] = field(default_factory=dict)


def _collect(fd: int, deadline: float, until_ready: bool = False) -> tuple[list[str], bool]:
    """Read writer lines until the deadline (or 'ready'); True if the writer said 'ready'."""
    buf = b""
    ready = False
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        r, _, _ = select.select([fd], [], [], left)
        if not r:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        buf += chunk
        ready = ready or b"ready\n" in buf
        if ready and until_ready and buf.endswith(b"\n"):
            break
    return buf.decode().splitlines(), ready


def _round(vault_path: Path, rng: random.Random, model: Model, report: Report) -> None:
    pid, fd = _fork_writer(vault_path, rng.randrange(2**32))
    try:
        # Mostly kill while writing; sometimes while the writer is still opening the vault.
        if rng.random() < 0.1:
            lines, _ = _collect(fd, time.monotonic() + rng.uniform(0, 0.02))
        else:
            lines, ready = _collect(fd, time.monotonic() + 30, until_ready=True)
            if not ready:
                lines.append("error writer never became ready")
            more, _ = _collect(fd, time.monotonic() + rng.uniform(0.0, 0.06))
            lines += more
        os.kill(pid, signal.SIGKILL)
        rest, _ = _collect(fd, time.monotonic() + 0.5)
        lines += rest
    finally:
        os.waitpid(pid, 0)
        os.close(fd)
    report.kills += 1
    if "ready" not in lines:
        report.killed_before_ready += 1
    errors = [line for line in lines if line.startswith("error")]
    if errors:
        report.failures.append(f"writer failed: {errors}")
    in_flight = None
    for line in lines:
        parts = line.split()
        if parts[0] == "begin":
            in_flight = parts[1:]
        elif parts[0] == "ok":
            in_flight = None
            op, rid, rev, digest = parts[1:]
            report.acknowledged[op] += 1
            if op in ("add", "edit"):
                model.notes[rid] = (int(rev), digest)
            elif op == "remove":
                model.notes.pop(rid, None)
                model.removed.add(rid)
            else:
                model.client_revs[rid] = int(rev)
    _check(vault_path, model, in_flight, report)


def _check(vault_path: Path, model: Model, in_flight: list[str] | None, report: Report) -> None:
    def temps() -> int:  # records are written through temp files in the vault folder
        return sum(len(storage.stale_temp_files(d)) for d in (vault_path, vault_path / "records"))

    report.temp_files_left_by_kills += temps()
    v = Vault.open(vault_path, PASSPHRASE)
    report.temp_files_after_open += temps()
    problems = v.verify()
    if "damaged or cut short" in v.rollback_status():
        report.revision_log_repairs += 1
    if problems:
        report.verify_problems += len(problems)
        report.failures.append(f"verify: {[(p.subject, p.message) for p in problems]}")
    found = {n.id: (n.rev, sha(n.text)) for n in v.notes()}
    op, fid, frev, fdigest = in_flight if in_flight else ("", "", "0", "")
    for rid, expected in list(model.notes.items()):
        got = found.get(rid)
        if got == expected:
            continue
        if rid == fid and op == "edit" and got == (int(frev), fdigest):
            report.in_flight_done += 1
            model.notes[rid] = got
            in_flight = None
        elif rid == fid and op == "remove" and got is None:
            report.in_flight_done += 1
            del model.notes[rid]
            model.removed.add(rid)
            in_flight = None
        elif got is None:
            report.notes_lost += 1
            report.failures.append(f"acknowledged note {rid} is missing")
        else:
            report.notes_wrong += 1
            report.failures.append(f"note {rid}: expected {expected}, found {got}")
    for rid in set(found) - set(model.notes):
        if op == "add" and in_flight and found[rid] == (1, fdigest):
            report.in_flight_done += 1
            model.notes[rid] = found[rid]
            in_flight = None
        else:
            report.failures.append(f"note {rid} appeared without being written, or came back")
    for rid, rev in model.client_revs.items():
        c = v.client_by_id(rid)
        if c is None or c.rev < rev:
            report.failures.append(f"client {rid}: acknowledged revision {rev} not found")
        elif c.rev > rev:
            model.client_revs[rid] = c.rev  # the in-flight edit landed
    if in_flight:
        report.in_flight_not_done += 1
    report.final_notes = len(found)


def run(kills: int, seed: int, root: Path | None = None) -> Report:
    """Create a vault under root (a temp folder by default) and crash a writer `kills` times."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="confvault-crash-", dir=root) as tmp:
        vault_path = Path(tmp) / "vault"
        v, _ = Vault.create(vault_path, PASSPHRASE, crypto.TESTING_ONLY)
        model = Model()
        for alias in ALIASES:
            c = v.add_client(alias)
            model.client_revs[c.id] = c.rev
        report = Report()
        for _ in range(kills):
            _round(vault_path, rng, model, report)
            if len(report.failures) > 20:
                break
        return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="confvault-crash-home-") as home:
        # Keep the per-device revision log away from the real home folder.
        os.environ["XDG_STATE_HOME"] = home
        started = time.monotonic()
        report = run(args.kills, args.seed)
    print(report.summary())
    print(f"seconds={time.monotonic() - started:.1f}")
    for failure in report.failures:
        print("FAILURE", failure)
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
