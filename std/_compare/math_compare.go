// Compares our math (stdcheck/math) with gc's, bit for bit, on special
// values and random float64s of every magnitude. Run by compare.sh.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	mine "stdcheck/math"
)

var fails int

func same(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }

func report(what string, args ...interface{}) {
	fmt.Println(append([]interface{}{what}, args...)...)
	fails++
	if fails > 20 {
		os.Exit(1)
	}
}

func check1(name string, f, g func(float64) float64, x float64) {
	if a, b := f(x), g(x); !same(a, b) {
		report(name, x, math.Float64bits(x), "got", a, math.Float64bits(a), "want", b, math.Float64bits(b))
	}
}

func check2(name string, f, g func(float64, float64) float64, x, y float64) {
	if a, b := f(x, y), g(x, y); !same(a, b) {
		report(name, x, y, "got", a, math.Float64bits(a), "want", b, math.Float64bits(b))
	}
}

func checkOne(x float64) {
	check1("Abs", mine.Abs, math.Abs, x)
	check1("Sqrt", mine.Sqrt, math.Sqrt, x)
	check1("Floor", mine.Floor, math.Floor, x)
	check1("Ceil", mine.Ceil, math.Ceil, x)
	check1("Trunc", mine.Trunc, math.Trunc, x)
	check1("Round", mine.Round, math.Round, x)
	check1("RoundToEven", mine.RoundToEven, math.RoundToEven, x)
	check1("Logb", mine.Logb, math.Logb, x)
	if mine.Ilogb(x) != math.Ilogb(x) {
		report("Ilogb", x, mine.Ilogb(x), math.Ilogb(x))
	}
	if mine.IsNaN(x) != math.IsNaN(x) || mine.Signbit(x) != math.Signbit(x) {
		report("IsNaN/Signbit", x)
	}
	for s := -1; s <= 1; s++ {
		if mine.IsInf(x, s) != math.IsInf(x, s) {
			report("IsInf", x, s)
		}
	}
	for _, f := range unary {
		check1(f.name, f.mine, f.gc, x)
	}
	s1, c1 := mine.Sincos(x)
	s2, c2 := math.Sincos(x)
	if !same(s1, s2) || !same(c1, c2) {
		report("Sincos", x, s1, c1, s2, c2)
	}
	i1, f1 := mine.Modf(x)
	i2, f2 := math.Modf(x)
	if !same(i1, i2) || !same(f1, f2) {
		report("Modf", x, i1, f1, i2, f2)
	}
	fr1, e1 := mine.Frexp(x)
	fr2, e2 := math.Frexp(x)
	if !same(fr1, fr2) || e1 != e2 {
		report("Frexp", x, fr1, e1, fr2, e2)
	}
	if mine.Float64bits(x) != math.Float64bits(x) || !same(mine.Float64frombits(math.Float64bits(x)), x) {
		report("Float64bits", x)
	}
	f := float32(x)
	if mine.Float32bits(f) != math.Float32bits(f) || mine.Float32frombits(math.Float32bits(f)) != f && f == f {
		report("Float32bits", x)
	}
}

func checkTwo(x, y float64) {
	check2("Mod", mine.Mod, math.Mod, x, y)
	check2("Copysign", mine.Copysign, math.Copysign, x, y)
	check2("Max", mine.Max, math.Max, x, y)
	check2("Min", mine.Min, math.Min, x, y)
	check2("Dim", mine.Dim, math.Dim, x, y)
	check2("Nextafter", mine.Nextafter, math.Nextafter, x, y)
	check2("Pow", mine.Pow, math.Pow, x, y)
	check2("Atan2", mine.Atan2, math.Atan2, x, y)
	check2("Hypot", mine.Hypot, math.Hypot, x, y)
	check2("Remainder", mine.Remainder, math.Remainder, x, y)
	check2("Nextafter32", func(a, b float64) float64 { return float64(mine.Nextafter32(float32(a), float32(b))) },
		func(a, b float64) float64 { return float64(math.Nextafter32(float32(a), float32(b))) }, x, y)
}

type unaryFunc struct {
	name     string
	mine, gc func(float64) float64
}

var unary = []unaryFunc{
	{"Exp", mine.Exp, math.Exp}, {"Exp2", mine.Exp2, math.Exp2}, {"Expm1", mine.Expm1, math.Expm1},
	{"Log", mine.Log, math.Log}, {"Log2", mine.Log2, math.Log2}, {"Log10", mine.Log10, math.Log10},
	{"Log1p", mine.Log1p, math.Log1p}, {"Sin", mine.Sin, math.Sin}, {"Cos", mine.Cos, math.Cos},
	{"Tan", mine.Tan, math.Tan}, {"Asin", mine.Asin, math.Asin}, {"Acos", mine.Acos, math.Acos},
	{"Atan", mine.Atan, math.Atan}, {"Sinh", mine.Sinh, math.Sinh}, {"Cosh", mine.Cosh, math.Cosh},
	{"Tanh", mine.Tanh, math.Tanh}, {"Asinh", mine.Asinh, math.Asinh}, {"Acosh", mine.Acosh, math.Acosh},
	{"Atanh", mine.Atanh, math.Atanh}, {"Cbrt", mine.Cbrt, math.Cbrt},
}

