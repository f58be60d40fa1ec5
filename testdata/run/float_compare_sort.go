// run

// Sorting float64s (with negative zero and infinities), min/max with NaN
// handling written out, float32 comparisons.

package main

func sortf(a []float64) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	z := 0.0
	a := []float64{3.5, -1, 1 / z, 0, -1 / z, 2.25, -0.5, 1e-300}
	sortf(a)
	for _, x := range a {
		print(x, " ")
	}
	println()
	nan := z / z
	m := 1.0
	for _, x := range []float64{5, nan, 7, -2} {
		if x > m {
			m = x
		}
	}
	println(m)
	var f, g float32 = 0.1, 0.2
	println(f+g == 0.3, f+g > 0.3, float64(f)+float64(g) == 0.30000000000000004)
}
