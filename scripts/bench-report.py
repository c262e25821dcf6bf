#!/usr/bin/python3
"""Writes the figures of scripts/bench-all into docs/performance.md, between its bench-all markers."""
import datetime
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys

results, database, note, arguments = sys.argv[1:5]
arguments = shlex.join(a for a in arguments.split("\x1f") if a)
BEGIN, END = "<!-- bench-all:begin -->", "<!-- bench-all:end -->"


def median_of(benchmarks, name, key):
    # "BM_Search/iterations:5" is named by its first part; a captured "firstPage/consultant" by its whole name.
    def named(b):
        run = b.get("run_name", b["name"])
        return run == name or run.split("/")[0] == name
    values = [b[key] for b in benchmarks if named(b) and b.get("run_type") == "iteration" and key in b]
    return statistics.median(values) if values else float("nan")


with open(os.path.join(results, "bench.json")) as f:
    bench = json.load(f)["benchmarks"]
with open(os.path.join(results, "demo.json")) as f:
    demo = json.load(f)
probe = open(os.path.join(results, "probe.txt")).read()
startups = [int(v) for v in re.findall(r"startup_ms (\d+)", probe)]
peaks = [float(v) for v in re.findall(r"peak_rss_mb ([\d.]+)", probe)]
settled = [int(v) for v in re.findall(r"settled_ms (\d+)", probe)]
later = startups[1:] or startups

cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
load = open("/proc/loadavg").read().split()[:3]
sqlite = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]
size_mb = os.path.getsize(database) / 1e6


def ms(name, key="real_time"):
    return median_of(bench, name, key)


def verdict(value, target):
    return "met" if value < target else "**not met**"


