#!/usr/bin/env python3
"""Leave-one-set-out measurement of two learned models over the event
coder's output (twelfth session, docs/events.md "Twelfth session: learned
models over the rules' events").

  filter    a logistic model that scores each coded event and drops those
            scored under a threshold (a precision filter)
  retarget  a perceptron ranker that may give a coded event another target
            among the countries named in its sentence or the one before,
            or none

Input: SET@ANNOTATIONS pairs, where SET names evalsets/events/SET.jsonl
(the gold) and ANNOTATIONS is `sitrep annotate` output for that file (any
build). Each set is scored by a model trained on the others. Standard
library only, seeded, so two runs print the same figures.

  sitrep annotate evalsets/events/dev.jsonl > /tmp/ann/dev.jsonl   # and so on
  python3 evalsets/events/tools/learned_cv.py filter dev@/tmp/ann/dev.jsonl dev2@/tmp/ann/dev2.jsonl ...
  python3 evalsets/events/tools/learned_cv.py filter TRAIN@ANN ... -- SCORED@ANN ...
"""

import collections
import json
import math
import os
import random
import re
import sys

GOLD_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def norm(a):
    """The country or IGO an event actor is compared by (eval/events.go)."""
    a = (a or "").strip().upper()
    if a == "-":
        return ""
    if a.startswith("IGOUNO"):
        return "IGOUNO"
    if len(a) > 3 and len(a) % 3 == 0 and a[:3] not in (
            "IGO", "NGO", "MNC", "UIS", "IMG", "GOV", "MIL", "REB", "OPP",
            "MED", "CVL", "BUS", "COP"):
        return a[:3]
    return a


def key(actor):
    """An annotated event actor as cmd/sitrep's systemEvents keys it."""
    if not actor:
        return ""
    if actor.get("country"):
        return actor["country"]
    code = actor.get("code", "")
    return "IGOUNO" if code.startswith("IGOUNO") else code


def match(gold, system):
    """eval.MatchEvents: one to one on (source, target, root), first the
    pairs that also agree on status and date."""
    pair = [-1] * len(gold)
    used = [False] * len(system)
    for strict in (True, False):
        for gi, g in enumerate(gold):
            if pair[gi] >= 0:
                continue
            for si, e in enumerate(system):
                if used[si] or norm(e["source"]) != norm(g["source"]) or \
                        norm(e["target"]) != norm(g["target"]) or \
                        e["cameo"][:2] != g["cameo"][:2]:
                    continue
                if strict and (e["status"] != g["status"] or e["date"] != g.get("date", "")):
                    continue
                used[si] = True
                pair[gi] = si
                break
    return pair


def as_gold(ev):
    return {"source": key(ev.get("source")), "target": key(ev.get("target")),
            "cameo": ev["cameo"], "status": ev["status"], "date": ev.get("date", "")}


def read_set(spec):
    name, _, ann = spec.partition("@")
    gold = {}
    with open(os.path.join(GOLD_DIR, name + ".jsonl")) as f:
        for line in f:
            g = json.loads(line)
            gold[g["id"]] = g["events"]
    docs = []
    with open(ann) as f:
        for line in f:
            d = json.loads(line)
            docs.append((d, gold[d["id"]]))
    return name, docs


def sigmoid(z):
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


# ---- filter ---------------------------------------------------------------

def event_feats(d, ev):
    """What is known of a coded event without the gold: its rule, code,
    status, where its actors were found, how often they are named."""
    f = ["bias"]
    rule = re.sub(r"^lexicon:\d+ ", "lexicon:", ev["rule"])  # line numbers move between builds
    root = ev["cameo"][:2]
    f += ["rule=" + rule, "family=" + rule.split(":")[0], "root=" + root, "code=" + ev["cameo"],
          "status=" + ev["status"], "status_root=" + ev["status"] + root]
    src, tgt = ev.get("source"), ev.get("target")
    sk, tk = key(src), key(tgt)
    f += ["notarget=%s" % (tgt is None), "notarget_root=%s%s" % (tgt is None, root),
          "domestic=%s" % (sk == tk), "ssector=" + (src or {}).get("sector", ""),
          "tsector=" + ((tgt or {}).get("sector", "") if tgt else "NA"),
          "sigo=%s" % sk.startswith("IGO"), "tigo=%s" % tk.startswith("IGO")]
    sent = d["sentences"][ev["sentence"]]
    trig = ev["trigger"]

    def inside(a):
        return bool(a) and sent["start"] <= a["start"] < sent["end"]
    f += ["sin=%s" % inside(src), "tin=%s" % (inside(tgt) if tgt else "NA")]
    if src:
        f.append("sbefore=%s" % (src["start"] < trig["start"]))
    if tgt:
        f.append("tbefore=%s" % (tgt["start"] < trig["start"]))
    for t in d["tokens"]:
        if t["start"] <= trig["start"] < t["end"]:
            f += ["lemma=" + t["lemma"], "upos=" + t["upos"], "rel=" + t["deprel"]]
            break
    f += ["quote=%s" % (ev.get("quote") is not None), "mentions=%d" % min(ev.get("mentions", 1), 3),
          "sentence=%d" % min(ev["sentence"], 5), "precision=" + ev.get("date_precision", ""),
          "onpub=%s" % (ev.get("date", "") == d.get("published", ""))]
    named = {a["country"] for a in d["actors"] if sent["start"] <= a["start"] < sent["end"] and a.get("country")}
    freq = collections.Counter(a.get("country") or a.get("code") for a in d["actors"])
    f += ["countries=%d" % min(len(named), 4), "sinS=%s" % (sk in named), "tinS=%s" % (tk in named),
          "sfreq=%d" % min(freq.get(sk, 0), 5), "tfreq=%d" % min(freq.get(tk, 0), 5)]
    return f


