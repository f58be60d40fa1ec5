// Complex numbers: the compiler's contract for / on complex64 and
// complex128 (complex128div) and for print (printcomplex), with gc's
// results: Smith's scaled division, and the C99 Annex G recovery of
// infinities and zeros when that yields NaN in both parts.

package runtime

func printcomplex(c complex128) {
	printstring("(")
	printfloat(real(c))
	printfloat(imag(c))
	printstring("i)")
}

func fnan(x float64) bool { return x != x }

func finf(x float64) bool { return x-x != x-x && x == x }

func ffinite(x float64) bool { return x-x == x-x }

func fabs(x float64) float64 {
	if x < 0 || (x == 0 && 1/x < 0) {
		return -x
	}
	return x
}

// fsign returns |mag| with the sign of sgn (negative zero counts as
// negative).
func fsign(mag, sgn float64) float64 {
	mag = fabs(mag)
	if sgn < 0 || (sgn == 0 && 1/sgn < 0) {
		return -mag
	}
	return mag
}

// infone maps an infinity to ±1 and anything else to ±0, keeping the sign.
func infone(x float64) float64 {
	if finf(x) {
		return fsign(1, x)
	}
	return fsign(0, x)
}

func complex128div(n complex128, m complex128) complex128 {
	a, b := real(n), imag(n)
	c, d := real(m), imag(m)
	var re, im float64
	// Divide through by the larger part of m, so ratio*part stays small.
	if fabs(c) >= fabs(d) {
		r := d / c
		den := c + r*d
		re = (a + b*r) / den
		im = (b - a*r) / den
	} else {
		r := c / d
		den := d + r*c
		re = (a*r + b) / den
		im = (b*r - a) / den
	}
	if !fnan(re) || !fnan(im) {
		return complex(re, im)
	}
	inf := 1 / zeroFloat
	switch {
	case c == 0 && d == 0 && (!fnan(a) || !fnan(b)):
		re = fsign(inf, c) * a
		im = fsign(inf, c) * b
	case (finf(a) || finf(b)) && ffinite(c) && ffinite(d):
		a, b = infone(a), infone(b)
		re = inf * (a*c + b*d)
		im = inf * (b*c - a*d)
	case (finf(c) || finf(d)) && ffinite(a) && ffinite(b):
		c, d = infone(c), infone(d)
		re = 0 * (a*c + b*d)
		im = 0 * (b*c - a*d)
	}
	return complex(re, im)
}

// zeroFloat is 0, kept in a variable so that 1/zeroFloat is +Inf at run
// time (a constant division by zero does not compile).
var zeroFloat float64
