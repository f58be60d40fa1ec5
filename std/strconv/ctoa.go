// FormatComplex: a complex number as (re±imi) with FormatFloat's formats.
package strconv

// FormatComplex converts c to a string "(a+bi)" with a and b formatted
// by FormatFloat with fmt and prec, assuming c came from a complex of
// bitSize bits (64 or 128).
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}
