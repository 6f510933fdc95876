"""Words for a people, a nationality, a language, a faith or a festival that the shipped
word lists lack ("Ugandan", "Cypriot", "Mennonite", "Tlingit", "Dashain"), written for
this project.

Such a word names a group or a season, never one person: a note that says "She's
Ugandan, Catholic", "Cypriot grandad" or "Dashain was hard this year" keeps it. Left
out are words that are also first names in the lists ("Maya", "Sunni", "Latina",
"Sami", "Akan", "Rakhi", "Shia", "Lakota", "Novruz", "Pesach", "Muslim") and those that
are real surnames or places too ("Baptist", "Pagan", "Jain", "Breton", "Zulu",
"Ahmadi", "Ashkenazi", "Cree", "Kikuyu", "Zuni") (review 31), nor "Ramzan", "Ramazan",
"Newroz", "Hazara" (names too: review 39); words the lists already
take as ordinary ("Kenyan", "Tamil") need no entry.
"""

from __future__ import annotations

# nationalities, and a region's or a state's people
_NATIONALITIES = """
algerian andorran antiguan argentinian austrian bahamian bahraini barbadian bajan
belgian belizean beninese bhutanese botswanan motswana batswana bruneian burkinabe
burundian cambodian cameroonian canadian colombian comorian rican cypriot djiboutian
dominican ecuadorian egyptian filipina gabonese georgian grenadian guatemalan guyanese
haitian honduran israeli ivorian kazakhstani kosovan kosovar kuwaiti basotho libyan
luxembourgish malawian malaysian maldivian marshallese mauritanian mauritian micronesian
monegasque mongolian mozambican namibian nauruan nepalese nicaraguan nigerien omani
palauan palestinian panamanian paraguayan peruvian qatari rwandan kittitian vincentian
sammarinese senegalese seychellois leonean singaporean slovakian somalian
surinamese taiwanese tanzanian thai togolese trinidadian tobagonian tunisian ugandan
uruguayan vanuatuan venezuelan yemeni zambian texan californian quebecois québécois
quebecer acadian corsican sardinian bavarian newfoundlander saudi saudis emirati
"""
# peoples and their languages
_PEOPLES = """
kurd balochi kashmiri mirpuri malayali odia uyghur uighur rohingya acehnese
minangkabau fulani maasai masai chaga sukuma baganda tigrayan ndebele
afrikaner bedouin arab farsi dari sureth druze alawite yazidi yezidi circassian
chechen sinti yenish sámi inuk ojibwa navajo apache chickasaw
muscogee tlingit haida yupik yup'ik inupiat iñupiat athabascan athabaskan kanaka
koori noongar mixteco zapotec zapoteco mayan quechua aymara guarani nahuatl triqui
garifuna latinx hispanic chicano chicana kreyòl gullah hazaragi almajiri talibe talibé
"""
# faiths and their branches
_FAITHS = """
mennonite hutterite quaker mormon catholic anglican lutheran adventist maronite melkite
jacobite christadelphian calvinist sikh sufi deobandi barelvi
confucian zoroastrian chasidic charedi sephardi sephardic
"""

# festivals, holidays and rites (a holiday that is one day is still a date when it
# dates something: :mod:`.dates_extra`)
_OCCASIONS = """
succot songkran thingyan dashain dashami tihar naidoc
juneteenth homowo timkat meskel enkutatash lebaran mawlid ashura carnaval ferragosto
midsommar walpurgis sinterklaas koningsdag karneval imbolc tynwald makahiki setsubun
hanami tanabata qingming advent dusshera karwa bihu laylat bris obon tet
luau haka wigilia poya krathong tabaski nowruz
"""

PEOPLE_WORDS = frozenset((_NATIONALITIES + _PEOPLES + _FAITHS + _OCCASIONS).split())
