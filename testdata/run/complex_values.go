// run

// Complex numbers as arguments and results, struct fields, map values
// and keys, interface values, slice elements, and in type switches.

package main

type Phasor struct {
	name string
	v    complex128
	w    complex64
}

func rot(c complex128, n int) complex128 {
	for i := 0; i < n; i++ {
		c *= 1i
	}
	return c
}

func split(c complex64) (float32, float32) { return real(c), imag(c) }

func conj(c complex128) complex128 { return complex(real(c), -imag(c)) }

func main() {
	println(rot(1, 1), rot(1+1i, 2), conj(3+4i))
	r, i := split(5 - 6i)
	println(r, i)
	p := Phasor{"p", 1 + 2i, 3 + 4i}
	p.v *= 2
	p.w = complex64(p.v) + p.w
	println(p.name, p.v, p.w)
	m := map[string]complex128{"a": 1i}
	m["a"] *= m["a"]
	m["b"] += 2
	println(m["a"], m["b"])
	mk := map[complex64]string{1i: "i", -1i: "-i"}
	println(mk[complex64(rot(1, 1))], mk[complex64(rot(1, 3))])
	var e interface{} = p.v
	switch v := e.(type) {
	case complex64:
		println("c64", v)
	case complex128:
		println("c128", v)
	}
	e = p.w
	c, ok := e.(complex64)
	println(c, ok)
	s := []complex128{1, 2, 3}
	var sum complex128
	for _, v := range s {
		sum += v * 1i
	}
	println(sum, len(s))
	arr := [3]complex64{}
	arr[1] = 2i
	println(arr == [3]complex64{0, 2i, 0})
}
