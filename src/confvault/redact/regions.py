"""Counties, states, provinces and regions, and the places they make of the words
around them.

A town's county or region after its comma ("Bovington, Dorset", "Gore, Southland",
"Thrissur, Kerala"), a county after "Co." or "County" ("Co. Down"), a state's code
after a town the lists took for a name ("Liberty, TX"), and the town before a
state's code and postcode ("Marble Bar, WA 6760"). The regions are a closed list of
the first level under a country in the places notes come from, of one word (the
place lists hold many, not all), so that a word after a town's comma is a region
only when it is one ("Leeds, Sadly" is not).
"""

from __future__ import annotations

import re

from .lexicon import lexicon
from .model import Span
from .name_words import sentence_start

# Canadian provinces, Australian states, US states: those that are no common
# abbreviation or word in capitals (not ON, ACT, MS, OK, ID, IN, OR, ME, NB …)
REGION_CODES = (
    "BC|AB|SK|MB|QC|NL|NSW|VIC|QLD|TAS|AZ|AR|AK|CA|CT|FL|IL|IA|KS|KY|MD|MI|MN|MO|MT|NV|NH|NJ|"
    "NM|NY|NC|ND|RI|SD|TN|TX|UT|VT|VA|WV|WI|WY"
)

REGIONS = frozenset(
    # England's counties
    ["bedfordshire", "berkshire", "bristol", "buckinghamshire", "cambridgeshire", "cheshire",
     "cornwall", "cumbria", "derbyshire", "devon", "dorset", "durham", "essex",
     "gloucestershire", "hampshire", "herefordshire", "hertfordshire", "kent", "lancashire",
     "leicestershire", "lincolnshire", "merseyside", "norfolk", "northamptonshire",
     "northumberland", "nottinghamshire", "oxfordshire", "rutland", "shropshire", "somerset",
     "staffordshire", "suffolk", "surrey", "sussex", "warwickshire", "wiltshire",
     "worcestershire", "yorkshire", "cleveland", "humberside", "avon", "middlesex",
     # Wales, Scotland and Northern Ireland
     "anglesey", "ceredigion", "carmarthenshire", "clwyd", "conwy", "denbighshire", "dyfed",
     "flintshire", "glamorgan", "gwent", "gwynedd", "monmouthshire", "pembrokeshire", "powys",
     "aberdeenshire", "angus", "argyll", "ayrshire", "borders", "caithness", "clackmannanshire",
     "dumfriesshire", "fife", "highland", "highlands", "inverclyde", "lanarkshire", "lothian",
     "moray", "orkney", "perthshire", "renfrewshire", "shetland", "stirlingshire",
     "sutherland", "antrim", "armagh", "down", "fermanagh", "tyrone", "londonderry",
     # Ireland's counties
     "carlow", "cavan", "clare", "cork", "derry", "donegal", "dublin", "galway", "kerry",
     "kildare", "kilkenny", "laois", "leitrim", "limerick", "longford", "louth", "mayo",
     "meath", "monaghan", "offaly", "roscommon", "sligo", "tipperary", "waterford",
     "westmeath", "wexford", "wicklow",
     # New Zealand's regions
     "northland", "auckland", "waikato", "gisborne", "taranaki", "manawatu", "whanganui",
     "wellington", "tasman", "nelson", "marlborough", "canterbury", "otago", "southland",
     "westland",
     # Australia's states, Canada's provinces, South Africa's provinces
     "queensland", "tasmania", "victoria", "ontario", "quebec", "manitoba", "saskatchewan",
     "alberta", "nunavut", "yukon", "newfoundland", "labrador", "gauteng", "limpopo",
     "mpumalanga", "natal",
     # India's states
     "assam", "bihar", "chhattisgarh", "goa", "gujarat", "haryana", "himachal",
     "jharkhand", "karnataka", "kerala", "maharashtra", "manipur", "meghalaya", "mizoram",
     "nagaland", "odisha", "punjab", "rajasthan", "sikkim", "telangana",
     "tripura", "uttarakhand", "bengal",
     # the United States
     "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
     "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
     "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
     "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
     "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
     "virginia", "washington", "wisconsin", "wyoming",
     # Nigeria's, Kenya's and the Philippines' most named
     "lagos", "kano", "rivers", "enugu", "oyo", "kaduna", "nairobi", "mombasa", "kisumu",
     "nakuru", "kiambu", "cebu", "davao", "pampanga", "laguna", "cavite", "batangas", "iloilo"]
)  # fmt: skip

