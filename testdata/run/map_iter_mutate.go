// run

// Mutation during range, as the spec allows: an entry deleted before it
// is reached is not produced; an entry inserted during the iteration may
// or may not be produced; no entry is produced twice; every entry that is
// neither deleted nor inserted is produced exactly once. The output only
// reports whether those rules held, so it does not depend on the order.

package main

func main() {
	for _, n := range []int{5, 8, 100, 5000} {
		deleteDuring(n)
		insertDuring(n)
		updateDuring(n)
	}
}

// deleteDuring deletes another entry at each step.
func deleteDuring(n int) {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	seen := make(map[int]int)
	deleted := make(map[int]bool)
	for k := range m {
		if deleted[k] {
			println("deleted entry produced", k)
		}
		seen[k]++
		other := (k*31 + 7) % n
		if _, ok := seen[other]; !ok {
			delete(m, other)
			deleted[other] = true
		}
	}
	ok := true
	for k, c := range seen {
		if c != 1 {
			ok = false
		}
		_ = k
	}
	for i := 0; i < n; i++ {
		if !deleted[i] && seen[i] != 1 {
			ok = false
		}
	}
	println("delete", n, ok, len(m)+len(deleted) == n)
}

// insertDuring inserts new keys (growing the table) while iterating.
func insertDuring(n int) {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	seen := make(map[int]int)
	for k := range m {
		seen[k]++
		if k < n {
			m[k+n] = k
			m[k+2*n] = k
		}
	}
	ok := true
	for i := 0; i < n; i++ {
		if seen[i] != 1 {
			ok = false
		}
	}
	for k, c := range seen {
		if c != 1 || k >= 3*n {
			ok = false
		}
	}
	println("insert", n, ok, len(m) == 3*n)
}

// updateDuring overwrites values of later entries: the range sees the new
// values for entries it has not produced yet.
func updateDuring(n int) {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = 0
	}
	seen := make(map[int]bool)
	ok := true
	next := 0
	for k, v := range m {
		if v != 0 && v != 1 {
			ok = false
		}
		seen[k] = true
		for ; next < n; next++ {
			if !seen[next] {
				m[next] = 1
				break
			}
		}
	}
	println("update", n, ok, len(seen) == n)
}
