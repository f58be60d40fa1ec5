// Equality functions of the compiler's contract (==, type descriptors'
// equal functions): memequal0..128 compare fixed sizes, strequal strings,
// f32equal/f64equal/c64equal/c128equal floats with IEEE semantics.

package runtime

import "unsafe"

func memequal0(p, q unsafe.Pointer) bool {
	return true
}

func memequal8(p, q unsafe.Pointer) bool {
	return *(*int8)(p) == *(*int8)(q)
}

func memequal16(p, q unsafe.Pointer) bool {
	return *(*int16)(p) == *(*int16)(q)
}

func memequal32(p, q unsafe.Pointer) bool {
	return *(*int32)(p) == *(*int32)(q)
}

func memequal64(p, q unsafe.Pointer) bool {
	return *(*int64)(p) == *(*int64)(q)
}

func memequal128(p, q unsafe.Pointer) bool {
	return *(*[2]int64)(p) == *(*[2]int64)(q)
}

func f32equal(p, q unsafe.Pointer) bool {
	return *(*float32)(p) == *(*float32)(q)
}

func f64equal(p, q unsafe.Pointer) bool {
	return *(*float64)(p) == *(*float64)(q)
}

func strequal(p, q unsafe.Pointer) bool {
	return *(*string)(p) == *(*string)(q)
}

func c64equal(p, q unsafe.Pointer) bool {
	a := (*[2]float32)(p)
	b := (*[2]float32)(q)
	return a[0] == b[0] && a[1] == b[1]
}

func c128equal(p, q unsafe.Pointer) bool {
	a := (*[2]float64)(p)
	b := (*[2]float64)(q)
	return a[0] == b[0] && a[1] == b[1]
}

// interequal and nilinterequal compare interface values held at p and q
// (the equal functions of interface types).
func interequal(p, q unsafe.Pointer) bool {
	x := (*iface)(p)
	y := (*iface)(q)
	return x.tab == y.tab && ifaceeq(x.tab, x.data, y.data)
}

func nilinterequal(p, q unsafe.Pointer) bool {
	x := (*eface)(p)
	y := (*eface)(q)
	return x._type == y._type && efaceeq(x._type, x.data, y.data)
}

// memclrHasPointers zeroes memory that may hold pointers (no write
// barriers yet: the same as memclrNoHeapPointers).
func memclrHasPointers(ptr unsafe.Pointer, n uintptr) {
	memclrNoHeapPointers(ptr, n)
}

// typedmemmove copies a value of type typ.
func typedmemmove(typ *_type, dst, src unsafe.Pointer) {
	if dst == src || typ.size == 0 {
		return
	}
	memmove(dst, src, typ.size)
}

// typedmemclr zeroes a value of type typ.
func typedmemclr(typ *_type, ptr unsafe.Pointer) {
	memclrNoHeapPointers(ptr, typ.size)
}

// typedslicecopy copies elements of type typ (copy() of pointerful slices).
func typedslicecopy(typ *_type, dstPtr unsafe.Pointer, dstLen int, srcPtr unsafe.Pointer, srcLen int) int {
	return slicecopy(dstPtr, dstLen, srcPtr, srcLen, typ.size)
}

// fastrand returns a pseudo-random number (xorshift, seeded from AT_RANDOM).
func fastrand() uint32 {
	if fastrandState == 0 {
		fastrandState = 0x9e3779b97f4a7c15
		for i := 0; i < len(startupRandomData); i++ {
			fastrandState = fastrandState*31 + uint64(startupRandomData[i])
		}
		if fastrandState == 0 {
			fastrandState = 1
		}
	}
	x := fastrandState
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	fastrandState = x
	return uint32(x >> 32)
}

var fastrandState uint64
