#!/usr/bin/env python3
"""Crash-consistency harness: runs a write verb of `entente`, kills it with
SIGKILL at random moments (random delays, and moments timed by polling for
Xapian temporary files and SQLite WAL growth, i.e. inside commits), then
checks that the registry and index agree, that no mission is half stored,
and that running the verb again converges to the state of a clean run.

Exit status 0 when every kill was survived; prints one summary line."""
import argparse
import glob
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(binary, home, *args, env=None, check=True):
    cmd = [binary, "--db", home, *args]
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if check and p.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} exited {p.returncode}: {p.stderr.strip()[:500]}")
    return p


def jrun(binary, home, *args):
    return json.loads(run(binary, home, *args, "--json").stdout)


def strip_ids(obj):
    """Record ids depend on what was rolled back; everything else must match."""
    if isinstance(obj, dict):
        return {k: strip_ids(v) for k, v in obj.items() if k not in ("id", "mission_id", "agreement_id")}
    if isinstance(obj, list):
        return [strip_ids(v) for v in obj]
    return obj


def missions_by_source(binary, home):
    out = {}
    for m in jrun(binary, home, "missions")["missions"]:
        assert m["source"] not in out, f"mission stored twice for {m['source']}"
        out[m["source"]] = strip_ids(m)
    return out


def agreements_set(binary, home):
    return sorted(json.dumps(strip_ids(a), sort_keys=True) for a in jrun(binary, home, "agreements")["agreements"])


def check_consistent(binary, home):
    p = run(binary, home, "check", "--json", check=False)
    report = json.loads(p.stdout) if p.stdout.strip() else {}
    if p.returncode != 0 or not report.get("ok"):
        raise AssertionError(f"check failed (exit {p.returncode}): {p.stdout[:800]} {p.stderr[:300]}")
    return report


def wal_size(home):
    try:
        return os.path.getsize(os.path.join(home, "registry.db-wal"))
    except OSError:
        return -1


def kill_during(binary, home, args, mode, rng, horizon):
    """Starts the verb and SIGKILLs it; returns what moment was hit."""
    proc = subprocess.Popen([binary, "--db", home, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    moment = mode
    if mode == "delay":
        time.sleep(rng.uniform(0, horizon))
    else:
        # Poll for commit activity: Xapian writes *.tmp files before renaming
        # them into place, SQLite grows its WAL during a commit.
        deadline = time.time() + horizon * 1.5
        skip = rng.randint(0, 6)
        last_wal = wal_size(home)
        while time.time() < deadline and proc.poll() is None:
            hit = False
            if mode == "xapian":
                # index.new exists while a reindex builds beside the live index.
                hit = bool(glob.glob(os.path.join(home, "index*", "*.tmp*")) or
                           os.path.exists(os.path.join(home, "index.new")))
            else:
                w = wal_size(home)
                hit = w != last_wal
                last_wal = w
            if hit:
                if skip == 0:
                    break
                skip -= 1
            time.sleep(0.0005)
    rc = proc.poll()
    if rc is None:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return moment, True
    return moment, False


def scenario_ingest(a, binary, work, rng):
    corpus = os.path.join(work, "corpus")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_reports.py"), a.fixtures, corpus, "-n", str(a.reports),
                    "--seed", str(a.seed)], check=True)
    total = a.reports
    ref = os.path.join(work, "ref")
    t0 = time.time()
    r = jrun(binary, ref, "ingest", "--batch", str(a.batch), corpus)
    horizon = time.time() - t0
    assert r["added"] == total and r["failed"] == 0, r
    ref_missions = missions_by_source(binary, ref)
    ref_agreements = agreements_set(binary, ref)
    ref_search = jrun(binary, ref, "search", "partner:china")["total"]

    stats = {"kills": 0, "moments": {}}
    home = os.path.join(work, "home")
    modes = ["delay", "delay", "xapian", "wal"]
    attempt = 0
    while stats["kills"] < a.kills and attempt < a.kills * 4:
        attempt += 1
        shutil.rmtree(home, ignore_errors=True)
        # Sometimes start from a partial registry so kills hit later batches and updates.
        mode = modes[attempt % len(modes)]
        _, killed = kill_during(binary, home, ["ingest", "--batch", str(a.batch), "--index-every", "60", "-q", corpus], mode, rng, horizon)
        if not killed:
            continue
        stats["kills"] += 1
        stats["moments"][mode] = stats["moments"].get(mode, 0) + 1
        if not os.path.exists(os.path.join(home, "registry.db")):
            continue  # killed before the registry existed: nothing to check
        check_consistent(binary, home)
        partial = missions_by_source(binary, home)
        for src, m in partial.items():
            if ref_missions.get(src) != m:
                raise AssertionError(f"half-ingested or different mission for {src}:\n{m}\nvs\n{ref_missions.get(src)}")
        # A second kill on the same registry, so recovery itself is interrupted sometimes.
        if rng.random() < 0.3:
            kill_during(binary, home, ["ingest", "--batch", str(a.batch), "--index-every", "60", "-q", corpus], "delay", rng, horizon)
            stats["kills"] += 1
            check_consistent(binary, home)
            partial = missions_by_source(binary, home)
        r = jrun(binary, home, "ingest", "--batch", str(a.batch), "--index-every", "60", corpus)
        if r["failed"] or r["added"] + r["unchanged"] != total or r["added"] != total - len(partial):
            raise AssertionError(f"re-run did not ingest exactly the rest: {len(partial)} stored, "
                                 f"{ {k: r[k] for k in ('added', 'updated', 'unchanged', 'failed')} }")
        check_consistent(binary, home)
        if missions_by_source(binary, home) != ref_missions:
            raise AssertionError("final missions differ from a clean run")
        if agreements_set(binary, home) != ref_agreements:
            raise AssertionError("final agreements differ from a clean run")
        if jrun(binary, home, "search", "partner:china")["total"] != ref_search:
            raise AssertionError("final search differs from a clean run")
    return stats


