#!/usr/bin/env python3
"""Runs the app and the empty baseline alternately; prints medians and ratios."""
import os, shutil, statistics, subprocess, sys, time

runs, data, passphrase = int(sys.argv[1]), sys.argv[2], sys.argv[3]


def tree_rss_kib(pid):
    """Resident memory of a process and all its descendants (the webview processes)."""
    children = {}
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                with open(f"/proc/{p}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(p))
            except OSError:
                pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def run(cmd, env):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first = ready = rss = None
    for line in p.stdout:
        now = time.monotonic() - t0
        if line.startswith("SANAD_FIRST_PAINT") and first is None:
            first = now
        elif line.startswith("SANAD_READY"):
            ready = now
            time.sleep(0.5)
            rss = tree_rss_kib(p.pid)
            break
    p.wait(timeout=60)
    if ready is None:
        raise SystemExit(f"{cmd[0]}: no SANAD_READY line")
    return first, ready, rss


def sanad(kind):
    d = os.path.join(data, f"run-{kind}")
    shutil.rmtree(d, ignore_errors=True)
    if kind == "full":
        shutil.copytree(os.path.join(data, "full"), d)
    env = dict(os.environ, SANAD_BENCH="1", SANAD_DATA_DIR=d)
    if kind == "full":
        env["SANAD_BENCH_PASSPHRASE"] = passphrase
    return run(["target/release/sanad"], env)


def empty():
    return run(["target/release/examples/empty_app"], dict(os.environ, SANAD_BENCH="1"))


results = {"empty": [], "sanad-first-run": [], "sanad-10k-1k": []}
empty()  # warm the page cache once for every binary
sanad("first")
for _ in range(runs):
    results["empty"].append(empty())
    results["sanad-first-run"].append(sanad("first"))
    results["sanad-10k-1k"].append(sanad("full"))

med = lambda xs: statistics.median(xs)
base = results["empty"]
b_first, b_ready, b_rss = med([r[0] for r in base]), med([r[1] for r in base]), med([r[2] for r in base])
size_app = os.path.getsize("target/release/sanad-product")
size_empty = os.path.getsize("target/release/examples/empty_app")
print(f"runs per app: {runs} (medians), Xvfb, release profile")
print(f"{'app':<18} {'first paint':>12} {'ratio':>6} {'ready':>9} {'ratio':>6} {'RSS MiB':>8} {'ratio':>6}")
for name, rs in results.items():
    f, r, m = med([x[0] for x in rs]), med([x[1] for x in rs]), med([x[2] for x in rs])
    print(f"{name:<18} {f*1000:>9.0f} ms {f/b_first:>6.2f} {r*1000:>6.0f} ms {r/b_ready:>6.2f} {m/1024:>8.1f} {m/b_rss:>6.2f}")
for name, rs in results.items():
    print(f"  {name}: first paint ms " + " ".join(f"{x[0]*1000:.0f}" for x in rs))
print(f"binary size: sanad {size_app/2**20:.1f} MiB, empty {size_empty/2**20:.1f} MiB, ratio {size_app/size_empty:.2f}")
