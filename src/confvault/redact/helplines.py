"""National helpline and emergency numbers: given to a client, they identify no one.

A supporter writes "gave Samaritans number (116 123)" as often as a client's own
number; the first must survive so the supervisor can see what support was
offered. Only numbers that the service publishes for everyone are listed, as
digits, however they are spaced or dashed in the note.
"""

from __future__ import annotations

import re

from .model import Span

PUBLIC_NUMBERS = frozenset(
    [
        "116123",  # Samaritans (UK and Ireland)
        "116111",  # Childline in Europe
        "08001111",  # Childline (UK)
        "85258",  # Shout text line (UK)
        "08082000247",  # National Domestic Abuse Helpline (UK)
        "0800585858",  # CALM (UK)
        "08000684141",  # HOPELINE247, Papyrus (UK)
        "1800551800",  # Kids Helpline (Australia)
        "131114",  # Lifeline (Australia)
        "1300224636",  # Beyond Blue (Australia)
        "1800737732",  # 1800RESPECT (Australia)
        "0800543354",  # Lifeline (New Zealand)
        "1737",  # Need to talk? (New Zealand)
        "988",  # Suicide and Crisis Lifeline (US)
        "741741",  # Crisis Text Line (US)
        "18002738255",  # the former US National Suicide Prevention Lifeline
        "18007997233",  # National Domestic Violence Hotline (US)
        "8002738255", "8007997233",  # the same two written without their 1
        "08088004444",  # Shelter (England)
        "03001233393",  # Mind infoline
        "08088010677",  # Beat (eating disorders)
        "08000119100",  # Switchboard LGBT+
        "08085002222",  # Rape Crisis (England and Wales)
        "08088010327",  # Men's Advice Line
        "1800247247",  # Pieta (Ireland)
        "0800567567",  # SADAG (South Africa)
        "999", "911", "112", "000", "111",  # emergency and non-emergency lines
    ]
)  # fmt: skip


_SEPARATORS = str.maketrans("", "", " -.")
# a label that makes the figures after it an ID ("Case ref: 131114")
_ID_LABEL = re.compile(
    r"(?i)\b(?:ref|reference|no|number|num|id|case|student|account|acct|reg|nhs|nino|"
    r"passport|licence|license|member|patient|client)\b[.:#\s-]*$"
)


# a helpline's own word before the label: "Samaritans number 116 123", "the helpline
# no. 0800 567 567" (session 23: "number" alone made the figures a reference)
_SERVICE_BEFORE = re.compile(
    r"(?i)\b(?:samaritans|childline|lifeline|helpline|hotline|crisis\s+line|text\s+line|"
    r"support\s+line|shout|papyrus|pieta|sadag|mind|beat|shelter|switchboard|calm)"
    r"['\u2019]?s?[ \t]+(?:number|no\.?|num)[.:#\s-]*$"
)


def _labelled(text: str, start: int) -> bool:
    """An ID's label just before ``start``, and no helpline's name before the label."""
    before = max(0, start - 30)
    return bool(_ID_LABEL.search(text, max(0, start - 16), start)) and not _SERVICE_BEFORE.search(
        text, before, start
    )


def without_public(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less the phone or ID spans that are a published helpline number:
    figures and the blanks, dashes and dots between them ("KJA-999PZ" is a plate),
    and no ID's label before them ("Case ref: 131114" is a reference)."""
    if not spans:
        return spans
    return [
        sp
        for sp in spans
        if sp.category not in ("PHONE", "ID")
        or text[sp.start : sp.end].translate(_SEPARATORS) not in PUBLIC_NUMBERS
        or _labelled(text, sp.start)
    ]
