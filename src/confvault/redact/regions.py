"""Counties, states, provinces and regions that a note names after a town's comma
("Bovington, Dorset", "Gore, Southland", "Thrissur, Kerala"): the first level under a
country in the places notes come from. The place lists hold many of them; this closed
list holds them all, so that a word after a town's comma is a region only when it is
one ("Leeds, Sadly" is not).
"""

from __future__ import annotations

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
     "mpumalanga", "kwazulu-natal", "natal",
     # India's states
     "andhra", "assam", "bihar", "chhattisgarh", "goa", "gujarat", "haryana", "himachal",
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
