"""The date and age patterns whose text differs between two source trees, tried at every
position of the same generated texts (benchmarks/dates_fuzz.py's), and the screens that
replaced patterns or substring tests (session 22), tried on the texts and their lower case.

A detector pattern must match at each position as before (span and groups); a pattern
used only as a screen must pass or fail alike; a new screen must pass wherever what it
guards matches.

    python benchmarks/dates_pattern_diff.py /work/s22/base/src src 20000 11
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable
from types import ModuleType

import dates_fuzz  # beside this script, so on the path when it runs

MODULES = ("dates_extra", "ages", "ages_spelled", "dates", "dates_scripts", "spelled")
# patterns the code only searches for a yes or no
SCREENS = {"_MONTH_THE", "_DOTTED_HINT", "_DAY_DOT_MONTH", "_SHORT_DAY_HINT", "_ORDINAL_OF"}


def load(src: str) -> dict[str, ModuleType]:
    sys.path.insert(0, src)
    try:
        return {name: importlib.import_module(f"confvault.redact.{name}") for name in MODULES}
    finally:
        sys.path.pop(0)
        for key in [k for k in sys.modules if k.startswith("confvault")]:
            del sys.modules[key]


def same_everywhere(a: re.Pattern[str], b: re.Pattern[str], text: str) -> bool:
    for i in range(len(text) + 1):
        x, y = a.match(text, i), b.match(text, i)
        if (x and (x.span(), x.groups())) != (y and (y.span(), y.groups())):
            return False
    return [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def screens(
    old: dict[str, ModuleType], new: dict[str, ModuleType]
) -> list[tuple[str, Callable[[str], bool]]]:
    """The checks of the screens that are no longer patterns, each true when it holds."""
    ox, nx = old["dates_extra"], new["dates_extra"]
    os_, ns = old["ages_spelled"], new["ages_spelled"]
    out: list[tuple[str, Callable[[str], bool]]] = []
    for name in ("_HOLIDAY_HINT", "_CALENDAR_HINT", "_BIRTH_HINT"):
        a, b = getattr(ox, name), getattr(nx, name)
        if isinstance(a, re.Pattern) and not isinstance(b, re.Pattern):
            out.append((name, lambda t, a=a, b=b: (a.search(t) is not None) == b(t)))
    if hasattr(nx, "_HOLIDAY_DAY_HINT"):
        hints = ox._HOLIDAY_DAY_HINTS
        out.append(
            ("_HOLIDAY_DAY_HINT", lambda t: any(h in t for h in hints) == nx._HOLIDAY_DAY_HINT(t))
        )
    if hasattr(ns, "_NINETY_STEM"):
        stems = os_._NINETY_STEMS + os_._NINETY_STEMS_BEYOND_ASCII
        out.append(("_NINETY_STEM", lambda t: any(s in t for s in stems) == ns._NINETY_STEM(t)))
    if hasattr(nx, "_DOT_DIGIT"):
        dots = ox._DOT_DIGITS
        out.append(
            (
                "_DOT_DIGIT",
                lambda t: (any(d in t for d in dots) or ". " in t) == bool(nx._DOT_DIGIT.search(t)),
            )
        )
    for guard, guarded in (("_BLANK_YEAR", "_HOLIDAY_YEAR"), ("_AGE_NOW", "_NEXT_AGE")):
        if hasattr(nx, guard):
            g, full = getattr(nx, guard), getattr(ox, guarded)
            out.append((guard, lambda t, g=g, full=full: not full.search(t) or bool(g.search(t))))
    return out


def main() -> None:
    old_src, new_src, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    old, new = load(old_src), load(new_src)
    changed = []
    for mod in MODULES:
        for key, value in vars(old[mod]).items():
            other = getattr(new[mod], key, None)
            if (
                isinstance(value, re.Pattern)
                and isinstance(other, re.Pattern)
                and value.pattern != other.pattern
            ):
                changed.append((mod, key, value, other))
    checks = screens(old, new)
    print("changed:", ", ".join(f"{m}.{k}" for m, k, _, _ in changed))
    print("screens:", ", ".join(name for name, _ in checks))
    texts = dates_fuzz.generate(n, seed)
    texts += [t.lower() for t in texts]
    bad = 0
    for text in texts:
        for mod, key, a, b in changed:
            if key in SCREENS or key.endswith("HINT"):
                same = (a.search(text) is None) == (b.search(text) is None)
            else:
                same = same_everywhere(a, b, text)
            if not same:
                bad += 1
                print("differs:", f"{mod}.{key}", repr(text[:120]))
        for name, holds in checks:
            if not holds(text):
                bad += 1
                print("fails:", name, repr(text[:120]))
    print(f"{len(texts)} texts, {len(changed)} patterns, {len(checks)} screens, {bad} differences")


if __name__ == "__main__":
    main()
