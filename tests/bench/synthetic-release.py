#!/usr/bin/env python3
"""A synthetic ATT&CK release N times the size of a real one, for the scaling benchmark (tests/bench/bench.sh).

Every object except the shared frame (tactics, matrix, collection, identity, marking) is copied N times; copy 0 is the
original. Copy c gets distinct IDs everywhere: a new STIX id (uuid5 of the old one and c, so the output is the same on
every run), technique IDs T1xxx -> T{d}xxx (d = 2..9, then 0: four digits stay four digits), every other ATT&CK ID
+ c * 10000 (G0016 -> G10016), and every reference to a copied object (relationships, analytic and data-component refs)
follows its copy. Names get " (copy c)" so nothing reads as a duplicate.

    python3 synthetic-release.py enterprise-attack-18.1.json.gz 10 out.json.gz
"""
import gzip
import json
import re
import sys
import uuid

SHARED = {"x-mitre-tactic", "x-mitre-matrix", "x-mitre-collection", "identity", "marking-definition"}
STIX_ID = re.compile(r"\A[a-z0-9-]+--[0-9a-f-]{36}\Z")
TECHNIQUE = re.compile(r"\AT1(\d{3}(?:\.\d{3})?)\Z")
OTHER_ID = re.compile(r"\A([A-Z]+)(\d{4,})\Z")
TECHNIQUE_DIGIT = "1234567890"   # copy c -> first digit of its technique IDs


def attack_id(value, c):
    if c == 0:
        return value
    m = TECHNIQUE.match(value)
    if m:
        return "T" + TECHNIQUE_DIGIT[c] + m.group(1)
    m = OTHER_ID.match(value)
    if m:
        return m.group(1) + str(int(m.group(2)) + c * 10000).rjust(len(m.group(2)), "0")
    return value


def stix_id(value, c):
    kind, _, old = value.partition("--")
    return kind + "--" + str(uuid.uuid5(uuid.UUID(old), str(c)))


def copy_of(node, c, copied):
    """The object tree of copy c: copied STIX ids remapped, ATT&CK IDs and their URLs renumbered."""
    if isinstance(node, dict):
        out = {k: copy_of(v, c, copied) for k, v in node.items()}
        if out.get("source_name") == "mitre-attack" and "external_id" in out:
            old = node["external_id"]
            new = attack_id(old, c)
            out["external_id"] = new
            if "url" in out:
                out["url"] = out["url"].replace("/" + old.replace(".", "/"), "/" + new.replace(".", "/"))
        return out
    if isinstance(node, list):
        return [copy_of(v, c, copied) for v in node]
    if isinstance(node, str) and c > 0 and node in copied and STIX_ID.match(node):
        return stix_id(node, c)
    return node


def main():
    source, copies, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    opener = gzip.open if source.endswith(".gz") else open
    with opener(source, "rt", encoding="utf-8") as f:
        bundle = json.load(f)
    objects = bundle["objects"]
    copied = {o["id"] for o in objects if o["type"] not in SHARED}
    out = [o for o in objects if o["type"] in SHARED]
    for c in range(copies):
        for o in objects:
            if o["type"] in SHARED:
                continue
            clone = copy_of(o, c, copied)
            if c > 0 and "name" in clone and o["type"] != "relationship":
                clone["name"] = clone["name"] + " (copy " + str(c) + ")"
            out.append(clone)
    bundle["objects"] = out
    with (gzip.open if target.endswith(".gz") else open)(target, "wt", encoding="utf-8") as f:
        json.dump(bundle, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
