#!/usr/bin/env python3
"""Concurrent use: (1) a second writer waits ENTENTE_LOCK_TIMEOUT seconds and
fails with a message naming the process that holds the registry, and nothing
is corrupted; (2) readers (search, agreements, missions) keep answering with
valid JSON and counts that never go backwards while a long ingest runs."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def fail(msg):
    print(f"FAIL concurrency: {msg}")
    sys.exit(1)


def work_root():
    # tmpfs when there is one: SIGKILL and locking behave the same, and it is faster.
    return "/dev/shm" if os.access("/dev/shm", os.W_OK) else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--fixtures", required=True)
    ap.add_argument("--reports", type=int, default=2000)
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    work = tempfile.mkdtemp(prefix="entente-concurrency-", dir=work_root())
    corpus = os.path.join(work, "corpus")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_reports.py"), a.fixtures, corpus, "-n", str(a.reports),
                    "--seed", "11"], check=True)
    home = os.path.join(work, "home")
    # A first small ingest so readers have a registry from the start.
    first = os.path.join(corpus, "lot000")
    subprocess.run([binary, "--db", home, "ingest", "-q", first], check=True, capture_output=True)

    writer = subprocess.Popen([binary, "--db", home, "ingest", "-q", "--batch", "50", corpus],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lock = os.path.join(home, "write.lock")
    deadline = time.time() + 30
    while time.time() < deadline and f"pid {writer.pid}" not in open(lock).read():
        time.sleep(0.01)

    # (2) Readers during the write, from the moment the writer holds the
    # registry: on their own thread, so that the second writer's bounded wait
    # below does not use up an ingest that lasts about a second.
    answers = 0
    problems = []
    last = {"search": -1, "agreements": -1, "missions": -1}
    readers = [("search", ["search", "--json", "--limit", "5", "partner:china OR entente"],
                lambda j: j["total"]),
               ("agreements", ["agreements", "--json"], lambda j: len(j["agreements"])),
               ("missions", ["missions", "--json", "--limit", "100000"], lambda j: len(j["missions"]))]

    def read_while_writing():
        nonlocal answers
        i = 0
        while writer.poll() is None and not problems:
            name, args, count = readers[i % len(readers)]
            i += 1
            r = subprocess.run([binary, "--db", home, *args], capture_output=True, text=True)
            if r.returncode != 0:
                problems.append(f"`{' '.join(args)}` exited {r.returncode} during an ingest: {r.stderr.strip()}")
                return
            try:
                n = count(json.loads(r.stdout))
            except (ValueError, KeyError) as e:
                problems.append(f"`{' '.join(args)}` printed invalid JSON during an ingest: {e}: {r.stdout[:200]!r}")
                return
            if n < last[name]:
                problems.append(f"`{name}` count went backwards during an ingest: {last[name]} then {n}")
                return
            last[name] = n
            answers += 1

    reading = threading.Thread(target=read_while_writing)
    reading.start()

    # (1) A second writer: bounded wait, then a message naming the holder.
    t0 = time.time()
    second = subprocess.run([binary, "--db", home, "agreements", "add", "--title", "Entente test", "--kind",
                             "agreement", "--partner", "china"], capture_output=True, text=True,
                            env=dict(os.environ, ENTENTE_LOCK_TIMEOUT="1"))
    waited = time.time() - t0
    busy_checked = False
    if writer.poll() is None:
        if second.returncode == 0:
            problems.append("a second writer got in while the first held the registry")
        elif f"pid {writer.pid}" not in second.stderr or "ENTENTE_LOCK_TIMEOUT" not in second.stderr:
            problems.append(f"the second writer's message does not name the holder: {second.stderr!r}")
        elif not 0.9 <= waited <= 10:
            problems.append(f"the second writer waited {waited:.1f} s for a 1 s timeout")
        else:
            busy_checked = True
    reading.join()
    if problems:
        writer.kill()
        fail(problems[0])
    out, err = writer.communicate()
    if writer.returncode != 0:
        fail(f"the ingest failed: {err.strip()[:500]}")
    check = subprocess.run([binary, "--db", home, "check", "--json"], capture_output=True, text=True)
    if check.returncode != 0 or not json.loads(check.stdout)["ok"]:
        fail(f"check after concurrent use: {check.stdout[:500]}")
    missions = json.loads(subprocess.run([binary, "--db", home, "missions", "--json"], capture_output=True,
                                         text=True).stdout)["missions"]
    if len(missions) != a.reports:
        fail(f"{len(missions)} missions stored for {a.reports} reports")
    shutil.rmtree(work, ignore_errors=True)
    if answers < 3:
        fail(f"only {answers} reader answers landed during the ingest (too fast to test)")
    print(f"concurrency: second writer {'refused after %.1f s naming the holder' % waited if busy_checked else 'NOT tested (ingest ended)'}; "
          f"{answers} reader answers during an ingest of {a.reports} reports, all valid and monotonic")
    return 0 if busy_checked else 1


if __name__ == "__main__":
    sys.exit(main())
