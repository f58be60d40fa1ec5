// Run-time panics and fatal errors. The compiler calls the panic* helpers
// (ABI0, arguments on the stack) when a check fails; each panics with gc's
// run-time error text, through gopanic, which runs the deferred calls
// (defer, panic and recover: below). A panic nothing recovers is fatal:
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
	errUnhashable // _panic.arg._type is the key's dynamic type
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

// eface is the layout of an interface{} value: its type and a pointer to
// the value (or the value itself for pointer-shaped types).
type eface struct {
	_type *_type
	data  unsafe.Pointer
}

// Defer, panic and recover (linked records, README.md "Defer, panic and
// recover"). A defer statement builds a closure func() holding the call and
// its evaluated arguments and calls deferproc(fn), which pushes a _defer
// record for the calling frame on g._defer and returns 0. Every return of
// a function with defers calls deferreturn, which runs the frame's records
// (those with its SP) in LIFO order. gopanic runs the records of every
// frame in turn; a deferred call that calls recover() (gorecover, with the
// FP of the function calling it, which must be the deferred call itself:
// p.argp) stops the panic, and recovery resumes the frame that deferred it
// as if its deferproc call had returned 1: the compiled code then runs
// deferreturn and returns normally.

// deferproc records fn as a deferred call of its caller's frame (a defer
// statement in a loop: the record comes from deferPool or the heap).
func deferproc(fn func()) int32 {
	gp := getg()
	d := deferPool
	if d != nil {
		deferPool = d.link
	} else {
		d = new(_defer)
	}
	d.heap = true
	d.started = false
	d._panic = nil
	d.fn = fn
	d.sp = getcallersp()
	d.pc = getcallerpc()
	d.bp = *(*uintptr)(unsafe.Pointer(getcallerbp()))
	d.link = gp._defer
	gp._defer = d
	return 0
}

// deferprocStack is deferproc with the record d in the caller's frame (a
// defer statement outside loops runs at most once per frame); the result
// follows the two arguments, at 16(SP) in the caller.
func deferprocStack(d *_defer, fn func()) int32 {
	gp := getg()
	d.heap = false
	d.started = false
	d._panic = nil
	d.fn = fn
	d.sp = getcallersp()
	d.pc = getcallerpc()
	d.bp = *(*uintptr)(unsafe.Pointer(getcallerbp()))
	d.link = gp._defer
	gp._defer = d
	return 0
}

// deferPool holds finished heap records for reuse, as there is no garbage
// collector yet (one M runs Go code at a time).
var deferPool *_defer

func freedefer(d *_defer) {
	if !d.heap {
		return
	}
	d.fn = nil
	d._panic = nil
	d.link = deferPool
	deferPool = d
}

// deferreturn runs the deferred calls of its caller's frame, innermost
// first; the compiler calls it before each return of a function with
// defers.
func deferreturn() {
	gp := getg()
	sp := getcallersp()
	for {
		d := gp._defer
		if d == nil || d.sp != sp {
			return
		}
		gp._defer = d.link
		fn := d.fn
		freedefer(d)
		fn()
	}
}

// Goexit ends the calling goroutine after running all its deferred
// calls; recover returns nil in them, as no panic is running. Goexit in
// the main goroutine lets the others run; when none is left the program
// dies with gc's "no goroutines" error.
func Goexit() {
	gp := getg()
	p := new(_panic)
	p.goexit = true
	p.link = gp._panic
	gp._panic = p
	for {
		d := gp._defer
		if d == nil {
			break
		}
		if d.started {
			// A deferred call a panic started, that panic aborted by
			// this Goexit.
			if d._panic != nil {
				d._panic.aborted = true
			}
			d._panic = nil
			gp._defer = d.link
			freedefer(d)
			continue
		}
		d.started = true
		d._panic = p
		p.argp = unsafe.Pointer(getargp())
		fn := d.fn
		fn()
		p.argp = nil
		gp._defer = d.link
		d._panic = nil
		freedefer(d)
	}
	goexit1()
}

// getargp returns the FP its caller's callees see: the caller's SP.
func getargp() uintptr {
	return getcallersp()
}

// A run-time error on its way to gopanic: panicBounds and panicError pass
// gopanic an eface whose type is &runtimeErrorMarker and whose data points
// to one of these, so that the frame running the deferred calls is
// gopanic's for run-time errors too (tracebacks show it as "panic").
type runtimeErrorRec struct {
	kind   int
	bounds boundsError
	typ    *_type // errUnhashable: the key's type
}

var runtimeErrorMarker _type

