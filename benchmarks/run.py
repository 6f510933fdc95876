"""confvault benchmarks: start-up, unlock, growth, against jrnl, redaction speed.

Run by hand, never in CI, with the Python of a venv where this checkout is
installed (`pip install -e .`) and, for the comparison, jrnl in a venv of its
own (default `../jrnlvenv`, or --jrnl PATH):

    python benchmarks/run.py            # full run, 10-15 minutes
    python benchmarks/run.py --quick    # under 2 minutes: sizes 100 and 1,000

Every figure is the median of several runs; every comparison is a ratio of
figures measured in the same run, interleaved so both sides share the noise.
The tables are printed and written into docs/PERFORMANCE.md between the
`benchmark` markers (--no-write leaves the file alone).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))  # in-process library calls use this checkout

import bare_typer  # noqa: E402
import vs_jrnl  # noqa: E402
import workload  # noqa: E402
from growth import cli_rounds, growth_tables, library_rounds  # noqa: E402
from perf_tools import (  # noqa: E402
    Report,
    Series,
    check,
    git_commit,
    machine,
    ms,
    run_process,
    table,
    time_call,
    verdict,
)

DOC = ROOT / "docs" / "PERFORMANCE.md"
START, END = "<!-- benchmark:start -->", "<!-- benchmark:end -->"


@dataclass
class Config:
    quick: bool
    sizes: list[int]
    repeats: int
    startup_rounds: int
    jrnl: Path | None
    jrnl_entries: int
    work: Path
    env: dict[str, str] = field(default_factory=dict)
    cv: list[str] = field(default_factory=list)


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# ---- start-up ------------------------------------------------------------------------------


def startup(cfg: Config, report: Report) -> None:
    log("start-up: generating the bare Typer app from confvault's command tree")
    bare = cfg.work / "bare_app.py"
    bare.write_text(bare_typer.from_confvault(), encoding="utf-8")
    py = sys.executable
    cmds: dict[str, tuple[list[str], dict[str, str]]] = {
        "confvault --help": ([*cfg.cv, "--help"], cfg.env),
        "bare Typer app --help": ([py, str(bare), "--help"], cfg.env),
        "confvault --version": ([*cfg.cv, "--version"], cfg.env),
        "bare Typer app --version": ([py, str(bare), "--version"], cfg.env),
        "python -c pass (interpreter floor)": ([py, "-c", "pass"], cfg.env),
    }
    if cfg.jrnl:
        jenv = vs_jrnl._jrnl_env(cfg.env, cfg.work)
        cmds["jrnl --help"] = ([str(cfg.jrnl), "--help"], jenv)
    same = (
        check(run_process(cmds["confvault --help"][0], cfg.env), "confvault --help").out
        == check(run_process(cmds["bare Typer app --help"][0], cfg.env), "bare --help").out
    )
    series = {name: Series() for name in cmds}
    for r in range(cfg.startup_rounds + 2):
        for name, (cmd, env) in cmds.items():
            p = check(run_process(cmd, env), name)
            if r >= 2:  # two warm-up rounds: byte-code caches, page cache
                series[name].add(p.seconds, p.max_rss_mib)
    med = {k: s.median for k, s in series.items()}
    rows = [[k, ms(s.median), s.spread, f"{s.peak_rss:.0f}"] for k, s in series.items()]
    help_ratio = med["confvault --help"] / med["bare Typer app --help"]
    version_ratio = med["confvault --version"] / med["bare Typer app --version"]
    text = [
        "### Start-up (whole processes)",
        "",
        table(["command", "median", "range", "peak RSS MiB"], rows),
        "",
        f"- `--help` ratio confvault / bare Typer app: **{help_ratio:.2f}**"
        f" (target <= 1.3); `--version` ratio: **{version_ratio:.2f}** (target <= 1.3).",
        "- The bare app is generated from confvault's own command tree on every run"
        " (`benchmarks/bare_typer.py`); its `--help` output is "
        + ("identical to confvault's." if same else "**not** identical to confvault's."),
    ]
    if "jrnl --help" in med:
        text.append(
            "- confvault `--help` / jrnl `--help`: "
            f"**{med['confvault --help'] / med['jrnl --help']:.2f}**."
        )
    report.sections.append("\n".join(text))
    report.target(
        "start-up: `--help` vs bare Typer", f"{help_ratio:.2f}x", "<= 1.3x", help_ratio <= 1.3
    )
    report.target(
        "start-up: `--version` vs bare Typer",
        f"{version_ratio:.2f}x",
        "<= 1.3x",
        version_ratio <= 1.3,
    )


# ---- unlock ---------------------------------------------------------------------------------

_KDF_CHILD = (
    "import sys\n"
    "from argon2.low_level import hash_secret_raw\n"
    "from confvault import crypto\n"
    "p = crypto.KdfParams(*map(int, sys.argv[1:4]))\n"
    "if sys.argv[4] == '1':\n"
    "    crypto.derive_kek(b'benchmark', b'\\0' * 16, p)\n"
)


def unlock(cfg: Config, report: Report) -> None:
    from confvault import crypto
    from confvault.vault import Vault

    log("unlock: calibrating the KDF as init does")
    pw = workload.PASSPHRASE.encode()
    params: list[crypto.KdfParams] = []
    calibrate = Series()
    for _ in range(1 if cfg.quick else 2):
        calibrate.add(time_call(lambda: params.append(crypto.calibrate())))
    kdf = params[-1]
    derive = Series()
    for _ in range(cfg.repeats):
        derive.add(crypto.time_kdf(kdf))
    real = cfg.work / "calibrated"
    create = time_call(lambda: Vault.create(real, pw, kdf))
    opened = Series()
    for _ in range(cfg.repeats):
        opened.add(time_call(lambda: Vault.open(real, pw)))
    args = [str(kdf.time_cost), str(kdf.memory_kib), str(kdf.parallelism)]
    child = [sys.executable, "-c", _KDF_CHILD, *args]
    with_kdf = check(run_process([*child, "1"], cfg.env), "KDF child")
    without = check(run_process([*child, "0"], cfg.env), "KDF child")
    kdf_mib = with_kdf.max_rss_mib - without.max_rss_mib

    log("unlock: whole processes (init, and a command on a calibrated vs a cheap vault)")
    cheap = cfg.work / "cheap-empty"
    workload.build_vault(cheap, 0)
    init_runs = Series()
    for i in range(1 if cfg.quick else 2):
        p = check(
            run_process(
                [
                    *cfg.cv,
                    "--vault",
                    str(cfg.work / f"init-{i}"),
                    "--passphrase-file",
                    str(cfg.work / "pass.txt"),
                    "init",
                ],
                cfg.env,
            ),
            "confvault init",
        )
        init_runs.add(p.seconds, p.max_rss_mib)
    felt = {"calibrated": Series(), "cheap": Series()}
    for _ in range(cfg.repeats):
        for name, path in (("calibrated", real), ("cheap", cheap)):
            p = check(
                run_process(
                    [
                        *cfg.cv,
                        "--vault",
                        str(path),
                        "--passphrase-file",
                        str(cfg.work / "pass.txt"),
                        "client",
                        "list",
                    ],
                    cfg.env,
                ),
                "confvault client list",
            )
            felt[name].add(p.seconds, p.max_rss_mib)
    rows = [
        ["calibration at `init` (library, `crypto.calibrate`)", ms(calibrate.median), "-"],
        [
            f"one derivation: Argon2id t={kdf.time_cost}, m={kdf.memory_kib // 1024} MiB,"
            f" p={kdf.parallelism}",
            ms(derive.median),
            f"{kdf.memory_kib / 1024:.0f} (measured +{kdf_mib:.0f})",
        ],
        ["`Vault.create` (one derivation + writes)", ms(create), "-"],
        ["`Vault.open` (a later open)", ms(opened.median), "-"],
        ["`confvault init` (whole process)", ms(init_runs.median), f"{init_runs.peak_rss:.0f}"],
        [
            "`confvault client list`, calibrated vault (whole process)",
            ms(felt["calibrated"].median),
            f"{felt['calibrated'].peak_rss:.0f}",
        ],
        [
            "`confvault client list`, test-only KDF (whole process)",
            ms(felt["cheap"].median),
            f"{felt['cheap'].peak_rss:.0f}",
        ],
    ]
    report.sections.append(
        "\n".join(
            [
                "### Unlock (the KDF, reported apart from everything else)",
                "",
                table(["what", "median", "memory MiB"], rows),
                "",
                f"- The unlock a user feels on every command: "
                f"{ms(felt['calibrated'].median - felt['cheap'].median)} "
                "(calibrated minus test-only KDF, same command).",
            ]
        )
    )
    ok = 0.5 <= derive.median <= 1.0
    report.target("unlock: KDF at init", ms(derive.median), "0.5-1.0 s", ok)
    report.target("unlock: later open", ms(opened.median), "0.5-1.0 s", 0.5 <= opened.median <= 1.0)
    report.kdf_mib = kdf.memory_kib / 1024
    report.kdf_seconds = derive.median


# ---- growth --------------------------------------------------------------------------------


def growth(cfg: Config, report: Report) -> None:
    built: dict[int, float] = {}
    for n in cfg.sizes:
        log(f"growth: building a vault of {n:,} notes through the library")
        built[n] = time_call(
            lambda n=n: workload.build_vault(
                cfg.work / f"v{n}", n, lambda i: log(f"  {i:,}/{n:,}") if i % 5000 == 0 else None
            )
        )
    cli = cli_rounds(cfg, log)
    lib = library_rounds(cfg, log)
    growth_tables(cfg, report, built, cli, lib)


# ---- redaction ----------------------------------------------------------------------------


def redaction(cfg: Config, report: Report, corpus: Path) -> None:
    import redaction_eval as ev

    log("redaction: engine speed on the corpora")
    ev.detect("warm up: Jordan Smith, 07700 900123, 14/03/2025.")
    runs = Series()
    total_bytes = 0
    for _ in range(cfg.repeats):
        nbytes, seconds = 0, 0.0
        for name in ev.CORPORA:
            s = ev.score_corpus(corpus / name)
            nbytes += s.nbytes
            seconds += s.seconds
        runs.add(seconds)
        total_bytes = nbytes
    mbps = total_bytes / 1e6 / runs.median
    report.sections.append(
        "\n".join(
            [
                "### Redaction engine",
                "",
                f"- `detect()` on `{corpus.name}/` ({', '.join(ev.CORPORA)}; "
                f"{total_bytes / 1e6:.2f} MB): **{mbps:.2f} MB/s** "
                f"(median of {cfg.repeats}, lexicons loaded first; measured with "
                "`benchmarks/redaction_eval.py`'s `score_corpus`).",
                "- Accuracy, speed rounds and what limits the speed: docs/REDACTION.md.",
            ]
        )
    )
    report.target("redaction engine speed", f"{mbps:.2f} MB/s", ">= 2 MB/s", mbps >= 2)


# ---- jrnl ---------------------------------------------------------------------------------


def against_jrnl(cfg: Config, report: Report) -> None:
    if cfg.jrnl is None:
        report.sections.append("### Against jrnl\n\njrnl was not found; section skipped.")
        return
    log(f"vs jrnl: {cfg.jrnl_entries:,} entries, one command at a time, in both tools")
    work = cfg.work / "jrnl"
    work.mkdir()
    r = vs_jrnl.run(cfg.jrnl, cfg.cv, cfg.env, work, cfg.jrnl_entries, cfg.repeats, log)
    vs_jrnl.report(cfg, report, r)


# ---- main ---------------------------------------------------------------------------------


def default_jrnl() -> Path | None:
    candidate = ROOT.parent / "jrnlvenv" / "bin" / "jrnl"
    if candidate.exists():
        return candidate
    import shutil

    found = shutil.which("jrnl")
    return Path(found) if found else None


def confvault_command() -> list[str]:
    script = Path(sys.executable).parent / "confvault"
    return [str(script)] if script.exists() else [sys.executable, "-m", "confvault"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark confvault (see docs/PERFORMANCE.md).")
    ap.add_argument("--quick", action="store_true", help="sizes 100 and 1,000; fewer runs")
    ap.add_argument("--sizes", help="comma-separated vault sizes (default 100,1000,10000)")
    ap.add_argument("--repeats", type=int, help="runs per figure (default 5, quick 3)")
    ap.add_argument("--jrnl", type=Path, help="the jrnl executable (default ../jrnlvenv)")
    ap.add_argument("--jrnl-entries", type=int, help="entries in the jrnl comparison")
    ap.add_argument(
        "--skip",
        default="",
        help="comma-separated sections to skip: startup,unlock,growth,jrnl,redaction",
    )
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--no-write", action="store_true", help="do not update docs/PERFORMANCE.md")
    ap.add_argument("--save", type=Path, help="also write the results block to this file")
    args = ap.parse_args(argv)
    quick = args.quick
    sizes = (
        [int(s) for s in args.sizes.split(",")]
        if args.sizes
        else ([100, 1000] if quick else [100, 1000, 10000])
    )
    skip = {s for s in args.skip.split(",") if s}
    jrnl = args.jrnl or default_jrnl()
    with tempfile.TemporaryDirectory(prefix="confvault-bench-") as tmp:
        work = Path(tmp)
        home = work / "home"
        home.mkdir()
        # Every per-user folder (data, cache, state, exports) points into the
        # temp home, for the commands and for the library calls made here.
        private = {
            "HOME": str(home),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_DOCUMENTS_DIR": str(home / "Documents"),
        }
        os.environ.update(private)
        env = {k: v for k, v in os.environ.items() if not k.startswith("CONFVAULT_")}
        env.update({"PYTHONPATH": str(ROOT / "src"), "COLUMNS": "200", **private})
        (work / "pass.txt").write_text(workload.PASSPHRASE + "\n", encoding="utf-8")
        cfg = Config(
            quick=quick,
            sizes=sizes,
            repeats=args.repeats or (3 if quick else 5),
            startup_rounds=7 if quick else 15,
            jrnl=jrnl if jrnl and jrnl.exists() else None,
            jrnl_entries=args.jrnl_entries or (100 if quick else 1000),
            work=work,
            env=env,
            cv=confvault_command(),
        )
        report = Report()
        steps = [
            ("startup", lambda: startup(cfg, report)),
            ("unlock", lambda: unlock(cfg, report)),
            ("growth", lambda: growth(cfg, report)),
            ("jrnl", lambda: against_jrnl(cfg, report)),
            ("redaction", lambda: redaction(cfg, report, args.corpus)),
        ]
        for name, step in steps:
            if name in skip:
                continue
            try:
                step()
            except Exception as exc:  # keep what was measured; say what failed
                import traceback

                traceback.print_exc()
                report.sections.append(f"### {name}: failed\n\n`{type(exc).__name__}: {exc}`")
    block = render(cfg, report, args, jrnl)
    print(block)
    if args.save:
        args.save.write_text(block + "\n", encoding="utf-8")
    if not args.no_write:
        write_doc(block)
        log(f"wrote {DOC.relative_to(ROOT)}")
    return 0


def render(cfg: Config, report: Report, args: argparse.Namespace, jrnl: Path | None) -> str:
    m = machine()
    command = "python benchmarks/run.py" + (" " + shlex.join(sys.argv[1:]) if sys.argv[1:] else "")
    env_rows = [
        ["date", dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")],
        ["command", f"`{command}`" + (" (quick mode)" if cfg.quick else "")],
        ["machine", f"{m['cpus']} CPUs (`nproc`), {m['cpu']}, {m['memory']} RAM, {m['os']}"],
        ["Python", m["python"]],
        ["confvault commit", git_commit(ROOT)],
        ["jrnl", vs_jrnl.jrnl_version(jrnl) if cfg.jrnl and jrnl else "not found"],
        ["runs per figure", f"median of {cfg.repeats} (start-up: {cfg.startup_rounds})"],
    ]
    targets = table(
        ["target", "measured", "goal", "met"],
        [[w, v, g, verdict(ok)] for w, v, g, ok in report.targets],
    )
    return "\n\n".join(
        [
            START,
            "## Latest results",
            table(["", ""], env_rows),
            "### Targets",
            targets,
            *report.sections,
            END,
        ]
    )


def write_doc(block: str) -> None:
    if DOC.exists():
        doc = DOC.read_text(encoding="utf-8")
        if START in doc and END in doc:
            a, b = doc.index(START), doc.index(END) + len(END)
            DOC.write_text(doc[:a] + block + doc[b:], encoding="utf-8")
            return
        DOC.write_text(doc.rstrip("\n") + "\n\n" + block + "\n", encoding="utf-8")
        return
    DOC.write_text("# Performance\n\n" + block + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
