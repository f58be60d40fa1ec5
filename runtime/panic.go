// Run-time panics and fatal errors. The compiler calls the panic* helpers
// (ABI0, arguments on the stack) when a check fails; each panics with gc's
// run-time error text. Until defer and recover exist every panic is fatal:
//
//	panic: runtime error: index out of range [5] with length 3
//	[signal SIGSEGV: ...]            (for faults turned into panics)
//
//	goroutine 1 [running]:
//	main.get(...)
//		/abs/path/main.go:4 +0x31
//
// and the program exits with status 2. throw reports a broken invariant of
// the runtime itself: "fatal error: ...", the runtime's own stack and the
// goroutines', exit status 2.

package runtime

import "unsafe"

// Kinds of bounds failures, in the order of the compiler's BOUNDS table.
const (
	boundsIndex = iota
	boundsSliceAlen
	boundsSliceAcap
	boundsSliceB
	boundsSlice3Alen
	boundsSlice3Acap
	boundsSlice3B
	boundsSlice3C
	boundsConvert
)

// A boundsError is a failed index, slice or conversion check: x is the
// offending index (or length), y the bound it failed against.
type boundsError struct {
	x      int64
	y      int
	signed bool // x is signed: a negative x prints without the bound
	code   uint8
}

// printBoundsError prints e's message in gc's words, e.g.
// "index out of range [5] with length 3" or "slice bounds out of range [:-1]".
func printBoundsError(e boundsError) {
	neg := e.signed && e.x < 0
	switch e.code {
	case boundsIndex:
		printstring("index out of range [")
		printBoundsX(e)
		if neg {
			printstring("]")
			return
		}
		printstring("] with length ")
	case boundsSliceAlen, boundsSliceAcap:
		printstring("slice bounds out of range [:")
		printBoundsX(e)
		if neg {
			printstring("]")
			return
		}
		if e.code == boundsSliceAlen {
			printstring("] with length ")
		} else {
			printstring("] with capacity ")
		}
	case boundsSliceB:
		printstring("slice bounds out of range [")
		printBoundsX(e)
		if neg {
			printstring(":]")
			return
		}
		printstring(":")
		printint(int64(e.y))
		printstring("]")
		return
	case boundsSlice3Alen, boundsSlice3Acap:
		printstring("slice bounds out of range [::")
		printBoundsX(e)
		if neg {
			printstring("]")
			return
		}
		if e.code == boundsSlice3Alen {
			printstring("] with length ")
		} else {
			printstring("] with capacity ")
		}
	case boundsSlice3B:
		printstring("slice bounds out of range [:")
		printBoundsX(e)
		if neg {
			printstring(":]")
			return
		}
		printstring(":")
		printint(int64(e.y))
		printstring("]")
		return
	case boundsSlice3C:
		printstring("slice bounds out of range [")
		printBoundsX(e)
		if neg {
			printstring("::]")
			return
		}
		printstring(":")
		printint(int64(e.y))
		printstring(":]")
		return
	case boundsConvert:
		printstring("cannot convert slice with length ")
		printint(int64(e.y))
		printstring(" to pointer to array with length ")
		printBoundsX(e)
		return
	}
	printint(int64(e.y))
}

func printBoundsX(e boundsError) {
	if e.signed {
		printint(e.x)
	} else {
		printuint(uint64(e.x))
	}
}

