#!/usr/bin/env python3
"""Summarizes a JFR recording of one benchmark: where memory is allocated and CPU is spent.

Record with, e.g.:
  benchmarks/run.sh 'GatewayClientBenchmark.chatStream' \
      -jvmArgsAppend -XX:StartFlightRecording=filename=/tmp/gw.jfr,settings=profile
Then:
  python3 benchmarks/jfr_hotspots.py /tmp/gw.jfr [package-prefix]

Prints allocation samples (weighted by bytes) by allocated class and by allocating frame, and CPU
samples by top frame and by the first frame inside package-prefix (default dev.llmgateway).
"""
import collections
import json
import subprocess
import sys


def frames(event):
    st = event["values"].get("stackTrace") or {}
    out = []
    for f in st.get("frames", []):
        m = f["method"]
        out.append("%s.%s:%s" % (m["type"]["name"].replace("/", "."), m["name"], f.get("lineNumber", "?")))
    return out


def top(counter, total, n, unit):
    for key, v in counter.most_common(n):
        print("  %6.1f%%  %14s %s  %s" % (100.0 * v / total if total else 0, format(int(v), ","),
                                          unit, key))


def main(path, prefix):
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events",
                          "jdk.ObjectAllocationSample,jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(raw)["recording"]["events"]
    by_class, by_frame, by_own = collections.Counter(), collections.Counter(), collections.Counter()
    cpu_top, cpu_own, cpu_incl = collections.Counter(), collections.Counter(), collections.Counter()
    alloc_total = cpu_total = 0
    for e in events:
        fs = frames(e)
        own = next((f for f in fs if f.startswith(prefix)), "(none in %s)" % prefix)
        if e["type"] == "jdk.ObjectAllocationSample":
            w = e["values"]["weight"]
            alloc_total += w
            by_class[e["values"]["objectClass"]["name"].replace("/", ".")] += w
            by_frame[fs[0] if fs else "?"] += w
            by_own[own] += w
        else:
            cpu_total += 1
            cpu_top[fs[0].rsplit(":", 1)[0] if fs else "?"] += 1
            cpu_own[own] += 1
            for f in set(x.rsplit(":", 1)[0] for x in fs):
                cpu_incl[f] += 1
    print("== allocation (sampled bytes, total %s)" % format(alloc_total, ","))
    print("-- by class"); top(by_class, alloc_total, 15, "B")
    print("-- by allocating frame"); top(by_frame, alloc_total, 20, "B")
    print("-- by first %s frame" % prefix); top(by_own, alloc_total, 20, "B")
    print("== CPU (execution samples of Java threads, total %d)" % cpu_total)
    print("-- by top frame"); top(cpu_top, cpu_total, 20, "samples")
    print("-- by first %s frame" % prefix); top(cpu_own, cpu_total, 15, "samples")
    print("-- inclusive, %s methods" % prefix)
    top(collections.Counter({k: v for k, v in cpu_incl.items() if k.startswith(prefix)}),
        cpu_total, 20, "samples")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else "dev.llmgateway")
