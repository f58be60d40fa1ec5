package main

// A recovered run-time error, then a new panic: the first is marked
// [recovered].

func get(s []int, i int) int { return s[i] }

func main() {
	defer func() {
		if recover() != nil {
			panic("again")
		}
	}()
	println(get(nil, 5))
}
