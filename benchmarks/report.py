#!/usr/bin/env python3
"""Prints allocation and process CPU per call from a JMH JSON result, with ratios vs openai-java.

Usage: python3 benchmarks/report.py benchmarks/target/jmh-results.json
"""
import json
import sys

REFERENCE = "OpenAiJava"
# Targets of issue 2 for sdk-client (GatewayClient), as fractions of openai-java in the same run.
TARGETS = {"chatCompletion": {"alloc": 0.40, "cpu": 0.75}, "chatStream": {"alloc": 0.20, "cpu": 0.40}}
ORDER = ["OpenAiJava", "GatewayClient", "OkHttpJackson", "RawOkHttp"]


def main(path):
    rows = {}
    for r in json.load(open(path)):
        cls, method = r["benchmark"].rsplit(".", 2)[-2:]
        client = cls[: -len("Benchmark")] if cls.endswith("Benchmark") else cls
        if r.get("params"):
            client += "[" + ",".join("%s=%s" % kv for kv in sorted(r["params"].items())) + "]"
        sec = r.get("secondaryMetrics", {})
        rows[(method, client)] = {
            "time": r["primaryMetric"]["score"],
            "unit": r["primaryMetric"]["scoreUnit"],
            "alloc": sec.get("gc.alloc.rate.norm", {}).get("score"),
            "cpu": sec.get("proc.cpu.norm", {}).get("score"),
            "util": sec.get("proc.cpu.util", {}).get("score"),
        }

    def fmt(v, spec):
        return "-" if v is None else format(v, spec)

    def ratio(v, ref):
        return None if v is None or not ref else v / ref

    print()
    print("Per call (one fork, one thread). alloc = gc.alloc.rate.norm, cpu = process CPU of all JVM")
    print("threads / ops (ProcessCpuProfiler); x = ratio to openai-java in this run.")
    cw = max([14] + [len(c) for (_, c) in rows])
    mw = max([14] + [len(m) for (m, _) in rows])
    header = "%-*s %-*s %10s %12s %7s %12s %7s %6s  %s" % (
        mw, "scenario", cw, "client", "time", "alloc B/op", "x", "cpu ns/op", "x", "cores", "target")
    print(header)
    print("-" * len(header))
    methods = ["chatCompletion", "chatStream"]
    methods += sorted({m for (m, _) in rows} - set(methods))
    for method in methods:
        if not any(m == method for (m, _) in rows):
            continue
        ref = rows.get((method, REFERENCE), {})
        clients = [c for c in ORDER if (method, c) in rows]
        clients += sorted(c for (m, c) in rows if m == method and c not in ORDER)
        for client in clients:
            row = rows[(method, client)]
            ra, rc = ratio(row["alloc"], ref.get("alloc")), ratio(row["cpu"], ref.get("cpu"))
            target = ""
            if client == "GatewayClient" and method in TARGETS:
                t = TARGETS[method]
                if ra is None or rc is None:
                    verdict = "(no openai-java figures in this run)"
                else:
                    verdict = "MET" if ra <= t["alloc"] and rc <= t["cpu"] else "MISSED"
                target = "alloc<=%.2fx cpu<=%.2fx %s" % (t["alloc"], t["cpu"], verdict)
            print("%-*s %-*s %7s %-2s %12s %7s %12s %7s %6s  %s" % (
                mw, method, cw, client, fmt(row["time"], ".1f"), row["unit"].replace("/op", ""),
                fmt(row["alloc"], ",.0f"), fmt(ra, ".3f"), fmt(row["cpu"], ",.0f"), fmt(rc, ".3f"),
                fmt(row["util"], ".2f"), target))
        print()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
