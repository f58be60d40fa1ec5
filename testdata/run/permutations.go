// run

// Recursive generation of permutations with slices shared between calls
// (swap in place and undo), counting and printing some.

package main

var count int

func permute(a []byte, k int) {
	if k == len(a) {
		count++
		if count <= 6 || count == 120 {
			println(count, string(a))
		}
		return
	}
	for i := k; i < len(a); i++ {
		a[k], a[i] = a[i], a[k]
		permute(a, k+1)
		a[k], a[i] = a[i], a[k]
	}
}

func main() {
	permute([]byte("abcde"), 0)
	println(count)
}
