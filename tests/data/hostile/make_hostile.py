#!/usr/bin/env python3
"""Writes the small hostile files committed beside this script. The big ones
(200 MB text, PDF bombs, 10,000 agreement sentences) are made at test time
by tests/reliability/hostile.py with the functions below."""
import os
import random
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
GOOD = ("RAPPORT DE MISSION\n\nLieux : Jinan (Chine)\nDates de la mission : le 16 octobre 2017\n\n"
        "RÉSULTATS\nSignature d'un protocole d'entente avec la province du Shandong en culture.\n")


def small_files():
    rng = random.Random(8)
    files = {
        "empty.txt": b"",
        "only_spaces.txt": b"   \n\t\n \f \r\n",
        "binary.txt": bytes(rng.randrange(256) for _ in range(4096)),
        "elf_named.txt": b"\x7fELF\x02\x01\x01" + bytes(rng.randrange(256) for _ in range(2000)),
        "invalid_utf8.txt": GOOD.encode() + b"\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\n",
        "mixed_encodings.txt": GOOD.encode() + "Réunion à Québec, été 2017.\n".encode("latin-1")
        + "Entente signée à Montréal.\n".encode("utf-16"),
        "nul_bytes.txt": GOOD.encode().replace(b"\n", b"\x00\n") + b"\x00" * 100,
        "utf16_bom.txt": GOOD.encode("utf-16"),
        "overlong_utf8.txt": GOOD.encode() + b"\xc0\xaf\xe0\x80\xaf\xf8\x88\x80\x80\x80\xed\xa0\x80\n",
        "control_chars.txt": GOOD.encode() + bytes(range(1, 32)) * 20 + b"\x1b[31mrouge\x1b[0m\n",
        "not_a_pdf.pdf": b"%PDF-1.4\n" + b"garbage " * 200,
        "pdf_header_only.pdf": b"%PDF-1.7\n%%EOF\n",
    }
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)


def pdf(objects):
    """A PDF file from object bodies (bytes), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_many_pages(pages):
    """A page tree with `pages` pages sharing one content stream."""
    content = b"BT /F1 12 Tf 72 720 Td (Entente de cooperation) Tj ET"
    kids = b" ".join(b"%d 0 R" % (i + 5) for i in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"
    objs += [page] * pages
    return pdf(objs)


def pdf_deflate_bomb(megabytes):
    """One page whose content stream inflates to `megabytes` MB of text operators."""
    comp = zlib.compressobj(9)
    chunk = b"BT (AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj ET\n" * 16384
    data = bytearray()
    for _ in range(megabytes * 1048576 // len(chunk)):
        data += comp.compress(chunk)
    data += comp.flush()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + bytes(data) + b"\nendstream"]
    return pdf(objs)


def many_agreements(n):
    lines = ["RAPPORT DE MISSION", "", "Lieux : Jinan (Chine)", "Dates de la mission : le 16 octobre 2017", "",
             "RÉSULTATS"]
    for i in range(n):
        lines.append(f"Signature d'un protocole d'entente avec la province du Shandong en culture no {i} "
                     f"et renouvellement de l'entente de coopération Québec-Bavière de {1990 + i % 30}.")
    return ("\n".join(lines) + "\n").encode()


if __name__ == "__main__":
    small_files()
