// run

// Range expressions are evaluated once: appending to the slice inside the
// loop does not extend it; ranging over an array value iterates over a
// copy; the index variable can be assigned without affecting iteration.

package main

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		s = append(s, v*10)
		if i == 0 {
			s[2] = 99
		}
		println(i, v)
	}
	println(len(s))
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		println(i, v)
	}
	println(arr[2])
	for i := range arr {
		i += 10
		print(i, " ")
	}
	println()
	pa := &arr
	for i, v := range pa {
		pa[2] = 7
		println(i, v)
	}
}
