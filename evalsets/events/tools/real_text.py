#!/usr/bin/env python3
"""Rebuild a real-news event set from its gold file and the TimeML sources.

The article texts of TempEval-3 (AQUAINT and TimeBank) are licensed for
research use and are not committed; only the gold events are. This script
joins them again:

    real_text.py GOLD.jsonl TML_DIR OUT.jsonl

TML_DIR is ../shared/data/tempeval3-tbaq/AQUAINT or .../TimeBank.

GOLD.jsonl has one line per article:
    {"id", "doc", "published", "title", "events": [...]}
where `doc` is the .tml file name without its extension. For each line the
script reads TML_DIR/<doc>.tml, takes the text inside <TEXT>...</TEXT>
with every tag removed and XML entities unescaped, strips each line, joins
the lines of a paragraph (blank-line separated in the source) with one space
and the paragraphs with "\\n\\n", and writes OUT.jsonl in the event sets'
format (id, title, published, text, events). It checks that the publication
date agrees with the <DCT> of the file and that every event's trigger occurs
in the text; any mismatch is an error naming the article. Python 3, standard
library only, deterministic.

TimeBank differs from AQUAINT in three ways the script allows for: the DCT
value may carry a time of day ("1998-02-13T14:26:00", "1990-08-15T13:37"),
of which only the date is kept; no file has a <TITLE>, so the title is the
gold line's `title` if it has one and is empty otherwise; and AP stories
open with a dateline such as "CANBERRA, Australia (AP)_" (NYT "WASHINGTON _"),
which is kept in the text as it stands, like AQUAINT's.

PolNeAR mode (SRC_DIR holds metadata.tsv, e.g. ../shared/data/polnear):
`doc` is the article's path under SRC_DIR ("train/text/NAME.txt"); the
text is the file's text exactly as it is (UTF-8, no normalisation, so
offsets are the article's), `published` is the metadata's
publication_date and the title the metadata's title (the gold line's
`title`, if set, wins as for TimeBank).
"""

import csv
import html
import json
import os
import re
import sys

TAG = re.compile(r"<[^>]*>")
# the date of the DCT value, looked for inside <DCT>...</DCT> only; a time
# of day after it (TimeBank) is dropped
DCT = re.compile(r"<DCT>(.*?)</DCT>", re.S)
DCT_VALUE = re.compile(r"value=\"(\d{4}-\d{2}-\d{2})(?:T[0-9:]*)?\"")
TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


def clean(fragment):
    """Tags removed, entities unescaped, lines stripped, paragraphs joined."""
    plain = html.unescape(TAG.sub("", fragment))
    paragraphs, current = [], []
    for line in plain.splitlines():
        line = line.strip()
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def read_tml(path):
    """Return (published, title, text) of one .tml file."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    d = DCT.search(src)
    m = DCT_VALUE.search(d.group(1)) if d else None
    if not m:
        raise ValueError("%s: no DCT date" % path)
    published = m.group(1)
    t = TITLE.search(src)
    title = clean(t.group(1)).replace("\n\n", " ") if t else ""
    x = TEXT.search(src)
    if not x:
        raise ValueError("%s: no TEXT" % path)
    return published, title, clean(x.group(1))


def read_polnear_meta(src_dir):
    """filename (no extension) -> (publication_date, title)."""
    meta = {}
    with open(os.path.join(src_dir, "metadata.tsv"), encoding="utf-8",
              newline="") as f:
        for row in csv.DictReader(f, delimiter="\t",
                                  quoting=csv.QUOTE_NONE):
            meta[row["filename"]] = (row["publication_date"], row["title"])
    return meta


def read_polnear(src_dir, doc, meta):
    """Return (published, title, text) of one PolNeAR article."""
    with open(os.path.join(src_dir, doc), encoding="utf-8", newline="") as f:
        text = f.read()
    name = os.path.splitext(os.path.basename(doc))[0]
    if name not in meta:
        raise ValueError("%s: not in metadata.tsv" % doc)
    published, title = meta[name]
    return published, title, text


def gold_record(line, n, src_dir, polnear, meta, errors):
    """The output record of one gold line; mismatches go to errors."""
    g = json.loads(line)
    aid = g.get("id", "line %d" % n)
    if polnear:
        published, title, text = read_polnear(src_dir, g["doc"], meta)
    else:
        path = os.path.join(src_dir, g["doc"] + ".tml")
        published, title, text = read_tml(path)
    if g.get("published") and g["published"] != published:
        errors.append("%s (%s): published %s but source date %s"
                      % (aid, g.get("doc"), g["published"], published))
    if g.get("title"):
        title = g["title"]
    for ev in g.get("events", []):
        trig = ev.get("trigger", "")
        if not trig or trig not in text:
            errors.append("%s (%s): trigger not in text: %r"
                          % (aid, g.get("doc"), trig))
    return {"id": aid, "title": title, "published": published,
            "text": text, "events": g.get("events", [])}


def main(argv):
    if len(argv) != 4:
        sys.stderr.write("usage: real_text.py GOLD.jsonl SRC_DIR OUT.jsonl\n")
        return 2
    gold_path, src_dir, out_path = argv[1:]
    errors, out = [], []
    polnear = os.path.exists(os.path.join(src_dir, "metadata.tsv"))
    meta = read_polnear_meta(src_dir) if polnear else None
    with open(gold_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = gold_record(line, n, src_dir, polnear, meta, errors)
            except (OSError, KeyError, ValueError, TypeError,
                    AttributeError) as e:
                # odd input (missing file, no "doc", bad JSON, a line
                # that is no object, a trigger that is no string): an
                # error naming the line, not a crash
                errors.append("line %d: %s: %s" % (n, type(e).__name__, e))
                continue
            out.append(rec)
    if errors:
        for e in errors:
            sys.stderr.write("real_text.py: %s\n" % e)
        return 1
    with open(out_path, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
