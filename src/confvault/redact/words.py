"""Small hand-written word lists shared by the detectors (written for confvault)."""

from __future__ import annotations

# Words that identify no one on their own; parts of a registered multi-word
# identifier that are in this set are not matched on their own.
FUNCTION_WORDS = frozenset(
    """a an the of and or nor but for to in on at by with from into onto upon over under
    de del della di da das do dos du des la le les los las el van von der den ten ter y e et
    bin binti ibn al el st saint mr mrs ms miss mx dr prof sir dame rev fr no nos
    i me my mine we our you your he him his she her they them their it its this that these
    those is are was were be been am as so if then than too very not""".split()
)

# Generic words in registered workplace / school / place names ("Northfield High
# School"): matching them alone everywhere would only blank ordinary words.
GENERIC_PARTS = frozenset(
    """school college university academy primary secondary high junior infant nursery
    hospital clinic surgery practice centre center ward unit street road avenue lane drive
    close way court place park house home church club team group company ltd limited inc
    plc llc trust council services service shop store cafe bar restaurant hotel station
    north south east west upper lower new old great little""".split()
)

TITLES = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sr "
    "det officer pc sgt judge".split()
)

ORG_SUFFIXES = frozenset(
    """inc incorporated ltd limited llc llp plc corp corporation company co group holdings
    foundation trust association bank university college school academy hospital clinic
    surgery practice church council services solutions technologies partners club orchestra
    society agency institute centre center charity ministries authority department dept
    network industries labs systems enterprises associates studios media consulting gmbh ag
    bv pty nhs federation union league""".split()
)

# Upper-case abbreviations common in notes that are not names.
ACRONYMS = frozenset(
    """ok okay asap atm iban nhs gp cbt dbt act emdr adhd add asd ptsd ocd bpd eupd gad mdd
    camhs cmht iapt a&e er icu ae aa na sms dm pm am faq fyi btw tbh lol omg usa uk eu un
    who bbc tv dvd pc it hr ceo cfo vip diy rip id pin sos vs etc ie eg nb ps re cc bcc
    dob dbs sen send ehcp iep lgbt lgbtq lgbtqia nhs fbi cia cctv gcse gcses sats ucas covid
    pdf url www http https html api usb wifi ssn nino dl sin tin vat ni ssn mbi npi ok""".split()
)

RELATIONS = (
    "sister|brother|mum|mom|mother|dad|father|son|daughter|aunt|auntie|uncle|cousin|nan|nana|"
    "gran|granny|grandma|grandmother|grandad|granddad|grandfather|grandpa|niece|nephew|husband|"
    "wife|partner|boyfriend|girlfriend|fianc[eé]e?|friend|mate|colleague|boss|manager|teacher|"
    "therapist|counsell?or|gp|doctor|nurse|social worker|caseworker|case worker|key ?worker|"
    "support worker|probation officer|carer|neighbou?r|flatmate|roommate|child|kid|baby|"
    "stepdad|stepmum|stepmom|stepfather|stepmother|stepson|stepdaughter|landlord|landlady|"
    "solicitor|lawyer|coach|tutor|pastor|priest|imam|rabbi|ex|bestie|sibling|twin|psychiatrist|"
    "psychologist|worker|advocate|supervisor|client|patient|student|pupil|housemate"
)

# Ordinary modern words missing from the 1934 dictionary and the frequency lists.
EXTRA_WORDS = frozenset(
    """tel fax mob email emails emailed e-mail online app apps wifi internet website ceo ceos
    cfo hr gp gps covid vape vaping selfie smartphone laptop podcast whatsapp facebook
    instagram tiktok snapchat youtube google zoom skype teams uber netflix""".split()
)
