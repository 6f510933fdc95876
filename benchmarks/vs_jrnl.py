"""confvault against jrnl on the same work, in the same run.

Both tools get an encrypted store, then N entries added one command at a time
(alternating between the tools, so both see the same machine noise), then a
full listing and a search. jrnl is a benchmark-only dependency in its own venv;
its password comes from benchmarks/jrnl_keyring.py, confvault's from a file.
"""

from __future__ import annotations

import os
import random
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import workload
from perf_tools import Report, Series, check, ms, run_process, table

HERE = Path(__file__).resolve().parent
JRNL_PASSWORD = "violet tractor mango hillside 42"  # a throwaway benchmark journal

_PBKDF2_PROBE = """
import statistics, time
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
runs = []
for _ in range(5):
    t = time.perf_counter()
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=b"s" * 16, iterations=100_000)
    kdf.derive(b"pw")
    runs.append(time.perf_counter() - t)
print(statistics.median(runs))
"""


@dataclass
class JrnlResult:
    version: str
    entries: int
    kdf_seconds: float
    add_first: dict[str, Series] = field(default_factory=dict)
    add_last: dict[str, Series] = field(default_factory=dict)
    add_total: dict[str, float] = field(default_factory=dict)
    listing: dict[str, Series] = field(default_factory=dict)
    search: dict[str, Series] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    matches: dict[str, int] = field(default_factory=dict)


def jrnl_version(jrnl: Path) -> str:
    out = subprocess.run([str(jrnl), "--version"], capture_output=True, text=True, check=False)
    first = (out.stdout or out.stderr).strip().splitlines()
    return first[0] if first else "unknown"


def _jrnl_env(base: dict[str, str], home: Path) -> dict[str, str]:
    env = {k: v for k, v in base.items() if k != "PYTHONPATH"}
    env.update(
        {
            "HOME": str(home),
            "PYTHONPATH": str(HERE),
            "PYTHON_KEYRING_BACKEND": "jrnl_keyring.EnvKeyring",
            "CONFVAULT_BENCH_JRNL_PASSWORD": JRNL_PASSWORD,
        }
    )
    return env


def _write_config(path: Path, journal: Path, version: str) -> None:
    path.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: true\n"
        "highlight: false\nindent_character: '|'\n"
        f"journals:\n  default: {{journal: {journal}, encrypt: true}}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
        f"timeformat: '%F %r'\nversion: {version.split()[-1]}\n",
        encoding="utf-8",
    )


