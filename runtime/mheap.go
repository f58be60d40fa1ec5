// The page heap: 64 MiB arenas reserved from 0xc000000000 upwards (as
// gc's heap addresses), cut into 8 KiB pages, handed out as spans (runs of
// pages). Every arena has a page-to-span map, so spanOf finds the span of
// any interior pointer. Freed spans go to a free list and are reused,
// zeroed on reuse. There is no garbage collector yet: objects stay
// allocated.

package runtime

import "unsafe"

const (
	heapArenaBytes = 64 << 20
	pagesPerArena  = heapArenaBytes / _PageSize
	// Arenas are indexed by address >> 26 over the 48-bit address space.
	arenaBits      = 48 - 26
	arenaHintStart = 0x00c000000000
)

// Span states.
const (
	mSpanDead   = 0
	mSpanInUse  = 1
	mSpanManual = 2 // stacks
	mSpanFree   = 3
)

// An mspan is a run of pages: either objects of one size class, one large
// object, or a stack.
type mspan struct {
	next       *mspan
	startAddr  uintptr
	npages     uintptr
	freeindex  uintptr // next object to hand out (objects are not freed yet)
	nelems     uintptr
	elemsize   uintptr
	limit      uintptr // end of the last object
	allocCount uint32
	spanclass  uint8
	state      uint8
	needzero   bool // memory was used before: zero it before use
}

func (s *mspan) base() uintptr { return s.startAddr }

// heapArena is one arena's metadata.
type heapArena struct {
	spans [pagesPerArena]*mspan
}

type mheap struct {
	arenas *[1 << arenaBits]*heapArena
	// [curArena.base, curArena.end) is reserved and not yet handed out.
	curBase  uintptr
	curEnd   uintptr
	hint     uintptr
	free     *mspan // freed spans, first fit
	spanfree *mspan // recycled mspan structures
}

var mheap_ mheap

func (h *mheap) init() {
	h.arenas = (*[1 << arenaBits]*heapArena)(persistentalloc(unsafe.Sizeof(*h.arenas), 4096))
	h.hint = arenaHintStart
}

// arenaIndex is the index of p's arena in h.arenas.
func arenaIndex(p uintptr) uintptr {
	return p / heapArenaBytes
}

// spanOf returns the span holding p, or nil if p is not heap memory.
func spanOf(p uintptr) *mspan {
	ai := arenaIndex(p)
	if ai >= 1<<arenaBits {
		return nil
	}
	ha := mheap_.arenas[ai]
	if ha == nil {
		return nil
	}
	s := ha.spans[(p/_PageSize)%pagesPerArena]
	if s == nil || p < s.startAddr || p >= s.startAddr+s.npages*_PageSize || s.state == mSpanFree {
		return nil
	}
	return s
}

// grow reserves at least npages more pages from the OS, contiguous with
// the current arena when the kernel agrees.
func (h *mheap) grow(npages uintptr) bool {
	n := alignUp(npages*_PageSize, heapArenaBytes)
	for tries := 0; tries < 64; tries++ {
		v := sysAllocAt(unsafe.Pointer(h.hint), n)
		if v == nil {
			return false
		}
		if uintptr(v) != h.hint {
			// Somebody else lives there; try further up.
			sysFree(v, n)
			h.hint += n
			continue
		}
		base := h.hint
		h.hint += n
		for a := base; a < base+n; a += heapArenaBytes {
			if h.arenas[arenaIndex(a)] == nil {
				h.arenas[arenaIndex(a)] = (*heapArena)(persistentalloc(unsafe.Sizeof(heapArena{}), 8))
			}
		}
		memstats.heap_sys += uint64(n)
		if base == h.curEnd {
			h.curEnd += n
		} else {
			// Leftover of the old region becomes a free span.
			if h.curEnd > h.curBase {
				s := h.newSpan(h.curBase, (h.curEnd-h.curBase)/_PageSize)
				h.freeSpan(s)
			}
			h.curBase = base
			h.curEnd = base + n
		}
		return true
	}
	return false
}

// newSpan returns an mspan structure for [base, base+npages pages).
func (h *mheap) newSpan(base, npages uintptr) *mspan {
	s := h.spanfree
	if s != nil {
		h.spanfree = s.next
		*s = mspan{}
	} else {
		s = (*mspan)(persistentalloc(unsafe.Sizeof(mspan{}), 8))
	}
	s.startAddr = base
	s.npages = npages
	return s
}

// setSpans points the page map of s's pages at s.
func (h *mheap) setSpans(s *mspan) {
	for i := uintptr(0); i < s.npages; i++ {
		p := s.startAddr + i*_PageSize
		h.arenas[arenaIndex(p)].spans[(p/_PageSize)%pagesPerArena] = s
	}
}

// allocSpan returns a span of npages pages in state, zeroed if needzero.
func (h *mheap) allocSpan(npages uintptr, state uint8) *mspan {
	// First fit from the free list.
	prev := (*mspan)(nil)
	for s := h.free; s != nil; s = s.next {
		if s.npages >= npages {
			if prev == nil {
				h.free = s.next
			} else {
				prev.next = s.next
			}
			if s.npages > npages {
				rest := h.newSpan(s.startAddr+npages*_PageSize, s.npages-npages)
				rest.needzero = s.needzero
				h.freeSpan(rest)
				s.npages = npages
			}
			s.next = nil
			s.state = state
			h.setSpans(s)
			return s
		}
		prev = s
	}
	if h.curEnd-h.curBase < npages*_PageSize {
		if !h.grow(npages) {
			return nil
		}
	}
	s := h.newSpan(h.curBase, npages)
	h.curBase += npages * _PageSize
	s.state = state
	h.setSpans(s)
	return s
}

// freeSpan puts s on the free list; its memory must be zeroed before reuse.
func (h *mheap) freeSpan(s *mspan) {
	if s.state != mSpanDead && s.state != mSpanFree {
		s.needzero = true
	}
	s.state = mSpanFree
	h.setSpans(s)
	s.next = h.free
	h.free = s
}
