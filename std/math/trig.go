// Sine, cosine and tangent: Sin, Cos, Tan and Sincos.
//
// The method is Cephes' sin.c and tan.c (Stephen L. Moshier): reduce x by
// multiples of π/4 to z in [-π/4, π/4] and evaluate the polynomials of
// sin and cos (or tan's rational function) there, choosing and signing by
// the octant. Below 2**29 the reduction subtracts π/4 split in three
// parts (Cody-Waite); above, trigReduce multiplies by the bits of 4/π
// (Payne-Hanek). These are the polynomials, constants and evaluation
// order of Go's pure Go versions, which gc uses on amd64, so results
// agree bit for bit.
package math

// π/4 in three parts whose products with small integers are exact.
const (
	pi4A = 7.85398125648498535156e-1  // 0x3fe921fb40000000
	pi4B = 3.77489470793079817668e-8  // 0x3e64442d00000000
	pi4C = 2.69515142907905952645e-15 // 0x3ce8469898cc5170
)

// Coefficients of sin(z) = z + z³·S(z²) and cos(z) = 1 - z²/2 + z⁴·C(z²).
var sinCoef = [...]float64{
	1.58962301576546568060e-10, // 0x3de5d8fd1fd19ccd
	-2.50507477628578072866e-8, // 0xbe5ae5e5a9291f5d
	2.75573136213857245213e-6,  // 0x3ec71de3567d48a1
	-1.98412698295895385996e-4, // 0xbf2a01a019bfdf03
	8.33333333332211858878e-3,  // 0x3f8111111110f7d0
	-1.66666666666666307295e-1, // 0xbfc5555555555548
}

var cosCoef = [...]float64{
	-1.13585365213876817300e-11, // 0xbda8fa49a0861a9b
	2.08757008419747316778e-9,   // 0x3e21ee9d7b4e3f05
	-2.75573141792967388112e-7,  // 0xbe927e4f7eac4bc6
	2.48015872888517045348e-5,   // 0x3efa01a019c844f5
	-1.38888888888730564116e-3,  // 0xbf56c16c16c14f91
	4.16666666666665929218e-2,   // 0x3fa555555555554b
}

// sinPoly and cosPoly evaluate the two series at z (zz = z*z).
func sinPoly(z, zz float64) float64 {
	s := &sinCoef
	return z + z*zz*((((((s[0]*zz)+s[1])*zz+s[2])*zz+s[3])*zz+s[4])*zz+s[5])
}

func cosPoly(zz float64) float64 {
	c := &cosCoef
	return 1.0 - 0.5*zz + zz*zz*((((((c[0]*zz)+c[1])*zz+c[2])*zz+c[3])*zz+c[4])*zz+c[5])
}