def filter_examples(docs):
    out, ngold = [], 0
    for d, gold in docs:
        evs = d.get("events") or []
        pair = match(gold, [as_gold(e) for e in evs])
        right = set(p for p in pair if p >= 0)
        ngold += len(gold)
        out += [(event_feats(d, e), i in right) for i, e in enumerate(evs)]
    return out, ngold


def train_logistic(examples, epochs=15, rate=0.1, l2=1e-4, seed=1):
    w = collections.defaultdict(float)
    data = list(examples)
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(data)
        for feats, y in data:
            g = (1.0 if y else 0.0) - sigmoid(sum(w[x] for x in feats))
            for x in feats:
                w[x] += rate * (g - l2 * w[x])
    return w


def cmd_filter(sets, scored=None):
    """Leave one set out; or, with scored sets, train on all of sets and
    score those."""
    ths = [0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]
    data = {name: filter_examples(docs) for name, docs in sets + (scored or [])}
    total = {t: [0, 0, 0] for t in ths}
    print("held out, gold, then system/matched at thresholds", ths)
    for name, _ in scored or sets:
        w = train_logistic([x for other, _ in sets if other != name for x in data[other][0]])
        ex, ngold = data[name]
        row = []
        for t in ths:
            kept = [y for f, y in ex if sigmoid(sum(w.get(x, 0) for x in f)) >= t]
            total[t][0] += ngold
            total[t][1] += len(kept)
            total[t][2] += sum(kept)
            row.append("%d/%d" % (len(kept), sum(kept)))
        print(name, ngold, " ".join(row))
    for t in ths:
        g, s, m = total[t]
        print("threshold %.2f: system %d matched %d  P %.1f R %.1f F1 %.1f" %
              (t, s, m, 100 * m / s, 100 * m / g, 200 * m / (s + g)))


# ---- retarget -------------------------------------------------------------

def head_token(d, a):
    toks = d["tokens"]
    inside = [k for k, t in enumerate(toks) if a["start"] <= t["start"] and t["end"] <= a["end"]]
    for k in inside:
        h = toks[k]["head"]
        if h < 0 or not (a["start"] <= toks[h]["start"] and toks[h]["end"] <= a["end"]):
            return k
    return inside[-1] if inside else None


def path_up(d, k, to):
    """The relations from token k up to its ancestor to (at most five), or
    None when to is not above k."""
    rels = []
    for _ in range(6):
        if k == to:
            return rels
        if k is None or k < 0:
            return None
        rels.append(d["tokens"][k]["deprel"].split(":")[0])
        k = d["tokens"][k]["head"]
    return None


def case_of(d, k):
    toks = d["tokens"]
    for j in range(max(0, k - 6), min(len(toks), k + 3)):
        if toks[j]["head"] == k and toks[j]["deprel"] == "case":
            return toks[j]["lemma"]
    return ""


