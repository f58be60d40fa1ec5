// Stable sorting (Stable) and the Reverse adapter.
//
// Stable sorts blocks of 20 elements by insertion sort, then merges
// neighbouring runs of doubling size in place with SymMerge (P.-S. Kim and
// A. Kutzner, "Stable Minimum Storage Merging by Symmetric Comparisons",
// ESA 2004), rotating with block swaps. This is the algorithm gc's
// sort.Stable uses: O(n·log n) calls to Less and O(n·log² n) calls to
// Swap, no allocation, and the same sequence of calls.
//
// The algorithm works over a lessSwap (two funcs and a length) so that
// SliceStable can reuse it: stableFuncs(less, swap, n) sorts without an
// Interface value.
package sort

// lessSwap is an Interface made of funcs.
type lessSwap struct {
	less func(i, j int) bool
	swap func(i, j int)
	n    int
}

func (x lessSwap) Len() int           { return x.n }
func (x lessSwap) Less(i, j int) bool { return x.less(i, j) }
func (x lessSwap) Swap(i, j int)      { x.swap(i, j) }

// Stable sorts data in increasing order of Less, keeping equal elements in
// their original order.
func Stable(data Interface) { stable(data, data.Len()) }

// stableFuncs is Stable over a less and a swap func on n elements.
func stableFuncs(less func(i, j int) bool, swap func(i, j int), n int) {
	stable(lessSwap{less, swap, n}, n)
}

func stable(data Interface, n int) {
	block := 20
	a, b := 0, block
	for b <= n {
		insertionSort(data, a, b)
		a, b = b, b+block
	}
	insertionSort(data, a, n)
	for block < n {
		a, b = 0, 2*block
		for b <= n {
			symMerge(data, a, a+block, b)
			a, b = b, b+2*block
		}
		if m := a + block; m < n {
			symMerge(data, a, m, n)
		}
		block *= 2
	}
}

// insertionSort sorts data[a:b] by moving each element down past the
// greater ones before it.
func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place.
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// One element on the left: find where it goes in the right run
		// (after equal elements) and rotate it there by swaps.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// One element on the right: it goes before the first greater one.
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// swapRange swaps data[a:a+n] with data[b:b+n].
func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

// rotate exchanges the blocks data[a:m] and data[m:b] by repeated block
// swaps (Gries and Mills).
func rotate(data Interface, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

// reverse wraps an Interface with the opposite order.
type reverse struct {
	Interface
}

// Less reports whether j sorts before i in the wrapped order.
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with the reverse order of Less.
func Reverse(data Interface) Interface { return &reverse{data} }
