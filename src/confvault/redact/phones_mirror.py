"""libphonenumber's own parse and validation steps, mirrored over its metadata."""

from __future__ import annotations

import contextlib
import functools
import re
from types import ModuleType
from typing import Any


# the library itself, imported on first use (phones.py takes it from here too)
@functools.cache
def _pn() -> ModuleType:
    import phonenumbers  # deferred: keeps "import confvault.redact" cheap

    return phonenumbers


# --- libphonenumber's decision, mirrored -----------------------------------
# parse() + is_valid_number*() / is_possible_number() cost about 60 us a call. For a
# "plain" candidate (ASCII digits and "+ .-()" only: no extension, no other digits)
# the steps below redo exactly what the library does (phonenumberutil.parse and
# the functions it calls, as in phonenumbers 9.0), reading the same metadata, in a
# few microseconds. Anything of a shape they do not mirror raises _Unsure and the
# library decides; so does every candidate under another version of the library.
# tests/test_redact_phones_mirror.py and benchmarks/phones_mirror_fuzz.py compare
# both on many numbers.
_MIRRORED_VERSION = "9.0."

_NOT_DIGITS = str.maketrans("", "", "+ .-()")
_POSSIBLE, _LOCAL_ONLY, _TOO_SHORT, _TOO_LONG, _BAD_LENGTH = range(5)
_MAX_NSN = 17  # the library's _MAX_LENGTH_FOR_NSN


class _Unsure(Exception):
    """The fast path does not mirror this case: ask libphonenumber."""


@functools.cache
def _mirrored() -> bool:
    return str(_pn().__version__).startswith(_MIRRORED_VERSION)


def _compiled(pattern: str | None) -> re.Pattern[str] | None:
    return None if pattern is None else re.compile(pattern)


class _Plan:
    """One region's numbering plan, read from its PhoneMetadata. Each pattern is
    compiled when first used, as the library does: most plans are asked little."""

    def __init__(self, md: Any) -> None:
        desc = md.general_desc
        if desc is None:
            raise _Unsure
        self.md = md
        self.cc: int = md.country_code
        self.code = str(md.country_code)
        self.rule: str | None = md.national_prefix_transform_rule or None
        self.lengths: tuple[int, ...] = tuple(desc.possible_length)
        self.local = frozenset(desc.possible_length_local_only)
        self.general_lengths = frozenset(desc.possible_length)
        if not self.lengths:
            raise _Unsure  # the library would fail with IndexError

    @functools.cached_property
    def idd(self) -> re.Pattern[str] | None:
        return _compiled(self.md.international_prefix)  # None: no IDD ("" would match)

    @functools.cached_property
    def prefix(self) -> re.Pattern[str] | None:
        prefix = _compiled(self.md.national_prefix_for_parsing or None)
        if prefix is not None and self.rule is not None and not prefix.groups:
            raise _Unsure  # the library would fail with IndexError
        return prefix

    @functools.cached_property
    def general(self) -> re.Pattern[str] | None:
        return _compiled(self.md.general_desc.national_number_pattern or None)

    @functools.cached_property
    def leading(self) -> re.Pattern[str] | None:
        return _compiled(self.md.leading_digits)

    @functools.cached_property
    def kinds(self) -> list[tuple[frozenset[int], re.Pattern[str]]]:
        """The descs _number_type_helper tries after the general one, as (possible
        lengths, pattern); only whether one of them matches matters here."""
        md = self.md
        descs = [md.premium_rate, md.toll_free, md.shared_cost, md.voip, md.personal_number]
        descs += [md.pager, md.uan, md.voicemail, md.fixed_line]
        if not md.same_mobile_and_fixed_line_pattern:
            descs.append(md.mobile)
        return [
            (frozenset(desc.possible_length), re.compile(desc.national_number_pattern))
            for desc in descs
            if desc is not None and desc.national_number_pattern
        ]

    def compile_all(self) -> None:
        for name in ("idd", "prefix", "general", "leading", "kinds"):
            with contextlib.suppress(_Unsure):  # then the library decides, when asked
                getattr(self, name)

    def matches(self, number: str) -> bool:
        """_match_national_number(number, general_desc, False)."""
        return self.general is not None and self.general.fullmatch(number) is not None

    def length(self, number: str) -> int:
        """_test_number_length(number, metadata) for the UNKNOWN type."""
        size = len(number)
        if size in self.local:
            return _LOCAL_ONLY
        lengths = self.lengths
        if lengths[0] == size:
            return _POSSIBLE
        if lengths[0] > size:
            return _TOO_SHORT
        if lengths[-1] < size:
            return _TOO_LONG
        return _POSSIBLE if size in lengths[1:] else _BAD_LENGTH

    def typed(self, nsn: str) -> bool:
        """_number_type_helper(nsn, metadata) != UNKNOWN."""
        if self.general_lengths and len(nsn) not in self.general_lengths:
            return False
        if not self.matches(nsn):
            return False
        size = len(nsn)
        for lengths, pattern in self.kinds:  # _is_number_matching_desc() for each
            if (not lengths or size in lengths) and pattern.fullmatch(nsn):
                return True
        return False

    def strip_prefix(self, number: str) -> str:
        """_maybe_strip_national_prefix_carrier_code(number, metadata)[1]."""
        prefix = self.prefix
        if not number or prefix is None:
            return number
        m = prefix.match(number)
        if not m:
            return number
        viable = self.matches(number)
        if self.rule is None or m.groups()[-1] is None:
            rest = number[m.end() :]
        else:
            rest = prefix.sub(self.rule, number, count=1)
        return number if viable and not self.matches(rest) else rest


