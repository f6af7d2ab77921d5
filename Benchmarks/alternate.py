#!/usr/bin/env python3
"""Times commands alternately and reports each one's median wall time.

Each round runs every command once, in an order that rotates from round to round, so that a
slow spell of a shared machine falls on all commands alike instead of on whichever one a tool
happens to be repeating. The commands' output is discarded and their exit status ignored
(`dpacheck check` exits 1 when the gate fails).

Usage: alternate.py --runs N [--warmup W] --export FILE COMMAND...
       (each COMMAND is one argument, split like a shell command line; no shell is used)
The export has hyperfine's shape: {"results": [{"command", "median", "times"}, ...]} in the order
the commands were given.
"""
import argparse
import json
import shlex
import statistics
import subprocess
import time


def run_once(argv):
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description="Time commands alternately; medians of wall time.")
    parser.add_argument("--runs", "-r", type=int, required=True, help="rounds that are measured")
    parser.add_argument("--warmup", "-w", type=int, default=1, help="rounds run first and not measured")
    parser.add_argument("--export", "-o", required=True, help="JSON file to write")
    parser.add_argument("commands", nargs="+")
    args = parser.parse_args()
    argvs = [shlex.split(command) for command in args.commands]
    times = [[] for _ in argvs]
    for round_number in range(args.warmup + args.runs):
        shift = round_number % len(argvs)
        for index in list(range(shift, len(argvs))) + list(range(shift)):
            elapsed = run_once(argvs[index])
            if round_number >= args.warmup:
                times[index].append(elapsed)
    results = [
        {"command": command, "median": statistics.median(measured), "times": measured}
        for command, measured in zip(args.commands, times)
    ]
    with open(args.export, "w") as handle:
        json.dump({"results": results}, handle, indent=1)


if __name__ == "__main__":
    main()
