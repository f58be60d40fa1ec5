// run

// Values larger than 16 x 256 bytes passed and returned by value: the
// argument and result copies of the ABI0 call area run as loops.

package main

type Big struct {
	head int
	arr  [1000]int
	tail byte
}

func fill(b Big, k int) Big {
	for i := range b.arr {
		b.arr[i] += i * k
	}
	b.head++
	b.tail = byte(k)
	return b
}

func sum(a, b Big) (s int) {
	for i := range a.arr {
		s += a.arr[i] - b.arr[i]
	}
	return s + a.head + int(a.tail) - b.head
}

func odd() [4099]byte {
	var x [4099]byte
	for i := range x {
		x[i] = byte(i * 7)
	}
	return x
}

func main() {
	var b Big
	b.arr[999] = 5
	c := fill(b, 3)
	d := fill(c, 2)
	println(c.head, c.arr[0], c.arr[1], c.arr[999], c.tail)
	println(d.head, d.arr[0], d.arr[1], d.arr[999], d.tail)
	println(b.head, b.arr[1], b.arr[999])
	println(sum(d, c), sum(c, b))
	x := odd()
	println(x[0], x[1], x[4095], x[4096], x[4097], x[4098])
}
