// Package sort sorts slices and searches sorted slices, with the API of
// Go's sort package. Without interfaces in our compiler yet, this holds
// the typed functions: Ints, Strings, Float64s, their *AreSorted checks,
// and Search with the Search* functions. Slice, SliceStable, Sort,
// Stable and Interface come with interfaces.
//
// The sorts are heapsorts (in place, O(n log n), no recursion). They are
// not stable, like gc's; equal elements that are distinguishable (+0 and
// -0, NaNs with different payloads) may end in a different order than
// gc's pdqsort leaves them.
package sort

// isNaN reports whether f is a NaN (without importing math).
func isNaN(f float64) bool { return f != f }

// lessFloat orders floats with NaNs first, as Float64Slice.Less.
func lessFloat(a, b float64) bool { return a < b || isNaN(a) && !isNaN(b) }

// Ints sorts x in increasing order.
func Ints(x []int) {
	n := len(x)
	for i := n/2 - 1; i >= 0; i-- {
		siftInts(x, i, n)
	}
	for end := n - 1; end > 0; end-- {
		x[0], x[end] = x[end], x[0]
		siftInts(x, 0, end)
	}
}

// siftInts restores the max-heap property of x[:n] below root.
func siftInts(x []int, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && x[child] < x[child+1] {
			child++
		}
		if !(x[root] < x[child]) {
			return
		}
		x[root], x[child] = x[child], x[root]
		root = child
	}
}

// Strings sorts x in increasing order.
func Strings(x []string) {
	n := len(x)
	for i := n/2 - 1; i >= 0; i-- {
		siftStrings(x, i, n)
	}
	for end := n - 1; end > 0; end-- {
		x[0], x[end] = x[end], x[0]
		siftStrings(x, 0, end)
	}
}

func siftStrings(x []string, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && x[child] < x[child+1] {
			child++
		}
		if !(x[root] < x[child]) {
			return
		}
		x[root], x[child] = x[child], x[root]
		root = child
	}
}

// Float64s sorts x in increasing order, NaNs first.
func Float64s(x []float64) {
	n := len(x)
	for i := n/2 - 1; i >= 0; i-- {
		siftFloats(x, i, n)
	}
	for end := n - 1; end > 0; end-- {
		x[0], x[end] = x[end], x[0]
		siftFloats(x, 0, end)
	}
}

func siftFloats(x []float64, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && lessFloat(x[child], x[child+1]) {
			child++
		}
		if !lessFloat(x[root], x[child]) {
			return
		}
		x[root], x[child] = x[child], x[root]
		root = child
	}
}

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether x is sorted in increasing order,
// NaNs first.
func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if lessFloat(x[i], x[i-1]) {
			return false
		}
	}
	return true
}