# regions of two words or more, after a town's comma ("Guntur, Andhra Pradesh",
# "Tauranga, Bay of Plenty"): each is a region whatever follows it
_LONG_REGIONS = (
    "Andhra Pradesh|Uttar Pradesh|Madhya Pradesh|Himachal Pradesh|Arunachal Pradesh|"
    "Tamil Nadu|West Bengal|Jammu and Kashmir|Bay of Plenty|Hawke's Bay|West Coast|"
    "Free State|North West|Eastern Cape|Western Cape|Northern Cape|KwaZulu-Natal|"
    "New South Wales|Western Australia|South Australia|Northern Territory|"
    "British Columbia|Nova Scotia|New Brunswick|Prince Edward Island|New York|New Jersey|"
    "New Mexico|New Hampshire|North Carolina|South Carolina|North Dakota|South Dakota|"
    "West Virginia|Rhode Island|Metro Manila|Cross River|Akwa Ibom|Greater Manchester|"
    "West Midlands|Tyne and Wear|East Sussex|West Sussex|North Yorkshire|South Yorkshire|"
    "West Yorkshire|East Riding|County Durham|Northern Ireland|Northwest Territories|"
    "Australian Capital Territory|South Lanarkshire|North Lanarkshire|East Lothian|"
    "West Lothian|Negros Occidental|Negros Oriental"
)
_LONG_REGION_AFTER = re.compile(rf",[ \t](?:{_LONG_REGIONS})(?![\w'\u2019-])")
_LISTED = re.compile(r"(?:,|\band|&)[ \t]*$")  # a place in a list: "Paris, Rome, Berlin"
_REGION_AFTER = re.compile(r",[ \t]([A-Z][a-z]{2,})(?![\w'\u2019-])")
_STOP_AFTER = re.compile(r"[ \t]*(?:[,.;:)\n]|$)")
_COUNTY = re.compile(r"\b(?:Co\.?|County)[ \t]+([A-Z][a-z]+)\b")
# a state's code after a name found, before a stop: the name is a town ("Liberty, TX.");
# not a doctor's degree ("Dr Amy Chen, MD") nor a naturopath's ("ND")
_STATE_AFTER_NAME = re.compile(
    rf",[ \t](?!MD\b|ND\b)(?:{REGION_CODES}|WA|SA|NT)(?=[ \t]*(?:[,.;:)\n]|$|\d))"
    r"(?![\w'\u2019-])"
)
_STATE_POSTCODE = re.compile(rf"(?:{REGION_CODES}|WA|SA|NT|ACT)[ \t]+\d{{4,5}}\b")
_TOWN_BEFORE = re.compile(r"(?<![\w'\u2019-])((?:[A-Z][a-z]+[ \t]){0,2}[A-Z][a-z]+),?[ \t]+$")


def around(text: str, sp: Span) -> list[Span]:
    """The wider place spans a name or place found makes with the words around it."""
    out = []
    nxt = text[sp.end : sp.end + 1]
    if sp.category == "NAME" and nxt == ",":
        m = _STATE_AFTER_NAME.match(text, sp.end)
        if m:
            out.append(Span(sp.start, m.end(), "LOCATION", "pattern", None, "PLACE"))
    if (
        sp.category == "LOCATION"
        and nxt == ","
        and sp.placeholder_kind != "ADDRESS"  # (an address grows by its own rules)
        and not _LISTED.search(text, max(0, sp.start - 8), sp.start)
    ):
        m = _LONG_REGION_AFTER.match(text, sp.end)
        if m or ((m := _REGION_AFTER.match(text, sp.end)) and _region(m[1], text, m.end())):
            out.append(Span(sp.start, m.end(), "LOCATION", "pattern", None, "PLACE"))
    if sp.category == "LOCATION" and _STATE_POSTCODE.match(text, sp.start):
        m = _TOWN_BEFORE.search(text, max(0, sp.start - 40), sp.start)
        if m and not sentence_start(text, m.start(1)):  # (its capital says nothing)
            out.append(Span(m.start(1), sp.end, "LOCATION", "pattern", None, "ADDRESS"))
    return out


# what counties() needs (one of them in the text)
COUNTY_WORDS = ("Co. ", "Co ", "County ")


def counties(text: str) -> list[Span]:
    """A county of the list after "Co." or "County", wherever it stands."""
    if "Co" not in text or ("Co. " not in text and "Co " not in text and "County " not in text):
        return []
    return [
        Span(m.start(), m.end(), "LOCATION", "pattern", None, "PLACE")
        for m in _COUNTY.finditer(text)
        if m.group(1).lower() in REGIONS
    ]


def _region(word: str, text: str, end: int) -> bool:
    """A region after a town's comma: one of the list; one that is a first name too
    only before a stop ("Leeds, Clare said" names a person)."""
    low = word.lower()
    if low not in REGIONS:
        return False
    return low not in lexicon().first_names or _STOP_AFTER.match(text, end) is not None