// The bounds-check helpers the compiler calls: x is the failing index or
// bound, y the length or capacity; the U forms take an unsigned x.
func panicIndex(x int, y int) {
	panicBounds(boundsError{x: int64(x), signed: true, y: y, code: boundsIndex})
}
func panicIndexU(x uint, y int) {
	panicBounds(boundsError{x: int64(x), signed: false, y: y, code: boundsIndex})
}
func panicSliceAlen(x int, y int) {
	panicBounds(boundsError{x: int64(x), signed: true, y: y, code: boundsSliceAlen})
}
func panicSliceAlenU(x uint, y int) {
	panicBounds(boundsError{x: int64(x), signed: false, y: y, code: boundsSliceAlen})
}
func panicSliceAcap(x int, y int) {
	panicBounds(boundsError{x: int64(x), signed: true, y: y, code: boundsSliceAcap})
}
func panicSliceAcapU(x uint, y int) {
	panicBounds(boundsError{x: int64(x), signed: false, y: y, code: boundsSliceAcap})
}
func panicSliceB(x int, y int) {
	panicBounds(boundsError{x: int64(x), signed: true, y: y, code: boundsSliceB})
}
func panicSliceBU(x uint, y int) {
	panicBounds(boundsError{x: int64(x), signed: false, y: y, code: boundsSliceB})
}
func panicSlice3Alen(x int, y int) {
	panicBounds(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3Alen})
}
func panicSlice3AlenU(x uint, y int) {
	panicBounds(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3Alen})
}
func panicSlice3Acap(x int, y int) {
	panicBounds(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3Acap})
}
func panicSlice3AcapU(x uint, y int) {
	panicBounds(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3Acap})
}
func panicSlice3B(x int, y int) {
	panicBounds(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3B})
}
func panicSlice3BU(x uint, y int) {
	panicBounds(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3B})
}
func panicSlice3C(x int, y int) {
	panicBounds(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3C})
}
func panicSlice3CU(x uint, y int) {
	panicBounds(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3C})
}
func panicSliceConvert(x int, y int) {
	panicBounds(boundsError{x: int64(x), signed: true, y: y, code: boundsConvert})
}

// gc's Go names for the same helpers (gc's compiler reaches them through
// register-argument stubs named as ours).
func goPanicIndex(x int, y int)   { panicIndex(x, y) }
func goPanicIndexU(x uint, y int) { panicIndexU(x, y) }

// Run-time error kinds with fixed messages.
const (
	errDivide = iota + 1
	errShift
	errMem
	errMakeSliceLen
	errMakeSliceCap
	errUnsafeSliceLen
	errUnsafeSliceNilPtr
	errNilMap
	errGrowSlice
	errOverflow
	errFloat
	errBounds
)

// errorText is the message of a run-time error kind, after "runtime error: ".
func errorText(kind int) string {
	switch kind {
	case errDivide:
		return "integer divide by zero"
	case errShift:
		return "negative shift amount"
	case errMem:
		return "invalid memory address or nil pointer dereference"
	case errMakeSliceLen:
		return "makeslice: len out of range"
	case errMakeSliceCap:
		return "makeslice: cap out of range"
	case errUnsafeSliceLen:
		return "unsafe.Slice: len out of range"
	case errUnsafeSliceNilPtr:
		return "unsafe.Slice: ptr is nil and len is not zero"
	case errNilMap:
		return "assignment to entry in nil map"
	case errGrowSlice:
		return "growslice: cap out of range"
	case errOverflow:
		return "integer overflow"
	case errFloat:
		return "floating point error"
	}
	return "unknown error"
}

func panicdivide()            { panicError(errDivide) }
func panicshift()             { panicError(errShift) }
func panicmem()               { panicError(errMem) }
func panicmakeslicelen()      { panicError(errMakeSliceLen) }
func panicmakeslicecap()      { panicError(errMakeSliceCap) }
func panicunsafeslicelen()    { panicError(errUnsafeSliceLen) }
func panicunsafeslicenilptr() { panicError(errUnsafeSliceNilPtr) }

// panicmemAddr is panicmem for a fault at a known address.
func panicmemAddr(addr uintptr) { panicError(errMem) }

// A pending panic: what fatalpanic prints, a run-time error (kind) or
// the value of a panic call (kind 0).
type runtimeError struct {
	kind   int
	bounds boundsError
	val    eface
}

// eface is the layout of an interface{} value: its type and a pointer to
// the value (or the value itself for pointer-shaped types).
type eface struct {
	_type *_type
	data  unsafe.Pointer
}

// gopanic is panic(v). Without defer and recover every panic ends the
// program: fatalpanic prints "panic: " and v as gc does.
func gopanic(e eface) {
	var re runtimeError
	re.val = e
	fatalpanic(re, getcallerpc(), getcallersp())
}

