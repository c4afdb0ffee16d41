#!/usr/bin/env python3
"""Builds EditorialLint's embedded English word lists from Debian's `scowl` package.

Usage: rules/dictionaries/generate.py [--scowl DIR] [--size N] [--rare-size N] [--out DIR]

Reads the raw SCOWL lists (<category>-<subcategory>.<level>) that `apt-get install scowl` puts in
/usr/share/dict/scowl and writes gzip-compressed text lists to src/EditorialLint.Core/Spelling/Data/.
Every list file is a sequence of sections: a line "@<level>" followed by the words first found at that
SCOWL level (10 = most common ... 95 = rarest), sorted. The variant file holds "american<TAB>british"
pairs. Output is deterministic (sorted, gzip mtime 0), so regenerating without changes gives identical bytes.
See docs/spelling.md.
"""
import argparse
import gzip
import os
import re
import sys

NAME = re.compile(r"^(?P<cat>[a-z_0-9]+)-(?P<sub>[a-z-]+)\.(?P<level>\d+)$")

# category sets (SCOWL README: "english" is shared; variant_N/british_variant_N are accepted alternatives).
LISTS = {
    # file stem: (categories, subcategories, max level key)
    "en-common": ({"english"}, {"words", "upper", "contractions"}, "size"),
    "en-US": ({"american"}, {"words", "upper", "contractions"}, "size"),
    "en-GB": ({"british", "british_z"}, {"words", "upper", "contractions"}, "size"),
    "en-US-alt": ({"variant_1", "variant_2"}, {"words", "upper", "contractions"}, "size"),
    "en-GB-alt": ({"british_variant_1", "british_variant_2"}, {"words", "upper", "contractions"}, "size"),
    "names": ({"english", "american", "british", "british_z", "variant_1", "variant_2", "british_variant_1",
               "british_variant_2"}, {"proper-names"}, "names"),
    "abbreviations": ({"english", "american", "british", "british_z", "variant_1", "variant_2",
                       "british_variant_1", "british_variant_2"}, {"abbreviations"}, "size"),
}

# American -> British spelling rewrites used to pair words that only one variety's list has.
# Each rule rewrites one occurrence of the American substring; a pair needs 1 or 2 rewrites.
US_TO_GB = [
    ("or", "our"), ("iz", "is"), ("yz", "ys"), ("er", "re"), ("ered", "red"), ("ering", "ring"),
    ("l", "ll"), ("ll", "l"), ("og", "ogue"), ("e", "ae"), ("e", "oe"), ("ense", "ence"),
    ("dgment", "dgement"), ("am", "amme"), ("ax", "axe"), ("ay", "ey"), ("ow", "ough"), ("old", "ould"),
    ("um", "ium"), ("eck", "eque"), ("ire", "yre"), ("yl", "yll"), ("ction", "xion"), ("ize", "ise"),
    ("ization", "isation"), ("et", "ette"),
]


def scowl_files(scowl):
    for name in sorted(os.listdir(scowl)):
        m = NAME.match(name)
        if m:
            yield name, m.group("cat"), m.group("sub"), int(m.group("level"))


def read_list(scowl, cats, subs, max_level):
    """word -> lowest level at which it appears."""
    words = {}
    for name, cat, sub, level in scowl_files(scowl):
        if cat in cats and sub in subs and level <= max_level:
            with open(os.path.join(scowl, name), encoding="utf-8") as f:
                for line in f:
                    w = line.strip()
                    if w and (w not in words or words[w] > level):
                        words[w] = level
    return words


def write_levels(path, words, exclude=frozenset()):
    by_level = {}
    for w, lvl in words.items():
        if w not in exclude:
            by_level.setdefault(lvl, []).append(w)
    lines = []
    for lvl in sorted(by_level):
        lines.append("@%d" % lvl)
        lines.extend(sorted(by_level[lvl]))
    write_gz(path, lines)
    return sum(len(v) for v in by_level.values())


def write_gz(path, lines):
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write(data)