def seed_registry(a, binary, work, n):
    corpus = os.path.join(work, "corpus")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_reports.py"), a.fixtures, corpus, "-n", str(n),
                    "--seed", str(a.seed)], check=True)
    base = os.path.join(work, "base")
    jrun(binary, base, "ingest", corpus)
    return base


def index_snapshot(binary, home):
    s = jrun(binary, home, "search", "entente OR mission OR protocole OR agreement", "--limit", "1000")
    return s["total"], sorted((h["kind"], h["title"]) for h in s["hits"])


def scenario_reindex(a, binary, work, rng):
    base = seed_registry(a, binary, work, a.reports)
    home = os.path.join(work, "home")
    t0 = time.time()
    shutil.copytree(base, home)
    run(binary, home, "reindex")
    horizon = time.time() - t0
    stats = {"kills": 0, "moments": {}}
    modes = ["delay", "xapian", "delay"]
    extra = os.path.join(work, "extra")
    os.makedirs(extra)
    shutil.copy(os.path.join(a.fixtures, "2017-10_shandong_protocoles.txt"), os.path.join(extra, "x.txt"))
    attempt = 0
    while stats["kills"] < a.kills and attempt < a.kills * 4:
        attempt += 1
        shutil.rmtree(home, ignore_errors=True)
        shutil.copytree(base, home)
        if rng.random() < 0.5:
            # A crashed ingest left index updates pending: reindex must not lose them.
            env = dict(os.environ, ENTENTE_FAILPOINT="before_index_sync")
            run(binary, home, "ingest", extra, env=env, check=False)
        mode = modes[attempt % len(modes)]
        _, killed = kill_during(binary, home, ["reindex"], mode, rng, horizon)
        if not killed:
            continue
        stats["kills"] += 1
        stats["moments"][mode] = stats["moments"].get(mode, 0) + 1
        check_consistent(binary, home)
        snap = index_snapshot(binary, home)
        run(binary, home, "reindex")
        if index_snapshot(binary, home) != snap:
            raise AssertionError("search after a killed reindex differs from a complete reindex")
    return stats


CSV_HEADER = "Treaty Name,Signature Date,Parties,Domain,Status,Notes\n"


def make_csv(path, n, rng):
    parties = ["Shandong", "Bavière", "France", "Mexique", "Japon", "Wallonie", "Catalogne", "Viet Nam"]
    domains = ["santé", "culture", "commerce", "éducation", "environnement"]
    with open(path, "w", encoding="utf-8") as f:
        f.write(CSV_HEADER)
        for i in range(n):
            p = rng.choice(parties)
            f.write(f"\"Entente {i} de coopération, Québec–{p}\",{rng.randint(1990, 2023)},{p},"
                    f"{rng.choice(domains)},in_force,\"ligne {i}\n(note sur deux lignes)\"\n")