def run(
    jrnl: Path,
    confvault_cmd: list[str],
    cv_env: dict[str, str],
    work: Path,
    entries: int,
    repeats: int,
    log: object = print,
) -> JrnlResult:
    version = jrnl_version(jrnl)
    jrnl_python = jrnl.parent / "python"
    probe = check(run_process([str(jrnl_python), "-c", _PBKDF2_PROBE]), "PBKDF2 probe")
    result = JrnlResult(version, entries, float(probe.out.decode().strip()))

    home = work / "jrnl-home"
    home.mkdir()
    config = work / "jrnl.yaml"
    journal = work / "journal.txt"
    _write_config(config, journal, version)
    jenv = _jrnl_env(os.environ, home)
    jcmd = [str(jrnl), "--config-file", str(config)]

    vault = work / "cv-vs-jrnl"
    workload.build_vault(vault, 0)
    passfile = work / "pass.txt"
    passfile.write_text(workload.PASSPHRASE + "\n", encoding="utf-8")
    cv = [*confvault_cmd, "--vault", str(vault), "--passphrase-file", str(passfile)]

    window = max(1, entries // 10)
    for tool in ("jrnl", "confvault"):
        result.add_first[tool], result.add_last[tool] = Series(), Series()
        result.add_total[tool] = 0.0
        result.listing[tool], result.search[tool] = Series(), Series()
    rng = random.Random(11)
    for i in range(entries):
        text = workload.note_text(rng, i)
        runs = {
            "jrnl": check(run_process([*jcmd, text], jenv), "jrnl add"),
            "confvault": check(
                run_process([*cv, "add", workload.alias(i % workload.CLIENTS), "-m", text], cv_env),
                "confvault add",
            ),
        }
        for tool, proc in runs.items():
            result.add_total[tool] += proc.seconds
            if i < window:
                result.add_first[tool].add(proc.seconds, proc.max_rss_mib)
            if i >= entries - window:
                result.add_last[tool].add(proc.seconds, proc.max_rss_mib)
        if (i + 1) % max(1, entries // 5) == 0 and callable(log):
            log(f"  vs jrnl: {i + 1}/{entries} entries added to each")

    for _ in range(repeats):
        p = check(run_process([*jcmd, "--short"], jenv), "jrnl --short")
        result.listing["jrnl"].add(p.seconds, p.max_rss_mib)
        p = check(run_process([*cv, "ls"], cv_env), "confvault ls")
        result.listing["confvault"].add(p.seconds, p.max_rss_mib)
        p = check(run_process([*jcmd, "-contains", workload.SEARCH_WORD], jenv), "jrnl -contains")
        result.search["jrnl"].add(p.seconds, p.max_rss_mib)
        result.matches["jrnl"] = p.out.decode(errors="replace").count(workload.SEARCH_WORD)
        p = check(run_process([*cv, "search", workload.SEARCH_WORD], cv_env), "confvault search")
        result.search["confvault"].add(p.seconds, p.max_rss_mib)
        result.matches["confvault"] = p.out.decode(errors="replace").count(workload.SEARCH_WORD)
    result.sizes["jrnl"] = journal.stat().st_size
    result.sizes["confvault"] = sum(f.stat().st_size for f in (vault / "records").iterdir())
    return result


def report(cfg: Any, rep: Report, r: JrnlResult) -> None:
    def med(d: dict[str, Series], tool: str) -> float:
        return d[tool].median

    kdf = getattr(rep, "kdf_seconds", 0.0)
    rows = []
    for name, d, jrnl_kdfs in (
        (f"add, first {max(1, r.entries // 10)} entries", r.add_first, 2),
        (f"add, last {max(1, r.entries // 10)} (at ~{r.entries:,} entries)", r.add_last, 2),
        ("list every entry (`ls` / `--short`)", r.listing, 1),
        (f"search (`search` / `-contains`), at {r.entries:,}", r.search, 1),
    ):
        j, c = med(d, "jrnl"), med(d, "confvault")
        j_nokdf = j - jrnl_kdfs * r.kdf_seconds
        rows.append(
            [
                name,
                ms(j),
                ms(c),
                f"**{c / j:.2f}**",
                f"{c / j_nokdf:.2f}" if j_nokdf > 0 else "-",
                f"{(c + kdf) / j:.2f}" if kdf else "-",
            ]
        )
    rows.append(
        [
            f"all {r.entries:,} adds, total",
            ms(r.add_total["jrnl"]),
            ms(r.add_total["confvault"]),
            f"**{r.add_total['confvault'] / r.add_total['jrnl']:.2f}**",
            "",
            "",
        ]
    )
    head = [
        "",
        "jrnl",
        "confvault",
        "confvault / jrnl",
        "… jrnl minus its KDF",
        "… confvault plus its KDF",
    ]
    rep.sections.append(
        "\n".join(
            [
                f"### Against jrnl ({r.version})",
                "",
                f"The same work in both: an encrypted store, {r.entries:,} entries of ~1 KB"
                " added one command at a time (the two tools alternating), then a full"
                " listing and a search. confvault's vault uses the test-only KDF, jrnl its"
                f" fixed PBKDF2-SHA256 (100,000 iterations, {ms(r.kdf_seconds)} here, run"
                " twice per add: once to decrypt, once to re-encrypt with a new salt, and"
                " once per read).",
                "",
                table(head, rows),
                "",
                "- Bold: whole processes as measured. 'jrnl minus its KDF' compares both"
                " without key derivation; 'confvault plus its KDF' adds confvault's calibrated"
                f" unlock ({ms(kdf) if kdf else 'not measured'}), which it chooses to make"
                " guessing slow, so it is what a user feels.",
                f"- On disk after the run: jrnl {r.sizes['jrnl'] / 1e6:.2f} MB in one file;"
                f" confvault {r.sizes['confvault'] / 1e6:.2f} MB in"
                f" {r.entries + workload.CLIENTS:,} files (padded to 1 KiB buckets).",
                f"- Search hits printed: jrnl {r.matches.get('jrnl', 0)},"
                f" confvault {r.matches.get('confvault', 0)} occurrences of the word.",
            ]
        )
    )
    a = med(r.add_last, "confvault") / med(r.add_last, "jrnl")
    s = med(r.search, "confvault") / med(r.search, "jrnl")
    rep.target(f"add at {r.entries:,} entries vs jrnl", f"{a:.2f}x", "< 1 (win)", a < 1)
    rep.target(f"search at {r.entries:,} entries vs jrnl", f"{s:.2f}x", "< 1 (win)", s < 1)
