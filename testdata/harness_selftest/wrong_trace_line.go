// run
// exitcode 2
// harness-expect: FAIL: stderr differs from wrong_trace_line.err \(tracebacks normalised\): first difference at line 7:

// The harness's own test: tracebacks are compared after normalisation
// (testdata/harness/traceback.h), which drops directories and offsets but
// keeps line numbers. wrong_trace_line.err is gc's output with main.main's
// line changed from 19 to 18, so the harness must fail.

package main

//go:noinline
func get(a []int, i int) int {
	return a[i]
}

func main() {
	a := []int{1, 2, 3}
	println(get(a, 3))
}
