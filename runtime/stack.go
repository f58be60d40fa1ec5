// Goroutine stacks. A goroutine starts with 8 KiB; when a prologue finds
// its frame does not fit, morestack (asm_amd64.s) calls newstack on g0,
// which copies the stack to one twice the size and resumes the function.
// Stacks up to 32 KiB come from per-size free lists carved out of heap
// spans; larger ones are mapped and unmapped directly.
//
// Copying adjusts every word of the used stack that points into the old
// stack: that covers the frame-pointer chain and the runtime's own
// pointers into the stack, and is a superset of what the compiler can
// leave there (address-taken variables live on the heap). A word that only
// looks like such a pointer is adjusted too; it would have to hold a value
// inside this goroutine's old stack to be affected.

package runtime

import "unsafe"

const (
	// _StackMin is a new goroutine's stack size.
	_StackMin   = 8192
	_FixedStack = _StackMin

	// Prologue constants, as the assembler and compiler use them.
	_StackSmall = 128
	_StackBig   = 4096
	_StackGuard = 928
	_StackLimit = _StackGuard - _StackSmall

	// stackPreempt in stackguard0 asks the goroutine to stop at its next
	// prologue (not used until there are several goroutines to switch).
	stackPreempt = uintptr(0xfffffffffffffade)

	// Stacks up to stackPoolMax come from the free lists, one per
	// power-of-two size from _FixedStack.
	stackPoolMax      = 32 << 10
	_NumStackOrders   = 3
	stackPoolSpanSize = 32 << 10
)

// maxstacksize is the limit on a goroutine's stack; runtime.main raises
// it to gc's 1e9 bytes. maxstackceiling bounds it.
var (
	maxstacksize    uintptr = 1 << 20
	maxstackceiling uintptr = maxstacksize
)

// A stackfreenode links free stacks of one size.
type stackfreenode struct {
	next *stackfreenode
}

var stackpool [_NumStackOrders]*stackfreenode

func stackinit() {
	if _FixedStack<<(_NumStackOrders-1) != stackPoolMax {
		throw("stackinit: bad stack orders")
	}
}

// stackOrder returns the free-list index of a pooled stack size.
func stackOrder(n uintptr) int {
	order := 0
	for s := uintptr(_FixedStack); s < n; s <<= 1 {
		order++
	}
	return order
}

// stackalloc returns a stack of n bytes, n a power of two.
func stackalloc(n uint32) stack {
	if n < _FixedStack || n&(n-1) != 0 {
		throw("stackalloc: bad size")
	}
	v := uintptr(0)
	size := uintptr(n)
	if size <= stackPoolMax {
		order := stackOrder(size)
		if stackpool[order] == nil {
			s := mheap_.allocSpan(stackPoolSpanSize/_PageSize, mSpanManual)
			if s == nil {
				throw("out of memory (stackalloc)")
			}
			memstats.stacks_sys += stackPoolSpanSize
			for off := uintptr(0); off < stackPoolSpanSize; off += size {
				x := (*stackfreenode)(unsafe.Pointer(s.base() + off))
				x.next = stackpool[order]
				stackpool[order] = x
			}
		}
		x := stackpool[order]
		stackpool[order] = x.next
		x.next = nil
		v = uintptr(unsafe.Pointer(x))
	} else {
		p := sysAlloc(size)
		if p == nil {
			throw("out of memory (stackalloc)")
		}
		memstats.stacks_sys += uint64(size)
		v = uintptr(p)
	}
	memstats.stacks_inuse += uint64(size)
	return stack{v, v + size}
}

// stackfree returns stk to its free list or to the OS.
func stackfree(stk stack) {
	size := stk.hi - stk.lo
	memstats.stacks_inuse -= uint64(size)
	if size <= stackPoolMax {
		order := stackOrder(size)
		x := (*stackfreenode)(unsafe.Pointer(stk.lo))
		x.next = stackpool[order]
		stackpool[order] = x
		return
	}
	memstats.stacks_sys -= uint64(size)
	sysFree(unsafe.Pointer(stk.lo), size)
}

