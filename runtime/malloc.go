// The allocator: mallocgc serves small objects (up to 32 KiB) from the
// size-class spans cached in the running P's mcache (the fast path is a
// bump of the span's free index), and large objects from spans of their
// own. Memory is always zeroed: fresh pages come zeroed from the kernel and
// reused ones are cleared. Objects are never freed until the garbage
// collector arrives; the counters in memstats show the heap's size.

package runtime

import "unsafe"

const (
	// maxAlloc is the largest allocation: the 48-bit address space.
	maxAlloc = 1 << 47

	// numSpanClasses: one per size class (no noscan split without GC).
	numSpanClasses = _NumSizeClasses
)

// An mcache is a P's private allocation cache: the span it is filling for
// each size class.
type mcache struct {
	alloc [numSpanClasses]*mspan
}

// zerobase is the address of every zero-size allocation.
var zerobase uintptr

// mallocinit sets up the heap and gives the first P its cache (procresize
// gives the others theirs).
func mallocinit() {
	if class_to_size[_NumSizeClasses-1] != _MaxSmallSize {
		throw("mallocinit: bad size class table")
	}
	if _PageSize != 8192 || heapArenaBytes%_PageSize != 0 {
		throw("mallocinit: bad page size")
	}
	mheap_.init()
	// The M's cache until procresize hands out the Ps' (mcache0 becomes
	// P 0's).
	mcache0 = allocmcache()
	getg().m.mcache = mcache0
}

var mcache0 *mcache

// allocmcache returns a new, empty mcache.
func allocmcache() *mcache {
	return (*mcache)(persistentalloc(unsafe.Sizeof(mcache{}), 8))
}

// roundupsize returns the size of the block mallocgc gives for size bytes.
func roundupsize(size uintptr) uintptr {
	if size <= _MaxSmallSize {
		return uintptr(class_to_size[sizeToClass(size)])
	}
	if size+_PageSize < size {
		return size
	}
	return alignUp(size, _PageSize)
}

// sizeToClass returns the size class of a small object.
func sizeToClass(size uintptr) uint8 {
	if size <= smallSizeMax-8 {
		return size_to_class8[(size+smallSizeDiv-1)/smallSizeDiv]
	}
	return size_to_class128[(size-smallSizeMax+largeSizeDiv-1)/largeSizeDiv]
}

// mallocgc allocates an object of size bytes. typ describes it (nil for
// memory without pointers); memory is zeroed whatever needzero says, as
// the heap never hands out used memory without clearing it.
func mallocgc(size uintptr, typ *_type, needzero bool) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	mp := getg().m
	if mp.mallocing != 0 {
		throw("malloc deadlock")
	}
	mp.mallocing = 1
	c := mp.mcache
	if mp.p != nil && mp.p.mcache != nil {
		c = mp.p.mcache
	}
	if c == nil {
		throw("mallocgc: no mcache")
	}
	x := unsafe.Pointer(nil)
	elemsize := uintptr(0)
	if size <= _MaxSmallSize {
		cl := sizeToClass(size)
		s := c.alloc[cl]
		if s == nil || s.freeindex == s.nelems {
			s = refill(c, cl)
		}
		elemsize = s.elemsize
		x = unsafe.Pointer(s.base() + s.freeindex*elemsize)
		s.freeindex++
		s.allocCount++
	} else {
		s := largeAlloc(size)
		elemsize = s.npages * _PageSize
		x = unsafe.Pointer(s.base())
	}
	memstats.heap_alloc += uint64(elemsize)
	memstats.total_alloc += uint64(elemsize)
	memstats.nmalloc++
	mp.mallocing = 0
	return x
}

// refill gives c a fresh span of size class cl.
func refill(c *mcache, cl uint8) *mspan {
	npages := uintptr(class_to_allocnpages[cl])
	s := mheap_.allocSpan(npages, mSpanInUse)
	if s == nil {
		outOfMemory(npages * _PageSize)
	}
	if s.needzero {
		memclrNoHeapPointers(unsafe.Pointer(s.base()), npages*_PageSize)
		s.needzero = false
	}
	s.spanclass = cl
	s.elemsize = uintptr(class_to_size[cl])
	s.nelems = npages * _PageSize / s.elemsize
	s.limit = s.base() + s.nelems*s.elemsize
	s.freeindex = 0
	memstats.heap_inuse += uint64(npages * _PageSize)
	c.alloc[cl] = s
	return s
}

// largeAlloc returns a span of its own for a large object.
func largeAlloc(size uintptr) *mspan {
	if size > maxAlloc {
		outOfMemory(size)
	}
	npages := alignUp(size, _PageSize) / _PageSize
	s := mheap_.allocSpan(npages, mSpanInUse)
	if s == nil {
		outOfMemory(size)
	}
	if s.needzero {
		memclrNoHeapPointers(unsafe.Pointer(s.base()), npages*_PageSize)
		s.needzero = false
	}
	s.spanclass = 0
	s.elemsize = npages * _PageSize
	s.nelems = 1
	s.freeindex = 1
	s.limit = s.base() + size
	memstats.heap_inuse += uint64(npages * _PageSize)
	return s
}

func outOfMemory(size uintptr) {
	print("runtime: out of memory: cannot allocate ", size, "-byte block (", memstats.heap_sys, " in use)\n")
	throw("out of memory")
}

// newobject allocates a zeroed object of type typ (new(T), &T{}, escaping
// variables).
func newobject(typ *_type) unsafe.Pointer {
	return mallocgc(typ.size, typ, true)
}

// newarray allocates a zeroed array of n elements of type typ.
func newarray(typ *_type, n int) unsafe.Pointer {
	if n == 1 {
		return mallocgc(typ.size, typ, true)
	}
	mem, overflow := mulUintptr(typ.size, uintptr(n))
	if overflow || mem > maxAlloc || n < 0 {
		panicmem()
	}
	return mallocgc(mem, typ, true)
}

// mulUintptr returns a*b and whether it overflowed.
func mulUintptr(a, b uintptr) (uintptr, bool) {
	if a|b < 1<<32 || a == 0 {
		return a * b, false
	}
	overflow := b > ^uintptr(0)/a
	return a * b, overflow
}
