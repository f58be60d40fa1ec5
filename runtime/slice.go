// Slices: make, append's growth and copy. growslice grows capacities as
// gc's does (double below 256 elements, then by a quarter plus 192, then
// rounded up to the allocator's size class), so cap() agrees with gc.

package runtime

import "unsafe"

// slice is a slice's header.
type slice struct {
	array unsafe.Pointer
	len   int
	cap   int
}

// makeslice allocates the backing array of make([]T, len, cap).
func makeslice(et *_type, len, cap int) unsafe.Pointer {
	mem, overflow := mulUintptr(et.size, uintptr(cap))
	if overflow || mem > maxAlloc || len < 0 || len > cap {
		// Report len before cap, as gc does.
		mem, overflow := mulUintptr(et.size, uintptr(len))
		if overflow || mem > maxAlloc || len < 0 {
			panicmakeslicelen()
		}
		panicmakeslicecap()
	}
	return mallocgc(mem, et, true)
}

// makeslice64 is makeslice for int64 sizes.
func makeslice64(et *_type, len64, cap64 int64) unsafe.Pointer {
	len := int(len64)
	if int64(len) != len64 {
		panicmakeslicelen()
	}
	cap := int(cap64)
	if int64(cap) != cap64 {
		panicmakeslicecap()
	}
	return makeslice(et, len, cap)
}

// makeslicecopy allocates tolen elements and copies fromlen of them from
// "from" (make then copy in one step).
func makeslicecopy(et *_type, tolen int, fromlen int, from unsafe.Pointer) unsafe.Pointer {
	tomem, overflow := mulUintptr(et.size, uintptr(tolen))
	if overflow || tomem > maxAlloc || tolen < 0 {
		panicmakeslicelen()
	}
	copymem := et.size * uintptr(fromlen)
	to := mallocgc(tomem, et, true)
	if copymem > tomem {
		copymem = tomem
	}
	memmove(to, from, copymem)
	return to
}

// growslice returns a slice with old's elements and room for at least cap
// elements (append's slow path). The new length is old's; the compiler
// sets the final length.
func growslice(et *_type, old slice, cap int) slice {
	if cap < old.cap {
		panicError(errGrowSlice)
	}
	if et.size == 0 {
		return slice{unsafe.Pointer(&zerobase), old.len, cap}
	}

	newcap := old.cap
	doublecap := newcap + newcap
	if cap > doublecap {
		newcap = cap
	} else {
		const threshold = 256
		if old.cap < threshold {
			newcap = doublecap
		} else {
			for 0 < newcap && newcap < cap {
				// From 2x for small slices towards 1.25x for large ones.
				newcap += (newcap + 3*threshold) / 4
			}
			if newcap <= 0 {
				newcap = cap
			}
		}
	}

	lenmem, newlenmem, capmem := uintptr(0), uintptr(0), uintptr(0)
	overflow := false
	switch {
	case et.size == 1:
		lenmem = uintptr(old.len)
		newlenmem = uintptr(cap)
		capmem = roundupsize(uintptr(newcap))
		overflow = uintptr(newcap) > maxAlloc
		newcap = int(capmem)
	case et.size&(et.size-1) == 0:
		shift := uintptr(0)
		for s := et.size; s > 1; s >>= 1 {
			shift++
		}
		lenmem = uintptr(old.len) << shift
		newlenmem = uintptr(cap) << shift
		capmem = roundupsize(uintptr(newcap) << shift)
		overflow = uintptr(newcap) > (uintptr(maxAlloc) >> shift)
		newcap = int(capmem >> shift)
	default:
		lenmem = uintptr(old.len) * et.size
		newlenmem = uintptr(cap) * et.size
		capmem, overflow = mulUintptr(et.size, uintptr(newcap))
		capmem = roundupsize(capmem)
		newcap = int(capmem / et.size)
	}
	if overflow || capmem > maxAlloc {
		panicError(errGrowSlice)
	}
	p := mallocgc(capmem, et, true)
	if lenmem > 0 {
		memmove(p, old.array, lenmem)
	}
	_ = newlenmem
	return slice{p, old.len, newcap}
}

// slicecopy copies min(toLen, fromLen) elements of width bytes (copy()).
func slicecopy(toPtr unsafe.Pointer, toLen int, fromPtr unsafe.Pointer, fromLen int, width uintptr) int {
	if fromLen == 0 || toLen == 0 {
		return 0
	}
	n := fromLen
	if toLen < n {
		n = toLen
	}
	if width == 0 {
		return n
	}
	size := uintptr(n) * width
	if size == 1 {
		*(*byte)(toPtr) = *(*byte)(fromPtr)
	} else {
		memmove(toPtr, fromPtr, size)
	}
	return n
}