// newstack is called by morestack on g0 when the current goroutine's
// frame does not fit: it doubles the goroutine's stack (or more, if the
// function's frame needs it) and resumes the function at its prologue.
func newstack() {
	thisg := getg()
	mp := thisg.m
	gp := mp.curg
	if thisg != mp.g0 || gp == nil {
		throw("newstack not on g0")
	}
	mp.morebuf.pc = 0
	mp.morebuf.sp = 0
	mp.morebuf.g = 0

	sp := gp.sched.sp - 8 // morestack's return address into the function
	if sp < gp.stack.lo {
		print("runtime: newstack sp=")
		printStackBounds(sp, gp.stack)
		throw("runtime: split stack overflow")
	}
	if gp.stackguard0 == stackPreempt {
		// A preemption request, not a shortage: continue.
		gp.stackguard0 = gp.stack.lo + _StackGuard
		gogo(&gp.sched)
	}

	oldsize := gp.stack.hi - gp.stack.lo
	newsize := oldsize * 2
	// The frame of the function being called must fit with the guard.
	if f := findfunc(gp.sched.pc); f.valid() {
		needed := uintptr(funcMaxSPDelta(f)) + _StackGuard
		used := gp.stack.hi - gp.sched.sp
		for newsize-used < needed {
			newsize *= 2
		}
	}
	if newsize > maxstacksize || newsize > maxstackceiling {
		if maxstacksize < maxstackceiling {
			print("runtime: goroutine stack exceeds ", maxstacksize, "-byte limit\n")
		} else {
			print("runtime: stack exceeds ", maxstackceiling, "-byte limit\n")
		}
		print("runtime: sp=")
		printStackBounds(sp, gp.stack)
		throw("stack overflow")
	}

	gp.atomicstatus = _Gcopystack
	copystack(gp, newsize)
	gp.atomicstatus = _Grunning
	gogo(&gp.sched)
}

// copystack moves gp's stack to a new one of newsize bytes.
func copystack(gp *g, newsize uintptr) {
	old := gp.stack
	used := old.hi - gp.sched.sp
	if used > newsize {
		throw("copystack: stack does not fit")
	}
	stk := stackalloc(uint32(newsize))
	delta := stk.hi - old.hi

	memmove(unsafe.Pointer(stk.hi-used), unsafe.Pointer(old.hi-used), used)
	for p := stk.hi - used; p < stk.hi; p += 8 {
		pp := (*uintptr)(unsafe.Pointer(p))
		if v := *pp; old.lo <= v && v < old.hi {
			*pp = v + delta
		}
	}

	gp.sched.sp += delta
	if old.lo <= gp.sched.bp && gp.sched.bp < old.hi {
		gp.sched.bp += delta
	}
	if v := uintptr(gp.sched.ctxt); old.lo <= v && v < old.hi {
		gp.sched.ctxt = unsafe.Pointer(v + delta)
	}
	if old.lo <= gp.stktopsp && gp.stktopsp < old.hi {
		gp.stktopsp += delta
	}
	if v := uintptr(unsafe.Pointer(gp._panic)); old.lo <= v && v < old.hi {
		gp._panic = (*_panic)(unsafe.Pointer(v + delta))
	}
	if v := uintptr(unsafe.Pointer(gp._defer)); old.lo <= v && v < old.hi {
		gp._defer = (*_defer)(unsafe.Pointer(v + delta))
	}
	// Heap defer records point into the stack (the words of the records in
	// frames were adjusted above, with the rest of the stack).
	for d := gp._defer; d != nil; d = d.link {
		if !d.heap {
			continue
		}
		if old.lo <= d.sp && d.sp < old.hi {
			d.sp += delta
		}
		if old.lo <= d.bp && d.bp < old.hi {
			d.bp += delta
		}
		if v := uintptr(unsafe.Pointer(d.link)); old.lo <= v && v < old.hi {
			d.link = (*_defer)(unsafe.Pointer(v + delta))
		}
		fp := (*uintptr)(unsafe.Pointer(&d.fn))
		if v := *fp; old.lo <= v && v < old.hi {
			*fp = v + delta
		}
	}
	for p := gp._panic; p != nil; p = p.link {
		if v := uintptr(p.argp); old.lo <= v && v < old.hi {
			p.argp = unsafe.Pointer(v + delta)
		}
	}

	gp.stack = stk
	gp.stackguard0 = stk.lo + _StackGuard
	stackfree(old)
}

// printStackBounds prints "SP stack=[LO, HI]" and a newline.
func printStackBounds(sp uintptr, stk stack) {
	printhex(uint64(sp))
	print(" stack=[")
	printhex(uint64(stk.lo))
	print(", ")
	printhex(uint64(stk.hi))
	print("]\n")
}

// round2 returns the smallest power of two >= x.
func round2(x int32) int32 {
	s := int32(1)
	for s < x {
		s <<= 1
	}
	return s
}
