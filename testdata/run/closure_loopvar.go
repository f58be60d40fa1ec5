// run

// Go 1.19 loop semantics: one variable per loop, shared by every closure
// created in the loop; variables declared in the body are fresh each time.

package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	fs = nil
	for _, v := range []int{7, 8, 9} {
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	fs = nil
	for i := 0; i < 3; i++ {
		j := i * i
		fs = append(fs, func() int { j++; return j })
	}
	for _, f := range fs {
		print(f(), f(), " ")
	}
	println()
	// Closures see later writes, and write back.
	k := 0
	get := func() int { return k }
	set := func(v int) { k = v }
	for k = 0; k < 5; k++ {
		if get() != k {
			println("mismatch")
		}
	}
	set(42)
	println(k, get())
	s := "x"
	for idx, r := range "héllo" {
		add := func() { s += string(r) }
		add()
		if idx > 3 {
			break
		}
	}
	println(s)
}