def scenario_import(a, binary, work, rng):
    csv = os.path.join(work, "ieadb.csv")
    make_csv(csv, a.rows, rng)
    mapping = "Treaty Name=title,Signature Date=signed,Parties=partners,Domain=domains,Status=status,Notes=notes"
    args = ["import", csv, "--map", mapping]
    ref = os.path.join(work, "ref")
    t0 = time.time()
    run(binary, ref, *args)
    horizon = time.time() - t0
    ref_agreements = agreements_set(binary, ref)
    home = os.path.join(work, "home")
    stats = {"kills": 0, "moments": {}}
    modes = ["delay", "wal", "xapian"]
    attempt = 0
    while stats["kills"] < a.kills and attempt < a.kills * 4:
        attempt += 1
        shutil.rmtree(home, ignore_errors=True)
        mode = modes[attempt % len(modes)]
        _, killed = kill_during(binary, home, args, mode, rng, horizon)
        if not killed:
            continue
        stats["kills"] += 1
        stats["moments"][mode] = stats["moments"].get(mode, 0) + 1
        if not os.path.exists(os.path.join(home, "registry.db")):
            continue
        check_consistent(binary, home)
        got = agreements_set(binary, home)
        if got and got != ref_agreements:
            raise AssertionError(f"a killed import stored {len(got)} of {len(ref_agreements)} agreements (not all or nothing)")
        run(binary, home, *args)
        check_consistent(binary, home)
        if agreements_set(binary, home) != ref_agreements:
            raise AssertionError("import after a kill differs from a clean import")
    return stats


def scenario_edit(a, binary, work, rng):
    base = seed_registry(a, binary, work, 40)
    agreements = jrun(binary, base, "agreements")["agreements"]
    home = os.path.join(work, "home")
    stats = {"kills": 0, "moments": {}}
    attempt = 0
    # (An edit is one short transaction: the kill lands on one attempt in six
    # or so, and 15 of 90 attempts left the count short now and then.)
    while stats["kills"] < a.kills and attempt < a.kills * 12:
        attempt += 1
        shutil.rmtree(home, ignore_errors=True)
        shutil.copytree(base, home)
        target = rng.choice(agreements)
        title = f"Titre corrigé {attempt} zzcorrige{attempt}"
        args = ["agreements", "edit", str(target["id"]), "--title", title]
        mode = "delay" if attempt % 2 else "wal"
        _, killed = kill_during(binary, home, args, mode, rng, 0.15)
        if not killed:
            continue
        stats["kills"] += 1
        stats["moments"][mode] = stats["moments"].get(mode, 0) + 1
        check_consistent(binary, home)
        now = {x["id"]: x for x in jrun(binary, home, "agreements")["agreements"]}
        edited = now[target["id"]]["title"] == title
        if not edited and strip_ids(now[target["id"]]) != strip_ids(target):
            raise AssertionError("a killed edit left the agreement half changed")
        hits = jrun(binary, home, "search", f"zzcorrige{attempt}")["total"]
        if hits != (1 if edited else 0):
            raise AssertionError(f"index disagrees with the registry after a killed edit ({hits} hits, edited={edited})")
    return stats


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--fixtures", required=True)
    ap.add_argument("--scenario", choices=["ingest", "reindex", "import", "edit"], required=True)
    ap.add_argument("--kills", type=int, default=30)
    ap.add_argument("--reports", type=int, default=300)
    ap.add_argument("--rows", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=25)
    ap.add_argument("--seed", type=int, default=int(os.environ.get("ENTENTE_CRASH_SEED", "0")) or None)
    a = ap.parse_args()
    if a.seed is None:
        a.seed = random.randrange(1, 1 << 30)
    rng = random.Random(a.seed)
    # tmpfs when there is one: a SIGKILL loses nothing the page cache holds, so
    # the moments tested are the same, and runs are faster.
    work = tempfile.mkdtemp(prefix=f"entente-crash-{a.scenario}-",
                            dir="/dev/shm" if os.access("/dev/shm", os.W_OK) else None)
    t0 = time.time()
    try:
        fn = {"ingest": scenario_ingest, "reindex": scenario_reindex, "import": scenario_import,
              "edit": scenario_edit}[a.scenario]
        stats = fn(a, os.path.abspath(a.bin), work, rng)
    except AssertionError as e:
        print(f"FAIL crash/{a.scenario} (seed {a.seed}, ENTENTE_CRASH_SEED={a.seed} reproduces; work dir {work}): {e}")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    print(f"crash/{a.scenario}: survived {stats['kills']} kills {stats['moments']} in {time.time() - t0:.0f} s "
          f"(seed {a.seed})")
    if stats["kills"] < a.kills:
        print(f"FAIL: only {stats['kills']} kills landed (the verb finished first too often)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
