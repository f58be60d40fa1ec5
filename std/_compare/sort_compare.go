// Compares our sort (stdcheck/sort) with gc's on random slices of ints,
// strings and floats (with NaNs and infinities), and on searches. Run by
// compare.sh.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"sort"
	mine "stdcheck/sort"
)

func fail(what string, args ...interface{}) {
	fmt.Println(append([]interface{}{what}, args...)...)
	os.Exit(1)
}

func main() {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		n := rng.Intn(70)
		a := make([]int, n)
		s := make([]string, n)
		f := make([]float64, n)
		for j := range a {
			a[j] = rng.Intn(40) - 20
			s[j] = fmt.Sprint(rng.Intn(100))
			f[j] = []float64{1, -1, 0.5, math.Inf(1), math.Inf(-1), math.NaN(), 3, 2}[rng.Intn(8)]
		}
		a2 := append([]int(nil), a...)
		s2 := append([]string(nil), s...)
		f2 := append([]float64(nil), f...)
		mine.Ints(a)
		sort.Ints(a2)
		mine.Strings(s)
		sort.Strings(s2)
		mine.Float64s(f)
		sort.Float64s(f2)
		if fmt.Sprint(a) != fmt.Sprint(a2) || fmt.Sprint(s) != fmt.Sprint(s2) || fmt.Sprint(f) != fmt.Sprint(f2) {
			fail("sort", a, a2, s, s2, f, f2)
		}
		if !mine.IntsAreSorted(a) || !mine.StringsAreSorted(s) || !mine.Float64sAreSorted(f) {
			fail("AreSorted", a, s, f)
		}
		x := rng.Intn(44) - 22
		if mine.SearchInts(a, x) != sort.SearchInts(a, x) || mine.SearchStrings(s, fmt.Sprint(x)) != sort.SearchStrings(s, fmt.Sprint(x)) ||
			mine.SearchFloat64s(f, float64(x)/8) != sort.SearchFloat64s(f, float64(x)/8) {
			fail("Search", a, x)
		}
		if mine.Search(len(a), func(i int) bool { return a[i] >= x }) != sort.SearchInts(a, x) {
			fail("Search", a, x)
		}
		if n > 1 {
			b := []int{a[1], a[0]}
			if mine.IntsAreSorted(b) != sort.IntsAreSorted(b) {
				fail("IntsAreSorted", b)
			}
		}
	}
}
