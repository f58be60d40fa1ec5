// run

// Float keys: NaN is never equal to itself, so every NaN insert adds an
// entry that lookups cannot find; +0 and -0 are the same key.

package main

import "math"

func main() {
	nan := math.NaN()
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	println(len(m))
	_, ok := m[nan]
	println(ok)
	n, sum := 0, 0
	for k, v := range m {
		if k != k {
			n++
			sum += v
		}
	}
	println(n, sum)
	delete(m, nan)
	println(len(m))

	negz := math.Copysign(0, -1)
	m[0] = 10
	m[negz] = 20
	println(len(m), m[0], m[negz])
	for k, v := range m {
		if k == 0 {
			println("zero key", v, math.Signbit(k))
		}
	}

	m32 := map[float32]int{}
	n32 := float32(nan)
	m32[n32] = 1
	m32[n32] = 1
	m32[float32(negz)] = 5
	m32[0]++
	println(len(m32), m32[0])
	m32[float32(math.Inf(1))] = 7
	m32[float32(math.Inf(-1))] = 8
	println(len(m32), m32[float32(math.Inf(1))], m32[float32(math.Inf(-1))])

	me := map[interface{}]int{}
	me[nan] = 1
	me[nan] = 1
	me[0.0] = 1
	me[negz] = 2
	println(len(me), me[0.0])

	mc := map[complex128]int{}
	mc[complex(nan, 0)] = 1
	mc[complex(nan, 0)] = 1
	mc[complex(0, negz)] = 3
	mc[0]++
	println(len(mc), mc[0])
}
