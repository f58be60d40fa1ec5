// Package strconv converts between strings and basic types, with the API
// and output of Go's strconv. This file formats integers (FormatInt,
// FormatUint, Itoa, AppendInt, AppendUint) and booleans.
package strconv

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// appendBits appends the digits of u in base, after a '-' if neg.
func appendBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [65]byte // 64 binary digits and a sign
	i := len(a)
	b := uint64(base)
	for u >= b {
		i--
		a[i] = digits[u%b]
		u /= b
	}
	i--
	a[i] = digits[u]
	if neg {
		i--
		a[i] = '-'
	}
	return append(dst, a[i:]...)
}

// FormatUint returns the representation of i in base 2 <= base <= 36,
// with lower-case letters for digits >= 10.
func FormatUint(i uint64, base int) string { return string(appendBits(nil, i, base, false)) }

// FormatInt returns the representation of i in base 2 <= base <= 36.
func FormatInt(i int64, base int) string {
	if i < 0 {
		return string(appendBits(nil, -uint64(i), base, true))
	}
	return string(appendBits(nil, uint64(i), base, false))
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends the representation of i to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if i < 0 {
		return appendBits(dst, -uint64(i), base, true)
	}
	return appendBits(dst, uint64(i), base, false)
}

// AppendUint appends the representation of i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte { return appendBits(dst, i, base, false) }

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }
