#!/usr/bin/env python3
"""Side-by-side benchmark of entente, SQLite FTS5 and grep on generated corpora.

Called by bench/run.sh (which builds first). Usage:
  bench/run.py --build DIR --work DIR [--seed S] [--reps R] [--cmd-reps C] [--out RESULTS.md] N [N...]

For each N: generate the corpus (cached by N and seed), then in the same run
time whole commands (`entente ingest`, the FTS5 build with the sqlite3 CLI),
sizes, peak memory (/usr/bin/time -v), warm in-process query latency
(bench_query, bench_fts5), whole-command query latency (`entente search`,
`sqlite3`, `quest` on entente's own index, `grep -rilF`), and `commitments`
and `audit` when the build has them. Prints a table and writes RESULTS.md.
"""
import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata


def fold(text):
    """Without accents, as entente's index stores words (case kept: AND, OR, NOT are operators)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))

HERE = os.path.dirname(os.path.abspath(__file__))


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def timed(cmd, env=None, capture=True):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, peak RSS MB, stdout)."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, env=env, stdout=subprocess.PIPE if capture else
                       subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    rss = int(m.group(1)) / 1024 if m else float("nan")
    if p.returncode != 0:
        log(f"warning: {' '.join(cmd[:4])}… exited {p.returncode}: {p.stderr[-500:]}")
    return wall, rss, p.stdout if capture else ""


def cmd_latency(cmd, reps):
    """Milliseconds per run of a whole command (output discarded), after one warm-up."""
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = []
    for _ in range(reps):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def pct(v, p):
    if not v:
        return float("nan")
    s = sorted(v)
    return s[min(len(s) - 1, int(p * (len(s) - 1) + 0.5))]


def du(path):
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(root, f))
            except OSError:
                pass
    return total


def load_queries(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            label, ent, match, where, grep = line.rstrip("\n").split("\t")
            rows.append({"label": label, "entente": ent, "match": match,
                         "where": "" if where == "-" else where, "grep": grep})
    return rows


def parse_tsv(text):
    rows = {}
    for line in text.strip().splitlines():
        c = line.split("\t")
        rows[c[0]] = {"total": int(c[1]), "p50f": float(c[2]), "p99f": float(c[3]), "p50": float(c[4]),
                      "p99": float(c[5])}
    return rows


def fts_sql(q, facets, up_to):
    match = q["match"].replace("'", "''")
    where = f"docs MATCH '{match}'" + (f" AND {q['where']}" if q["where"] else "")
    sql = (f"SELECT path, snippet(docs, 2, '<b>', '</b>', '…', 16) FROM docs WHERE {where} ORDER BY rank LIMIT 20;")
    # Without facets entente counts exactly up to `up_to` matches and estimates above;
    # FTS5 is asked the same (count up to the bound), with facets both count every match.
    sql += (f"SELECT year, count(*) FROM docs WHERE {where} GROUP BY year;" if facets
            else f"SELECT count(*) FROM (SELECT 1 FROM docs WHERE {where} LIMIT {up_to + 1});")
    return sql


def exact_total_up_to(entente):
    # entente's bound for exact totals without facets, as its `search --help` states it, so that
    # FTS5 is asked to count as far as entente does.
    p = subprocess.run([entente, "search", "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    m = re.search(r"counts\s+exactly\s+up\s+to\s+(\d+)\s+matches", p.stdout)
    if not m:
        sys.exit("bench: `entente search --help` no longer states its bound for exact totals")
    return int(m.group(1))


def has_verb(entente, verb):
    # `entente VERB --help` exits 0 even for an unknown verb (the top-level help wins), so read the list.
    p = subprocess.run([entente, "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return re.search(r"^\s+" + re.escape(verb) + r"\b", p.stdout, re.M) is not None


def has_option(entente, verb, option):
    p = subprocess.run([entente, verb, "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return has_verb(entente, verb) and option in p.stdout


def bench_size(n, a, queries):
    build = a.build
    entente = os.path.join(build, "cli", "entente")
    up_to = exact_total_up_to(entente)
    corpus = os.path.join(a.work, f"corpus-{n}-s{a.seed}")
    if not os.path.exists(os.path.join(corpus, ".done")):
        shutil.rmtree(corpus, ignore_errors=True)
        log(f"[{n}] generating corpus")
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), str(n), corpus, "--seed",
                        str(a.seed)], check=True)
        open(os.path.join(corpus, ".done"), "w").close()
    corpus_bytes = du(corpus)
    r = {"n": n, "corpus_mb": corpus_bytes / 1e6}
    home = os.path.join(a.work, f"home-{n}")
    fts = os.path.join(a.work, f"fts-{n}.db")
    shutil.rmtree(home, ignore_errors=True)
    for f in (fts, fts + "-wal", fts + "-shm"):
        if os.path.exists(f):
            os.remove(f)
    # Cold-ish start for both: drop nothing (no root needed), but read the corpus once so
    # neither side pays for the first read from disk.
    subprocess.run(["cat"] + [os.path.join(corpus, "0000", x) for x in os.listdir(os.path.join(corpus, "0000"))],
                   stdout=subprocess.DEVNULL)
    subprocess.run(["grep", "-rc", "x", corpus], stdout=subprocess.DEVNULL)

    log(f"[{n}] entente ingest")
    wall, rss, _ = timed([entente, "--db", home, "ingest", "-q", corpus])
    r["ingest_s"], r["ingest_rss"] = wall, rss
    r["ingest_docs_s"] = n / wall
    r["ingest_mb_s"] = corpus_bytes / 1e6 / wall
    r["home_bytes"] = du(home)
    r["index_bytes"] = du(os.path.join(home, "index"))
    if has_verb(entente, "compact"):
        w, _, _ = timed([entente, "--db", home, "compact"])
        r["compact_s"] = w
        r["home_bytes_compact"] = du(home)
        r["index_bytes_compact"] = du(os.path.join(home, "index"))

    log(f"[{n}] FTS5 build (sqlite3 CLI)")
    # One row per report; the year comes from the file name so FTS5 can filter like year:.
    sql = ("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
           "CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, year UNINDEXED, body,"
           " tokenize='unicode61 remove_diacritics 2');"
           "INSERT INTO docs(path, year, body) SELECT name, CAST(substr(name, instr(name, '/0') + 6, 4) AS INTEGER),"
           " CAST(data AS TEXT) FROM fsdir(" + "'" + corpus + "') WHERE name LIKE '%.txt';"
           "PRAGMA wal_checkpoint(TRUNCATE);")
    wall, rss, _ = timed(["sqlite3", fts, sql])
    r["fts_s"], r["fts_rss"] = wall, rss
    r["fts_docs_s"] = n / wall
    r["fts_bytes"] = sum(os.path.getsize(f) for f in (fts, fts + "-wal") if os.path.exists(f))

    if shutil.which("omindex"):
        log(f"[{n}] omindex (Xapian Omega, French stemming, positions)")
        om = os.path.join(a.work, f"omindex-{n}")
        shutil.rmtree(om, ignore_errors=True)
        wall, rss, _ = timed(["omindex", "--db", om, "--url", "/", "-s", "french", corpus])
        r["omindex_s"], r["omindex_rss"] = wall, rss
        r["omindex_bytes"] = du(om)
        shutil.rmtree(om, ignore_errors=True)

    log(f"[{n}] warm queries in process")
    qfile = os.path.join(HERE, "queries.tsv")
    _, _, out = timed([os.path.join(build, "bench", "bench_query"), home, qfile, str(a.reps)])
    r["warm_e"] = parse_tsv(out)
    _, _, out = timed([os.path.join(build, "bench", "bench_fts5"), fts, qfile, str(a.reps)])
    r["warm_f"] = parse_tsv(out)

    log(f"[{n}] whole commands")
    ce, cef, cf, cff, cq, cqe, cg = [], [], [], [], [], [], []
    per_q = {}
    for q in queries:
        e_nf = cmd_latency([entente, "--db", home, "search", "--json", "--no-facets", q["entente"]], a.cmd_reps)
        e_f = cmd_latency([entente, "--db", home, "search", "--json", q["entente"]], a.cmd_reps)
        f_nf = cmd_latency(["sqlite3", "-readonly", fts, fts_sql(q, False, up_to)], a.cmd_reps)
        f_f = cmd_latency(["sqlite3", "-readonly", fts, fts_sql(q, True, up_to)], a.cmd_reps)
        g = cmd_latency(["grep", "-rilF", q["grep"], corpus], max(1, a.cmd_reps // 2))
        ce += e_nf
        cef += e_f
        cf += f_nf
        cff += f_f
        cg += g
        per_q[q["label"]] = (statistics.median(e_nf), statistics.median(f_nf), statistics.median(g))
        if not any(c in q["entente"] for c in ':*"'):
            # quest knows no entente fields, and phrases of stems (quest's phrases use the unstemmed
            # words, which entente's index does not hold); it answers the plain-word queries on entente's
            # own index, words joined by AND as entente joins them, given without accents (the index
            # holds "quebec": "québec" as typed would find nothing, fast), and is compared with
            # entente on these same queries.
            cq += cmd_latency(["quest", "-d", os.path.join(home, "index"), "-s", "french", "-o", "and",
                               "-m", "20", fold(q["entente"])], a.cmd_reps)
            cqe += e_nf
    r["cmd"] = {"entente": ce, "entente_f": cef, "fts": cf, "fts_f": cff, "quest": cq, "entente_q": cqe,
                "grep": cg}
    r["cmd_per_q"] = per_q

    for verb, args in (("commitments", ["shandong"]), ("audit", [])):
        if has_verb(entente, verb):
            r[verb] = statistics.median(cmd_latency([entente, "--db", home, verb, "--json"] + args, 3))
    # The audit's first page, as a search prints one (builds with `audit --limit`).
    if has_option(entente, "audit", "--limit"):
        r["audit_page"] = statistics.median(
            cmd_latency([entente, "--db", home, "audit", "--json", "--limit", "20"], 3))
    return r


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            mem = f"{int(f.readline().split()[1]) / 1048576:.1f} GiB"
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs, {cpu}, {mem} RAM, {platform.system()} {platform.release()}"


def fmt_table(results):
    def ratio(x, y):
        return f"{x / y:.2f}" if y else "–"

    lines = []
    head = "| | " + " | ".join(f"N = {r['n']:,} ({r['corpus_mb']:.1f} MB)" for r in results) + " |"
    lines.append(head)
    lines.append("|---|" + "---|" * len(results))

    def row(name, fn):
        cells = []
        for r in results:
            try:
                cells.append(fn(r))
            except (KeyError, ZeroDivisionError):
                cells.append("–")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")

    row("entente ingest: s, reports/s, MB/s", lambda r: f"{r['ingest_s']:.1f} s, {r['ingest_docs_s']:.0f}/s, "
        f"{r['ingest_mb_s']:.2f} MB/s")
    row("FTS5 build (sqlite3 CLI): s, reports/s", lambda r: f"{r['fts_s']:.1f} s, {r['fts_docs_s']:.0f}/s")
    row("**ingest ratio entente/FTS5 (time)**", lambda r: ratio(r["ingest_s"], r["fts_s"]))
    row("omindex (Omega, French stemming, positions): s, reports/s, ÷ corpus",
        lambda r: f"{r['omindex_s']:.1f} s, {r['n'] / r['omindex_s']:.0f}/s, "
        f"{r['omindex_bytes'] / (r['corpus_mb'] * 1e6):.2f}")
    row("**ingest speed entente ÷ omindex (target ≥ 3)**", lambda r: ratio(r["omindex_s"], r["ingest_s"]))
    row("peak RSS ingest: entente / FTS5 (MB)", lambda r: f"{r['ingest_rss']:.0f} / {r['fts_rss']:.0f}")
    row("registry+index ÷ corpus (index alone)", lambda r: f"{r['home_bytes'] / (r['corpus_mb'] * 1e6):.2f} "
        f"({r['index_bytes'] / (r['corpus_mb'] * 1e6):.2f})")
    row("after `entente compact` (s)", lambda r: f"{r['home_bytes_compact'] / (r['corpus_mb'] * 1e6):.2f} "
        f"({r['index_bytes_compact'] / (r['corpus_mb'] * 1e6):.2f}), {r['compact_s']:.1f} s")
    row("FTS5 db ÷ corpus", lambda r: f"{r['fts_bytes'] / (r['corpus_mb'] * 1e6):.2f}")

    def warm(r, who, key, p):
        vals = [v[key] for v in r[who].values()]
        return statistics.median(vals) if p == 50 else max(vals)

    for facets, k50, k99, label in ((False, "p50", "p99", "no facets"), (True, "p50f", "p99f", "facets")):
        row(f"warm search p50 / p99 ms, {label}: entente", lambda r: f"{warm(r, 'warm_e', k50, 50):.2f} / "
            f"{warm(r, 'warm_e', k99, 99):.2f}")
        row(f"warm search p50 / p99 ms, {label}: FTS5", lambda r: f"{warm(r, 'warm_f', k50, 50):.2f} / "
            f"{warm(r, 'warm_f', k99, 99):.2f}")
        row(f"**warm ratio entente/FTS5 p50, p99 ({label})**",
            lambda r: f"{ratio(warm(r, 'warm_e', k50, 50), warm(r, 'warm_f', k50, 50))}, "
            f"{ratio(warm(r, 'warm_e', k99, 99), warm(r, 'warm_f', k99, 99))}")
    row("command p50 / p99 ms: `entente search --no-facets`",
        lambda r: f"{pct(r['cmd']['entente'], .5):.1f} / {pct(r['cmd']['entente'], .99):.1f}")
    row("command p50 / p99 ms: `entente search` (facets)",
        lambda r: f"{pct(r['cmd']['entente_f'], .5):.1f} / {pct(r['cmd']['entente_f'], .99):.1f}")
    row("command p50 / p99 ms: `sqlite3` FTS5 (top 20 + count up to entente's bound + 1)",
        lambda r: f"{pct(r['cmd']['fts'], .5):.1f} / {pct(r['cmd']['fts'], .99):.1f}")
    row("command p50 / p99 ms: `sqlite3` FTS5 (top 20 + per-year counts)",
        lambda r: f"{pct(r['cmd']['fts_f'], .5):.1f} / {pct(r['cmd']['fts_f'], .99):.1f}")
    row("command p50 ms on the plain-word queries: `entente search --no-facets` / `quest` on entente's index",
        lambda r: f"{pct(r['cmd']['entente_q'], .5):.1f} / {pct(r['cmd']['quest'], .5):.1f}")
    row("command p50 / p99 ms: `grep -rilF` (floor, no index)",
        lambda r: f"{pct(r['cmd']['grep'], .5):.1f} / {pct(r['cmd']['grep'], .99):.1f}")
    row("**command ratio entente/sqlite3 p50 (no facets; facets)**",
        lambda r: f"{ratio(pct(r['cmd']['entente'], .5), pct(r['cmd']['fts'], .5))}; "
        f"{ratio(pct(r['cmd']['entente_f'], .5), pct(r['cmd']['fts_f'], .5))}")
    row("**command ratio entente/quest p50 (same plain-word queries)**",
        lambda r: ratio(pct(r['cmd']['entente_q'], .5), pct(r['cmd']['quest'], .5)))
    row("command ratio entente/grep p50", lambda r: ratio(pct(r['cmd']['entente'], .5), pct(r['cmd']['grep'], .5)))
    row("`entente commitments shandong` ms (÷ search p50)",
        lambda r: f"{r['commitments']:.0f} ({r['commitments'] / pct(r['cmd']['entente_f'], .5):.1f})")
    row("`entente audit` ms (÷ search p50)",
        lambda r: f"{r['audit']:.0f} ({r['audit'] / pct(r['cmd']['entente_f'], .5):.1f})")
    row("`entente audit --limit 20` ms (÷ search p50)",
        lambda r: f"{r['audit_page']:.0f} ({r['audit_page'] / pct(r['cmd']['entente_f'], .5):.1f})")
    return "\n".join(lines)


def per_query_table(r):
    lines = [f"Per query at N = {r['n']:,} (ms; warm = in-process p50 without facets / with facets; "
             "command = whole-command p50 without facets):", "",
             "| query | entente total | FTS5 total | warm entente | warm FTS5 | command entente | command sqlite3 | grep |",
             "|---|---|---|---|---|---|---|---|"]
    for label, e in r["warm_e"].items():
        f = r["warm_f"].get(label, {})
        c = r["cmd_per_q"].get(label, (float("nan"),) * 3)
        lines.append(f"| {label} | {e['total']} | {f.get('total', '–')} | {e['p50']:.2f} / {e['p50f']:.2f} | "
                     f"{f.get('p50', float('nan')):.2f} / {f.get('p50f', float('nan')):.2f} | {c[0]:.1f} | "
                     f"{c[1]:.1f} | {c[2]:.1f} |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sizes", nargs="+", type=int)
    ap.add_argument("--build", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--reps", type=int, default=30)
    ap.add_argument("--cmd-reps", type=int, default=5)
    ap.add_argument("--out", default="")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    queries = load_queries(os.path.join(HERE, "queries.tsv"))
    results = [bench_size(n, a, queries) for n in a.sizes]
    table = fmt_table(results)
    print(table)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write("# entente benchmark results\n\n")
            f.write(f"- Date: {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}\n")
            f.write(f"- Machine: {machine()}\n")
            f.write(f"- Command: `bench/run.sh {' '.join(map(str, a.sizes))}` (seed {a.seed}, {a.reps} warm "
                    f"repetitions per query, {a.cmd_reps} per whole command, {len(queries)} queries in "
                    "bench/queries.tsv)\n\n")
            f.write(table + "\n\n")
            f.write(per_query_table(results[-1]) + "\n")
        log(f"wrote {a.out}")


if __name__ == "__main__":
    main()
