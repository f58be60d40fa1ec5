#!/usr/bin/env python3
"""Error tests in the style of Go's amd64error.s.

usage: errors_test.py OUR_ASM FILE.s...

Each FILE.s marks offending lines with // ERROR "regexp". The assembler must
fail with exit status 2, print `asm: assembly of FILE.s failed`, leave no
object behind, and report on every marked line an error matching its regexp
(format file:line:col: message) and no error on any other line.
"""
import os
import re
import subprocess
import sys
import tempfile

ERR = re.compile(r'//\s*ERROR\s+"((?:[^"\\]|\\.)*)"')
MSG = re.compile(r'^(.*?):(\d+):(?:(\d+):)? (.*)$')


def check(asm, path):
    want = {}
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            m = ERR.search(line)
            if m:
                want[n] = m.group(1).replace('\\"', '"')
    with tempfile.TemporaryDirectory() as tmp:
        obj = os.path.join(tmp, 'out.o')
        r = subprocess.run([asm, '-o', obj, path], capture_output=True, text=True)
        leftover = os.listdir(tmp)
    bad = []
    if r.returncode != 2:
        bad.append(f'exit status {r.returncode}, want 2')
    if leftover:
        bad.append(f'files left behind: {leftover}')
    if f'asm: assembly of {path} failed' not in r.stderr:
        bad.append('missing "asm: assembly of ... failed"')
    got = {}
    base = os.path.basename(path)
    for line in r.stderr.splitlines():
        m = MSG.match(line)
        if not m or os.path.basename(m.group(1)) != base:
            continue
        got.setdefault(int(m.group(2)), []).append(m.group(4))
        if m.group(3) is None:
            bad.append(f'no column in: {line}')
    for n, rx in want.items():
        msgs = got.pop(n, [])
        if not any(re.search(rx, msg) for msg in msgs):
            bad.append(f'{base}:{n}: want error matching {rx!r}, got {msgs}')
    for n, msgs in got.items():
        bad.append(f'{base}:{n}: unexpected error(s) {msgs}')
    for b in bad:
        print(f'{path}: {b}')
    if bad:
        print('stderr was:\n' + r.stderr)
    return not bad


def main():
    ok = all([check(sys.argv[1], p) for p in sys.argv[2:]])
    print('PASS' if ok else 'FAIL')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
