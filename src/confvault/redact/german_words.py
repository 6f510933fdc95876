"""The ordinary nouns of a note written in German, which German writes with a capital.

The name rules read a capitalised word that the English lists do not know as a
possible name, so a German note lost `Mutter`, `Hebamme`, `Schulden` and
`Schuldenberatung` as people (session 24). In a note that reads as German
(note_language.py) a capitalised word is an ordinary noun when it is one of the
words below, written for this project from the vocabulary of support work, or
ends in one of them or in a suffix that makes only nouns (`-ung`, `-heit`,
`-keit`, `-schaft`). Words that are also common surnames or first names
(`Koch`, `Bauer`, `Fischer`, `Richter`, `Sommer`, `Winter`) are left out, and so
are the last parts of places' names (`-heim`, `-haus`, `-berg`, `-burg`, `-dorf`,
`-stadt`, `-feld`), streets (`-straße`, `-weg`, `-gasse`, `-platz`) and named
bodies (`-schule`, `-klinik`, `-verein`: `Goetheschule` is one school), so a
person, a place or a school keeps going. The endings apply only to words that no
list of names or places holds (the engine checks).
"""

from __future__ import annotations

from .wordlist import wordlist

GERMAN_NOUNS = frozenset(
    wordlist(
        # people and family
        "mutter vater eltern sohn tochter bruder schwester oma opa großmutter großvater",
        "enkel enkelin kind kinder baby mann frau ehemann ehefrau partner partnerin freund",
        "freundin freunde tante onkel cousin cousine nichte neffe schwiegermutter",
        "schwiegervater schwägerin schwager familie geschwister witwe witwer nachbar",
        "nachbarin kollege kollegin chef chefin lehrer lehrerin schüler schülerin",
        "lehrling azubi mädchen junge jungen leute mensch menschen person klient klientin",
        "hebamme ärztin arzt hausarzt hausärztin psychiater psychologe psychologin",
        "therapeut therapeutin betreuer betreuerin sozialarbeiter sozialarbeiterin",
        "pflegerin pfleger anwalt anwältin polizei polizist richterin vermieter pfarrer",
        # body, health and feelings
        "angst ängste depression panik sucht alkohol drogen cannabis tabletten medikamente",
        "schmerzen krankheit krebs diagnose therapie termin termine gespräch gespräche",
        "schlaf albtraum albträume trauer wut scham schuld schulden stress krise hilfe",
        "gefühl gefühle kopf herz bauch körper gewicht essen trinken suizid gedanken",
        "verletzung wunde narben schwangerschaft geburt fehlgeburt",
        # places and services by their kind
        "krankenhaus klinik praxis station notaufnahme psychiatrie heim pflegeheim",
        "schule kita kindergarten uni universität arbeit job stelle firma betrieb büro",
        "wohnung haus zimmer küche miete vermieter gericht amt jugendamt sozialamt",
        "jobcenter arbeitsamt ausländerbehörde beratung beratungsstelle frauenhaus",
        "notunterkunft unterkunft gefängnis kirche moschee verein gruppe selbsthilfegruppe",
        "treffen telefon nummer handy brief antrag formular konto geld rente bürgergeld",
        "kindergeld versicherung krankenkasse schulden konkurs insolvenz",
        # time
        "tag tage woche wochen monat monate jahr jahre stunde stunden minute minuten",
        "morgen abend nacht wochenende feiertag ferien urlaub geburtstag weihnachten",
        "ostern silvester zeit moment anfang ende",
        # things and other everyday nouns
        "auto bus zug fahrrad schuhe kleidung essen brot tee kaffee bier wein zigaretten",
        "spiel spiele handy computer internet video fotos nachricht nachrichten",
        "problem probleme frage fragen antwort streit gewalt mobbing angriff unfall",
        "polizei anzeige strafe prozess vertrag kündigung abschiebung asyl aufenthalt",
        "sprache deutsch englisch italienisch türkisch arabisch russisch polnisch",
        "mal teil rest sache sachen dinge ding grund weg ziel plan idee dorf stadt adresse",
        "unterlagen papiere lehre ausbildung fabrik schnaps",
    )
)

# listed nouns that a list of names or places also holds, whose everyday reading is so
# much likelier that they stay nouns ("ihr Mann", "der Sohn", "die Oma"); the others
# (Krebs, Herz, Kopf, Freund, Morgen, Streit, Zimmer, Essen, Zug, Haus, Stadt) stay
# names or places, as they were before german_words (hostile review, session 24)
ALWAYS_NOUNS = frozenset(
    wordlist(
        "mutter sohn bruder kind kinder oma mann jahr monat tag angst panik heim kita handy",
        "job bus deutsch feiertag silvester urlaub krise station stelle sache rest ding",
        "person mensch moment plan ziel dorf schwager nachbar cousin witwer lehrer pfleger",
        "arzt junge jungen ende schuld wut tee bier",
    )
)

# the endings that only make nouns (with at least four letters before them)
NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "ismus", "ität")

# a compound's last part (``Schuldenberatung``, ``Berufsbildungsamt``) counts when it
# is one of these and at least three letters come before it
COMPOUND_HEADS = frozenset(
    wordlist(
        "amt ämter beratung stelle gruppe therapie dienst hilfe geld kasse zeit arbeit",
        "arzt ärztin termin gespräch angst sucht antrag vertrag schulden wohnung zimmer",
    )
)


def german_noun(word: str) -> bool:
    """Whether ``word`` (lower case) reads as an ordinary German noun."""
    if word in GERMAN_NOUNS:
        return True
    if len(word) >= 7 and word.endswith(NOUN_SUFFIXES):
        return True
    return any(
        word.endswith(head) and len(word) - len(head) >= 3
        for head in COMPOUND_HEADS
        if len(head) <= len(word)
    )
