#!/usr/bin/env python3
"""Write a gold-form file with no events for every TimeML story of a folder
that none of the given gold files codes, so that `real_text.py` can rebuild
their text and `sitrep eval events --errors` lists every event the coder
finds in them (all "SPUR": a rate of events on copy that careful coders found
no political acts in, not a precision figure).

  python3 evalsets/events/tools/uncoded_stories.py ../shared/data/tempeval3-tbaq/TimeBank \
      evalsets/events/real/timebank.gold.jsonl evalsets/events/real/timebank2.gold.jsonl > /tmp/uncoded.gold.jsonl
  python3 evalsets/events/tools/real_text.py /tmp/uncoded.gold.jsonl ../shared/data/tempeval3-tbaq/TimeBank /tmp/uncoded.jsonl
  sitrep eval events --errors /tmp/uncoded.jsonl | grep -c SPUR

Standard library only; the output is in file-name order, so two runs agree.
"""

import json
import os
import re
import sys

DCT = re.compile(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>')
VALUE = re.compile(r'value="([^"]+)"')


def main(argv):
    if len(argv) < 2:
        sys.exit("usage: uncoded_stories.py TIMEML_DIR GOLD.jsonl...")
    folder, golds = argv[0], argv[1:]
    used = set()
    for path in golds:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    used.add(json.loads(line)["doc"])
                except (ValueError, KeyError) as e:
                    sys.exit(f"{path}:{n}: {e}")
    names = sorted(n[:-4] for n in os.listdir(folder) if n.endswith(".tml"))
    i = 0
    for name in names:
        if name in used:
            continue
        with open(os.path.join(folder, name + ".tml"), encoding="utf-8") as f:
            text = f.read()
        m = DCT.search(text)
        v = VALUE.search(m.group(0)) if m else None
        if v is None:
            sys.exit(f"{name}.tml: no document creation time")
        i += 1
        print(json.dumps({"id": f"unc-{i:03d}", "doc": name, "published": v.group(1)[:10],
                          "title": "", "events": []}))


if __name__ == "__main__":
    main(sys.argv[1:])