def rewrites(word, depth):
    results = set()
    frontier = {word}
    for _ in range(depth):
        nxt = set()
        for w in frontier:
            for us, gb in US_TO_GB:
                if us == "":
                    nxt.add(w + gb)
                    continue
                start = w.find(us)
                while start >= 0:
                    nxt.add(w[:start] + gb + w[start + len(us):])
                    start = w.find(us, start + 1)
        results |= nxt
        frontier = nxt
    return results


def variant_pairs(scowl, size):
    us = read_list(scowl, {"american"}, {"words"}, size)
    gb = read_list(scowl, {"british"}, {"words"}, size)
    us_only = {w for w in us if w not in gb}
    gb_only = {w for w in gb if w not in us}
    pairs = []
    for a in sorted(us_only):
        for depth in (1, 2):
            hits = sorted(b for b in rewrites(a, depth) if b in gb_only)
            if hits:
                pairs.extend((a, b) for b in hits)
                break
    return pairs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--scowl", default="/usr/share/dict/scowl")
    p.add_argument("--size", type=int, default=70, help="largest SCOWL level of the dictionary (default 70)")
    p.add_argument("--rare-size", type=int, default=80,
                   help="largest level of the 'rare' list: real but uncommon words, never warned (default 80)")
    p.add_argument("--names-size", type=int, default=95, help="largest level of proper names (default 95)")
    p.add_argument("--out", default=os.path.join(repo, "src", "EditorialLint.Core", "Spelling", "Data"))
    a = p.parse_args()
    if not os.path.isdir(a.scowl):
        sys.exit("generate.py: %s not found; run `apt-get install scowl` first" % a.scowl)
    os.makedirs(a.out, exist_ok=True)
    limits = {"size": a.size, "names": a.names_size}
    dictionary = set()
    for stem, (cats, subs, key) in LISTS.items():
        words = read_list(a.scowl, cats, subs, limits[key])
        if stem != "names":
            dictionary.update(words)
        n = write_levels(os.path.join(a.out, stem + ".txt.gz"), words)
        print("%-16s %7d words (levels <= %d)" % (stem, n, limits[key]))
    rare_cats = {"english", "american", "british", "british_z", "variant_1", "variant_2", "british_variant_1",
                 "british_variant_2"}
    rare = read_list(a.scowl, rare_cats, {"words", "upper", "contractions"}, a.rare_size)
    n = write_levels(os.path.join(a.out, "rare.txt.gz"), rare, exclude=dictionary)
    print("%-16s %7d words (levels %d-%d)" % ("rare", n, a.size + 1, a.rare_size))
    # The supplement's "@level" lines say how common its words are (wire abbreviations are as frequent in news
    # copy as SCOWL's level-20 words, so "pctof" splits into "pct of").
    newsroom = {}
    level = 50
    with open(os.path.join(here, "newsroom.txt"), encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w.startswith("@"):
                level = int(w[1:])
            elif w and not w.startswith("#"):
                newsroom[w] = min(level, newsroom.get(w, level))
    n = write_levels(os.path.join(a.out, "newsroom.txt.gz"), newsroom)
    print("%-16s %7d words (hand-written, rules/dictionaries/newsroom.txt)" % ("newsroom", n))
    pairs = variant_pairs(a.scowl, a.size)
    write_gz(os.path.join(a.out, "variants-us-gb.tsv.gz"), ["%s\t%s" % p for p in pairs])
    print("%-16s %7d pairs" % ("variants-us-gb", len(pairs)))
    licence = os.path.join(a.out, "SCOWL-LICENSE.txt")
    with open("/usr/share/doc/scowl/copyright", encoding="utf-8") as src, open(licence, "w", encoding="utf-8") as dst:
        dst.write("The word lists in this folder are generated from SCOWL (Spell Checker Oriented Word Lists)\n"
                  "by rules/dictionaries/generate.py, from Debian's `scowl` package. Its copyright file follows.\n\n")
        dst.write(src.read())


if __name__ == "__main__":
    main()
