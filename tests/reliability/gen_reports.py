#!/usr/bin/env python3
"""Generates N mission reports from the fixtures in tests/data/reports by
varying years and places, so crash and load tests have a realistic corpus
that is not committed. Deterministic for a given seed."""
import argparse
import os
import random
import re

PLACES = [b"Jinan", b"Qingdao", b"Yantai", b"Shanghai", b"Boston", b"Paris", b"Munich", b"Hanoi",
          b"Barcelone", b"Tokyo", b"Mexico"]
TEXT_FIXTURES = ["2016-12_boston_annees.txt", "2017-09_sante_chine.txt", "2017-10_shandong_protocoles.txt",
                 "2018-04_paris_english.txt", "2018-06_mexique_english_renewed.txt", "2018-11_mexique_latin1.txt",
                 "2019-03_wallonie_sans_sections.txt", "2019-05_baviere_cp1252_crlf.txt",
                 "2019-09_qingdao_yantai_formfeeds.txt", "2019-11_vietnam_numerote.txt",
                 "2022-04_catalogne_sans_entente.txt", "2023-11_japon_declaration.txt"]


def vary(text, rng, i):
    shift = rng.randint(-6, 6)
    # Years move together so the report stays coherent (mission after the agreements it cites).
    text = re.sub(rb"\b(19[89]\d|20[0-2]\d)\b", lambda m: str(int(m.group(1)) + shift).encode(), text)
    a, b = rng.sample(PLACES, 2)
    if a in text and rng.random() < 0.5:
        text = text.replace(a, b)
    # A unique line makes every file distinct content (no "unchanged" shortcuts).
    # ASCII, so it fits Latin-1 and UTF-8 fixtures alike.
    return text + f"\nReference interne : R-{i:05d}\n".encode()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("fixtures")
    ap.add_argument("out")
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-dir", type=int, default=100)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    sources = [open(os.path.join(args.fixtures, f), "rb").read() for f in TEXT_FIXTURES]
    for i in range(args.n):
        k = rng.randrange(len(sources))
        sub = os.path.join(args.out, f"lot{i // args.per_dir:03d}")
        os.makedirs(sub, exist_ok=True)
        name = f"{i:05d}_{TEXT_FIXTURES[k][:-4]}.txt"
        with open(os.path.join(sub, name), "wb") as f:
            f.write(vary(sources[k], rng, i))


if __name__ == "__main__":
    main()
