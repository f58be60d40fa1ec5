// run

// A loop written with goto and labels only, with phis for several
// variables carried around the back edge.

package main

func main() {
	i, s, p := 0, 0, 1
loop:
	if i >= 10 {
		goto end
	}
	s += i
	p *= 2
	i++
	goto loop
end:
	println(i, s, p)
	a, b := 1, 1
	n := 0
again:
	a, b = b, a+b
	n++
	if b < 1000 {
		goto again
	}
	println(n, a, b)
}
