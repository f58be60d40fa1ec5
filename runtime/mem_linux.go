// Memory from the operating system: anonymous private mappings, handed
// out zeroed by the kernel and touched lazily.

package runtime

import "unsafe"

const (
	_PROT_NONE  = 0x0
	_PROT_READ  = 0x1
	_PROT_WRITE = 0x2

	_MAP_PRIVATE   = 0x2
	_MAP_FIXED     = 0x10
	_MAP_ANON      = 0x20
	_MAP_NORESERVE = 0x4000

	_MADV_DONTNEED = 0x4

	_EINTR  = 4
	_EAGAIN = 11
	_ENOMEM = 12
)

// sysAlloc returns n bytes of zeroed memory anywhere, or nil.
func sysAlloc(n uintptr) unsafe.Pointer {
	p, err := mmap(nil, n, _PROT_READ|_PROT_WRITE, _MAP_ANON|_MAP_PRIVATE, -1, 0)
	if err != 0 {
		return nil
	}
	return p
}

// sysAllocAt returns n bytes of zeroed memory at v if the kernel agrees,
// anywhere else otherwise (the caller checks), or nil.
func sysAllocAt(v unsafe.Pointer, n uintptr) unsafe.Pointer {
	p, err := mmap(v, n, _PROT_READ|_PROT_WRITE, _MAP_ANON|_MAP_PRIVATE|_MAP_NORESERVE, -1, 0)
	if err != 0 {
		return nil
	}
	return p
}

// sysFree returns [v, v+n) to the operating system.
func sysFree(v unsafe.Pointer, n uintptr) {
	munmap(v, n)
}

// sysUnused tells the kernel the pages' contents are not needed: they read
// as zero when touched again.
func sysUnused(v unsafe.Pointer, n uintptr) {
	madvise(v, n, _MADV_DONTNEED)
}

// persistentChunk is the unit persistentalloc takes from the OS.
const persistentChunkSize = 256 << 10

var persistent struct {
	base unsafe.Pointer
	off  uintptr
}

// persistentalloc returns zeroed memory that is never freed, for the
// allocator's own metadata (spans, arena maps).
func persistentalloc(size, align uintptr) unsafe.Pointer {
	if align == 0 {
		align = 8
	}
	if size >= persistentChunkSize/4 {
		p := sysAlloc(size)
		if p == nil {
			throw("runtime: cannot allocate memory")
		}
		memstats.other_sys += uint64(size)
		return p
	}
	persistent.off = alignUp(persistent.off, align)
	if persistent.base == nil || persistent.off+size > persistentChunkSize {
		persistent.base = sysAlloc(persistentChunkSize)
		if persistent.base == nil {
			throw("runtime: cannot allocate memory")
		}
		memstats.other_sys += persistentChunkSize
		persistent.off = 0
	}
	p := add(persistent.base, persistent.off)
	persistent.off += size
	return p
}
