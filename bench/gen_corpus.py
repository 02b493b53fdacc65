#!/usr/bin/env python3
"""Generate N realistic mission reports for benchmarking entente (stdlib only).

Usage: bench/gen_corpus.py N OUT_DIR [--seed S] [--english 0.15] [--shard 1000]

The reports imitate data/reports and tests/data/reports: French mostly, some
English; places from data/gazetteer.tsv (cities with their real subdivision and
country); years 1990-2026 in varied date phrasings; delegations; agreements
and MOUs that were produced, renewed, referenced or are to be updated, in
varied phrasings; recommendations; PDF-style hard line breaks with trailing
spaces and hyphenated words. The same seed gives byte-identical output.
"""
import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GAZETTEER = os.path.join(HERE, "..", "data", "gazetteer.tsv")
DOMAINS = os.path.join(HERE, "..", "data", "domains.tsv")

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PRENOMS = ["Gaétan", "Hélène", "Daniel", "Valérie", "Michel", "Julie", "Luc", "Isabelle", "François", "Nathalie",
           "Pierre", "Sophie", "Jean", "Marie-Ève", "André", "Geneviève", "Stéphane", "Chantal", "Éric", "Manon"]
NOMS = ["Barrette", "David", "Desharnais", "Fontaine", "Bureau", "Roy", "Castonguay", "Tremblay", "Gagnon",
        "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger",
        "Lévesque", "St-Pierre", "Girard", "Leblanc", "Caron"]
MINISTERES = [
    ("de la Santé et des Services sociaux", "Health and Social Services"),
    ("de l'Économie et de l'Innovation", "Economy and Innovation"),
    ("des Relations internationales et de la Francophonie", "International Relations and La Francophonie"),
    ("de l'Enseignement supérieur", "Higher Education"),
    ("de la Culture et des Communications", "Culture and Communications"),
    ("de l'Environnement et de la Lutte contre les changements climatiques", "Environment"),
    ("de l'Agriculture, des Pêcheries et de l'Alimentation", "Agriculture, Fisheries and Food"),
    ("de l'Immigration, de la Francisation et de l'Intégration", "Immigration"),
    ("du Tourisme", "Tourism"),
    ("de l'Énergie et des Ressources naturelles", "Energy and Natural Resources"),
]
TITRES = ["directeur du cabinet du ministre", "sous-ministre associé", "directrice des affaires "
          "intergouvernementales et de la coopération internationale", "conseiller politique",
          "attachée de presse", "délégué général du Québec", "directeur des relations internationales",
          "conseillère en affaires internationales", "sous-ministre adjointe"]
TITLES_EN = ["chief of staff", "deputy minister", "director for international affairs", "policy adviser",
             "press secretary", "delegate general of Québec", "trade commissioner"]

FILLER_FR = [
    "Les liens entre le Québec et {country} s'appuient sur plus de {n} décennies d'échanges continus dans des "
    "domaines diversifiés.",
    "{n2} ententes de coopération sont actuellement en vigueur entre {country} et le Québec dans des champs "
    "d'application variés tels que {d1}, {d2} ainsi que {d3}.",
    "En plus de ses rapports avec le gouvernement central, le Québec entretient des relations étroites avec "
    "{sub_article}, un territoire auquel il est lié par des liens de coopération multisectorielle.",
    "La délégation a rencontré des représentants des autorités locales, des universités et des entreprises "
    "actives dans le secteur {d1}.",
    "Les échanges ont permis de faire le point sur les projets en cours et d'identifier de nouvelles pistes de "
    "collaboration en matière de {d2}.",
    "Soulignons que le ministre était également accompagné de représentants d'entreprises québécoises "
    "spécialisées dans le domaine {d3}.",
    "Les partenaires ont exprimé leur volonté de renforcer la coopération, notamment par des missions "
    "réciproques et des échanges d'experts.",
    "Des visites d'établissements à {city} ont permis de mesurer les progrès réalisés depuis la dernière mission.",
]
FILLER_EN = [
    "Relations between Québec and {country} rest on more than {n} decades of exchanges in many fields.",
    "{n2} cooperation agreements are currently in force between {country} and Québec, covering {d1}, {d2} and "
    "{d3}.",
    "The delegation met representatives of local authorities, universities and businesses active in {d1}.",
    "The talks reviewed ongoing projects and identified new avenues for collaboration in {d2}.",
    "The Minister was accompanied by representatives of Québec companies specialised in {d3}.",
    "Site visits in {city} showed the progress made since the previous mission.",
]