// octant reduces x >= 0 to z = x - j·π/4 with j even (odd octants are
// moved to the next one), returning j mod 8 when mod8 is set.
func octant(x float64, mod8 bool) (j uint64, z float64) {
	if x >= reduceThreshold {
		return trigReduce(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	if mod8 {
		j &= 7
	}
	return j, ((x - y*pi4A) - y*pi4B) - y*pi4C
}

// Sin returns the sine of the radian argument x. Sin(±0) = ±0,
// Sin(±Inf) = NaN, Sin(NaN) = NaN.
func Sin(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	j, z := octant(x, true)
	if j > 3 {
		neg = !neg
		j -= 4
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(zz)
	} else {
		y = sinPoly(z, zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Cos returns the cosine of the radian argument x. Cos(±Inf) = NaN,
// Cos(NaN) = NaN.
func Cos(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	x = Abs(x)
	neg := false
	j, z := octant(x, true)
	if j > 3 {
		j -= 4
		neg = !neg
	}
	if j > 1 {
		neg = !neg
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z, zz)
	} else {
		y = cosPoly(zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) {
	if x == 0 {
		return x, 1
	}
	if IsNaN(x) || IsInf(x, 0) {
		return NaN(), NaN()
	}
	sinNeg, cosNeg := false, false
	if x < 0 {
		x = -x
		sinNeg = true
	}
	j, z := octant(x, true)
	if j > 3 {
		j -= 4
		sinNeg, cosNeg = !sinNeg, !cosNeg
	}
	if j > 1 {
		cosNeg = !cosNeg
	}
	zz := z * z
	cos = cosPoly(zz)
	sin = sinPoly(z, zz)
	if j == 1 || j == 2 {
		sin, cos = cos, sin
	}
	if cosNeg {
		cos = -cos
	}
	if sinNeg {
		sin = -sin
	}
	return
}

// Coefficients of tan(z) = z + z³·P(z²)/Q(z²) (Q's leading 1 implicit).
var tanP = [...]float64{
	-1.30936939181383777646e4, // 0xc0c992d8d24f3f38
	1.15351664838587416140e6,  // 0x413199eca5fc9ddd
	-1.79565251976484877988e7, // 0xc1711fead3299176
}

var tanQ = [...]float64{
	1.36812963470692954678e4,  // 0x40cab8a5eeb36572
	-1.32089234440210967447e6, // 0xc13427bc582abc96
	2.50083801823357915839e7,  // 0x4177d98fc2ead8ef
	-5.38695755929454629881e7, // 0xc189afe03cbe5a31
}

// Tan returns the tangent of the radian argument x. Tan(±0) = ±0,
// Tan(±Inf) = NaN, Tan(NaN) = NaN.
func Tan(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	j, z := octant(x, false)
	zz := z * z
	y := z
	if zz > 1e-14 {
		p, q := &tanP, &tanQ
		y = z + z*(zz*(((p[0]*zz)+p[1])*zz+p[2])/((((zz+q[0])*zz+q[1])*zz+q[2])*zz+q[3]))
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if neg {
		y = -y
	}
	return y
}

// reduceThreshold is where Cody-Waite reduction stops being accurate.
const reduceThreshold = 1 << 29

// trigReduce returns j and z with x = (j + z/(π/4))·π/4 modulo 2π, j in
// [0, 8) even, for x >= reduceThreshold (Payne-Hanek): x's 53-bit
// significand times the 192 bits of 4/π that matter at x's exponent gives
// the octant in the top 3 bits and the fraction below.
func trigReduce(x float64) (j uint64, z float64) {
	const pi4 = Pi / 4
	if x < pi4 {
		return 0, x
	}
	ix := Float64bits(x)
	exp := int(ix>>fracBits&expMask) - expBias - fracBits
	ix = ix&fracMask | 1<<fracBits
	// Bits of 4/π from 2**-(exp+61) on: the integer bits of x·4/π above
	// 2**3 are multiples of 8 and drop out.
	word, shift := uint(exp+61)/64, uint(exp+61)%64
	w0 := fourOverPi[word]<<shift | fourOverPi[word+1]>>(64-shift)
	w1 := fourOverPi[word+1]<<shift | fourOverPi[word+2]>>(64-shift)
	w2 := fourOverPi[word+2]<<shift | fourOverPi[word+3]>>(64-shift)
	// (hi, lo) = top 128 bits of ix × (w0, w1, w2).
	w2hi, _ := mul64(w2, ix)
	w1hi, w1lo := mul64(w1, ix)
	lo := w1lo + w2hi
	carry := uint64(0)
	if lo < w1lo {
		carry = 1
	}
	hi := w0*ix + w1hi + carry
	j = hi >> 61
	// The fraction below the octant bits, as a float64 in [0, 1).
	hi = hi<<3 | lo>>61
	lz := uint(nlz64(hi))
	e := uint64(expBias - (lz + 1))
	hi = hi<<(lz+1) | lo>>(64-(lz+1))
	hi >>= 64 - fracBits
	hi |= e << fracBits
	z = Float64frombits(hi)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * pi4
}

// fourOverPi holds the binary expansion of 4/π: the integer part, then
// 64 fraction bits a word (computed with bc: scale=450; 4/(4*a(1)) in
// base 16).
var fourOverPi = [...]uint64{
	0x0000000000000001,
	0x45f306dc9c882a53,
	0xf84eafa3ea69bb81,
	0xb6c52b3278872083,
	0xfca2c757bd778ac3,
	0x6e48dc74849ba5c0,
	0x0c925dd413a32439,
	0xfc3bd63962534e7d,
	0xd1046bea5d768909,
	0xd338e04d68befc82,
	0x7323ac7306a673e9,
	0x3908bf177bf25076,
	0x3ff12fffbc0b301f,
	0xde5e2316b414da3e,
	0xda6cfd9e4f96136e,
	0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6,
	0x7a0e73ef14a525d4,
	0xd7f6bf623f1aba10,
	0xac06608df8f6d757,
}
