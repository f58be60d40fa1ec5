// Signals: SIGSEGV, SIGBUS and SIGFPE in Go code become run-time panics
// (the handler makes the faulting function look as if it called sigpanic),
// with gc's report:
//
//	panic: runtime error: invalid memory address or nil pointer dereference
//	[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x45d0e4]
//
// A fault in the runtime itself (on g0 or the signal stack, or while
// allocating or printing) is "fatal error: unexpected signal during
// runtime execution", exit status 2.

package runtime

import "unsafe"

const (
	_SIGILL  = 4
	_SIGTRAP = 5
	_SIGBUS  = 7
	_SIGFPE  = 8
	_SIGSEGV = 11

	_SEGV_MAPERR = 1
	_FPE_INTDIV  = 1
	_FPE_INTOVF  = 2
	_BUS_ADRERR  = 2
)

// signame returns a signal's name, sigdescr its description, as gc prints
// them.
func signame(sig uint32) string {
	switch sig {
	case _SIGILL:
		return "SIGILL"
	case _SIGTRAP:
		return "SIGTRAP"
	case _SIGBUS:
		return "SIGBUS"
	case _SIGFPE:
		return "SIGFPE"
	case _SIGSEGV:
		return "SIGSEGV"
	}
	return "signal"
}

func sigdescr(sig uint32) string {
	switch sig {
	case _SIGILL:
		return "illegal instruction"
	case _SIGTRAP:
		return "trace trap"
	case _SIGBUS:
		return "bus error"
	case _SIGFPE:
		return "floating-point exception"
	case _SIGSEGV:
		return "segmentation violation"
	}
	return "unknown signal"
}

// printsignal prints the signal gp is panicking or dying for.
func printsignal(gp *g) {
	print("[signal ", signame(gp.sig), ": ", sigdescr(gp.sig), " code=")
	printhex(uint64(gp.sigcode0))
	print(" addr=")
	printhex(uint64(gp.sigcode1))
	print(" pc=")
	printhex(uint64(gp.sigpc))
	print("]\n")
}

// sigactBuf is initsig's argument to rt_sigaction.
var sigactBuf sigactiont

// initsig installs sigtramp for the signals that turn into panics.
func initsig() {
	sa := &sigactBuf
	sa.sa_handler = sigtrampPC()
	sa.sa_flags = _SA_SIGINFO | _SA_ONSTACK | _SA_RESTORER | _SA_RESTART
	sa.sa_restorer = sigreturnPC()
	sa.sa_mask = ^uint64(0)
	setsig(_SIGSEGV, sa)
	setsig(_SIGBUS, sa)
	setsig(_SIGFPE, sa)
	setsig(_SIGILL, sa)
}

func setsig(sig uintptr, sa *sigactiont) {
	if rt_sigaction(sig, sa, nil, 8) != 0 {
		throw("rt_sigaction failure")
	}
}

// sighandler handles sig, which interrupted gp. sigtramp calls it on the
// signal stack with g switched to the M's gsignal.
func sighandler(sig uint32, info *siginfo, uc *ucontext, gp *g) {
	c := &uc.uc_mcontext
	mp := gp.m
	gp.sig = sig
	gp.sigcode0 = uintptr(info.si_code)
	gp.sigcode1 = uintptr(info.si_addr)
	gp.sigpc = uintptr(c.rip)

	if canpanic(gp) {
		// Make it look as if the faulting instruction called sigpanic:
		// push the faulting PC as the return address and continue in
		// sigpanic on the goroutine's stack.
		sp := uintptr(c.rsp) - 8
		*(*uintptr)(unsafe.Pointer(sp)) = uintptr(c.rip)
		c.rsp = uint64(sp)
		c.rip = uint64(sigpanicPC())
		return
	}

	// A fault in the runtime: report it with the interrupted stack.
	mp.throwing = 1
	mp.dying = 2
	printlock()
	print("fatal error: unexpected signal during runtime execution\n")
	printsignal(gp)
	level, _, _ := gotraceback()
	if level > 0 {
		print("\n")
		curg := mp.curg
		if gp != curg {
			print("runtime stack:\n")
		} else {
			goroutineheader(gp)
		}
		printframes(uintptr(c.rip), uintptr(c.rsp), gp, true)
		if gp != curg && curg != nil {
			print("\n")
			goroutineheader(curg)
			printframes(curg.sched.pc, curg.sched.sp, curg, false)
		}
	}
	printunlock()
	exit(2)
}

// canpanic reports whether a fault in gp can become a panic: gp must be
// an ordinary goroutine running Go code outside the allocator and the
// printer, and the fault must be a panicking signal.
func canpanic(gp *g) bool {
	mp := gp.m
	if gp != mp.curg || gp == mp.g0 || gp == mp.gsignal {
		return false
	}
	if mp.locks != 0 || mp.mallocing != 0 || mp.throwing != 0 || mp.dying != 0 {
		return false
	}
	switch gp.sig {
	case _SIGSEGV, _SIGBUS, _SIGFPE:
	default:
		return false
	}
	f := findfunc(gp.sigpc)
	return f.valid()
}

// sigpanic turns the signal recorded in the goroutine into a panic; the
// signal handler arranges for the faulting function to "call" it.
func sigpanic() {
	gp := getg()
	switch gp.sig {
	case _SIGBUS:
		if gp.sigcode0 == _BUS_ADRERR && gp.sigcode1 < 0x1000 {
			panicmem()
		}
		print("unexpected fault address ")
		printhex(uint64(gp.sigcode1))
		print("\n")
		throw("fault")
	case _SIGSEGV:
		if gp.sigcode0 == _SEGV_MAPERR && gp.sigcode1 < 0x1000 {
			panicmem()
		}
		if gp.paniconfault {
			panicmemAddr(gp.sigcode1)
		}
		print("unexpected fault address ")
		printhex(uint64(gp.sigcode1))
		print("\n")
		throw("fault")
	case _SIGFPE:
		switch gp.sigcode0 {
		case _FPE_INTDIV:
			panicdivide()
		case _FPE_INTOVF:
			panicError(errOverflow)
		}
		panicError(errFloat)
	}
	throw("unexpected signal value")
}
