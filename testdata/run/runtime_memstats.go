// run

// runtime.ReadMemStats counts allocations and heap bytes (Mallocs grows
// by at least one per escaping object, Sys covers HeapSys, BySize lists
// gc's size classes), and runtime.SetFinalizer accepts a pointer with a
// func or nil; MemProfileRate has gc's default.

package main

import (
	"os"
	"runtime"
	"strconv"
)

type T struct{ a, b int }

var sink []*T

func show(s string) { os.Stdout.WriteString(s + "\n") }

func b(v bool) string { return strconv.FormatBool(v) }

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	n0, total0 := m.Mallocs, m.TotalAlloc
	for i := 0; i < 1000; i++ {
		sink = append(sink, &T{i, i})
	}
	runtime.ReadMemStats(&m)
	show("mallocs grew: " + b(m.Mallocs-n0 >= 1000))
	show("total grew: " + b(m.TotalAlloc-total0 >= 16000))
	show("heap: " + b(m.HeapAlloc > 0 && m.HeapInuse >= m.HeapAlloc && m.HeapSys >= m.HeapInuse))
	show("sys: " + b(m.Sys >= m.HeapSys+m.StackSys && m.StackInuse > 0))
	show("objects: " + b(m.HeapObjects <= m.Mallocs && m.Frees <= m.Mallocs))
	for _, i := range []int{0, 1, 2, 10, 30, 60} {
		show("class " + strconv.Itoa(i) + ": " + strconv.Itoa(int(m.BySize[i].Size)))
	}
	show("profile rate: " + strconv.Itoa(runtime.MemProfileRate))
	runtime.SetFinalizer(sink[0], func(*T) { show("finalizer ran early") })
	runtime.SetFinalizer(sink[0], nil)
	runtime.SetFinalizer(sink[1], func(p *T) {})
	runtime.KeepAlive(sink)
	show("done")
}
