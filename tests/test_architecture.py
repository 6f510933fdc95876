"""Imports run one way: cli -> features -> vault/redact -> crypto/format/... -> errors."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parents[1] / "src" / "confvault"

# Lower rank may never import higher rank. Subpackages take their parent's rank.
RANK = {
    "errors": 0,
    "format": 1,
    "crypto": 1,
    "records": 1,
    "recovery": 1,
    "storage": 1,
    # Pure work on a second core: imports nothing of confvault's.
    "parallel": 1,
    # Between the primitives it uses (crypto, storage) and the vault that uses it.
    "rollback": 1.5,
    "vault": 2,
    "redact": 2,
    "audit": 3,
    "export": 4,
    "selfcheck": 4,
    "cli": 5,
    "__main__": 6,
    "__init__": 0,
    # A per-device cache built from crypto and storage, used by the vault.
    "kinds": 1.5,
}
UI_LIBS = {"typer", "rich", "getpass", "click"}
CRYPTO_LIBS = {"nacl", "argon2"}


def modules() -> list[tuple[str, list[str]]]:
    out = []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).with_suffix("")
        name = rel.parts[0]
        tree = ast.parse(path.read_text())
        imported: list[str] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imported += [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported.append(node.module)
                if node.module == "confvault":
                    imported += [f"confvault.{a.name}" for a in node.names]
        out.append((name, imported))
    return out


def test_every_module_has_a_rank() -> None:
    for name, _ in modules():
        assert name in RANK, f"give {name} a rank in test_architecture.RANK"


def test_imports_run_one_way() -> None:
    for name, imported in modules():
        for mod in imported:
            parts = mod.split(".")
            if (
                parts[0] != "confvault"
                or len(parts) < 2
                or parts[1] == name
                or parts[1].startswith("__")
            ):
                continue
            assert RANK[parts[1]] < RANK[name], f"{name} imports {mod}"


def test_only_cli_touches_the_terminal_and_only_crypto_touches_crypto_libraries() -> None:
    for name, imported in modules():
        roots = {m.split(".")[0] for m in imported}
        if name not in ("cli", "__main__"):
            assert not roots & UI_LIBS, f"{name} imports {roots & UI_LIBS}"
        if name != "crypto":
            assert not roots & CRYPTO_LIBS, f"{name} imports {roots & CRYPTO_LIBS}"
