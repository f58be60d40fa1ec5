// Strings: the helpers the compiler calls for concatenation, conversions
// between strings, byte slices and rune slices, string(rune), comparison,
// and range over a string (decoderune). A buf argument, when not nil, is a
// 32-byte stack buffer the compiler provides for results that do not
// escape.

package runtime

import "unsafe"

// tmpStringBufSize is the size of the compiler's stack buffers.
const tmpStringBufSize = 32

type tmpBuf [tmpStringBufSize]byte

// stringStruct is a string's header.
type stringStruct struct {
	str unsafe.Pointer
	len int
}

// concatstrings returns the concatenation of a. A single non-empty operand
// is returned as is when the result may escape (buf == nil).
func concatstrings(buf *tmpBuf, a []string) string {
	l := 0
	count := 0
	idx := 0
	for i := 0; i < len(a); i++ {
		n := len(a[i])
		if n == 0 {
			continue
		}
		if l+n < l {
			throw("string concatenation too long")
		}
		l += n
		count++
		idx = i
	}
	if count == 0 {
		return ""
	}
	if count == 1 && (buf != nil || !stringDataOnStack(a[idx])) {
		return a[idx]
	}
	s, b := rawstringtmp(buf, l)
	off := 0
	for i := 0; i < len(a); i++ {
		off += copy(b[off:], a[i])
	}
	return s
}

// concatstring2 to concatstring5 concatenate 2 to 5 strings (the
// compiler's forms for short + chains).
func concatstring2(buf *tmpBuf, a0, a1 string) string {
	return concat5(buf, a0, a1, "", "", "")
}

func concatstring3(buf *tmpBuf, a0, a1, a2 string) string {
	return concat5(buf, a0, a1, a2, "", "")
}

func concatstring4(buf *tmpBuf, a0, a1, a2, a3 string) string {
	return concat5(buf, a0, a1, a2, a3, "")
}

func concatstring5(buf *tmpBuf, a0, a1, a2, a3, a4 string) string {
	return concat5(buf, a0, a1, a2, a3, a4)
}

// concat5 is concatstrings for up to five operands (empty ones count for
// nothing), without an array of them.
func concat5(buf *tmpBuf, a0, a1, a2, a3, a4 string) string {
	l := len(a0) + len(a1) + len(a2) + len(a3) + len(a4)
	if l < 0 {
		throw("string concatenation too long")
	}
	if l == 0 {
		return ""
	}
	count := 0
	only := ""
	if len(a0) > 0 {
		count++
		only = a0
	}
	if len(a1) > 0 {
		count++
		only = a1
	}
	if len(a2) > 0 {
		count++
		only = a2
	}
	if len(a3) > 0 {
		count++
		only = a3
	}
	if len(a4) > 0 {
		count++
		only = a4
	}
	if count == 1 && (buf != nil || !stringDataOnStack(only)) {
		return only
	}
	s, b := rawstringtmp(buf, l)
	off := copy(b, a0)
	off += copy(b[off:], a1)
	off += copy(b[off:], a2)
	off += copy(b[off:], a3)
	copy(b[off:], a4)
	return s
}

// stringDataOnStack reports whether s's bytes are on the current stack.
func stringDataOnStack(s string) bool {
	ptr := uintptr(stringDataPtr(s))
	stk := getg().stack
	return stk.lo <= ptr && ptr < stk.hi
}

// rawstringtmp returns a string of length l and the bytes to fill it,
// in buf when it fits.
func rawstringtmp(buf *tmpBuf, l int) (string, []byte) {
	if buf != nil && l <= len(buf) {
		b := buf[:l]
		return makeStringNoCopy(unsafe.Pointer(buf), l), b
	}
	return rawstring(l)
}

// rawstring allocates a string of size bytes and returns it with its
// bytes, which the caller fills before the string is used.
func rawstring(size int) (string, []byte) {
	p := mallocgc(uintptr(size), nil, false)
	return makeStringNoCopy(p, size), bytesAt(p, size)
}

// rawbyteslice allocates a byte slice of length size (capacity rounded up
// to the size class).
func rawbyteslice(size int) []byte {
	c := roundupsize(uintptr(size))
	p := mallocgc(c, nil, false)
	if c != uintptr(size) {
		memclrNoHeapPointers(add(p, uintptr(size)), c-uintptr(size))
	}
	return bytesAt(p, int(c))[:size]
}

// rawruneslice allocates a rune slice of length size.
func rawruneslice(size int) []rune {
	if uintptr(size) > maxAlloc/4 {
		throw("out of memory")
	}
	mem := roundupsize(uintptr(size) * 4)
	p := mallocgc(mem, nil, false)
	if mem != uintptr(size)*4 {
		memclrNoHeapPointers(add(p, uintptr(size)*4), mem-uintptr(size)*4)
	}
	return (*[1 << 38]rune)(p)[: size : mem/4]
}

