// run

// CPU benchmark: the Mandelbrot set on a 600x600 grid (float64 inner
// loop), printing how many points are in the set and a checksum.

package main

func main() {
	const n = 600
	const iter = 50
	inside := 0
	sum := uint32(0)
	for y := 0; y < n; y++ {
		ci := 2*float64(y)/n - 1
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/n - 1.5
			zr, zi := 0.0, 0.0
			i := 0
			for ; i < iter && zr*zr+zi*zi <= 4; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
			}
			if i == iter {
				inside++
			}
			sum = sum*31 + uint32(i)
		}
	}
	println(inside, sum)
}