// gopanic is panic(v): it runs the deferred calls until one recovers, and
// without recovery prints the panics and exits.
func gopanic(e eface) {
	gp := getg()
	p := new(_panic)
	if e._type == &runtimeErrorMarker {
		re := (*runtimeErrorRec)(e.data)
		p.kind = re.kind
		p.bounds = re.bounds
		p.arg._type = re.typ
	} else {
		p.arg = e
	}
	p.link = gp._panic
	gp._panic = p
	for {
		d := gp._defer
		if d == nil {
			break
		}
		if d.started {
			// A deferred call an earlier panic started has panicked: that
			// panic is aborted and the call is done.
			if d._panic != nil {
				d._panic.aborted = true
			}
			d._panic = nil
			gp._defer = d.link
			freedefer(d)
			continue
		}
		d.started = true
		d._panic = p
		p.argp = unsafe.Pointer(getargp())
		fn := d.fn
		fn()
		p.argp = nil
		gp._defer = d.link
		d._panic = nil
		sp, pc, bp := d.sp, d.pc, d.bp
		resultOff := uintptr(16) // deferprocStack(d, fn)
		if d.heap {
			resultOff = 8 // deferproc(fn)
		}
		freedefer(d)
		if p.recovered {
			gp._panic = p.link
			for gp._panic != nil && gp._panic.aborted {
				gp._panic = gp._panic.link
			}
			if gp._panic == nil {
				gp.sig = 0
			}
			recovery(sp, pc, bp, sp+resultOff)
		}
	}
	fatalpanic(p, getcallerpc(), getcallersp())
}

// gorecover is recover(): argp is the FP of the function calling recover,
// which gets the panic's value only if it is the deferred call the
// innermost panic is running.
func gorecover(argp uintptr) eface {
	gp := getg()
	p := gp._panic
	if p != nil && !p.goexit && !p.recovered && argp == uintptr(p.argp) {
		p.recovered = true
		return panicValue(p)
	}
	return eface{}
}

// panicValue is what recover returns for p: panic's argument or, for a
// run-time error, its runtime.Error value (error.go): a boundsError, an
// errorString ("runtime error: " + text) or a plainError.
func panicValue(p *_panic) eface {
	if p.kind == 0 {
		return p.arg
	}
	var v any
	if p.kind == errBounds {
		v = p.bounds
	} else if p.kind == errNilMap {
		v = plainError(errorText(p.kind))
	} else if p.kind == errUnhashable {
		v = errorString("hash of unhashable type " + p.arg._type.string())
	} else {
		v = errorString(errorText(p.kind))
	}
	return *(*eface)(unsafe.Pointer(&v))
}

// recovery resumes the frame (sp, bp) at pc, the return address of its
// deferproc (or deferprocStack) call, with that call's result, at resultp,
// set to 1 (panic_amd64.s).
func recovery(sp, pc, bp, resultp uintptr)

// stringType is the type descriptor of string (asm: type.string).
func stringType() *_type

// printErrorText prints the message of p, a run-time error:
// "runtime error: ..." or, for gc's plain errors, the bare text.
func printErrorText(p *_panic) {
	if p.kind == errNilMap {
		printstring(errorText(p.kind))
		return
	}
	printstring("runtime error: ")
	if p.kind == errBounds {
		printBoundsError(p.bounds)
	} else if p.kind == errUnhashable {
		printstring("hash of unhashable type ")
		printstring(p.arg._type.string())
	} else {
		printstring(errorText(p.kind))
	}
}

// printpanics prints the chain of panics, oldest first, as gc does:
// "panic: first [recovered]" then "\tpanic: second".
func printpanics(p *_panic) {
	if p.link != nil {
		printpanics(p.link)
		if !p.link.goexit {
			printstring("\t")
		}
	}
	if p.goexit {
		return
	}
	printstring("panic: ")
	if p.kind == 0 {
		printpanicval(p.arg)
	} else {
		printErrorText(p)
	}
	if p.recovered {
		printstring(" [recovered]")
	}
	printstring("\n")
}

// panicBounds panics with a bounds error.
func panicBounds(e boundsError) {
	re := new(runtimeErrorRec)
	re.kind = errBounds
	re.bounds = e
	panicRuntimeError(re)
}

// panicPlain panics with gc's plainError of a fixed kind (errNilMap: its
// message has no "runtime error: " prefix).
func panicPlain(kind int) {
	re := new(runtimeErrorRec)
	re.kind = kind
	panicRuntimeError(re)
}

// panicUnhashable is a map operation on an interface key whose dynamic
// type t has no ==.
func panicUnhashable(t *_type) {
	re := new(runtimeErrorRec)
	re.kind = errUnhashable
	re.typ = t
	panicRuntimeError(re)
}

// panicError panics with a run-time error of a fixed kind.
func panicError(kind int) {
	re := new(runtimeErrorRec)
	re.kind = kind
	panicRuntimeError(re)
}

func panicRuntimeError(re *runtimeErrorRec) {
	var v eface
	v._type = &runtimeErrorMarker
	v.data = unsafe.Pointer(re)
	gopanic(v)
}

// fatalpanic prints the panics and the goroutine's stack from the frame
// (pc, sp) of the function that panicked, then exits with status 2.
func fatalpanic(p *_panic, pc, sp uintptr) {
	gp := getg()
	mp := gp.m
	if mp.dying > 0 {
		// A panic while printing a panic.
		print("panic during panic\n")
		exit(3)
	}
	mp.dying = 1
	printlock()
	printpanics(p)
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
