"""`confvault check`: is this safe to share, and is my vault set up safely?

Checks return :class:`Finding` objects and never print or prompt; the CLI
(`cli/check_cmds.py`) renders them and picks the exit code.

- :mod:`.text`: scan text with the redaction engine and registered identifiers.
- :mod:`.health`: key derivation, passphrase, core dumps, integrity, and `run()`
  for every set-up check; :mod:`.location`: permissions, synced folders;
  :mod:`.leftovers`: editor files, old exports, shell history.
- :mod:`.sarif`: findings as SARIF 2.1.0.
"""

from __future__ import annotations

from .model import (
    HIGH,
    LOW,
    MEDIUM,
    RULES,
    SEVERITIES,
    CheckError,
    Finding,
    Rule,
    at_least,
    mask,
    severity_rank,
)

__all__ = [
    "HIGH",
    "LOW",
    "MEDIUM",
    "RULES",
    "SEVERITIES",
    "CheckError",
    "Finding",
    "Rule",
    "at_least",
    "mask",
    "severity_rank",
]
