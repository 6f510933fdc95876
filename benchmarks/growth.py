"""Growth: the same commands on vaults of 100, 1,000 and 10,000 notes.

Whole processes (what a user feels, with the test-only KDF so the unlock is
excluded) and the library calls behind them, in-process. Sizes are interleaved
within each round so the ratios between sizes share the machine's noise.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Callable
from typing import Any

import workload
from perf_tools import Report, Series, check, ms, run_process, table, time_call

OLD_DATE = dt.date(2010, 1, 1)  # notes added while measuring fall outside export windows
RSS_LIMIT_MIB = 100 * 1e6 / 2**20  # 100 MB

CLI_OPS = ("note add", "note list", "search", "export", "verify")
LIB_OPS = (
    "open (test-only KDF)",
    "note add: client lookup + add_note",
    "client lookup alone",
    "add_note alone",
    "note list",
    "search",
    "export",
    "verify",
)
COLD_ADD = "note add, first on this device (cold kind cache)"

Results = dict[str, dict[int, Series]]


def _cli_args(op: str, n: int, cfg: Any, text: str) -> list[str]:
    if op == "note add":
        return ["add", workload.alias(3), "-m", text, "--date", OLD_DATE.isoformat()]
    if op == "note list":
        return ["ls"]
    if op == "search":
        return ["search", workload.SEARCH_WORD]
    if op == "verify":
        return ["verify"]
    since, until, _ = workload.export_window(n)
    out = cfg.work / f"export-{n}.md"
    return [
        "export",
        "--since",
        since.isoformat(),
        "--until",
        until.isoformat(),
        "--format",
        "md",
        "--output",
        str(out),
        "--force",
    ]


def cli_rounds(cfg: Any, log: Callable[[str], None]) -> Results:
    results: Results = {op: {n: Series() for n in cfg.sizes} for op in (COLD_ADD, *CLI_OPS)}
    rng = random.Random(3)

    def run(op: str, n: int, into: str) -> None:
        base = [*cfg.cv, "--vault", str(cfg.work / f"v{n}")]
        base += ["--passphrase-file", str(cfg.work / "pass.txt")]
        args = _cli_args(op, n, cfg, workload.note_text(rng, 1))
        p = check(run_process([*base, *args], cfg.env), f"confvault {op} at {n}")
        results[into][n].add(p.seconds, p.max_rss_mib)

    for n in cfg.sizes:  # the vaults were built through the library: nothing cached yet
        run("note add", n, COLD_ADD)
    for r in range(cfg.repeats):
        log(f"growth: command round {r + 1}/{cfg.repeats}")
        for op in CLI_OPS:
            for n in cfg.sizes:
                run(op, n, op)
    return results


def library_rounds(cfg: Any, log: Callable[[str], None]) -> Results:
    from confvault import export as ex
    from confvault.vault import Vault

    pw = workload.PASSPHRASE.encode()
    results: Results = {op: {n: Series() for n in cfg.sizes} for op in LIB_OPS}
    rng = random.Random(5)

    def run(op: str, n: int) -> float:
        path = cfg.work / f"v{n}"
        if op.startswith("open"):
            return time_call(lambda: Vault.open(path, pw))
        v = Vault.open(path, pw)
        text = workload.note_text(rng, 1)
        if op.startswith("note add"):
            return time_call(lambda: v.add_note(v.client(workload.alias(3)), text, OLD_DATE))
        if op == "client lookup alone":
            return time_call(lambda: v.client(workload.alias(3)))
        if op == "add_note alone":
            client = v.client(workload.alias(3))
            return time_call(lambda: v.add_note(client, text, OLD_DATE))
        if op == "note list":
            return time_call(v.notes)
        if op == "search":
            return time_call(lambda: v.search(workload.SEARCH_WORD))
        if op == "verify":
            return time_call(v.verify)
        since, until, _ = workload.export_window(n)
        return time_call(lambda: ex.build(v, ex.Request(since=since, until=until)))

    for r in range(cfg.repeats):
        log(f"growth: library round {r + 1}/{cfg.repeats}")
        for op in LIB_OPS:
            if op == "export" and r >= (1 if cfg.quick else 3):
                continue  # slow and steady: three runs are enough (one in quick mode)
            for n in cfg.sizes:
                results[op][n].add(run(op, n))
    return results


def growth_tables(
    cfg: Any, report: Report, built: dict[int, float], cli: Results, lib: Results
) -> None:
    sizes = cfg.sizes
    lo, hi = sizes[0], sizes[-1]
    head = ["", *[f"{n:,} notes" for n in sizes], f"{hi:,} / {lo:,}"]

    def row(name: str, series: dict[int, Series]) -> list[str]:
        med = [series[n].median for n in sizes]
        return [name, *[ms(m) for m in med], f"{med[-1] / med[0]:.2f}x"]

    exported = {n: workload.export_window(n)[2] for n in sizes}
    cli_rows = [row(op, cli[op]) for op in (*CLI_OPS[:1], COLD_ADD, *CLI_OPS[1:])]
    cli_rows[1 + CLI_OPS.index("export")][0] = (
        "export (" + ", ".join(f"{c:,}" for c in exported.values()) + " notes)"
    )
    rss_rows = [
        [f"peak RSS (MiB): {op}", *[f"{cli[op][n].peak_rss:.0f}" for n in sizes], ""]
        for op in CLI_OPS
    ]
    lib_rows = [row(op, lib[op]) for op in LIB_OPS]
    disk = {n: _disk(cfg.work / f"v{n}") for n in sizes}
    build_rows = [
        ["build through the library (one unlock)", *[ms(built[n]) for n in sizes], ""],
        ["per note", *[ms(built[n] / max(1, n)) for n in sizes], ""],
        ["files in records/", *[f"{disk[n][0]:,}" for n in sizes], ""],
        [
            "MB in records/ (file sizes / blocks allocated)",
            *[f"{disk[n][1] / 1e6:.1f} / {disk[n][2] / 1e6:.1f}" for n in sizes],
            "",
        ],
        ["kind cache on this device (KB)", *[f"{_cache_kb(cfg, n):.0f}" for n in sizes], ""],
    ]
    report.sections.append(
        "\n".join(
            [
                f"### Growth: {', '.join(f'{n:,}' for n in sizes)} notes"
                f" (~1 KB each, {workload.CLIENTS} clients)",
                "",
                "Whole `confvault` processes on a vault made with the test-only KDF, so no"
                " figure here includes the unlock (add the unlock above for what a user"
                " feels):",
                "",
                table(head, cli_rows),
                "",
                table([*head[:-1], ""], rss_rows),
                "",
                "The library calls behind them, in-process, after `Vault.open`"
                " (each on a freshly opened vault, as a command would be):",
                "",
                table(head, lib_rows),
                "",
                table([*head[:-1], ""], build_rows),
            ]
        )
    )
    add_ratio = cli["note add"][hi].median / cli["note add"][lo].median
    lib_add = lib["note add: client lookup + add_note"]
    lib_ratio = lib_add[hi].median / lib_add[lo].median
    at = f" at {hi:,}"
    report.target(
        f"`note add`{at} vs at {lo:,} (process)", f"{add_ratio:.2f}x", "<= 1.2x", add_ratio <= 1.2
    )
    report.target(
        f"`note add`{at} vs at {lo:,} (library)", f"{lib_ratio:.2f}x", "<= 1.2x", lib_ratio <= 1.2
    )
    s = cli["search"][hi].median
    report.target(f"`search`{at}", ms(s), "<= 1.0 s at 10,000", s <= 1.0)
    big = [n for n in sizes if exported[n] >= 1000] or [hi]
    e = max(cli["export"][n].median for n in big)
    report.target(
        f"`export` of {exported[big[-1]]:,} notes (worst size)", ms(e), "<= 5 s", e <= 5.0
    )
    v = cli["verify"][hi].median
    report.target(f"`verify`{at}", ms(v), "<= 3 s at 10,000", v <= 3.0)
    for label, ops in (
        ("add, list, search, verify", [op for op in CLI_OPS if op != "export"]),
        ("export (loads the redaction lexicons)", ["export"]),
    ):
        p = max(cli[op][n].peak_rss for op in ops for n in sizes)
        report.target(
            f"peak memory beyond the KDF: {label} (max RSS, test-only KDF)",
            f"{p:.0f} MiB",
            f"<= 100 MB ({RSS_LIMIT_MIB:.0f} MiB)",
            p <= RSS_LIMIT_MIB,
        )


def _disk(vault: Any) -> tuple[int, int, int]:
    stats = [e.stat() for e in os.scandir(vault / "records") if e.is_file()]
    return len(stats), sum(s.st_size for s in stats), sum(s.st_blocks * 512 for s in stats)


def _cache_kb(cfg: Any, n: int) -> float:
    """Size of the per-device kind cache of the vault of n notes (0 if none)."""
    try:
        from confvault import kinds
        from confvault.vault import Vault
    except ImportError:  # a checkout from before the cache existed
        return 0.0
    vault = Vault.open(cfg.work / f"v{n}", workload.PASSPHRASE.encode())
    path = kinds.KindCache(kinds.default_dir(), vault.header.vault_id, vault._vault_key).path
    return path.stat().st_size / 1000 if path.exists() else 0.0
