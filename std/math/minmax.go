// Max, Min and Dim, with IEEE special cases: an infinity wins over NaN
// in the direction it bounds, NaN otherwise propagates, and +0 > -0.
package math

// Max returns the larger of x and y.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	case x > y:
		return x
	}
	return y
}

// Min returns the smaller of x and y.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	case x < y:
		return x
	}
	return y
}

// Dim returns the maximum of x-y and 0.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}
