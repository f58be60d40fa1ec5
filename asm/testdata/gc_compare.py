#!/usr/bin/env python3
"""Compares our asm with gc's on one .s file (the oracle is `go tool asm`).

usage: gc_compare.py OUR_ASM FILE.s [flags for both]... [-- flags for gc only]
  (-p defaults to main; gc needs -p runtime -compiling-runtime for runtime
  files, and -D GOOS_linux -D GOARCH_amd64, which cmd/go passes and our asm
  predefines)

Both assemblers run with -S; for every symbol the bytes and relocations in
the listings must be equal. One documented difference is normalized: gc
encodes the g slot (TLS) as a 0 displacement plus an R_TLS_LE relocation
(t=15) that its linker resolves to -8; we write -8 directly with no
relocation (runtime/README.md). And gc names the shared NO_LOCAL_POINTERS
map gclocals·<hash of its bytes>; ours is runtime.no_pointers_stackmap. Exits 1 and prints the differences if any.
"""
import re
import subprocess
import sys

HEAD = re.compile(r'^(\S+) (S[A-Z]+)\b')
HEX = re.compile(r'^\t0x([0-9a-f]{4})((?: [0-9a-f]{2})+)  ')
REL = re.compile(r'^\trel (\d+)\+(\d+) t=(\d+) (\S+)\+(-?\d+)$')


PKG = 'main'


def parse(listing):
    syms = {}
    cur = None
    for line in listing.splitlines():
        m = HEAD.match(line)
        if m:
            # gc lists file-local x<> as x; our names keep the <> suffix.
            cur = m.group(1).replace('"".', PKG + '.').removesuffix('<>')
            if cur.startswith('gclocals·'):
                cur = 'runtime.no_pointers_stackmap'
            syms[cur] = {'kind': m.group(2), 'bytes': bytearray(), 'rels': []}
            continue
        if cur is None:
            continue
        m = HEX.match(line)
        if m:
            syms[cur]['bytes'] += bytes(int(b, 16) for b in m.group(2).split())
            continue
        m = REL.match(line)
        if m:
            off, siz, t, sym, add = m.groups()
            syms[cur]['rels'].append(
                (int(off), int(siz), int(t), sym.replace('"".', PKG + '.').replace('<>', ''), int(add)))
    return syms


def main():
    ours, src = sys.argv[1], sys.argv[2]
    extra = sys.argv[3:]
    gc_only = []
    if '--' in extra:
        gc_only = extra[extra.index('--') + 1:]
        extra = extra[:extra.index('--')]
    global PKG
    if '-p' not in extra:
        extra = ['-p', 'main'] + extra
    PKG = extra[extra.index('-p') + 1]
    gc = subprocess.run(['go', 'tool', 'asm', '-S', '-o', '/dev/null', '-D', 'GOOS_linux',
                         '-D', 'GOARCH_amd64'] + extra + gc_only + [src],
                        capture_output=True, text=True)
    if gc.returncode != 0:
        print('go tool asm failed:\n' + gc.stderr)
        return 1
    us = subprocess.run([ours, '-S', '-o', '/dev/null'] + extra + [src],
                        capture_output=True, text=True)
    if us.returncode != 0:
        print('our asm failed:\n' + us.stderr)
        return 1
    want, got = parse(gc.stdout), parse(us.stdout)
    # gc's TLS relocations -> our direct FS:-8 displacement.
    for s in want.values():
        keep = []
        for r in s['rels']:
            if r[2] == 15 and r[3] == 'TLS':
                s['bytes'][r[0]:r[0] + 4] = (-8 & 0xffffffff).to_bytes(4, 'little')
            else:
                keep.append(r)
        s['rels'] = keep
    bad = 0
    for name in sorted(set(want) | set(got)):
        if name not in got:
            print(f'{name}: missing from our output')
            bad += 1
            continue
        if name not in want:
            print(f'{name}: not in gc output')
            bad += 1
            continue
        w, g = want[name], got[name]
        if w['bytes'] != g['bytes']:
            at = next((i for i in range(min(len(w['bytes']), len(g['bytes'])))
                       if w['bytes'][i] != g['bytes'][i]), min(len(w['bytes']), len(g['bytes'])))
            print(f'{name}: bytes differ at offset {at:#x} (sizes {len(w["bytes"])}, {len(g["bytes"])})\n'
                  f'  gc:   {w["bytes"][at:at + 24].hex(" ")}\n  ours: {g["bytes"][at:at + 24].hex(" ")}')
            bad += 1
        if sorted(w['rels']) != sorted(g['rels']):
            print(f'{name}: relocations differ\n  gc:   {sorted(w["rels"])}\n  ours: {sorted(g["rels"])}')
            bad += 1
    print(f'{len(want)} symbols compared, {bad} differences')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
