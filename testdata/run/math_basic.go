// run

// math through our std: constants, bit views, rounding, Mod, Frexp,
// Ldexp, Sqrt, Max/Min/Dim and the special values, printed bit for bit.
package main

import "math"

func main() {
	println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log2E, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt16, math.MaxInt32, math.MinInt64, uint64(math.MaxUint64), math.MaxUint32)
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.7, -3.7, 1e300, 5e-324, 4503599627370497,
		math.Inf(1), math.Inf(-1), math.NaN(), 0.49999999999999994, 123.456}
	for _, x := range vals {
		println(x, math.Float64bits(x), math.Abs(x), math.Sqrt(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
		i, f := math.Modf(x)
		fr, e := math.Frexp(x)
		println(i, f, fr, e, math.Ldexp(x, 3), math.Ldexp(x, -1075), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, -1), math.Signbit(x))
		println(math.Mod(x, 0.75), math.Mod(7, x), math.Max(x, 1), math.Min(x, 1), math.Dim(x, 1), math.Copysign(3, x))
	}
	println(math.Float64frombits(0x3ff8000000000000), math.Float32bits(1.5), math.Float32frombits(0x40490fdb))
}
