// Sqrt, in assembly (sqrt_amd64.s): SQRTSD is IEEE's correctly rounded
// square root, which is what gc's intrinsic emits.
package math

// Sqrt returns the square root of x: Sqrt(+Inf) = +Inf, Sqrt(±0) = ±0,
// Sqrt(x < 0) and Sqrt(NaN) are NaN.
func Sqrt(x float64) float64