search_p95 = ms("BM_SearchPerKeystroke", "p95_ms")
open_ms = ms("BM_OpenOneBilan")
week_ms = ms("BM_WeekAgenda")
start_ms = statistics.median(later)
peak = max(peaks)
rows = [
    ("start-up to first paint, list filled (offscreen), median of later starts", "< 500 ms", f"{start_ms:.0f} ms",
     verdict(start_ms, 500)),
    ("first of the starts (the daily backup, due then, runs in a worker thread)", "—", f"{startups[0]} ms", ""),
    ("the side panels filled too (this week, CPF declarations, follow-ups: deferred past the first paint)", "—",
     f"{statistics.median(settled[1:] or settled):.0f} ms" if settled else "—", ""),
    ("search per keystroke through the model, 95th percentile", "< 16 ms", f"{search_p95:.1f} ms",
     verdict(search_p95, 16)),
    ("the same queries in the sqlite3 tool, 95th percentile (the floor)", "—",
     f"{ms('BM_SearchPerKeystroke', 'sqlite3_p95_ms'):.1f} ms "
     f"(ratio {ms('BM_SearchPerKeystroke', 'ratio_to_sqlite3'):.1f}×)", ""),
    (f"reading 50 more pages of the list while scrolling ({ms('BM_ScrollThroughTheList', 'rows'):,.0f} rows)", "—",
     f"{ms('BM_ScrollThroughTheList'):.0f} ms", ""),
    ("opening one bilan (header, timeline, sessions, tabs)", "< 30 ms", f"{open_ms:.1f} ms", verdict(open_ms, 30)),
    ("week agenda of the whole centre, query and model", "< 10 ms", f"{week_ms:.1f} ms "
     f"({ms('BM_WeekAgenda', 'sessions_in_week'):.0f} sessions)", verdict(week_ms, 10)),
    ("the week's query alone in the sqlite3 tool, median (the floor)", "—",
     f"{ms('BM_WeekAgenda', 'sqlite3_ms'):.1f} ms (ratio {ms('BM_WeekAgenda', 'ratio_to_sqlite3'):.1f}×)", ""),
    ("peak memory of the GUI (ru_maxrss)", "< 250 MB", f"{peak:.0f} MB", verdict(peak, 250)),
    ("daily backup of the whole database", "disk speed",
     f"{ms('BM_Backup', 'MB_per_s'):.0f} MB/s ({ms('BM_Backup', 'MB'):.0f} MB in {ms('BM_Backup'):.0f} ms)", ""),
]
lines = [
    BEGIN,
    "## A large centre (issue 10): `scripts/bench-all`",
    "",
    f"Figures {note}: {datetime.date.today().isoformat()}, {os.cpu_count()} cores ({cpu}), load average "
    f"{' '.join(load)} when the report was written, {platform.system()} {platform.release()}, SQLite {sqlite}. "
    f"Database: `parcours-cli demo --clients {demo['clients']} --seed 1` — {demo['clients']:,} beneficiaries, "
    f"{demo['bilans']:,} bilans, {demo['sessions']:,} sessions, {demo['investigations']:,} investigations, "
    f"{demo['syntheses']:,} synthèses, {size_mb:.0f} MB, made in {demo['seconds']:.0f} s (target < 120 s).",
    "",
    "| what | target | figure | |",
    "| --- | --- | --- | --- |",
]
lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
lines += [
    "",
    f"Start-ups measured: {', '.join(str(s) for s in startups)} ms. Benchmarks: medians of 5 repetitions of "
    "`build/parcours-bench-client-list`. Rerun: `scripts/bench-all" + (f" {arguments}" if arguments else "")
    + "` (add `--with-pdf` for the synthèse against LibreOffice).",
]
cabinet_path = os.path.join(results, "cabinet.json")
if os.path.exists(cabinet_path):
    with open(cabinet_path) as f:
        cabinet = json.load(f)["benchmarks"]

    def pg(name, key="real_time"):
        return median_of(cabinet, name, key)

    page_rls, page_admin = pg("firstPage/consultant"), pg("firstPage/administrator")
    search_rls, search_admin = pg("search/consultant"), pg("search/administrator")
    search_rls_p95 = pg("search/consultant", "p95_ms")
    log_rls = pg("sessionLog")
    lines += [
        "",
        "### The cabinet on PostgreSQL (issue 9): `build/parcours-bench-cabinet`, in the same run",
        "",
        "A throwaway PostgreSQL 15 of `scripts/pg-test-server` (loopback, fsync off), `cabinet init`, 100,000 "
        "beneficiaries of one consultant and 20,000 of another filled in bulk SQL, one bilan and 8 sessions with "
        "their notes each (960,000 sessions). Read as that consultant (row-level security) and as the administrator "
        "(the tables' owner: no policy); SQLite's figures are those of the demo database above.",
        "",
        "| what | target | consultant (RLS) | | administrator | SQLite (demo database) |",
        "| --- | --- | --- | --- | --- | --- |",
        f"| client list, first page of 50 | < 20 ms | {page_rls:.1f} ms | {verdict(page_rls, 20)} | "
        f"{page_admin:.1f} ms | {ms('BM_FirstPage'):.1f} ms |",
        f"| search keystroke (1 to 8 characters), mean over the mix | < 20 ms | {search_rls:.1f} ms | "
        f"{verdict(search_rls, 20)} | {search_admin:.1f} ms | {ms('BM_SearchPerKeystroke', 'p50_ms'):.1f} ms "
        "(median through the model) |",
        f"| the same, 95th percentile | — | {search_rls_p95:.1f} ms | | {pg('search/administrator', 'p95_ms'):.1f} ms "
        f"| {search_p95:.1f} ms |",
        f"| session log (update of the session and its note, read back) | < 10 ms | {log_rls:.1f} ms | "
        f"{verdict(log_rls, 10)} | — | {ms('BM_SessionLog'):.1f} ms (committed to disk) |",
        "",
        "Medians of 3 repetitions.",
    ]
pdf = os.path.join(results, "pdf.txt")
if os.path.exists(pdf):
    lines += ["", "Synthèse PDF (scripts/bench-synthesis-pdf):", "", "```", open(pdf).read().strip(), "```"]
lines.append(END)

page_path = "docs/performance.md"
page = open(page_path).read()
block = "\n".join(lines)
if BEGIN in page and END in page:
    page = page[:page.index(BEGIN)] + block + page[page.index(END) + len(END):]
else:
    page = page.rstrip("\n") + "\n\n" + block + "\n"
open(page_path, "w").write(page)