// checkThree compares FMA, whose NaN results may carry either operand's
// payload: only NaN-ness is compared there.
func checkThree(x, y, z float64) {
	a, b := mine.FMA(x, y, z), math.FMA(x, y, z)
	if !same(a, b) && !(a != a && b != b) {
		report("FMA", x, y, z, "got", a, math.Float64bits(a), "want", b, math.Float64bits(b))
	}
}

// nearby returns a float near x's magnitude class: small ranges where the
// functions change method (|x| < 1, near ln2 multiples, near 709).
func nearby(rng *rand.Rand) float64 {
	switch rng.Intn(6) {
	case 0:
		return rng.Float64()*1500 - 750
	case 1:
		return rng.Float64()*4 - 2
	case 2:
		return (rng.Float64()*2 - 1) * math.Pow(2, float64(rng.Intn(60)))
	case 3:
		return math.Float64frombits(rng.Uint64() >> 12) // subnormals
	case 4:
		return (rng.Float64()*2 - 1) * 1e22
	}
	return 1 + (rng.Float64()*2-1)*math.Pow(2, -float64(rng.Intn(60)))
}

func randFloat(rng *rand.Rand) float64 {
	switch rng.Intn(4) {
	case 0:
		return math.Float64frombits(rng.Uint64())
	case 1:
		return (rng.Float64()*2 - 1) * math.Pow(2, float64(rng.Intn(120)-60))
	case 2:
		return float64(rng.Intn(2000)-1000) / 4
	}
	return specials[rng.Intn(len(specials))]
}

var specials = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
	4503599627370495.5, 4503599627370496, -4503599627370497, 1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308,
	2.225073858507201e-308, 0.7071067811865476, 1.4142135623730951, 709.782712893384, 709.78, -745.1, -745.2, -708.5,
	1023.9999999999999, -1074, 0.34657359027997264, 1.0397207708399179, 38.816242111356935, 21, 0.625, 44, 0.66, 2.414213562373095,
	0.7, 1 << 28, 1 << 29, 1.0 / (1 << 28), 1e-300, 1e22, 1e300 * 1e8, 3.141592653589793, 1.5707963267948966, 0.7853981633974483, 1 << 62,
	-0.25, 1e-16, 0x1p-54, 0x1p-29, math.MaxFloat64, -math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 3, 7, 1e-310, 0.1}

func main() {
	if mine.Pi != math.Pi || mine.E != math.E || mine.Ln2 != math.Ln2 || mine.Log2E != math.Log2E || mine.Ln10 != math.Ln10 ||
		mine.Log10E != math.Log10E || mine.Sqrt2 != math.Sqrt2 || mine.SqrtE != math.SqrtE || mine.SqrtPi != math.SqrtPi ||
		mine.SqrtPhi != math.SqrtPhi || mine.Phi != math.Phi || mine.MaxFloat64 != math.MaxFloat64 ||
		mine.SmallestNonzeroFloat64 != math.SmallestNonzeroFloat64 || mine.MaxFloat32 != math.MaxFloat32 ||
		mine.SmallestNonzeroFloat32 != math.SmallestNonzeroFloat32 || mine.MaxInt != math.MaxInt || mine.MinInt != math.MinInt ||
		mine.MaxUint64 != math.MaxUint64 || mine.MinInt64 != math.MinInt64 || mine.MaxUint32 != math.MaxUint32 {
		report("constants")
	}
	if float32(mine.Pi) != float32(math.Pi) || mine.Pi/180 != math.Pi/180 || mine.E*mine.Pi != math.E*math.Pi {
		report("constant expressions")
	}
	if !same(mine.Inf(1), math.Inf(1)) || !same(mine.Inf(-1), math.Inf(-1)) || !same(mine.NaN(), math.NaN()) {
		report("Inf/NaN")
	}
	for _, x := range specials {
		checkOne(x)
		for _, y := range specials {
			checkTwo(x, y)
		}
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 1000000; i++ {
		x, y := randFloat(rng), randFloat(rng)
		checkOne(x)
		checkTwo(x, y)
		u, v := nearby(rng), nearby(rng)
		checkOne(u)
		checkTwo(u, v)
		checkTwo(u, float64(rng.Intn(40)-20))
		checkTwo(u, float64(rng.Intn(40)-20)+0.5)
		checkThree(x, y, randFloat(rng))
		checkThree(u, v, nearby(rng))
		if n := rng.Intn(700) - 350; !same(mine.Pow10(n), math.Pow10(n)) {
			report("Pow10", n)
		}
		check2("Ldexp", func(f, e float64) float64 { return mine.Ldexp(f, int(e)) },
			func(f, e float64) float64 { return math.Ldexp(f, int(e)) }, x, float64(rng.Intn(4400)-2200))
	}
	if fails > 0 {
		os.Exit(1)
	}
}
