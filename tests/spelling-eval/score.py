#!/usr/bin/env python3
"""Scores spelling diagnostics against inject.py's manifest (see docs/spelling.md).

Usage:
  score.py --injected DIR --ours ours.jsonl                 EditorialLint (tests/spelling-eval/SpellingEval output)
  score.py --injected DIR --cspell raw.txt                  cspell lint [--show-suggestions] output on prep.py copies
  score.py --injected DIR --harper raw.jsonl                harper_lint.mjs output on prep.py copies
Prints recall per kind at the exact range, and for deletions/transpositions the share whose intended word is among
the first three suggestions. With --check, prints a PASS or FAIL line for each bar (recall >= 90%, top-3 >= 80%)
and exits 1 when one fails (tests/suites/40-spelling-eval.sh counts the lines).
"""
import argparse
import collections
import json
import os
import re

FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)
EXPECTED_RULE = {"joined": "Spelling.JoinedWords", "deletion": "Spelling.Misspelled", "transpose": "Spelling.Misspelled",
                 "doubled": "Spelling.RepeatedWord", "article": "Spelling.Article"}


def read_manifest(folder):
    with open(os.path.join(folder, "manifest.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        return [dict(zip(header, line.rstrip("\n").split("\t"))) for line in f if line.strip()]


def utf16_to_index(text, offset):
    units = 0
    for i, ch in enumerate(text):
        if units >= offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def body_position(folder, row):
    """(body text, char index of the range start in the body as prep.py writes it)."""
    with open(os.path.join(folder, row["file"]), encoding="utf-8") as f:
        text = f.read()
    start = utf16_to_index(text, int(row["start"]))
    m = FRONT.match(text)
    cut = 0
    if m:
        rest = text[m.end():]
        cut = m.end() + (len(rest) - len(rest.lstrip("\n")))
    return text[cut:], start - cut


def read_jsonl_by_file(path):
    found = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            found[d["file"]].append(d)
    return found


def ours(path):
    found = read_jsonl_by_file(path)
    return lambda row, folder: [(d["rule"], d["severity"], d.get("fixes", [])) for d in found[row["file"]]
                                if d["start"] == int(row["start"]) and d["length"] == int(row["length"])]


def cspell(path):
    found = collections.defaultdict(list)
    pattern = re.compile(r"^(.+?):(\d+):(\d+) - Unknown word \((.*?)\)(?: Suggestions: \[(.*)\])?")
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = pattern.match(line)
            if m:
                sugg = [s.strip().rstrip("*") for s in (m.group(5) or "").split(",") if s.strip()]
                found[m.group(1)].append((int(m.group(2)), int(m.group(3)), m.group(4), sugg))

    def match(row, folder):
        body, start = body_position(folder, row)
        line = body.count("\n", 0, start) + 1
        col = start - (body.rfind("\n", 0, start) + 1) + 1
        return [("cspell", "error", s) for (l, c, w, s) in found[row["file"]]
                if l == line and c == col and len(w) == int(row["length"])]
    return match


def harper(path):
    found = read_jsonl_by_file(path)

    def match(row, folder):
        body, start = body_position(folder, row)
        end = start + int(row["length"])
        spans = {(start, end)}
        if row["kind"] == "doubled":
            spans.add((start - int(row["length"]) - 1, end))  # harper marks both words: "the the"
        return [(d["rule"], d["kind"], d["suggestions"]) for d in found[row["file"]] if (d["start"], d["end"]) in spans]
    return match


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--injected", required=True)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--ours")
    g.add_argument("--cspell")
    g.add_argument("--harper")
    p.add_argument("--min-severity", default="info", choices=["info", "warning", "error"])
    p.add_argument("--check", action="store_true")
    a = p.parse_args()
    rows = read_manifest(a.injected)
    levels = {"hint": 0, "info": 1, "suggestion": 1, "warning": 2, "error": 3}
    if a.ours:
        raw = ours(a.ours)

        def matcher(row, folder):
            return [(r, s, f) for (r, s, f) in raw(row, folder)
                    if r == EXPECTED_RULE[row["kind"]] and levels.get(s, 0) >= levels[a.min_severity]]
    elif a.cspell:
        matcher = cspell(a.cspell)
    else:
        matcher = harper(a.harper)
    hits = collections.Counter()
    totals = collections.Counter()
    top3 = top3_total = 0
    missed = collections.defaultdict(list)
    for row in rows:
        kind = row["kind"]
        totals[kind] += 1
        found = matcher(row, a.injected)
        if found:
            hits[kind] += 1
        else:
            missed[kind].append(row["injected"])
        if kind in ("deletion", "transpose"):
            top3_total += 1
            if any(row["intended"] in [s.lower() for s in fixes[:3]] for (_, _, fixes) in found):
                top3 += 1
    total = sum(totals.values())
    recall = sum(hits.values()) / total if total else 0.0
    top3_rate = top3 / top3_total if top3_total else 0.0
    for kind in EXPECTED_RULE:
        if totals[kind]:
            print("  %-10s %3d/%3d  %5.1f%%   missed e.g. %s" % (kind, hits[kind], totals[kind],
                  100.0 * hits[kind] / totals[kind], ", ".join(missed[kind][:8])))
    print("recall at exact range: %d/%d = %.1f%%" % (sum(hits.values()), total, 100 * recall))
    print("intended word in top 3 suggestions (deletions, transpositions): %d/%d = %.1f%%" % (top3, top3_total, 100 * top3_rate))
    if a.check:
        bars = [("recall at exact range", recall, 0.90), ("intended word in top 3", top3_rate, 0.80)]
        for name, value, bar in bars:
            print("%s: %s %.1f%% (bar %d%%)" % ("PASS" if value >= bar else "FAIL", name, 100 * value, 100 * bar))
        raise SystemExit(0 if all(value >= bar for _, value, bar in bars) else 1)


if __name__ == "__main__":
    main()