// printpanicval prints a panic's value: basic kinds by value as print
// does. Type names are not in the type descriptors yet, so a value of a
// named type prints like its underlying type, and other kinds print as
// "(kind K) 0xADDR" instead of gc's "(T) 0xADDR".
func printpanicval(e eface) {
	t := e._type
	if t == nil {
		printstring("nil")
		return
	}
	p := e.data
	switch t.kind & kindMask {
	case kindBool:
		printbool(*(*bool)(p))
	case kindInt:
		printint(int64(*(*int)(p)))
	case kindInt8:
		printint(int64(*(*int8)(p)))
	case kindInt16:
		printint(int64(*(*int16)(p)))
	case kindInt32:
		printint(int64(*(*int32)(p)))
	case kindInt64:
		printint(*(*int64)(p))
	case kindUint:
		printuint(uint64(*(*uint)(p)))
	case kindUint8:
		printuint(uint64(*(*uint8)(p)))
	case kindUint16:
		printuint(uint64(*(*uint16)(p)))
	case kindUint32:
		printuint(uint64(*(*uint32)(p)))
	case kindUint64:
		printuint(*(*uint64)(p))
	case kindUintptr:
		printuint(uint64(*(*uintptr)(p)))
	case kindFloat32:
		printfloat(float64(*(*float32)(p)))
	case kindFloat64:
		printfloat(*(*float64)(p))
	case kindString:
		printstring(*(*string)(p))
	default:
		printstring("(kind ")
		printuint(uint64(t.kind & kindMask))
		printstring(") ")
		printpointer(p)
	}
}

// panicBounds panics with a bounds error.
func panicBounds(e boundsError) {
	var re runtimeError
	re.kind = errBounds
	re.bounds = e
	fatalpanic(re, getcallerpc(), getcallersp())
}

// panicError panics with a run-time error of a fixed kind.
func panicError(kind int) {
	var re runtimeError
	re.kind = kind
	fatalpanic(re, getcallerpc(), getcallersp())
}

// fatalpanic prints the panic and the goroutine's stack from the frame
// (pc, sp) of the function that panicked, then exits with status 2.
func fatalpanic(e runtimeError, pc, sp uintptr) {
	gp := getg()
	mp := gp.m
	if mp.dying > 0 {
		// A panic while printing a panic.
		print("panic during panic\n")
		exit(3)
	}
	mp.dying = 1
	printlock()
	printstring("panic: ")
	if e.kind == 0 {
		printpanicval(e.val)
	} else {
		printstring("runtime error: ")
		if e.kind == errBounds {
			printBoundsError(e.bounds)
		} else {
			printstring(errorText(e.kind))
		}
	}
	printstring("\n")
	if gp.sig != 0 {
		printsignal(gp)
	}
	level, all, _ := gotraceback()
	if level > 0 {
		print("\n")
		goroutineheader(gp)
		printframes(pc, sp, gp, false)
		if all {
			tracebackothers(gp)
		}
	}
	printunlock()
	exit(2)
}

// throw reports a fatal error in the runtime: the message, the stack of
// the system goroutine if it is running, then the user goroutine's.
func throw(s string) {
	gp := getg()
	mp := gp.m
	if mp.throwing == 0 {
		mp.throwing = 1
	}
	if mp.dying > 1 {
		print("fatal error: ", s, "\n")
		exit(2)
	}
	mp.dying = 2
	printlock()
	print("fatal error: ", s, "\n")
	pc := getcallerpc()
	sp := getcallersp()
	if gp.sig != 0 && gp.m.gsignal != gp {
		printsignal(gp)
	}
	level, _, _ := gotraceback()
	if level > 0 {
		curg := mp.curg
		if gp != curg {
			print("\nruntime stack:\n")
			printframes(pc, sp, gp, false)
			if curg != nil {
				print("\n")
				goroutineheader(curg)
				printframes(curg.sched.pc, curg.sched.sp, curg, false)
			}
		} else {
			print("\n")
			goroutineheader(gp)
			printframes(pc, sp, gp, false)
		}
		tracebackothers(gp)
	}
	printunlock()
	exit(2)
}

// fatal reports a fatal error of the user program (deadlock and the like):
// as throw, without the runtime's frames.
func fatal(s string) {
	throw(s)
}
