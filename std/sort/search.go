// Binary search on sorted slices: SearchInts, SearchStrings,
// SearchFloat64s return the index where x is, or would be inserted; Search
// is the general form over a predicate.
package sort

// SearchInts returns the smallest index i with a[i] >= x, or len(a).
func SearchInts(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// SearchStrings returns the smallest index i with a[i] >= x, or len(a).
func SearchStrings(a []string, x string) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// SearchFloat64s returns the smallest index i with a[i] >= x, or len(a).
func SearchFloat64s(a []float64, x float64) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if !(a[m] >= x) { // NaNs are never >= x
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Search returns the smallest index i in [0, n) with f(i) true, or n;
// f must be false then true over the range.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if !f(m) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Search returns SearchInts(p, x).
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Search returns SearchStrings(p, x).
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Search returns SearchFloat64s(p, x).
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }
