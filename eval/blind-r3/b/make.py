#!/usr/bin/env python3
"""Build batch b of the blind help-line test set: b-NNN.eml + labels.csv."""
import csv, email, importlib, os, sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

PARTS = ["p1", "p2", "p3", "p4"]
CATS = {"question", "bug", "scheduling_blocker", "feature_request", "escalation", "noise"}


def main():
    rows = []
    for pname in PARTS:
        try:
            mod = importlib.import_module(pname)
        except ModuleNotFoundError as e:
            if e.name == pname:
                continue
            raise
        for fn in mod.MSGS:
            n = int(fn.__name__[1:])
            raw, lab = fn()
            fname = "b-%03d.eml" % n
            with open(os.path.join(HERE, fname), "wb") as f:
                f.write(raw)
            msg = email.message_from_bytes(raw)
            assert msg["From"] is not None or msg.get("Subject") is not None, fname
            email.message_from_bytes(raw, policy=policy.default).get_body  # parse with default policy too
            assert lab["category"] in CATS, fname
            if lab["category"] == "question":
                assert lab.get("article"), fname
            else:
                assert not lab.get("article"), fname
            rows.append([fname, lab["category"], lab["actions"], lab.get("article", ""),
                         lab["language"], lab["format"], lab.get("notes", "")])
    rows.sort()
    names = [r[0] for r in rows]
    assert len(names) == len(set(names)), "duplicate file numbers"
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "category", "actions", "article", "language", "format", "notes"])
        w.writerows(rows)
    print("wrote %d messages" % len(rows))


if __name__ == "__main__":
    main()
