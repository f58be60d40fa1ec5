// gosymcheck checks the .gopclntab of a binary written by our linker with
// the real Go toolchain's debug/gosym: for every function, every PC maps
// (PCToLine) to that function and to a file:line, and LineToPC of each
// file:line seen maps back to a PC with the same file:line.
//
//	go run main.go BINARY [FUNC...]   (FUNCs must be present)
package main

import (
	"debug/elf"
	"debug/gosym"
	"fmt"
	"os"
)

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "gosymcheck: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	if len(os.Args) < 2 {
		fail("usage: gosymcheck BINARY [FUNC...]")
	}
	f, err := elf.Open(os.Args[1])
	if err != nil {
		fail("%v", err)
	}
	pcln := f.Section(".gopclntab")
	if pcln == nil {
		fail("no .gopclntab")
	}
	data, err := pcln.Data()
	if err != nil {
		fail("%v", err)
	}
	// Function sizes come from .symtab: the INT3 padding after a function
	// belongs to it in the ftab but has no line (as in gc's binaries).
	text := f.Section(".text").Addr
	size := map[uint64]uint64{}
	if syms, err := f.Symbols(); err == nil {
		for _, s := range syms {
			if s.Name == "runtime.text" {
				text = s.Value
			}
			if elf.ST_TYPE(s.Info) == elf.STT_FUNC && s.Size > 0 {
				size[s.Value] = s.Size
			}
		}
	}
	tab, err := gosym.NewTable(nil, gosym.NewLineTable(data, text))
	if err != nil {
		fail("%v", err)
	}
	if len(tab.Funcs) == 0 {
		fail("no functions")
	}
	type fileLine struct {
		file string
		line int
	}
	checked := 0
	for i := range tab.Funcs {
		fn := &tab.Funcs[i]
		seen := map[fileLine]bool{}
		end := fn.End
		if n, ok := size[fn.Entry]; ok && fn.Entry+n < end {
			end = fn.Entry + n
		}
		for pc := fn.Entry; pc < end; pc++ {
			file, line, g := tab.PCToLine(pc)
			if g == nil || g.Entry != fn.Entry {
				fail("PCToLine(%#x): function %v, want %s", pc, g, fn.Name)
			}
			if file == "" || line <= 0 {
				fail("PCToLine(%#x) in %s: no file:line (%q:%d)", pc, fn.Name, file, line)
			}
			seen[fileLine{file, line}] = true
		}
		for fl := range seen {
			pc, _, err := tab.LineToPC(fl.file, fl.line)
			if err != nil {
				fail("LineToPC(%s:%d) (from %s): %v", fl.file, fl.line, fn.Name, err)
			}
			file, line, _ := tab.PCToLine(pc)
			if file != fl.file || line != fl.line {
				fail("LineToPC(%s:%d) = %#x, which maps back to %s:%d", fl.file, fl.line, pc, file, line)
			}
			checked++
		}
	}
	for _, name := range os.Args[2:] {
		if tab.LookupFunc(name) == nil {
			fail("function %s not in the table", name)
		}
	}
	fmt.Printf("gosymcheck: %d functions, %d lines ok\n", len(tab.Funcs), checked)
}
