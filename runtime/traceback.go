// Tracebacks in gc's format:
//
//	goroutine 1 [running]:
//	main.get(...)
//		/abs/path/main.go:4 +0x31
//
// Frames are walked with the pcsp table of each function (the frame size
// at a PC gives where the return address is), names, files and lines come
// from .gopclntab through findfunc. GOTRACEBACK picks how much to print:
// none (no goroutine stacks), single (the default: the failing goroutine,
// runtime frames hidden), all (every goroutine), system (runtime frames
// and fp/sp/pc too), crash (as system).

package runtime

import "unsafe"

// tracebackMaxFrames is how many frames a goroutine's traceback prints
// before "...additional frames elided...".
const tracebackMaxFrames = 100

// A stkframe is one frame of a walk.
type stkframe struct {
	fn funcInfo
	pc uintptr // the PC in fn: the return address for callers
	sp uintptr // SP in fn
	fp uintptr // SP of fn's caller (just above the return address)
	lr uintptr // the return address (pc of the caller frame)
}

var traceback_cache uint32 = 1 << 1 // level 1 (single), set by setTraceback

// gotraceback returns the GOTRACEBACK level: 0 none, 1 single, 2 all (or
// system with all set), and whether to print all goroutines.
func gotraceback() (level int32, all bool, crash bool) {
	gp := getg()
	t := traceback_cache
	level = int32(t >> 1)
	all = gp.m.throwing > 0 || t&1 != 0
	crash = t&4 != 0 && false
	return level, all, crash
}

// setTraceback parses a GOTRACEBACK value.
func setTraceback(level string) {
	t := uint32(0)
	switch level {
	case "none":
		t = 0
	case "single", "":
		t = 1 << 1
	case "all":
		t = 1<<1 | 1
	case "system":
		t = 2<<1 | 1
	case "crash":
		t = 2<<1 | 1
	default:
		n, ok := atoi(level)
		t = 1 << 1
		if ok && n >= 0 && n <= 2 {
			t = uint32(n)<<1 | 1
		}
	}
	traceback_cache = t
}

// goroutineheader prints "goroutine N [status]:".
func goroutineheader(gp *g) {
	status := "running"
	switch gp.atomicstatus {
	case _Grunnable:
		status = "runnable"
	case _Gsyscall:
		status = "syscall"
	case _Gwaiting:
		status = "waiting"
	case _Gdead:
		status = "dead"
	case _Gcopystack:
		status = "copystack"
	}
	print("goroutine ", gp.goid, " [", status, "]:\n")
}

// showframe reports whether a frame is printed: at level 1, runtime
// functions are hidden except exported ones, and so are wrappers (WRAPPER
// functions: method-value, pointer, promoted-method and defer wrappers)
// unless they called gopanic, sigpanic or panicwrap themselves (childID is
// the funcID of the frame they called), as gc does; a throw shows
// everything.
func showframe(f funcInfo, gp *g, firstFrame bool, childID funcID) bool {
	level, _, _ := gotraceback()
	if level > 1 || getg().m.throwing > 0 {
		return true
	}
	if !f.valid() {
		return false
	}
	if f._func.funcID == funcID_wrapper && childID != funcID_gopanic &&
		childID != funcID_sigpanic && childID != funcID_panicwrap {
		return false
	}
	name := funcname(f)
	if name == "runtime.gopanic" && !firstFrame {
		return true
	}
	hasDot := false
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			hasDot = true
			break
		}
	}
	return hasDot && (!hasPrefix(name, "runtime.") || isExportedRuntime(name))
}

// isExportedRuntime reports whether name is an exported runtime function.
func isExportedRuntime(name string) bool {
	const n = len("runtime.")
	return len(name) > n && name[:n] == "runtime." && 'A' <= name[n] && name[n] <= 'Z'
}

// traceback prints the stack of gp starting at the frame that is running
// pc with stack pointer sp.
func traceback(pc, sp uintptr, gp *g) {
	printframes(pc, sp, gp, false)
}

