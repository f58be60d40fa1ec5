// Special values: infinities and NaN, and the tests for them.
package math

// Inf returns +Inf if sign >= 0, -Inf otherwise.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(uvInf)
	}
	return Float64frombits(uvInf | signMask)
}

// NaN returns an IEEE 754 "not a number" value.
func NaN() float64 { return Float64frombits(uvNaN) }

// IsNaN reports whether f is a NaN.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is an infinity: +Inf if sign > 0, -Inf if
// sign < 0, either if sign == 0.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}
