#!/usr/bin/env python3
"""Seeded error injection for the Spelling family's quality bar (see docs/spelling.md).

Usage: tests/spelling-eval/inject.py --corpus ../shared/corpus --out DIR [--seed 4] [--count 500]

Copies randomly chosen corpus articles into DIR, each with exactly one injected error, and writes
DIR/manifest.tsv: file, kind, start, length (UTF-16 code units in the modified file, the range a checker
must report), injected text, intended text. Kinds, in equal shares:
  joined     two adjacent words run together      "of the" -> "ofthe"      range: the joined word
  deletion   one letter of a word left out         "market" -> "maket"      range: the word
  transpose  two adjacent letters swapped          "market" -> "makret"     range: the word
  doubled    a word repeated                       "the" -> "the the"       range: the repeated word
  article    "a"/"an" swapped                      "an hour" -> "a hour"    range: the article
Deletions and transpositions that produce a real word (any SCOWL list the tool embeds, rare words included)
are discarded and redrawn: no checker can flag those without context. Words are lowercase, 4 letters or more.
"""
import argparse
import gzip
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "src", "EditorialLint.Core", "Spelling", "Data")
KINDS = ["joined", "deletion", "transpose", "doubled", "article"]
WORD = re.compile(r"(?<![\w'’\-./@])([a-z]+)(?![\w'’\-@]|\.\w)")
ARTICLE = re.compile(r"(?<![\w'’\-])(a|an) ([a-z][a-z]+)\b")
# Words whose doubling can be grammatical ("had had", "that that", "is is").
NO_DOUBLE = {"had", "that", "is", "do", "in", "on", "out", "up", "down", "off", "by", "as", "so", "very", "really",
             "now", "far", "more", "many", "much", "long", "again", "bye", "no", "yes", "ha", "well", "there", "back"}


def load_words():
    words = set()
    for name in os.listdir(DATA):
        if name.endswith(".txt.gz"):
            with gzip.open(os.path.join(DATA, name), "rt", encoding="utf-8") as f:
                words.update(w.strip().lower() for w in f if not w.startswith("@"))
    return words


def utf16(text, index):
    return len(text[:index].encode("utf-16-le")) // 2


def body_start(text):
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end > 0:
            return end + 5
    return 0


def candidates(text, start, pattern):
    return [m for m in pattern.finditer(text, start)]


def inject(kind, text, start, words, rng):
    """Returns (new_text, range_start, range_length, injected, intended) or None."""
    if kind == "article":
        ms = [m for m in candidates(text, start, ARTICLE)]
        rng.shuffle(ms)
        for m in ms:
            art, following = m.group(1), m.group(2)
            wrong = "an" if art == "a" else "a"
            new = text[:m.start(1)] + wrong + text[m.end(1):]
            return new, m.start(1), len(wrong), wrong + " " + following, art
        return None
    ms = candidates(text, start, WORD)
    rng.shuffle(ms)
    for m in ms:
        w = m.group(1)
        if kind == "joined":
            nxt = WORD.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
            if not nxt or nxt.start() != m.end() + 1:
                continue
            joined = w + nxt.group(1)
            if w not in words or nxt.group(1) not in words or joined in words or len(joined) > 14:
                continue
            new = text[:m.start()] + joined + text[nxt.end():]
            return new, m.start(), len(joined), joined, w + " " + nxt.group(1)
        if kind == "doubled":
            if w in NO_DOUBLE or w not in words:
                continue
            new = text[:m.end()] + " " + w + text[m.end():]
            return new, m.end() + 1, len(w), w + " " + w, w
        if len(w) < 4 or w not in words:
            continue
        if kind == "deletion":
            i = rng.randrange(len(w))
            typo = w[:i] + w[i + 1:]
        else:
            i = rng.randrange(len(w) - 1)
            if w[i] == w[i + 1]:
                continue
            typo = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if typo in words:
            continue
        new = text[:m.start()] + typo + text[m.end():]
        return new, m.start(), len(typo), typo, w
    return None


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "..", "shared", "corpus"))
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=4)
    p.add_argument("--count", type=int, default=500)
    a = p.parse_args()
    rng = random.Random(a.seed)
    words = load_words()
    files = sorted(f for f in os.listdir(a.corpus) if f.endswith(".md") and f != "SOURCE.md")
    os.makedirs(a.out, exist_ok=True)
    rows = []
    n = 0
    while len(rows) < a.count:
        kind = KINDS[len(rows) % len(KINDS)]
        source = rng.choice(files)
        with open(os.path.join(a.corpus, source), encoding="utf-8") as f:
            text = f.read()
        done = inject(kind, text, body_start(text), words, rng)
        if done is None:
            continue
        new, start, length, injected, intended = done
        n += 1
        name = "%03d-%s-%s" % (n, kind, source)
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as f:
            f.write(new)
        rows.append("\t".join([name, kind, str(utf16(new, start)), str(length), injected, intended]))
    with open(os.path.join(a.out, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tkind\tstart\tlength\tinjected\tintended\n")
        f.write("\n".join(rows) + "\n")
    print("injected %d errors into %s (seed %d)" % (len(rows), a.out, a.seed))


if __name__ == "__main__":
    main()
