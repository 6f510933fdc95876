"""Georgian given names and towns (session 23).

Georgian script has no capitals, so the capital-based name rules never see a Georgian
name, and a title ("ბატონი", :mod:`.names_scripts`) is rarely written. These are some
of the given names most often borne in Georgia, written for this project from common
knowledge of them (not from any note), with the endings a name takes in a sentence:
the nominative "-ი" of a name ending in a consonant ("თამარი"), the ergative "-მა"/"-მ",
the dative and genitive "-ს"/"-ის", and "-თან" (with), "-ზე" (about), "-სთვის" (for).

Left out: names that are also everyday words ("ლია", open; "ლალი", a ruby; "ნანა", a
lullaby's word).

The towns are the country's cities and district seats, with the endings a place takes:
"-ი", "-ში" (in), "-იდან"/"-დან" (from), "-ს", "-ის", "-ამდე" (as far as), "-ისკენ"
(towards): "ბათუმში", "ზუგდიდიდან". The capital-based place rules miss them as they
miss the names.
"""

from __future__ import annotations

import re

from .model import Span
from .wordlist import wordlist

# names that end in a vowel, then those that end in a consonant (their stems)
_VOWEL_NAMES = wordlist(
    "ნინო ანა ელენე ნათია ეკატერინე მანანა მზია ნუნუ ციალა მაია ხათუნა ნათელა "
    "თეა სოფიო სალომე ლიკა ნიკა გიორგი ლუკა ალექსანდრე ირაკლი დიმიტრი გოჩა ზაზა "
    "გელა ბექა ლაშა შოთა ვანო თორნიკე სანდრო გიგა კახა მამუკა ეთო ქეთო ნუცა "
    "თამუნა მაკა ნატო ეკა ხატია ნინი ილია ბადრი"
)
_CONSONANT_NAMES = wordlist(
    "თამარ მარიამ ქეთევან ეთერ დარეჯან დავით ნიკოლოზ ლევან ზურაბ თემურ მერაბ "
    "ვახტანგ ოთარ ავთანდილ რევაზ ბესიკ ნოდარ ჯემალ ტარიელ ზვიად გურამ ამირან"
)
_AFTER_VOWEL = "(?:მ|ს|თან|ზე|სთვის)?"
_AFTER_CONSONANT = "(?:ი|მა|ს|ის|თან|ზე|ისთვის)?"
_NAME = re.compile(
    "(?<![\u10d0-\u10ff])(?:"
    + "|".join(sorted(_VOWEL_NAMES, key=len, reverse=True))
    + f"){_AFTER_VOWEL}(?![\u10d0-\u10ff])"
    + "|(?<![\u10d0-\u10ff])(?:"
    + "|".join(sorted(_CONSONANT_NAMES, key=len, reverse=True))
    + f"){_AFTER_CONSONANT}(?![\u10d0-\u10ff])"
)
# the towns whose names end in "-ი", by their stems (the "-ი" dropped) ...
_TOWNS = wordlist(
    "თბილის ბათუმ ქუთაის რუსთავ ზუგდიდ გორ ფოთ ხაშურ სენაკ ზესტაფონ მარნეულ თელავ "
    "ქობულეთ ოზურგეთ ცხინვალ სოხუმ ბორჯომ ახალქალაქ ამბროლაურ სიღნაღ გურჯაან ყვარელ "
    "ლაგოდეხ ქარელ კასპ ტყიბულ ლანჩხუთ ჩოხატაურ დუშეთ ბოლნის დმანის გარდაბან ხობ "
    "მარტვილ ვან ბაღდათ ადიგენ"
)
# ... and those that end in another vowel, whole (the genitive drops an "-ა" or "-ე":
# "მცხეთის")
_VOWEL_TOWNS = wordlist(
    "მესტია სამტრედია მცხეთა ახალციხე ჭიათურა წყალტუბო საგარეჯო დედოფლისწყარო "
    "თეთრიწყარო წალკა ნინოწმინდა ასპინძა აბაშა ახმეტა თერჯოლა წალენჯიხა საჩხერე"
)


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_TOWN = re.compile(
    "(?<![\u10d0-\u10ff])(?:"
    f"(?:{_alternation(_TOWNS)})(?:ი|ში|იდან|დან|ს|ის|ამდე|ისკენ|შია|შიც)"
    f"|(?:{_alternation(_VOWEL_TOWNS)})(?:ში|დან|ს|მდე|სკენ|ზე|შია|შიც)?"
    f"|(?:{_alternation([t[:-1] for t in _VOWEL_TOWNS if t[-1] in 'აე'])})ის"
    ")(?![\u10d0-\u10ff])"
)
# a surname after a given name, by its commonest endings ("ნინო ბერიძე", "გიორგი
# კაპანაძემ", "ლევან ბოკუჩავა"): "son of", "child of" and a western ending; not "-ია", a
# verb's ending too ("ეშინია", is afraid)
_SURNAME_AFTER = re.compile(
    "[ \t]+([\u10d0-\u10ff]{2,}(?:ძე|შვილი|ავა)(?:ს|მ|მა|ის)?)(?![\u10d0-\u10ff])"
)
_GEORGIAN = re.compile("[\u10d0-\u10ff]")


def detect(text: str) -> list[Span]:
    if not _GEORGIAN.search(text):
        return []
    found = []
    for m in _NAME.finditer(text):
        surname = _SURNAME_AFTER.match(text, m.end())
        found.append(Span(m.start(), surname.end(1) if surname else m.end(), "NAME", "pattern"))
    found += [Span(*m.span(), "LOCATION", "pattern") for m in _TOWN.finditer(text)]
    return found
