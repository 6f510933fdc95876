"""What the per-device revision log costs on a large vault.

    PYTHONPATH=src python benchmarks/rollback_log.py --notes 10000

Builds a vault of N notes (cheap test KDF), then times, with the log and with
the log switched off: opening and reading every record (what every command
does), the first open on a new device (which records N revisions), and
adding one note after reading (what `confvault add` does). Prints the log's
size. Timings are medians of a few runs; they vary by machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from confvault import crypto, rollback
from confvault.vault import Vault

PW = b"benchmark passphrase"


def median_seconds(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="confvault-bench-"))
    os.environ["XDG_STATE_HOME"] = str(root / "state")
    try:
        path = root / "vault"
        v, _ = Vault.create(path, PW, crypto.TESTING_ONLY)
        c = v.add_client("River")
        start = time.perf_counter()
        for i in range(args.notes):
            v.add_note(c, f"note {i} " + "words " * 40, dt.date(2025, 1, 1))
        print(f"built {args.notes} notes in {time.perf_counter() - start:.1f} s")

        def read_all() -> None:
            Vault.open(path, PW).notes()

        def add_after_read() -> None:
            w = Vault.open(path, PW)
            w.add_note(w.client("River"), "one more", dt.date(2025, 1, 2))

        def first_open_on_a_new_device() -> None:
            shutil.rmtree(root / "state", ignore_errors=True)
            read_all()

        results = {}
        for label, fn in (
            ("open + read all", read_all),
            ("open + read all + add one (confvault add)", add_after_read),
            ("first open on a new device", first_open_on_a_new_device),
        ):
            with_log = median_seconds(fn, args.runs)
            saved = {
                name: getattr(rollback.RevisionLog, name)
                for name in ("load", "saw", "removed", "create")
            }
            for name in saved:
                setattr(rollback.RevisionLog, name, lambda self, *a, **k: None)
            try:
                without = median_seconds(fn, args.runs)
            finally:
                for name, fn_ in saved.items():
                    setattr(rollback.RevisionLog, name, fn_)
            results[label] = (with_log, without)
            print(
                f"{label}: {with_log * 1000:.0f} ms with the log, {without * 1000:.0f} ms without"
            )
        read_all()
        opened = Vault.open(path, PW)
        log = rollback.RevisionLog(
            rollback.default_dir(), opened.header.vault_id, opened._vault_key
        )
        some = [n.id for n in opened.notes()[:50]]

        def load_and_look_up() -> None:
            log.load()
            for rid in some:
                log.recall(rid)

        def load_whole() -> None:
            log.load()
            log.status()  # counts the records: builds every record's memory

        load = median_seconds(load_and_look_up, args.runs)
        whole = median_seconds(load_whole, args.runs)
        fresh = iter(range(10**6))
        append = median_seconds(lambda: log.saw([(f"{next(fresh):032x}", 1)]), args.runs)
        print(
            f"the log alone: load and look up {len(some)} records {load * 1000:.2f} ms, "
            f"load and build every record's memory {whole * 1000:.1f} ms, "
            f"remember one write {append * 1000:.2f} ms"
        )
        logs = list((root / "state").rglob("*" + rollback.SUFFIX))
        size = sum(p.stat().st_size for p in logs)
        print(f"revision log: {size} bytes for {args.notes + 1 + args.runs * 2} records")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
