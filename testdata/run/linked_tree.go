// run

// A binary search tree of heap nodes: insert, search, in-order walk,
// height; nil pointers compared and passed around.

package main

type Tree struct {
	Left, Right *Tree
	Val         int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, nil, v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func walk(t *Tree, out []int) []int {
	if t == nil {
		return out
	}
	out = walk(t.Left, out)
	out = append(out, t.Val)
	return walk(t.Right, out)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := height(t.Left), height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func find(t *Tree, v int) bool {
	for t != nil {
		if v == t.Val {
			return true
		}
		if v < t.Val {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return false
}

func main() {
	var root *Tree
	seed := uint32(1)
	for i := 0; i < 100; i++ {
		seed = seed*1664525 + 1013904223
		root = insert(root, int(seed>>24))
	}
	vals := walk(root, nil)
	println(len(vals), vals[0], vals[99], height(root))
	println(find(root, vals[50]), find(root, 1000))
	sorted := true
	for i := 1; i < len(vals); i++ {
		if vals[i] < vals[i-1] {
			sorted = false
		}
	}
	println(sorted)
}
