#!/usr/bin/env python3
"""Compare two corpus.json files (before, after): per document, what verify judged and found changed."""
import json
import sys


def summary(entry):
    v = entry["verify"]
    s = entry.get("slipsCopy", {}).get("verify", {})
    return {
        "judged": v.get("numbersJudged"),
        "exit": (v.get("exit"), s.get("exit")),
        "falseAlarmLines": v.get("falseAlarmLines"),
        "falseTruncationLines": v.get("falseTruncationLines"),
        "wrongPassed": len(v.get("wrongPassed", [])),
        "plantedWrongPassed": len(s.get("wrongPassed", [])),
        "sourceSlipsFound": len(v.get("slips", [])),
        "plantedFound": len(s.get("slips", [])),
        "slipsFalseAlarmLines": s.get("falseAlarmLines"),
        "counts": v.get("counts"),
    }


def main(before_path, after_path):
    before = {e["name"]: summary(e) for e in json.load(open(before_path))}
    after = {e["name"]: summary(e) for e in json.load(open(after_path))}
    totals = {"before": [0, 0, 0], "after": [0, 0, 0]}
    for name in sorted(set(before) | set(after)):
        b, a = before.get(name), after.get(name)
        for key, s in (("before", b), ("after", a)):
            if s:
                totals[key][0] += s["judged"] or 0
                totals[key][1] += len(s["falseAlarmLines"] or [])
                totals[key][2] += s["wrongPassed"] + s["plantedWrongPassed"]
        if b == a:
            continue
        print(name)
        for k in sorted(set(b or {}) | set(a or {})):
            if (b or {}).get(k) != (a or {}).get(k):
                print(f"  {k}: {(b or {}).get(k)} -> {(a or {}).get(k)}")
    print("totals judged / false-alarm lines / wrong passed (original + planted copy):", totals["before"], "->", totals["after"])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