def load_gazetteer():
    nodes = {}
    with open(GAZETTEER, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("slug\t"):
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) < 7:
                continue
            nodes[c[0]] = {"slug": c[0], "kind": c[1], "parent": c[2], "pop": int(c[4] or 0), "en": c[5],
                           "fr": c[6]}
    # country -> subdivision -> cities, keeping only cities whose subdivision is known.
    tree = {}
    for n in nodes.values():
        if n["kind"] != "city":
            continue
        sub = nodes.get(n["parent"])
        if not sub or sub["kind"] != "subdivision":
            continue
        country = nodes.get(sub["parent"])
        if not country or country["kind"] != "country":
            continue
        tree.setdefault(country["slug"], {}).setdefault(sub["slug"], []).append(n)
    countries = sorted(tree)
    # Big partners come up more often, as in a real registry.
    weights = [1 + sum(len(v) for v in tree[c].values()) ** 0.5 for c in countries]
    return nodes, tree, countries, weights


def load_domains():
    out = []
    with open(DOMAINS, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("slug\t"):
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) >= 4:
                out.append((c[3].lower(), c[2].lower()))
    return out


def sub_phrase(sub, rng):
    name = sub["fr"]
    return rng.choice([f"la province du {name}", f"la région de {name}", f"l'État de {name}",
                       f"le gouvernement de {name}", f"{name}"])


def date_fr(rng, y, m, d, d2):
    mo = MOIS[m - 1]
    return rng.choice([
        f"{d} au {d2} {mo} {y}", f"du {d} au {d2} {mo} {y}", f"{y}-{m:02d}-{d:02d} au {y}-{m:02d}-{d2:02d}",
        f"le {d} {mo} {y}", f"{d}-{d2} {mo} {y}", f"{d} {mo} {y} au {d2} {mo} {y}"])


