// run

// runtime's public API: GOOS, GOARCH, Compiler, Version, Caller at
// several depths (through methods, closures and an interface call),
// Callers with CallersFrames, FuncForPC, NumGoroutine, NumCPU,
// GOMAXPROCS, GC, KeepAlive and Stack's header and frames.

package main

import (
	"os"
	"runtime"
	"strconv"
	"strings"
)

func show(parts ...string) { os.Stdout.WriteString(strings.Join(parts, " ") + "\n") }

func base(file string) string { return file[strings.LastIndex(file, "/")+1:] }

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip)
	if !ok {
		return "not ok " + strconv.FormatBool(pc == 0 && file == "" && line == 0)
	}
	name := runtime.FuncForPC(pc).Name()
	if strings.HasPrefix(name, "runtime.") {
		return name + " " + base(file) // lines in the runtime differ from gc's
	}
	return name + " " + base(file) + ":" + strconv.Itoa(line)
}

type T struct{ n int }

func (t T) Value() string { return where(1) }

type I interface{ Value() string }

func deep(n int) string {
	if n == 0 {
		return where(1) + " / " + where(4)
	}
	return deep(n - 1)
}

func stack() []string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(1, pcs)
	var names []string
	frames := runtime.CallersFrames(pcs[:n])
	for {
		fr, more := frames.Next()
		line := ":" + strconv.Itoa(fr.Line)
		if strings.HasPrefix(fr.Function, "runtime.") {
			line = ""
		}
		names = append(names, fr.Function+" "+base(fr.File)+line+" "+
			strconv.FormatBool(fr.Func != nil && fr.Func.Name() == fr.Function && fr.Entry == fr.Func.Entry()))
		if !more {
			break
		}
	}
	return names
}

func main() {
	show(runtime.GOOS, runtime.GOARCH, runtime.Compiler, strconv.FormatBool(strings.HasPrefix(runtime.Version(), "go1.19")))
	show(where(0))
	show(where(1))
	show(where(2))
	show(where(3))
	show(where(50))
	show(deep(5))
	show(T{}.Value())
	var i I = T{}
	show(i.Value())
	f := func() string { return where(1) }
	show(f())
	show(func() string { return where(0) }())
	for _, s := range stack() {
		show("  " + s)
	}
	n := runtime.Callers(0, make([]uintptr, 1))
	show("callers into 1:", strconv.Itoa(n))
	show("callers into 0:", strconv.Itoa(runtime.Callers(0, nil)))
	pc, _, line, _ := runtime.Caller(0)
	fn := runtime.FuncForPC(pc)
	file, l := fn.FileLine(pc)
	show("FileLine:", base(file), strconv.FormatBool(l == line), fn.Name())
	show("FuncForPC(0):", strconv.FormatBool(runtime.FuncForPC(0) == nil), strconv.Quote(runtime.FuncForPC(0).Name()))

	show("goroutines:", strconv.Itoa(runtime.NumGoroutine()))
	show("cpus:", strconv.FormatBool(runtime.NumCPU() >= 1))
	old := runtime.GOMAXPROCS(0)
	show("gomaxprocs:", strconv.FormatBool(old >= 1), strconv.Itoa(runtime.GOMAXPROCS(2)-old), strconv.Itoa(runtime.GOMAXPROCS(0)))
	runtime.GOMAXPROCS(old)
	runtime.GC()
	x := &T{7}
	runtime.KeepAlive(x)

	buf := make([]byte, 4096)
	n = runtime.Stack(buf, false)
	lines := strings.Split(string(buf[:n]), "\n")
	show("stack:", lines[0], lines[1], base(strings.Fields(lines[2])[0]))
	n = runtime.Stack(buf[:10], false)
	show("stack into 10 bytes:", strconv.Quote(string(buf[:n])))
}