def target_candidates(d, ev):
    """Each country (or IGO) named in the event's sentence or the one
    before, none, and the rule's own choice, with features of how it
    stands to the trigger."""
    s = ev["sentence"]
    sent = d["sentences"][s]
    prev = d["sentences"][s - 1] if s > 0 else None
    trig = ev["trigger"]
    ti = next((k for k, t in enumerate(d["tokens"]) if t["start"] <= trig["start"] < t["end"]), None)
    src, ruled = key(ev.get("source")), key(ev.get("target"))
    cands = collections.defaultdict(set)
    for a in d["actors"]:
        c = key(a)
        if not c:
            continue
        if sent["start"] <= a["start"] < sent["end"]:
            where = "S"
        elif prev and prev["start"] <= a["start"] < prev["end"]:
            where = "P"
        else:
            continue
        f = cands[c]
        f.add("where=" + where)
        f.add("sector=" + a.get("sector", ""))
        h = head_token(d, a)
        if where == "S" and ti is not None and h is not None:
            p = path_up(d, h, ti)
            f.add("path=" + ("/".join(p) if p is not None else "X"))
            if p is not None and len(p) <= 2:
                f.add("pathcase=" + "/".join(p) + "|" + case_of(d, h))
            f.add("before=%s" % (a["start"] < trig["start"]))
            f.add("dist=%d" % min(abs(h - ti) // 3, 5))
            up = path_up(d, ti, h)
            if up is not None:
                f.add("up=" + "/".join(up))
    cands[""].add("none")
    if ruled not in cands:
        cands[ruled].add("notfound")
    root = ev["cameo"][:2]
    out = {}
    for c, fs in cands.items():
        fs = set(fs) | {"isrule=%s" % (c == ruled), "issource=%s" % (c == src), "isnone=%s" % (c == ""),
                        "isnone_rule=%s%s" % (c == "", ev["rule"]), "isrule_rule=%s%s" % (c == ruled, ev["rule"])}
        out[c] = fs | {root + "|" + x for x in fs}
    return out


def retarget_items(docs):
    arts = []
    for d, gold in docs:
        evs = d.get("events") or []
        system = [as_gold(e) for e in evs]
        pair = match(gold, system)
        right = set(p for p in pair if p >= 0)
        missed = [gold[gi] for gi, p in enumerate(pair) if p < 0]
        items = []
        for i, e in enumerate(evs):
            label = None
            if i in right:
                label = {norm(system[i]["target"])}
            else:
                alts = {norm(g["target"]) for g in missed
                        if norm(g["source"]) == norm(system[i]["source"]) and g["cameo"][:2] == e["cameo"][:2]}
                label = alts or None
            items.append((target_candidates(d, e), label, system[i]))
        arts.append((gold, items))
    return arts


def train_ranker(arts, epochs=10, seed=1):
    w, acc, c = collections.defaultdict(float), collections.defaultdict(float), 1
    data = [(cs, lab) for _, items in arts for cs, lab, _ in items if lab and any(k in lab for k in cs)]
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(data)
        for cs, lab in data:
            best = max(sorted(cs), key=lambda k: sum(w[x] for x in cs[k]))
            if best not in lab:
                good = max(sorted(k for k in cs if k in lab), key=lambda k: sum(w[x] for x in cs[k]))
                for x in cs[good]:
                    w[x] += 1
                    acc[x] += c
                for x in cs[best]:
                    w[x] -= 1
                    acc[x] -= c
            c += 1
    return {x: w[x] - acc[x] / c for x in w}


def cmd_retarget(sets, margins=(0, 1, 2, 4)):
    data = {name: retarget_items(docs) for name, docs in sets}
    tot = {m: [0, 0, 0, 0] for m in margins}
    base = [0, 0, 0]
    for name, _ in sets:
        w = train_ranker([a for other, _ in sets if other != name for a in data[other]])
        row = []
        for margin in margins:
            s1 = m1 = changed = 0
            for gold, items in data[name]:
                seen, new = set(), []
                for cs, _, e in items:
                    sc = {k: sum(w.get(x, 0) for x in f) for k, f in cs.items()}
                    best = max(sorted(sc), key=sc.get)
                    e = dict(e)
                    if best != e["target"] and sc[best] - sc.get(e["target"], -1e9) >= margin:
                        e["target"] = best
                        changed += 1
                    k = (e["source"], e["target"], e["cameo"], e["date"])
                    if k not in seen:
                        seen.add(k)
                        new.append(e)
                s1 += len(new)
                m1 += sum(1 for p in match(gold, new) if p >= 0)
            tot[margin][1] += s1
            tot[margin][2] += m1
            tot[margin][3] += changed
            row.append("margin %g: %d/%d (%d changed)" % (margin, s1, m1, changed))
        g0 = sum(len(g) for g, _ in data[name])
        s0 = sum(len(items) for _, items in data[name])
        m0 = sum(1 for g, items in data[name] for p in match(g, [e for _, _, e in items]) if p >= 0)
        base[0] += g0
        base[1] += s0
        base[2] += m0
        print(name, "gold %d rules %d/%d;" % (g0, s0, m0), "; ".join(row))
    g, s, m = base
    print("rules: system %d matched %d  P %.1f R %.1f" % (s, m, 100 * m / s, 100 * m / g))
    for margin in margins:
        _, s, m, ch = tot[margin]
        print("margin %g: system %d matched %d  P %.1f R %.1f (%d targets changed)" %
              (margin, s, m, 100 * m / s, 100 * m / g, ch))


def main(argv):
    if len(argv) < 3 or argv[1] not in ("filter", "retarget"):
        sys.exit(__doc__)
    args = argv[2:]
    if "--" in args:
        # filter TRAIN... -- SCORED...: a model trained on the first sets
        # scores the others (for a blind set, once).
        i = args.index("--")
        if argv[1] != "filter":
            sys.exit("-- is for filter only")
        cmd_filter([read_set(a) for a in args[:i]], [read_set(a) for a in args[i + 1:]])
        return
    sets = [read_set(spec) for spec in args]
    (cmd_filter if argv[1] == "filter" else cmd_retarget)(sets)


if __name__ == "__main__":
    main(sys.argv)