// printframes walks gp's stack from (pc, sp) and prints up to
// tracebackMaxFrames shown frames. sigpanicked says pc is a faulting
// instruction rather than a return address (its line is pc's own).
func printframes(pc, sp uintptr, gp *g, sigpanicked bool) {
	level, _, _ := gotraceback()
	extra := level >= 2 || getg().m.throwing > 0
	nprint := 0
	waspanic := sigpanicked
	childID := funcID_normal
	if sigpanicked {
		childID = funcID_sigpanic
	}
	for n := 0; n < 100000; n++ {
		f := findfunc(pc)
		if !f.valid() {
			if nprint == 0 || level >= 2 {
				print("runtime: unknown pc ")
				printhex(uint64(pc))
				print("\n")
			}
			return
		}
		var frame stkframe
		frame.fn = f
		frame.pc = pc
		frame.sp = sp
		top := f._func.funcID == funcID_goexit || f._func.funcID == funcID_mstart ||
			f._func.funcID == funcID_rt0_go || f._func.flag&funcFlag_TOPFRAME != 0
		if !top {
			spdelta := funcspdelta(f, pc)
			if spdelta < 0 {
				spdelta = 0
			}
			frame.fp = sp + uintptr(spdelta) + 8
			frame.lr = *(*uintptr)(unsafe.Pointer(frame.fp - 8))
		} else {
			frame.fp = sp + 8
		}

		if showframe(f, gp, nprint == 0, childID) {
			if nprint >= tracebackMaxFrames {
				print("...additional frames elided...\n")
				return
			}
			tracepc := pc
			if pc > f.entry() && !waspanic {
				tracepc--
			}
			name := funcname(f)
			if name == "runtime.gopanic" {
				name = "panic"
			}
			file, line := funcline(f, tracepc)
			// gc prints the argument words; we print "(...)" for a
			// function with arguments, "()" for one without, as gc does.
			if f._func.args == 0 {
				print(name, "()\n")
			} else {
				print(name, "(...)\n")
			}
			print("\t", file, ":", line)
			if pc > f.entry() {
				print(" +")
				printhex(uint64(pc - f.entry()))
			}
			if extra {
				print(" fp=")
				printhex(uint64(frame.fp))
				print(" sp=")
				printhex(uint64(frame.sp))
				print(" pc=")
				printhex(uint64(frame.pc))
			}
			print("\n")
			nprint++
		}
		waspanic = f._func.funcID == funcID_sigpanic
		childID = f._func.funcID
		if f._func.funcID == funcID_goexit {
			printcreatedby(gp)
			return
		}
		if top || frame.lr == 0 {
			return
		}
		// A goroutine's first frame returns to goexit; systemstack_switch
		// marks where a goroutine went onto the system stack.
		pc = frame.lr
		sp = frame.fp
	}
}

// printcreatedby prints where a goroutine other than the main one was
// started: "created by F" and the file, line and offset of the go
// statement (gp.gopc).
func printcreatedby(gp *g) {
	pc := gp.gopc
	f := findfunc(pc)
	if !f.valid() || gp.goid == 1 || !showframe(f, gp, false, funcID_normal) {
		return
	}
	print("created by ", funcname(f), "\n")
	tracepc := pc
	if pc > f.entry() {
		tracepc--
	}
	file, line := funcline(f, tracepc)
	print("\t", file, ":", line)
	if pc > f.entry() {
		print(" +")
		printhex(uint64(pc - f.entry()))
	}
	print("\n")
}

// tracebackothers prints the stacks of all goroutines but gp.
func tracebackothers(me *g) {
	for i := 0; i < len(allgs); i++ {
		gp := allgs[i]
		if gp == me || gp == me.m.curg || gp.atomicstatus == _Gdead {
			continue
		}
		print("\n")
		goroutineheader(gp)
		if gp.atomicstatus == _Grunning {
			print("\tgoroutine running on other thread; stack unavailable\n")
			continue
		}
		traceback(gp.sched.pc, gp.sched.sp, gp)
	}
}
