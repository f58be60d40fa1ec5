// run

// A deferred closure declared in a loop modifies the named result once
// per iteration, in reverse order, after the return value is set.

package main

func build(n int) (s string) {
	for i := 0; i < n; i++ {
		i := i
		defer func() { s += string(rune('a' + i)) }()
	}
	return "<"
}

func count() (n int) {
	for i := 0; i < 5; i++ {
		defer func() { n *= 2 }()
	}
	n = 1
	return n + 1
}

func main() {
	println(build(5), build(0))
	println(count())
}
