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

// Hashing for maps. The hash functions have gc's names and the signature
// func(p unsafe.Pointer, seed uintptr) uintptr of a map type's hasher;
// memhash, memhash32, memhash64 and strhash are in alg_amd64.s (a
// multiply-and-fold mix of 64-bit words, keyed by hashkey). gc's rules:
// +0 and -0 hash alike, a NaN hashes randomly (so NaN keys never collide
// into a lookup), an interface hashes its dynamic value by its type and
// panics for types without ==.

// hashkey is the per-process key of the hash functions, from the kernel's
// AT_RANDOM bytes (fastrand's seed); set by alginit on the first makemap.
var hashkey [2]uintptr

func alginit() {
	hashkey[0] = uintptr(fastrand())<<32 | uintptr(fastrand()) | 1
	hashkey[1] = uintptr(fastrand())<<32 | uintptr(fastrand()) | 1
}

// Constants of the float and interface hashes (odd, from the golden ratio
// and splitmix64).
const (
	hashC0 = uintptr(0x9e3779b97f4a7c15)
	hashC1 = uintptr(0xbf58476d1ce4e5b9)
)

func memhash(p unsafe.Pointer, seed, s uintptr) uintptr
func memhash32(p unsafe.Pointer, seed uintptr) uintptr
func memhash64(p unsafe.Pointer, seed uintptr) uintptr
func strhash(p unsafe.Pointer, seed uintptr) uintptr

// memhash_varlen hashes as many bytes as the word after its func value's
// code pointer says (the closure context in DX): the compiler's hasher
// for plain-memory keys of other sizes (type..hashfunc<N>).
func memhash_varlen(p unsafe.Pointer, seed uintptr) uintptr

// typehash_closure hashes by the type descriptor in the word after its
// func value's code pointer: the compiler's hasher for keys that are not
// plain memory (structs and arrays with strings, floats or interfaces;
// type..hashfunc.T).
func typehash_closure(p unsafe.Pointer, seed uintptr) uintptr

// callHasher calls the hasher func value fn (a *funcval) on p and seed.
func callHasher(fn unsafe.Pointer, p unsafe.Pointer, seed uintptr) uintptr

func memhash0(p unsafe.Pointer, seed uintptr) uintptr {
	return seed
}

func memhash8(p unsafe.Pointer, seed uintptr) uintptr {
	return memhash(p, seed, 1)
}

func memhash16(p unsafe.Pointer, seed uintptr) uintptr {
	return memhash(p, seed, 2)
}

func memhash128(p unsafe.Pointer, seed uintptr) uintptr {
	return memhash(p, seed, 16)
}

func f32hash(p unsafe.Pointer, seed uintptr) uintptr {
	f := *(*float32)(p)
	if f == 0 {
		return hashC1 * (hashC0 ^ seed) // +0, -0
	}
	if f != f {
		return hashC1 * (hashC0 ^ seed ^ uintptr(fastrand())) // NaN
	}
	return memhash32(p, seed)
}

func f64hash(p unsafe.Pointer, seed uintptr) uintptr {
	f := *(*float64)(p)
	if f == 0 {
		return hashC1 * (hashC0 ^ seed)
	}
	if f != f {
		return hashC1 * (hashC0 ^ seed ^ uintptr(fastrand()))
	}
	return memhash64(p, seed)
}

func c64hash(p unsafe.Pointer, seed uintptr) uintptr {
	return f32hash(add(p, 4), f32hash(p, seed))
}

func c128hash(p unsafe.Pointer, seed uintptr) uintptr {
	return f64hash(add(p, 8), f64hash(p, seed))
}

// interhash and nilinterhash hash an interface value by its dynamic type
// and value.
func interhash(p unsafe.Pointer, seed uintptr) uintptr {
	a := (*iface)(p)
	if a.tab == nil {
		return seed
	}
	return ifaceValueHash(a.tab._type, add(p, 8), seed)
}

func nilinterhash(p unsafe.Pointer, seed uintptr) uintptr {
	a := (*eface)(p)
	if a._type == nil {
		return seed
	}
	return ifaceValueHash(a._type, add(p, 8), seed)
}

// ifaceValueHash hashes the value of type t held in the data word at
// word.
func ifaceValueHash(t *_type, word unsafe.Pointer, seed uintptr) uintptr {
	if t.equal == nil && t.tflag&tflagRegularMemory == 0 {
		panicUnhashable(t)
	}
	if t.kind&kindDirectIface != 0 {
		return hashC1 * typehash(t, word, seed^hashC0)
	}
	return hashC1 * typehash(t, *(*unsafe.Pointer)(word), seed^hashC0)
}

// typehash hashes the value of type t at p as the map hasher of t would.
func typehash(t *_type, p unsafe.Pointer, seed uintptr) uintptr {
	if t.tflag&tflagRegularMemory != 0 {
		switch t.size {
		case 4:
			return memhash32(p, seed)
		case 8:
			return memhash64(p, seed)
		}
		return memhash(p, seed, t.size)
	}
	switch t.kind & kindMask {
	case kindFloat32:
		return f32hash(p, seed)
	case kindFloat64:
		return f64hash(p, seed)
	case kindComplex64:
		return c64hash(p, seed)
	case kindComplex128:
		return c128hash(p, seed)
	case kindString:
		return strhash(p, seed)
	case kindInterface:
		it := (*interfacetype)(unsafe.Pointer(t))
		if len(it.mhdr) == 0 {
			return nilinterhash(p, seed)
		}
		return interhash(p, seed)
	case kindArray:
		a := (*arraytype)(unsafe.Pointer(t))
		for i := uintptr(0); i < a.len; i++ {
			seed = typehash(a.elem, add(p, i*a.elem.size), seed)
		}
		return seed
	case kindStruct:
		s := (*structtype)(unsafe.Pointer(t))
		for i := 0; i < len(s.fields); i++ {
			f := &s.fields[i]
			if f.name.name() == "_" {
				continue
			}
			seed = typehash(f.typ, add(p, f.offsetAnon>>1), seed)
		}
		return seed
	}
	panicUnhashable(t)
	return 0
}