_PLANS: dict[str, _Plan] = {}


def _plan(region: str, cc: int = 0) -> _Plan:
    """The plan of a region, or of a non-geographic calling code (region "001")."""
    key = region if region != "001" else f"001+{cc}"
    plan = _PLANS.get(key)
    if plan is None:
        meta = _pn().PhoneMetadata
        if region == "001":
            md = meta.metadata_for_nongeo_region(cc, None)
        else:
            md = meta.metadata_for_region(region, None)
        if md is None:
            raise _Unsure
        plan = _PLANS[key] = _Plan(md)
    return plan


def _home(cc: int) -> str:
    """region_code_for_country_code(cc), for a known cc."""
    return str(_pn().COUNTRY_CODE_TO_REGION_CODE[cc][0])


def _country_code(digits: str) -> tuple[int, str]:
    """_extract_country_code(digits)."""
    if not digits or digits[0] == "0":
        return 0, digits
    known = _pn().COUNTRY_CODE_TO_REGION_CODE
    for size in range(1, min(len(digits), 3) + 1):
        if int(digits[:size]) in known:
            return int(digits[:size]), digits[size:]
    return 0, digits


def _national(plan: _Plan, nsn: str) -> str | None:
    """The end of parse(): the national prefix and the length checks."""
    if len(nsn) < 2:
        return None
    stripped = plan.strip_prefix(nsn)
    if plan.length(stripped) not in (_TOO_SHORT, _LOCAL_ONLY, _BAD_LENGTH):
        nsn = stripped
    return None if len(nsn) > _MAX_NSN else nsn


def _fast_parse(digits: str, region: str) -> tuple[int, str] | None:
    """parse(cand, region) for a plain cand not starting with "+": (cc, nsn), or
    None where the library raises NumberParseException."""
    if len(digits) < 3:
        raise _Unsure  # not "viable" to the library
    plan = _plan(region)
    cc, nsn = 0, ""
    idd = plan.idd.match(digits) if plan.idd is not None else None
    if idd and digits[idd.end() : idd.end() + 1] != "0":
        rest = digits[idd.end() :]
        if len(rest) <= 2:
            return None
        cc, nsn = _country_code(rest)
        if not cc:
            return None
    elif digits.startswith(plan.code):
        rest = plan.strip_prefix(digits[len(plan.code) :])
        if (not plan.matches(digits) and plan.matches(rest)) or plan.length(digits) == _TOO_LONG:
            cc, nsn = plan.cc, rest
    if cc:
        home = _home(cc)
        if home != region:
            plan = _plan(home, cc)
    else:
        cc, nsn = plan.cc, digits
    national = _national(plan, nsn)
    return None if national is None else (cc, national)


def _possible(cc: int, nsn: str) -> bool:
    """is_possible_number()."""
    return _plan(_home(cc), cc).length(nsn) in (_POSSIBLE, _LOCAL_ONLY)


def _valid_for(cc: int, nsn: str, region: str | None) -> bool:
    """is_valid_number_for_region()."""
    if region is None:
        return False
    plan = _plan(region, cc)
    if region != "001" and cc != plan.cc:
        return False
    return plan.typed(nsn)


def _valid(cc: int, nsn: str) -> bool:
    """is_valid_number(): region_code_for_number() picks the region first."""
    regions = _pn().COUNTRY_CODE_TO_REGION_CODE.get(cc)
    if regions is None:
        return False
    if len(regions) == 1:
        return _valid_for(cc, nsn, regions[0])
    for region in regions:
        plan = _plan(region, cc)
        if plan.leading is not None:
            if plan.leading.match(nsn):
                return _valid_for(cc, nsn, region)
        elif plan.typed(nsn):
            return _valid_for(cc, nsn, region)
    return False


def _fast_valid(digits: str, region: str, possible: bool) -> bool:
    """parse(cand, region), then is_valid_number_for_region (or is_possible_number)."""
    parsed = _fast_parse(digits, region)
    if parsed is None:
        return False
    cc, nsn = parsed
    return _valid_for(cc, nsn, region) or (possible and _possible(cc, nsn))


def _fast_international(after_plus: str, bare: bool) -> bool:
    """_judge for "+..." / "00...": parse(cand, None), then the validity tests."""
    if "+" in after_plus:
        raise _Unsure
    digits = after_plus.translate(_NOT_DIGITS)
    if len(digits) <= 2:
        return False
    cc, nsn = _country_code(digits)
    if not cc:
        return False
    national = _national(_plan(_home(cc), cc), nsn)
    if national is None:
        return False
    if bare:
        return _valid(cc, national)
    return _possible(cc, national) or _valid(cc, national)
