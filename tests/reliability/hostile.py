#!/usr/bin/env python3
"""Bad input: every hostile file is ingested beside a good report. Each must
get a clear per-file message (or be read), in bounded time and memory, with
nothing stored half-way, while the good report goes on. Then the odd
situations: a symlink loop, a file that disappears during ingest, a registry
home without write permission, a full disk."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(SRC, "tests", "data", "hostile"))
import make_hostile  # noqa: E402

BIN = None
FAILURES = []
TRIED = 0
MAX_RSS_MB = 1024


def note_failure(msg):
    FAILURES.append(msg)
    print(f"  FAIL {msg}")


def run_measured(args, timeout=120, env=None):
    """Runs args, returns (rc, stdout, stderr, seconds, peak RSS in MB)."""
    t0 = time.time()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(args, stdout=out, stderr=err, env=env)
        timer = threading.Timer(timeout, p.kill)
        timer.start()
        _, status, usage = os.wait4(p.pid, 0)
        timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (p.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                time.time() - t0, usage.ru_maxrss / 1024)


def check_ok(home, label):
    rc, out, err, _, _ = run_measured([BIN, "--db", home, "check", "--json"])
    try:
        ok = json.loads(out)["ok"]
    except ValueError:
        ok = False
    if rc != 0 or not ok:
        note_failure(f"{label}: check after it: {out[:300]} {err[:300]}")


def ingest_case(work, name, data, expect, max_seconds=30):
    """expect: 'fail' (refused with a message), 'ok' (read), 'any' (either, bounded)."""
    global TRIED
    TRIED += 1
    case = os.path.join(work, f"case{TRIED}")
    folder = os.path.join(case, "in")
    os.makedirs(folder)
    with open(os.path.join(folder, "good.txt"), "wb") as f:
        f.write(make_hostile.GOOD.encode())
    path = os.path.join(folder, name)
    if callable(data):
        data(path)
    else:
        with open(path, "wb") as f:
            f.write(data)
    home = os.path.join(case, "home")
    rc, out, err, secs, rss = run_measured([BIN, "--db", home, "ingest", "--json", folder])
    label = f"{name}"
    try:
        report = json.loads(out)
    except ValueError:
        note_failure(f"{label}: exit {rc}, no JSON report: {err[:300]}")
        shutil.rmtree(case, ignore_errors=True)
        return
    files = {os.path.basename(f["path"]): f for f in report["files"]}
    mine = files.get(name)
    status = mine["status"] if mine else "missing"
    msg = (mine or {}).get("error") or ""
    print(f"  {label}: {status} in {secs:.1f} s, {rss:.0f} MB{': ' + msg[:100] if msg else ''}")
    if rc not in (0, 1):
        note_failure(f"{label}: exit {rc} (a crash or a usage error): {err[:300]}")
    if files.get("good.txt", {}).get("status") != "added":
        note_failure(f"{label}: the good report beside it was not added")
    if secs > max_seconds:
        note_failure(f"{label}: took {secs:.1f} s (limit {max_seconds})")
    if rss > MAX_RSS_MB:
        note_failure(f"{label}: peak memory {rss:.0f} MB")
    if expect == "fail" and status != "failed":
        note_failure(f"{label}: expected a refusal, got {status}")
    if expect == "ok" and status not in ("added",):
        note_failure(f"{label}: expected it read, got {status}: {msg}")
    if status == "failed":
        if len(msg) < 10:
            note_failure(f"{label}: unclear message {msg!r}")
        if rc != 1:
            note_failure(f"{label}: a failed file must make the exit code 1, got {rc}")
    # Nothing of a refused file is stored.
    mrc, mout, _, _, _ = run_measured([BIN, "--db", home, "missions", "--json"])
    sources = [os.path.basename(m["source"]) for m in json.loads(mout)["missions"]] if mrc == 0 else []
    if status == "failed" and name in sources:
        note_failure(f"{label}: refused but a mission was stored for it")
    check_ok(home, label)
    shutil.rmtree(case, ignore_errors=True)


def sparse(size):
    def make(path):
        with open(path, "wb") as f:
            f.truncate(size)
    return make


def text_of(size_mb):
    def make(path):
        line = ("Entente de coopération Québec-Shandong signée en 2008, à mettre à jour. " * 2 + "\n").encode()
        with open(path, "wb") as f:
            f.write(make_hostile.GOOD.encode())
            block = line * (1048576 // len(line) + 1)
            for _ in range(size_mb):
                f.write(block[:1048576])
    return make


def situations(work):
    global TRIED
    # Paths with spaces and non-ASCII names, and a symlink loop in the folder.
    TRIED += 1
    folder = os.path.join(work, "sit", "dossier avec espaces", "Été — Québec")
    os.makedirs(folder)
    name = "rapport de mission été 2017 — Jinan 济南.txt"
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(make_hostile.GOOD)
    os.symlink("..", os.path.join(folder, "boucle"))
    os.symlink(".", os.path.join(folder, "ici"))
    home = os.path.join(work, "sit", "home é")
    rc, out, err, secs, _ = run_measured([BIN, "--db", home, "ingest", "--json", os.path.join(work, "sit")],
                                         timeout=60)
    report = json.loads(out) if out.strip() else {"files": []}
    added = [f for f in report["files"] if f["status"] == "added"]
    loops = [f for f in report["files"] if f["status"] == "failed" and "loop" in (f.get("error") or "")]
    print(f"  spaces/non-ASCII + symlink loops: {len(added)} added, {len(loops)} loop message(s), {secs:.1f} s")
    if len(added) != 1 or not added[0]["path"].endswith(name):
        note_failure(f"non-ASCII path not ingested once: {out[:400]} {err[:200]}")
    if not loops:
        note_failure(f"symlink loop not reported: {out[:400]}")
    check_ok(home, "non-ASCII")

    # A file that disappears during ingest: others go on, the gone one is reported.
    TRIED += 1
    corpus = os.path.join(work, "vanish")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_reports.py"), os.path.join(SRC, "tests/data/reports"),
                    corpus, "-n", "400", "--seed", "5"], check=True)
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs)
    home = os.path.join(work, "vanish-home")
    p = subprocess.Popen([BIN, "--db", home, "ingest", "--json", "--batch", "20", corpus], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    # Once the ingest has started (its registry exists), not after a fixed
    # time: on a loaded machine start-up alone took longer than 0.3 s and the
    # files were gone before it listed them.
    deadline = time.time() + 30
    while not os.path.exists(os.path.join(home, "registry.db")) and time.time() < deadline and p.poll() is None:
        time.sleep(0.02)
    time.sleep(0.2)
    gone = files[-60:]
    for f in gone:
        os.unlink(f)
    out, err = p.communicate()
    report = json.loads(out)
    failed = [f for f in report["files"] if f["status"] == "failed"]
    bad = [f for f in failed if os.path.join(f["path"]) not in gone]
    added_paths = {f["path"] for f in report["files"] if f["status"] == "added"}
    # Every file that stayed is added; a gone one is added (read before it
    # went), reported, or was never listed (it went before the listing).
    lost = [f for f in files if f not in gone and f not in added_paths]
    print(f"  disappearing files: {report['added']} added, {len(failed)} reported gone")
    if bad or lost or p.returncode not in (0, 1):
        note_failure(f"disappearing files: {p.returncode} {bad[:3]} {lost[:3]} {err[:200]}")
    if any(not f.get("error") for f in failed):
        note_failure("disappearing files: a failure without a message")
    check_ok(home, "disappearing files")

    # A registry home without write permission, as an unprivileged user.
    TRIED += 1
    if os.geteuid() == 0 and shutil.which("setpriv"):
        ro = os.path.join(work, "ro")
        os.makedirs(ro)
        subprocess.run([BIN, "--db", os.path.join(ro, "home"), "ingest", "-q",
                        os.path.join(SRC, "tests/data/reports/2017-10_shandong_protocoles.txt")], check=True,
                       capture_output=True)
        os.chmod(work, 0o755)
        for d in (os.path.dirname(work), work, ro):
            os.chmod(d, os.stat(d).st_mode | 0o005)
        for root, dirs, fs in os.walk(ro):
            for x in dirs + fs:
                os.chmod(os.path.join(root, x), 0o755 if x in dirs else 0o644)
        good = os.path.join(ro, "good.txt")
        with open(good, "w") as f:
            f.write(make_hostile.GOOD)
        as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        rc, out, err, secs, _ = run_measured(as_nobody + [BIN, "--db", os.path.join(ro, "home"), "ingest", good])
        print(f"  read-only home: exit {rc}: {err.strip()[:140]}")
        if rc != 1 or "permission" not in err.lower() or "terminate" in err:
            note_failure(f"read-only home: exit {rc}: {err[:300]}")
        rc, out, err, _, _ = run_measured(as_nobody + [BIN, "--db", os.path.join(ro, "home"), "search", "--json",
                                                       "shandong"])
        if rc != 0 or json.loads(out or "{}").get("total", 0) < 1:
            # SQLite in WAL mode must create registry.db-shm; on read-only
            # storage the store falls back to an immutable read.
            note_failure(f"read-only home: search as a reader failed: {rc} {err.strip()[:200]}")
    else:
        print("  WARN read-only home: skipped (needs root and setpriv to run as another user)")

    # A full disk: a 2 MB tmpfs.
    TRIED += 1
    mnt = os.path.join(work, "full")
    os.makedirs(mnt)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mnt], capture_output=True).returncode == 0:
        try:
            corpus = os.path.join(work, "fill")
            subprocess.run([sys.executable, os.path.join(HERE, "gen_reports.py"),
                            os.path.join(SRC, "tests/data/reports"), corpus, "-n", "600", "--seed", "9"], check=True)
            home = os.path.join(mnt, "home")
            rc, out, err, secs, _ = run_measured([BIN, "--db", home, "ingest", "-q", "--batch", "50", corpus])
            print(f"  full disk: exit {rc} in {secs:.1f} s: {err.strip()[:160]}")
            if rc != 1 or "terminate" in err:
                note_failure(f"full disk: exit {rc}: {err[:300]}")
            elif not any(w in err.lower() for w in ("full", "space")):
                note_failure(f"full disk: the message does not say the disk is full: {err[:300]}")
            # Room again: whatever was committed must be consistent and usable.
            shutil.rmtree(corpus)
            subprocess.run(["mount", "-o", "remount,size=64m", mnt], check=True)
            check_ok(home, "full disk")
        finally:
            subprocess.run(["umount", "-l", mnt])
    else:
        print("  WARN full disk: skipped (cannot mount a tmpfs here)")


def main():
    global BIN
    BIN = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="entente-hostile-", dir="/dev/shm" if os.access("/dev/shm", os.W_OK) else None)
    hostile = os.path.join(SRC, "tests/data/hostile")
    reports = os.path.join(SRC, "tests/data/reports")
    expect = {"empty.txt": "fail", "only_spaces.txt": "fail", "binary.txt": "fail", "elf_named.txt": "fail",
              "not_a_pdf.pdf": "fail", "pdf_header_only.pdf": "fail"}
    for name in sorted(os.listdir(hostile)):
        if name.endswith(".py"):
            continue
        ingest_case(work, name, open(os.path.join(hostile, name), "rb").read(), expect.get(name, "any"))
    for name in ("truncated.pdf", "encrypted.pdf"):
        ingest_case(work, name, open(os.path.join(reports, name), "rb").read(), "fail")
    ingest_case(work, "random_bytes.txt", os.urandom(1 << 20), "fail")
    ingest_case(work, "pdf_named.txt", make_hostile.pdf_many_pages(3), "any")
    ingest_case(work, "bomb_pages.pdf", make_hostile.pdf_many_pages(200000), "fail", max_seconds=60)
    ingest_case(work, "bomb_deflate.pdf", make_hostile.pdf_deflate_bomb(256), "any", max_seconds=60)
    ingest_case(work, "huge_200mb.txt", text_of(200), "fail", max_seconds=10)
    ingest_case(work, "sparse_200mb.txt", sparse(200 << 20), "fail", max_seconds=10)
    ingest_case(work, "long_line.txt", make_hostile.GOOD.encode() + b"x" * (1 << 20) + b"\n", "any")
    ingest_case(work, "long_words.txt", make_hostile.GOOD.encode() + (b"mot" * 100000 + b" ") * 3, "any")
    ingest_case(work, "many_lines.txt", make_hostile.GOOD.encode() + b"\n" * (4 << 20), "any")
    ingest_case(work, "agreements_10000.txt", make_hostile.many_agreements(10000), "any", max_seconds=60)
    # One paragraph of many sentences: each sentence copied the whole paragraph
    # (10 MB: minutes), and each signature naming no partner searched it for
    # partners (20,000 of them in 500 KB: minutes).
    ingest_case(work, "long_paragraph.txt",
                make_hostile.GOOD.encode() + "Le maire a présenté la ville. ".encode() * 320000 + b"\n", "any",
                max_seconds=20)
    ingest_case(work, "signatures_paragraph.txt",
                make_hostile.GOOD.encode() + "Une entente a été signée. ".encode() * 20000 + b"\n", "any",
                max_seconds=20)
    ingest_case(work, "no_newline_crlf_mix.txt", make_hostile.GOOD.replace("\n", "\r").encode() + b"\r\n\n\r", "any")
    situations(work)
    shutil.rmtree(work, ignore_errors=True)
    print(f"hostile: {TRIED} inputs tried, {len(FAILURES)} failure(s)")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
