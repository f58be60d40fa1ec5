// Slice, SliceStable and SliceIsSorted: sorting any slice with a less
// function over indices, through reflect.Swapper.

package sort

import "reflect"

// Slice sorts x, which must be a slice, by less. It is not stable; equal
// elements may end in another order than gc's.
func Slice(x any, less func(i, j int) bool) {
	rv := reflect.ValueOf(x)
	swap := reflect.Swapper(x)
	n := rv.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDownLessSwap(less, swap, i, n)
	}
	for end := n - 1; end > 0; end-- {
		swap(0, end)
		siftDownLessSwap(less, swap, 0, end)
	}
}

// siftDownLessSwap restores the max-heap property of [0, n) below root.
func siftDownLessSwap(less func(i, j int) bool, swap func(i, j int), root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && less(child, child+1) {
			child++
		}
		if !less(root, child) {
			return
		}
		swap(root, child)
		root = child
	}
}

// SliceStable sorts x, which must be a slice, by less, keeping equal
// elements in their original order (so the result is gc's).
func SliceStable(x any, less func(i, j int) bool) {
	rv := reflect.ValueOf(x)
	swap := reflect.Swapper(x)
	stableLessSwap(less, swap, rv.Len())
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

// stableLessSwap sorts [0, n) stably in place: insertion sort on blocks,
// then merges of doubling runs without a buffer.
func stableLessSwap(less func(i, j int) bool, swap func(i, j int), n int) {
	const block = 20
	for a := 0; a < n; a += block {
		b := a + block
		if b > n {
			b = n
		}
		for i := a + 1; i < b; i++ {
			for j := i; j > a && less(j, j-1); j-- {
				swap(j, j-1)
			}
		}
	}
	for size := block; size < n; size *= 2 {
		for a := 0; a+size < n; a += 2 * size {
			b := a + 2*size
			if b > n {
				b = n
			}
			mergeLessSwap(less, swap, a, a+size, b)
		}
	}
}

// mergeLessSwap merges the sorted runs [a, m) and [m, b) stably: split
// the longer run in its middle, find where that element goes in the
// other run, rotate the two middle pieces into place and recurse on both
// sides.
func mergeLessSwap(less func(i, j int) bool, swap func(i, j int), a, m, b int) {
	if a >= m || m >= b {
		return
	}
	if b-a == 2 {
		if less(m, a) {
			swap(a, m)
		}
		return
	}
	var cut1, cut2 int
	if m-a >= b-m {
		cut1 = a + (m-a)/2
		// The first element of [m, b) not less than cut1's.
		lo, hi := m, b
		for lo < hi {
			h := lo + (hi-lo)/2
			if less(h, cut1) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		cut2 = lo
	} else {
		cut2 = m + (b-m)/2
		// The first element of [a, m) greater than cut2's.
		lo, hi := a, m
		for lo < hi {
			h := lo + (hi-lo)/2
			if !less(cut2, h) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		cut1 = lo
	}
	rotateLessSwap(swap, cut1, m, cut2)
	mid := cut1 + (cut2 - m)
	mergeLessSwap(less, swap, a, cut1, mid)
	mergeLessSwap(less, swap, mid, cut2, b)
}

// rotateLessSwap turns [a, m) [m, b) into [m, b) [a, m) by three
// reversals.
func rotateLessSwap(swap func(i, j int), a, m, b int) {
	reverseSwap(swap, a, m)
	reverseSwap(swap, m, b)
	reverseSwap(swap, a, b)
}

func reverseSwap(swap func(i, j int), a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		swap(i, j)
	}
}