// slicebytetostring converts the n bytes at ptr to a string (string(b)).
func slicebytetostring(buf *tmpBuf, ptr *byte, n int) string {
	if n == 0 {
		return ""
	}
	if n == 1 {
		// One-byte strings share a static table.
		p := unsafe.Pointer(&staticuint64s[*ptr])
		return slicebytetostringtmp((*byte)(p), 1)
	}
	p := unsafe.Pointer(nil)
	if buf != nil && n <= len(buf) {
		p = unsafe.Pointer(buf)
	} else {
		p = mallocgc(uintptr(n), nil, false)
	}
	memmove(p, unsafe.Pointer(ptr), uintptr(n))
	return slicebytetostringtmp((*byte)(p), n)
}

// slicebytetostringtmp makes a string that shares the n bytes at ptr.
func slicebytetostringtmp(ptr *byte, n int) string {
	return makeStringNoCopy(unsafe.Pointer(ptr), n)
}

// stringtoslicebyte converts s to a new byte slice ([]byte(s)).
func stringtoslicebyte(buf *tmpBuf, s string) []byte {
	var b []byte
	if buf != nil && len(s) <= len(buf) {
		*buf = tmpBuf{}
		b = buf[:len(s)]
	} else {
		b = rawbyteslice(len(s))
	}
	copy(b, s)
	return b
}

// stringtoslicerune converts s to a rune slice ([]rune(s)).
func stringtoslicerune(buf *[tmpStringBufSize]rune, s string) []rune {
	n := 0
	for i := 0; i < len(s); {
		_, k := decoderune(s, i)
		i = k
		n++
	}
	var a []rune
	if buf != nil && n <= len(buf) {
		*buf = [tmpStringBufSize]rune{}
		a = buf[:n]
	} else {
		a = rawruneslice(n)
	}
	n = 0
	for i := 0; i < len(s); {
		r, k := decoderune(s, i)
		a[n] = r
		n++
		i = k
	}
	return a
}

// slicerunetostring converts a rune slice to a string (string(r)).
func slicerunetostring(buf *tmpBuf, a []rune) string {
	size := 0
	for i := 0; i < len(a); i++ {
		size += runeLen(a[i])
	}
	s, b := rawstringtmp(buf, size+3)
	n := 0
	for i := 0; i < len(a); i++ {
		if n >= size {
			break
		}
		n += encoderune(b[n:], a[i])
	}
	return s[:n]
}

// intstring converts a code point to a string (string(rune(v))).
func intstring(buf *[4]byte, v int64) string {
	var s string
	var b []byte
	if buf != nil {
		b = buf[:]
		s = makeStringNoCopy(unsafe.Pointer(buf), len(b))
	} else {
		s, b = rawstring(4)
	}
	if int64(rune(v)) != v {
		v = runeError
	}
	n := encoderune(b, rune(v))
	return s[:n]
}

// cmpstring compares a and b bytewise: -1, 0 or +1.
func cmpstring(a, b string) int {
	l := len(a)
	if len(b) < l {
		l = len(b)
	}
	for i := 0; i < l; i++ {
		c1, c2 := a[i], b[i]
		if c1 < c2 {
			return -1
		}
		if c1 > c2 {
			return +1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return +1
	}
	return 0
}

// countrunes returns the number of runes in s (len([]rune(s))).
func countrunes(s string) int {
	n := 0
	for i := 0; i < len(s); {
		_, k := decoderune(s, i)
		i = k
		n++
	}
	return n
}

// findnull returns the length of the NUL-terminated string at s.
func findnull(s *byte) int {
	if s == nil {
		return 0
	}
	p := unsafe.Pointer(s)
	n := 0
	for *(*byte)(add(p, uintptr(n))) != 0 {
		n++
	}
	return n
}

// gostringnocopy makes a string of the NUL-terminated bytes at str.
func gostringnocopy(str *byte) string {
	return slicebytetostringtmp(str, findnull(str))
}

// gostring copies the NUL-terminated bytes at p into a new string.
func gostring(p *byte) string {
	l := findnull(p)
	if l == 0 {
		return ""
	}
	s, b := rawstring(l)
	memmove(unsafe.Pointer(&b[0]), unsafe.Pointer(p), uintptr(l))
	return s
}

// hasPrefix reports whether s starts with prefix.
func hasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// atoi parses a non-negative decimal number; ok is false for anything else
// or on overflow.
func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if n > (1<<62)/10 {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// staticuint64s holds the values 0..255, for one-byte strings and small
// integer conversions that need no allocation.
var staticuint64s = [256]uint64{
	0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
	0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
	0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f,
	0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f,
	0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e, 0x4f,
	0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
	0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
	0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f,
	0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f,
	0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f,
	0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
	0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf,
	0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf,
	0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf,
	0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef,
	0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff,
}
