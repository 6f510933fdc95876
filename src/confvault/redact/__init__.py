"""Redaction engine: finds identifying details in note text and replaces them.

Pure library code: no I/O at call time except reading the package's own
lexicon files once, lazily, on the first call to :func:`detect`. Importing
this package loads neither the lexicons nor ``phonenumbers``.

>>> from confvault.redact import redact, KnownClient
>>> r = redact("Jordan's mum rang from 07700 900123.", [KnownClient("Client J", ("Jordan",))])
>>> r.text
"Client J mum rang from [PHONE]."
"""

from __future__ import annotations

from .engine import RedactionSession, detect, redact, warm_up
from .model import CATEGORIES, KnownClient, Redaction, Span

__all__ = [
    "CATEGORIES",
    "KnownClient",
    "Redaction",
    "RedactionSession",
    "Span",
    "detect",
    "redact",
    "warm_up",
]
