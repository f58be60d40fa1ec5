// Sign-bit operations: Abs, Copysign, Signbit. They touch only the sign
// bit, so NaN payloads and signed zeros pass through unchanged.
package math

// Abs returns the absolute value of x.
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signMask) }

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return Float64bits(x)&signMask != 0 }
