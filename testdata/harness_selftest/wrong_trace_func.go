// run
// exitcode 2
// harness-expect: FAIL: stderr differs from wrong_trace_func.err \(tracebacks normalised\): first difference at line 4:

// The harness's own test: tracebacks are compared after normalisation
// (testdata/harness/traceback.h), which drops argument words but keeps
// function names. wrong_trace_func.err is gc's output with main.get
// renamed main.put, so the harness must fail.

package main

//go:noinline
func get(a []int, i int) int {
	return a[i]
}

func main() {
	a := []int{1, 2, 3}
	println(get(a, 3))
}
