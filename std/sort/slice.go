// Slice, SliceStable and SliceIsSorted: sorting any slice with a less
// function over indices, through reflect.Swapper and the Interface
// algorithms (Sort, and Stable's stableFuncs) run over a lessSwap.

package sort

import "reflect"

// Slice sorts x, which must be a slice, by less. It is not stable; equal
// elements may end in another order than gc's.
func Slice(x any, less func(i, j int) bool) {
	Sort(lessSwap{less, reflect.Swapper(x), reflect.ValueOf(x).Len()})
}

// SliceStable sorts x, which must be a slice, by less, keeping equal
// elements in their original order (so the result is gc's).
func SliceStable(x any, less func(i, j int) bool) {
	stableFuncs(less, reflect.Swapper(x), reflect.ValueOf(x).Len())
}

// SliceIsSorted reports whether x, which must be a slice, is sorted by
// less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	rv := reflect.ValueOf(x)
	for i := rv.Len() - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
