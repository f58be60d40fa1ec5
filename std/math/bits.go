// IEEE 754 bit views of floats (Float64bits, Float64frombits and the
// float32 pair) and the float64 layout constants the other files use:
// 1 sign bit, 11 exponent bits (bias 1023), 52 fraction bits.
//
// The four views are assembly (bits_amd64.s), plain moves between the
// argument and result slots: the unsafe.Pointer(&f) form would make our
// compiler heap-allocate f on every call (it has no escape analysis yet).
package math

const (
	expMask  = 0x7FF
	fracBits = 52
	expBias  = 1023
	signMask = 1 << 63
	fracMask = 1<<fracBits - 1
	uvNaN    = 0x7FF8000000000001 // the NaN that NaN() returns, as gc's
	uvInf    = 0x7FF0000000000000
)

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64

// Float64frombits returns the float64 whose representation is b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the float32 whose representation is b.
func Float32frombits(b uint32) float32
