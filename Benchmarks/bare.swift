// The Swift baseline: a process that only starts and exits, the cost of starting at all.
print("", terminator: "")
