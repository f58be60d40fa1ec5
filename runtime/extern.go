// The runtime's public API that programs and tests use, as gc's
// extern.go, debug.go and symtab.go: GOOS, GOARCH, Compiler, Version,
// GC, NumGoroutine, NumCPU, GOMAXPROCS, Caller, Callers, CallersFrames,
// FuncForPC, Stack, KeepAlive, LockOSThread. Call stacks come from the
// same frame walk as tracebacks (pcsp tables) and .gopclntab.

package runtime

import "unsafe"

// GOOS and GOARCH are the target the program was built for.
const GOOS string = "linux"
const GOARCH string = "amd64"

// Compiler is the name of the toolchain that built the program: gc's,
// since gocc mirrors it (object format, ABI, runtime layout).
const Compiler = "gc"

// buildVersion is set by the linker (link/resolve.cc) to the toolchain
// version, "go1.19-gocc...".
var buildVersion string

// Version returns the version of the toolchain that built the program.
func Version() string {
	return buildVersion
}

// GC would run a garbage collection. There is no garbage collector yet
// (runtime/README.md: memory is never freed), so it does nothing.
func GC() {
}

// KeepAlive marks x as reachable up to this call. Without a garbage
// collector nothing is ever freed, so there is nothing to keep.
func KeepAlive(x any) {
}

// NumGoroutine returns the number of goroutines that exist.
func NumGoroutine() int {
	n := 0
	for i := 0; i < len(allgs); i++ {
		s := allgs[i].atomicstatus
		if s != _Gdead && s != _Gidle {
			n++
		}
	}
	return n
}

// NumCPU returns the number of CPUs the process may run on.
func NumCPU() int {
	return int(ncpu)
}

// GOMAXPROCS sets the number of Ps to n when n > 0 and returns the
// previous setting. The setting is recorded; one M runs every goroutine
// whatever its value.
func GOMAXPROCS(n int) int {
	ret := int(gomaxprocs)
	if n > 0 {
		gomaxprocs = int32(n)
	}
	return ret
}

// NumCgoCall returns the number of cgo calls made: there is no cgo.
func NumCgoCall() int64 {
	return 0
}

// LockOSThread wires the goroutine to its thread: there is one thread.
func LockOSThread() {
}

// UnlockOSThread undoes LockOSThread.
func UnlockOSThread() {
}

// Breakpoint executes a breakpoint trap.
func Breakpoint() {
	breakpoint()
}

// Caller reports the file and line of the call skip frames up: 0 is the
// caller of Caller. pc is the call's address (the return address - 1).
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	rpc := make([]uintptr, 1)
	if callers(skip+1, rpc) < 1 {
		return 0, "", 0, false
	}
	frame, _ := CallersFrames(rpc).Next()
	return frame.PC, frame.File, frame.Line, frame.PC != 0
}

// Callers fills pc with the return addresses of the calls on the stack,
// skip frames up (0 is Callers itself), and returns how many it wrote.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, pc)
}

// callers walks the stack from the function that called it.
func callers(skip int, pcbuf []uintptr) int {
	return walkstack(getcallerpc(), getcallersp(), skip, pcbuf)
}

// walkstack records the PCs of the frames from the one running pc with
// stack pointer sp upward: return addresses, except after a fault
// (sigpanic), where the faulting pc + 1 is stored so that pc - 1 always
// lies in the instruction. Wrappers are left out unless they call a
// panic, as gc does.
func walkstack(pc, sp uintptr, skip int, pcbuf []uintptr) int {
	n := 0
	lastID := funcID_normal
	waspanic := false
	for n < len(pcbuf) {
		f := findfunc(pc)
		if !f.valid() {
			break
		}
		id := f._func.funcID
		if id == funcID_wrapper && lastID != funcID_gopanic && lastID != funcID_sigpanic &&
			lastID != funcID_panicwrap {
			// elided
		} else if skip > 0 {
			skip--
		} else {
			rec := pc
			if waspanic || pc == f.entry() {
				rec++
			}
			pcbuf[n] = rec
			n++
		}
		lastID = id
		waspanic = id == funcID_sigpanic
		if id == funcID_goexit || id == funcID_mstart || id == funcID_rt0_go ||
			f._func.flag&funcFlag_TOPFRAME != 0 {
			break
		}
		spdelta := funcspdelta(f, pc)
		if spdelta < 0 {
			spdelta = 0
		}
		fp := sp + uintptr(spdelta) + 8
		lr := *(*uintptr)(unsafe.Pointer(fp - 8))
		if lr == 0 {
			break
		}
		pc = lr
		sp = fp
	}
	return n
}

// Frames iterates over the frames of a PC slice from Callers.
type Frames struct {
	callers []uintptr
}

// A Frame is one function call of a stack.
type Frame struct {
	// PC is the address in the frame: the call's (return address - 1),
	// or the faulting instruction's.
	PC uintptr
	// Func is the function, nil if PC is in none.
	Func *Func
	// Function is the package-qualified function name.
	Function string
	// File and Line are where PC is in the source.
	File string
	Line int
	// Entry is the function's entry address.
	Entry uintptr

	funcInfo funcInfo
}

// CallersFrames returns the frames of the PCs Callers returned.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns the next frame and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		f := findfunc(pc)
		if !f.valid() {
			continue
		}
		entry := f.entry()
		if pc > entry {
			pc-- // in the call instruction
		}
		file, line := funcline(f, pc)
		frame = Frame{
			PC:       pc,
			Func:     (*Func)(unsafe.Pointer(f._func)),
			Function: funcname(f),
			File:     file,
			Line:     int(line),
			Entry:    entry,
			funcInfo: f,
		}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}

// A Func is a function of the program (its record in .gopclntab).
type Func struct {
	opaque struct{}
}

// FuncForPC returns the function containing pc, or nil.
func FuncForPC(pc uintptr) *Func {
	f := findfunc(pc)
	if !f.valid() {
		return nil
	}
	return (*Func)(unsafe.Pointer(f._func))
}

// funcInfo returns f's record (there is one module).
func (f *Func) funcInfo() funcInfo {
	return funcInfo{(*_func)(unsafe.Pointer(f)), &firstmoduledata}
}

// Name returns the package-qualified name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return funcname(f.funcInfo())
}

// Entry returns the function's entry address.
func (f *Func) Entry() uintptr {
	return f.funcInfo().entry()
}

// FileLine returns the file and line of pc in the function.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	file, l := funcline(f.funcInfo(), pc)
	return file, int(l)
}

// Stack writes the calling goroutine's traceback into buf, as a panic
// would print it, and returns how many bytes it wrote. all (every
// goroutine) adds the others' tracebacks.
func Stack(buf []byte, all bool) int {
	gp := getg()
	if len(buf) == 0 {
		return 0
	}
	pc := getcallerpc()
	sp := getcallersp()
	gp.writebuf = buf[0:0:len(buf)]
	goroutineheader(gp)
	traceback(pc, sp, gp)
	if all {
		tracebackothers(gp)
	}
	n := len(gp.writebuf)
	gp.writebuf = nil
	return n
}
