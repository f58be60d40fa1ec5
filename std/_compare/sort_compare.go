// Compares our sort (stdcheck/sort) with gc's on random slices of ints,
// strings and floats (with NaNs and infinities), and on searches; Slice
// on distinct keys and SliceStable on many equal keys (records of several
// sizes, through reflect.Swapper) must give gc's order. Run by
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

// recorder is a sort.Interface over pairs (key, original index) that
// logs every call, so the call sequences of the two Stables can be
// compared, not only their results.
type recorder struct {
	keys, idx []int
	log       []int
}

func (r *recorder) Len() int { return len(r.keys) }
func (r *recorder) Less(i, j int) bool {
	r.log = append(r.log, 0, i, j)
	return r.keys[i] < r.keys[j]
}
func (r *recorder) Swap(i, j int) {
	r.log = append(r.log, 1, i, j)
	r.keys[i], r.keys[j] = r.keys[j], r.keys[i]
	r.idx[i], r.idx[j] = r.idx[j], r.idx[i]
}

func newRecorder(keys []int) *recorder {
	r := &recorder{keys: append([]int(nil), keys...), idx: make([]int, len(keys))}
	for i := range r.idx {
		r.idx[i] = i
	}
	return r
}

func checkStable(rng *rand.Rand) {
	n := rng.Intn(300)
	if rng.Intn(10) == 0 {
		n = rng.Intn(3000)
	}
	keys := make([]int, n)
	for i := range keys {
		keys[i] = rng.Intn(1 + rng.Intn(n+1))
	}
	a, b := newRecorder(keys), newRecorder(keys)
	mine.Stable(a)
	sort.Stable(b)
	if fmt.Sprint(a.log) != fmt.Sprint(b.log) || fmt.Sprint(a.idx) != fmt.Sprint(b.idx) {
		fail("Stable", keys)
	}
	c, d := newRecorder(keys), newRecorder(keys)
	mine.Stable(mine.Reverse(c))
	sort.Stable(sort.Reverse(d))
	if fmt.Sprint(c.log) != fmt.Sprint(d.log) || fmt.Sprint(c.idx) != fmt.Sprint(d.idx) {
		fail("Stable(Reverse)", keys)
	}
}

func main() {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 3000; i++ {
		checkStable(rng)
	}
	for i := 0; i < 20000; i++ {
		n := rng.Intn(70)
		if i%1000 == 0 {
			n = 1000 + rng.Intn(3000)
		}
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
		type rec struct {
			key  int
			seq  int
			name string
		}
		rs := make([]rec, n)
		for j := range rs {
			rs[j] = rec{rng.Intn(6), j, fmt.Sprint(j)}
		}
		rs2 := append([]rec(nil), rs...)
		mine.SliceStable(rs, func(i, j int) bool { return rs[i].key < rs[j].key })
		sort.SliceStable(rs2, func(i, j int) bool { return rs2[i].key < rs2[j].key })
		if fmt.Sprint(rs) != fmt.Sprint(rs2) {
			fail("SliceStable", rs, rs2)
		}
		perm := rng.Perm(n)
		perm2 := append([]int(nil), perm...)
		mine.Slice(perm, func(i, j int) bool { return perm[i] > perm[j] })
		sort.Slice(perm2, func(i, j int) bool { return perm2[i] > perm2[j] })
		if fmt.Sprint(perm) != fmt.Sprint(perm2) {
			fail("Slice", perm, perm2)
		}
		ok := mine.SliceIsSorted(perm, func(i, j int) bool { return perm[i] > perm[j] })
		if ok != sort.SliceIsSorted(perm, func(i, j int) bool { return perm[i] > perm[j] }) || !ok {
			fail("SliceIsSorted", perm)
		}
		bs := []byte(fmt.Sprint(a))
		bs2 := append([]byte(nil), bs...)
		mine.SliceStable(bs, func(i, j int) bool { return bs[i]&0xf0 < bs[j]&0xf0 })
		sort.SliceStable(bs2, func(i, j int) bool { return bs2[i]&0xf0 < bs2[j]&0xf0 })
		if string(bs) != string(bs2) {
			fail("SliceStable bytes", string(bs), string(bs2))
		}
		if n > 1 {
			b := []int{a[1], a[0]}
			if mine.IntsAreSorted(b) != sort.IntsAreSorted(b) {
				fail("IntsAreSorted", b)
			}
		}
	}
}
