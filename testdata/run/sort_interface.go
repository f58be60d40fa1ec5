// run

// sort.Sort on a user type, through the Interface methods; the adapters
// IntSlice and StringSlice; IsSorted before and after.
package main

import "sort"

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type point struct{ x, y int }

type byDist []point

func (p byDist) Len() int { return len(p) }
func (p byDist) Less(i, j int) bool {
	return p[i].x*p[i].x+p[i].y*p[i].y < p[j].x*p[j].x+p[j].y*p[j].y
}
func (p byDist) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

func main() {
	words := byLen{"banana", "a", "cherry pie", "kiwi", "fig!"[:3], "grapefruit!"}
	println(sort.IsSorted(words))
	sort.Sort(words)
	println(sort.IsSorted(words))
	for _, w := range words {
		println(len(w))
	}

	pts := byDist{{3, 4}, {0, 1}, {-2, 0}, {6, 8}, {1, 1}}
	sort.Sort(pts)
	for _, p := range pts {
		println(p.x, p.y)
	}

	xs := []int{5, -1, 9, 0, 3, 3, 7}
	var d sort.Interface = sort.IntSlice(xs)
	sort.Sort(d)
	for _, x := range xs {
		print(x, " ")
	}
	println(d.Len(), sort.IntsAreSorted(xs))

	ss := sort.StringSlice{"pear", "apple", "", "Zed", "apple"}
	sort.Sort(ss)
	for _, s := range ss {
		print("[", s, "]")
	}
	println()
	var empty sort.IntSlice
	sort.Sort(empty)
	println(sort.IsSorted(empty), empty.Len())
}
