// Package sort sorts slices and searches sorted slices, with the API of
// Go's sort package: Interface, Sort, the IntSlice/StringSlice/
// Float64Slice adapters, Ints, Strings, Float64s (which sort through
// Sort, as gc's do), their *AreSorted checks, and Search with the
// Search* functions; Stable and Reverse (stable.go); Slice, SliceStable,
// SliceIsSorted (slice.go).
//
// Sort is a heapsort (in place, O(n log n), no recursion). It is not
// stable, like gc's; equal elements that are distinguishable (+0 and -0,
// NaNs with different payloads) may end in a different order than gc's
// pdqsort leaves them.
package sort

// isNaN reports whether f is a NaN (without importing math).
func isNaN(f float64) bool { return f != f }

// lessFloat orders floats with NaNs first, as Float64Slice.Less.
func lessFloat(a, b float64) bool { return a < b || isNaN(a) && !isNaN(b) }

// Interface is what Sort needs of a collection: its length, an order on
// its elements by index, and a swap.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in increasing order of Less.
func Sort(data Interface) {
	n := data.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(data, i, n)
	}
	for end := n - 1; end > 0; end-- {
		data.Swap(0, end)
		siftDown(data, 0, end)
	}
}

// siftDown restores the max-heap property of data[:n] below root.
func siftDown(data Interface, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(child, child+1) {
			child++
		}
		if !data.Less(root, child) {
			return
		}
		data.Swap(root, child)
		root = child
	}
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// IntSlice attaches Interface's methods to []int, in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order.
func (x IntSlice) Sort() { Sort(x) }

// StringSlice attaches Interface's methods to []string, in increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order.
func (x StringSlice) Sort() { Sort(x) }

// Float64Slice attaches Interface's methods to []float64, in increasing
// order with NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int           { return len(x) }
func (x Float64Slice) Less(i, j int) bool { return lessFloat(x[i], x[j]) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order, NaNs first.
func (x Float64Slice) Sort() { Sort(x) }

// Ints sorts x in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Strings sorts x in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// Float64s sorts x in increasing order, NaNs first.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// Float64sAreSorted reports whether x is sorted in increasing order,
// NaNs first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }
