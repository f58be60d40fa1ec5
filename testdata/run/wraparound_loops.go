// run

// Counters of narrow types wrap around in loops; int32 and uint16
// products overflow as in Go.

package main

func main() {
	var u8 uint8 = 250
	n := 0
	for i := 0; i < 10; i++ {
		u8++
		n += int(u8)
	}
	println(u8, n)
	var i8 int8 = 120
	for i := 0; i < 10; i++ {
		i8 += 3
	}
	println(i8)
	var p int32 = 1
	for i := 0; i < 40; i++ {
		p *= 3
	}
	println(p)
	var h uint16 = 1
	for i := 0; i < 20; i++ {
		h = h*31 + 7
	}
	println(h)
	var c uint8
	cnt := 0
	for {
		c++
		cnt++
		if c == 0 {
			break
		}
	}
	println(cnt)
}
