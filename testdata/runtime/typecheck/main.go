// Command typecheck type-checks gocc's runtime (runtime/*.go, the Go half,
// whatever its build tags) with go/types and gc's amd64 sizes, keeps it in
// the subset our compiler builds before the language issue (no generics,
// goroutines, channels, maps, closures, defer, select), and
// checks that every offset in runtime/go_offsets.h, which the assembly
// uses, matches the Go declarations. It is the oracle for the runtime's Go
// files until our own compile builds them.
//
// usage: go run . RUNTIME_DIR
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

var failed bool

func errorf(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	failed = true
}

// excluded reports whether go build would skip the file on linux/amd64
// because of its name.
func excluded(name string) bool {
	stem := strings.TrimSuffix(name, ".go")
	if strings.HasSuffix(stem, "_test") {
		return true
	}
	parts := strings.Split(stem, "_")
	oses := map[string]bool{"linux": true, "darwin": true, "windows": true, "freebsd": true,
		"netbsd": true, "openbsd": true, "plan9": true, "solaris": true, "aix": true,
		"js": true, "android": true, "ios": true, "illumos": true, "dragonfly": true}
	arches := map[string]bool{"amd64": true, "386": true, "arm": true, "arm64": true,
		"wasm": true, "mips": true, "mips64": true, "ppc64": true, "ppc64le": true,
		"riscv64": true, "s390x": true, "loong64": true}
	n := len(parts)
	if n >= 3 && oses[parts[n-2]] && arches[parts[n-1]] {
		return parts[n-2] != "linux" || parts[n-1] != "amd64"
	}
	if n >= 2 && oses[parts[n-1]] {
		return parts[n-1] != "linux"
	}
	if n >= 2 && arches[parts[n-1]] {
		return parts[n-1] != "amd64"
	}
	return false
}

// subset reports constructs our compiler does not build yet.
func subset(fset *token.FileSet, f *ast.File) {
	bad := func(n ast.Node, what string) {
		errorf("%s: %s is outside the runtime's Go subset", fset.Position(n.Pos()), what)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			bad(n, "go statement")
		case *ast.DeferStmt:
			bad(n, "defer")
		case *ast.SelectStmt:
			bad(n, "select")
		case *ast.SendStmt:
			bad(n, "channel send")
		case *ast.ChanType:
			bad(n, "channel type")
		case *ast.MapType:
			bad(n, "map type")
		case *ast.FuncLit:
			bad(n, "closure")
		case *ast.IndexListExpr:
			bad(n, "generic instantiation")
		case *ast.FuncType:
			if n.TypeParams != nil {
				bad(n, "type parameters")
			}
		case *ast.TypeSpec:
			if n.TypeParams != nil {
				bad(n, "type parameters")
			}
		}
		return true
	})
}

// checkOffsets compares go_offsets.h with the package's structures:
// `#define T_F V` is the offset of field F of struct T (F may be a path
// with `_` only where the field name has none), `T__size` at least the
// size of T.
func checkOffsets(path string, pkg *types.Package, sizes types.Sizes) {
	f, err := os.Open(path)
	if err != nil {
		errorf("%v", err)
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	n := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) != 3 || fields[0] != "#define" {
			continue
		}
		name := fields[1]
		want, err := strconv.ParseInt(fields[2], 0, 64)
		if err != nil {
			errorf("%s:%d: %s: not a number", path, line, name)
			continue
		}
		n++
		i := strings.Index(name, "_")
		tname, fname := name[:i], name[i+1:]
		obj := pkg.Scope().Lookup(tname)
		if obj == nil {
			errorf("%s:%d: %s: no type %s in the runtime", path, line, name, tname)
			continue
		}
		st, ok := obj.Type().Underlying().(*types.Struct)
		if !ok {
			errorf("%s:%d: %s: %s is not a struct", path, line, name, tname)
			continue
		}
		if fname == "_size" {
			if got := sizes.Sizeof(st); want < got {
				errorf("%s:%d: %s is %d, smaller than sizeof(%s) = %d", path, line, name, want, tname, got)
			}
			continue
		}
		var fs []*types.Var
		for j := 0; j < st.NumFields(); j++ {
			fs = append(fs, st.Field(j))
		}
		offs := sizes.Offsetsof(fs)
		found := false
		for j, fv := range fs {
			if fv.Name() == fname {
				found = true
				if offs[j] != want {
					errorf("%s:%d: %s is %d, but %s.%s is at offset %d", path, line, name, want, tname, fname, offs[j])
				}
			}
		}
		if !found {
			errorf("%s:%d: %s: struct %s has no field %s", path, line, name, tname, fname)
		}
	}
	if n == 0 {
		errorf("%s: no offsets found", path)
	}
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: typecheck RUNTIME_DIR")
		os.Exit(2)
	}
	dir := os.Args[1]
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(names) == 0 {
		fmt.Fprintf(os.Stderr, "typecheck: no Go files in %s\n", dir)
		os.Exit(2)
	}
	sort.Strings(names)
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range names {
		if excluded(filepath.Base(name)) {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			errorf("%v", err)
			continue
		}
		if f.Name.Name != "runtime" {
			errorf("%s: package %s, want runtime", name, f.Name.Name)
		}
		subset(fset, f)
		files = append(files, f)
	}
	sizes := types.SizesFor("gc", "amd64")
	conf := types.Config{
		Importer: importer.Default(),
		Sizes:    sizes,
		Error:    func(err error) { errorf("%v", err) },
	}
	pkg, _ := conf.Check("runtime", fset, files, nil)
	if pkg != nil {
		checkOffsets(filepath.Join(dir, "go_offsets.h"), pkg, sizes)
	}
	if failed {
		os.Exit(1)
	}
	fmt.Printf("ok: %d files\n", len(files))
}