def date_en(rng, y, m, d, d2):
    mo = MONTHS[m - 1]
    return rng.choice([f"{mo} {d}-{d2}, {y}", f"{d}–{d2} {mo} {y}", f"{mo} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])


def agreement_sentences_fr(rng, sub_txt, country_fr, doms, year):
    past = rng.randint(max(1975, year - 25), year - 1)
    d = rng.choice(doms)
    kind = rng.choice(["l'entente de coopération", "l'Entente de coopération", "le protocole d'entente",
                       "l'accord de coopération", "le programme de coopération"])
    return rng.choice([
        ("plans_update", f"À cet effet, il a été proposé d'actualiser {kind} signé{'e' if kind.startswith('l') else ''}"
                         f" en {past} avec {sub_txt} dans le domaine {d}."),
        ("plans_update", f"Les parties ont convenu de mettre à jour {kind} de {past} avec {sub_txt}, qui devra "
                         f"être révisé{'e' if 'entente' in kind else ''} d'ici {year + 1}."),
        ("plans_update", f"Il est recommandé de renouveler l'entente de coopération Québec-{country_fr} ({past})."),
        ("produced", f"La mission a permis d'officialiser un partenariat par la signature d'un protocole d'entente "
                     f"dans le domaine {d} avec {sub_txt}."),
        ("produced", f"Le ministre a procédé à la signature de deux protocoles d'entente avec {sub_txt}, l'un en "
                     f"{rng.choice(doms)} et l'autre en {rng.choice(doms)}."),
        ("produced", f"Une entente de coopération en matière de {d} a été signée avec {sub_txt} le {rng.randint(2, 28)}"
                     f" {MOIS[rng.randint(0, 11)]} {year}."),
        ("renewed", f"Le Québec et {sub_txt} ont renouvelé leur entente de {past} sur {d} lors de la visite."),
        ("references", f"Ces travaux s'inscrivent dans le cadre de {kind} signé{'e' if 'entente' in kind else ''} en "
                       f"{past} avec {sub_txt}, qui demeure en vigueur."),
        ("references", f"L'Entente de coopération Québec-{country_fr} ({past}) guide les échanges dans le domaine {d}."),
    ])[1]


def agreement_sentences_en(rng, sub_name, country_en, doms, year):
    past = rng.randint(max(1975, year - 25), year - 1)
    d = rng.choice(doms)
    return rng.choice([
        f"It was proposed to update the {past} cooperation agreement with {sub_name} on {d}.",
        f"The Minister signed a memorandum of understanding with {sub_name} on {d}.",
        f"Québec and {country_en} renewed their {past} work plan on {d} during the visit.",
        f"The {past} cooperation agreement with {country_en} remains in force.",
        f"Review the {past} Québec–{sub_name} cooperation agreement before {year + 2}.",
    ])


def wrap_pdf(text, rng, width):
    """Hard line breaks at ~width with trailing spaces, some words hyphenated across lines."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        words = para.split(" ")
        line = ""
        for w in words:
            if len(line) + len(w) + 1 > width and line:
                if len(w) > 8 and rng.random() < 0.15 and w.isalpha():
                    cut = rng.randint(3, len(w) - 4)
                    out.append(line + " " + w[:cut] + "-")
                    line = w[cut:]
                    continue
                out.append(line + (" " if rng.random() < 0.7 else ""))
                line = w
            else:
                line = w if not line else line + " " + w
        out.append(line)
    return "\n".join(out)


def report(rng, g, domains, english):
    nodes, tree, countries, weights = g
    cslug = rng.choices(countries, weights)[0]
    subs = tree[cslug]
    sub_keys = sorted(subs)
    main_sub = rng.choice(sub_keys)
    cities = list(subs[main_sub])
    rng.shuffle(cities)
    picked = cities[: rng.randint(1, min(3, len(cities)))]
    if len(sub_keys) > 1 and rng.random() < 0.4:
        other = rng.choice(sub_keys)
        extra = rng.choice(subs[other])
        if extra not in picked:
            picked.append(extra)
    country = nodes[cslug]
    sub = nodes[main_sub]
    year = rng.randint(1990, 2026)
    m, d = rng.randint(1, 12), rng.randint(1, 20)
    d2 = d + rng.randint(1, 8)
    doms = [x[1] if english else x[0] for x in rng.sample(domains, 4)]
    minister = rng.choice(MINISTERES)
    lang = "en" if english else "fr"
    names = [(rng.choice(PRENOMS), rng.choice(NOMS)) for _ in range(rng.randint(1, 6))]
    key = lambda c: c["en"] if english else c["fr"]
    city_names = [key(c) for c in picked]
    fill = {"country": key(country), "sub_article": sub_phrase(sub, rng), "city": city_names[0], "n": rng.randint(2, 5),
            "n2": rng.choice(["Deux", "Trois", "Quatre", "Huit"]) if not english else rng.choice(["Two", "Three", "Five"]),
            "d1": doms[0], "d2": doms[1], "d3": doms[2]}
    L = []
    if english:
        L += [rng.choice(["MISSION REPORT", "Mission report", f"Mission to {key(country)}"]),
              f"Official visit to {key(country)}", "",
              f"Places visited: {', '.join(city_names[:-1]) + ' and ' if len(city_names) > 1 else ''}"
              f"{city_names[-1]} ({key(country)})",
              f"Mission dates: {date_en(rng, year, m, d, d2)}", f"Department: Ministry of {minister[1]}", "",
              "Delegation:"]
        for i, (p, n) in enumerate(names):
            L.append(f"- {rng.choice(['Mr.', 'Ms.', 'Dr.', 'Hon.'])} {p} {n}, "
                     f"{'Minister of ' + minister[1] if i == 0 else rng.choice(TITLES_EN)};")
        L += ["", "BACKGROUND"]
        L.append(" ".join(s.format(**fill) for s in rng.sample(FILLER_EN, 4)))
        L += ["", "PROGRAMME"]
        for _ in range(rng.randint(2, 4)):
            L.append(" ".join(s.format(**fill) for s in rng.sample(FILLER_EN, 4)))
        L += ["", "OBJECTIVES"]
        for _ in range(rng.randint(2, 4)):
            L.append(f"- strengthen cooperation in {' and '.join(rng.sample(doms, 2))};")
        L += ["", rng.choice(["OUTCOMES", "RESULTS"])]
        for _ in range(rng.randint(1, 3)):
            L.append(agreement_sentences_en(rng, key(sub), key(country), doms, year) + " " +
                     rng.choice(FILLER_EN).format(**fill))
        L += ["", rng.choice(["FOLLOW-UP", "RECOMMENDATIONS", "Next steps"])]
        for _ in range(rng.randint(1, 4)):
            L.append(f"- {rng.choice(['Pursue', 'Prepare', 'Develop', 'Organise'])} "
                     f"{rng.choice(['exchanges', 'a joint work plan', 'a return mission', 'a call for projects'])}"
                     f" with {key(sub)} in {rng.choice(doms)};")
        L += ["", f"Prepared by: {rng.choice(['Europe', 'Asia-Pacific', 'Americas', 'Africa'])} Directorate",
              f"Report date: {MONTHS[m % 12]} {rng.randint(1, 28)}, {year if m < 12 else year + 1}"]
    else:
        L += [" RAPPORT DE MISSION ", "", rng.choice(["D'UN DÉPLACEMENT À L'EXTÉRIEUR DU CANADA ",
                                                      f"Mission en {key(country)}", "POUR DIFFUSION WEB  "]), "",
              "INFORMATIONS GÉNÉRALES ", "",
              f"Lieux : {', '.join(city_names[:-1]) + ' et ' if len(city_names) > 1 else ''}{city_names[-1]}   ",
              "", f" ({key(country).upper()}) ", "",
              f"Dates de la mission : {date_fr(rng, year, m, d, d2)} ", "",
              f"Ministère : Ministère {minister[0]}", "",
              "Composition de la délégation ministérielle : ", ""]
        for i, (p, n) in enumerate(names):
            hon = rng.choice(["M.", "Mme", "Dr", "Dre"])
            L.append(f"- {hon} {p} {n}, {'ministre ' + minister[0] if i == 0 else rng.choice(TITRES)}; ")
            L.append("")
        L += ["CONTEXTE ", ""]
        L.append(" ".join(s.format(**fill) for s in rng.sample(FILLER_FR, 5)))
        L += ["", rng.choice(["DÉROULEMENT DE LA MISSION ", "Programme ", "RENCONTRES "]), ""]
        for _ in range(rng.randint(2, 4)):
            L.append(" ".join(s.format(**fill) for s in rng.sample(FILLER_FR, 4)))
            L.append("")
        L += ["", "OBJECTIFS ", "", "Cette mission visait plus spécifiquement à : ", ""]
        for _ in range(rng.randint(2, 4)):
            L.append(f"- {rng.choice(['consolider', 'développer', 'renforcer', 'promouvoir'])} les liens de "
                     f"collaboration entre le Québec et {fill['sub_article']}, particulièrement dans les domaines "
                     f"{' et '.join(rng.sample(doms, 2))}; ")
        L += ["", rng.choice(["RÉSULTATS OBTENUS ", "RÉSULTATS", "Résultats de la mission"]), "",
              "Les objectifs fixés pour cette mission ont été atteints. Plus précisément, celle-ci a notamment permis : "]
        for _ in range(rng.randint(1, 3)):
            L.append("- " + agreement_sentences_fr(rng, sub_phrase(sub, rng), key(country), doms, year) + " " +
                     rng.choice(FILLER_FR).format(**fill) + "; ")
        L += ["", "RECOMMANDATIONS ET SUIVIS ", ""]
        for _ in range(rng.randint(1, 4)):
            L.append(f"- {rng.choice(['Poursuivre les échanges', 'Entreprendre des démarches', 'Organiser une mission de retour', 'Développer une offre concertée'])}"
                     f" avec {sub_phrase(sub, rng)} dans le domaine {rng.choice(doms)} afin de promouvoir "
                     f"l'expertise québécoise; ")
        rd = rng.randint(1, 28)
        L += ["", " ", "Rédigé par :  Direction des affaires intergouvernementales  ", "",
              "et de la coopération internationale ",
              f"Date : {rd} {MOIS[m % 12]} {year if m < 12 else year + 1} ", ""]
    body = "\n".join(L)
    return wrap_pdf(body, rng, rng.randint(85, 110)) + "\n", lang, cslug, year


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--english", type=float, default=0.15)
    ap.add_argument("--shard", type=int, default=1000, help="reports per subfolder")
    a = ap.parse_args()
    g = load_gazetteer()
    domains = load_domains()
    rng = random.Random(a.seed)
    total = 0
    for i in range(a.n):
        text, lang, cslug, year = report(rng, g, domains, rng.random() < a.english)
        folder = os.path.join(a.out, f"{i // a.shard:04d}")
        if i % a.shard == 0:
            os.makedirs(folder, exist_ok=True)
        name = os.path.join(folder, f"{year}_{cslug}_{lang}_{i:06d}.txt")
        data = text.encode("utf-8")
        total += len(data)
        with open(name, "wb") as f:
            f.write(data)
    print(f"{a.n} reports, {total} bytes in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
