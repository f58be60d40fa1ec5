#!/usr/bin/env python3
# Runs `// errorcheck` Go files through our compile and checks them the way
# Go's test/run.go does: every `// ERROR "rx" ...` comment must match a
# diagnostic reported on its line, and no other diagnostic may appear.
# Usage: errorcheck.py COMPILE file.go...   (prints failures and "N passed, M failed")
import re, subprocess, sys

def check(compile_, path):
    src = open(path, encoding="utf-8", errors="replace").read()
    first = src.lstrip().split("\n", 1)[0]
    if not first.startswith("// errorcheck"):
        return None
    flags = [f for f in first.split()[2:] if f.startswith("-")]
    r = subprocess.run([compile_, "-p", "p", "-e", "-fakeimports", "-o", "/dev/null", path],
                       capture_output=True, text=True, timeout=20, errors="replace")
    out = []
    for line in r.stderr.splitlines():
        if line.startswith("\t") and out:
            out[-1] += "\n" + line
        else:
            out.append(line)
    out = [o for o in out if "code generation is not implemented" not in o and "too many errors" not in o]
    base = path.rsplit("/", 1)[-1]
    for i, line in enumerate(src.split("\n"), 1):
        m = re.search(r"// (?:GC_)?ERROR (.*)", line)
        if not m:
            continue
        rest = m.group(1)
        pats = re.findall(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`', rest)
        here = [o for o in out if re.match(r"^.*?%s:%d:" % (re.escape(base), i), o)]
        others = [o for o in out if o not in here]
        for p1, p2 in pats:
            rx = p1 if p1 else p2
            rx = rx.replace("LINE", str(i))
            try:
                cre = re.compile(rx)
            except re.error:
                return "bad regexp %r" % rx
            hit = [o for o in here if cre.search(o.split(": ", 1)[-1]) or cre.search(o)]
            if not hit:
                return "line %d: no match for %r in %r" % (i, rx, here)
            for h in hit:
                here.remove(h)
        out = others + here
    if out:
        return "unmatched: %r" % out[:3]
    return ""

def main():
    compile_ = sys.argv[1]
    passed = failed = 0
    verbose = "-v" in sys.argv
    for path in [a for a in sys.argv[2:] if a != "-v"]:
        try:
            res = check(compile_, path)
        except subprocess.TimeoutExpired:
            res = "timeout"
        if res is None:
            continue
        if res == "":
            passed += 1
        else:
            failed += 1
            if verbose:
                print("FAIL %s: %s" % (path, res))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1

sys.exit(main())
