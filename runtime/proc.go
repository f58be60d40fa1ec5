// Start-up and scheduling (go-binary-format.md §6). rt0_go calls
// runtime.init (the package's variable initializers), check, args, osinit
// and schedinit on g0, then newproc(runtime.main) and mstart; mstart runs
// the scheduler, which gogo's into the main goroutine on its own stack.
// runtime.main runs the package initializers in dependency order (through
// main.init), then main.main, then exits 0. One M runs goroutines from P 0's run
// queue; there are no other threads until goroutines arrive.

package runtime

import "unsafe"

// main_init is the main package's initializer, main.init: compile gives
// every package an init function that runs its imports' initializers,
// its variable initializers and its init functions once. The runtime's
// own, runtime.init, runs first thing in rt0_go, as the package's
// variables get their initial values there.
func main_init()

// main is the main goroutine's function.
func main() {
	gp := getg()
	// Goroutine stacks may now grow to gc's limit.
	maxstacksize = 1000000000
	maxstackceiling = 2 * maxstacksize
	mainStarted = true
	if gp.m != &m0 {
		throw("runtime.main not on m0")
	}
	main_init()
	main_main()
	exit(0)
	for {
		var x *int32
		*x = 0
	}
}

// schedinit sets up the runtime before the first goroutine exists.
func schedinit() {
	gp := getg()
	moduledataverify()
	stackinit()
	mallocinit()
	mcommoninit(gp.m)
	goargs()
	goenvs()
	parsedebugvars()
	procs := ncpu
	if n, ok := atoi(gogetenv("GOMAXPROCS")); ok && n > 0 {
		procs = int32(n)
	}
	procresize(procs)
}

// mcommoninit gives mp an id and its signal goroutine.
func mcommoninit(mp *m) {
	mp.id = sched.mnext
	sched.mnext++
	mpreinit(mp)
	mp.alllink = allm
	allm = mp
}

// procresize creates the Ps and binds P 0 to the current M.
func procresize(nprocs int32) {
	if nprocs < 1 {
		nprocs = 1
	}
	allp = make([]*p, nprocs)
	for i := int32(0); i < nprocs; i++ {
		pp := new(p)
		pp.id = i
		pp.status = _Pidle
		if i == 0 && mcache0 != nil {
			pp.mcache = mcache0
		} else {
			pp.mcache = allocmcache()
		}
		allp[i] = pp
	}
	gomaxprocs = nprocs
	mp := getg().m
	pp := allp[0]
	pp.status = _Prunning
	pp.m = mp
	mp.p = pp
	mp.mcache = pp.mcache
}

// malg allocates a g with a stack of stacksize bytes.
func malg(stacksize int32) *g {
	newg := new(g)
	if stacksize >= 0 {
		stacksize = round2(stacksize)
		newg.stack = stackalloc(uint32(stacksize))
		newg.stackguard0 = newg.stack.lo + _StackGuard
		newg.stackguard1 = ^uintptr(0)
	}
	return newg
}

// allgadd records a new goroutine for tracebacks.
func allgadd(gp *g) {
	allgs = append(allgs, gp)
}

// newproc creates a goroutine running fn and queues it (the go statement;
// rt0_go uses it for runtime.main).
func newproc(fn *funcval) {
	gp := getg()
	mp := gp.m
	// newproc1 runs on the system stack (it allocates and may need more
	// stack than the caller has); the arguments travel in the M.
	mp.newprocfn = fn
	mp.newprocgp = gp
	mp.newprocpc = getcallerpc()
	systemstack(newprocFunc())
}

// newproc_m is newproc's system-stack half.
func newproc_m() {
	mp := getg().m
	newg := newproc1(mp.newprocfn, mp.newprocgp, mp.newprocpc)
	mp.newprocfn = nil
	mp.newprocgp = nil
	runqput(mp.p, newg, true)
}

// newprocFunc is newproc_m as a func value, for systemstack.
func newprocFunc() *funcval

// newproc1 makes a runnable goroutine that starts in fn and returns to
// goexit when fn returns.
func newproc1(fn *funcval, callergp *g, callerpc uintptr) *g {
	if fn == nil {
		throw("go of nil func value")
	}
	newg := gfget()
	if newg == nil {
		newg = malg(_StackMin)
		newg.atomicstatus = _Gdead
		allgadd(newg)
	}
	// Leave a little room above the first frame, as gc does.
	sp := newg.stack.hi - 4*8
	newg.sched = gobuf{}
	newg.sched.g = guintptr(unsafe.Pointer(newg))
	newg.stktopsp = sp
	// Push goexit+1 as fn's return address: fn looks called by goexit.
	sp -= 8
	*(*uintptr)(unsafe.Pointer(sp)) = goexitPC() + 1
	newg.sched.sp = sp
	newg.sched.pc = fn.fn
	newg.sched.ctxt = unsafe.Pointer(fn)
	newg.gopc = callerpc
	newg.startpc = fn.fn
	newg.atomicstatus = _Grunnable
	sched.goidgen++
	newg.goid = int64(sched.goidgen)
	return newg
}

// gfget returns a dead goroutine to reuse, or nil.
func gfget() *g {
	gp := sched.gfree.ptr()
	if gp == nil {
		return nil
	}
	sched.gfree = gp.schedlink
	sched.ngfree--
	gp.schedlink = 0
	if gp.stack.lo == 0 {
		gp.stack = stackalloc(_StackMin)
	}
	gp.stackguard0 = gp.stack.lo + _StackGuard
	return gp
}

// gfput keeps a dead goroutine for reuse; a grown stack is freed.
func gfput(gp *g) {
	if gp.stack.hi-gp.stack.lo != _StackMin {
		stackfree(gp.stack)
		gp.stack.lo = 0
		gp.stack.hi = 0
		gp.stackguard0 = 0
	}
	gp.schedlink = sched.gfree
	sched.gfree = guintptr(unsafe.Pointer(gp))
	sched.ngfree++
}

// runqput puts gp on pp's run queue. With next, gp goes into pp.runnext
// and runs next (a new goroutine does, as in gc), kicking the previous
// runnext to the tail of the queue; a full queue overflows into the
// global one.
func runqput(pp *p, gp *g, next bool) {
	if next {
		old := pp.runnext
		pp.runnext = guintptr(unsafe.Pointer(gp))
		if old == 0 {
			return
		}
		gp = old.ptr()
	}
	if pp.runqtail-pp.runqhead >= uint32(len(pp.runq)) {
		globrunqput(gp)
		return
	}
	pp.runq[pp.runqtail%uint32(len(pp.runq))] = guintptr(unsafe.Pointer(gp))
	pp.runqtail++
}

// runqget takes the next goroutine from pp: runnext first, then the
// queue's head; nil if there is none.
func runqget(pp *p) *g {
	if next := pp.runnext; next != 0 {
		pp.runnext = 0
		return next.ptr()
	}
	if pp.runqhead == pp.runqtail {
		return nil
	}
	gp := pp.runq[pp.runqhead%uint32(len(pp.runq))].ptr()
	pp.runqhead++
	return gp
}

// globrunqput appends gp to the global run queue.
func globrunqput(gp *g) {
	gp.schedlink = 0
	if sched.runqtail != 0 {
		sched.runqtail.ptr().schedlink = guintptr(unsafe.Pointer(gp))
	} else {
		sched.runqhead = guintptr(unsafe.Pointer(gp))
	}
	sched.runqtail = guintptr(unsafe.Pointer(gp))
	sched.runqsize++
}

// globrunqget takes the head of the global run queue, or nil.
func globrunqget() *g {
	gp := sched.runqhead.ptr()
	if gp == nil {
		return nil
	}
	sched.runqhead = gp.schedlink
	if sched.runqhead == 0 {
		sched.runqtail = 0
	}
	sched.runqsize--
	gp.schedlink = 0
	return gp
}

// Gosched yields the processor: the goroutine goes to the global run
// queue and others run first, as gc's runtime.Gosched.
func Gosched() {
	mcall(goschedFunc())
}

// gosched_m runs on g0 for Gosched: gp stops running and is queued.
func gosched_m(gp *g) {
	mp := getg().m
	gp.atomicstatus = _Grunnable
	gp.m = nil
	mp.curg = nil
	globrunqput(gp)
	schedule()
}

// goschedFunc is gosched_m as a func value, for mcall.
func goschedFunc() *funcval

// mstart0 is the Go part of mstart, on g0: it sets g0's stack guard and
// runs the scheduler.
func mstart0() {
	gp := getg()
	if gp.stack.lo == 0 {
		throw("mstart0: g0 has no stack")
	}
	gp.stackguard0 = gp.stack.lo + _StackGuard
	gp.stackguard1 = gp.stackguard0
	mstart1()
	throw("mstart1 returned")
}

// mstart1 records where g0's stack starts over for mcall and
// systemstack, installs signal handling, and schedules.
func mstart1() {
	gp := getg()
	if gp != gp.m.g0 {
		throw("bad runtime·mstart")
	}
	gp.sched.g = guintptr(unsafe.Pointer(gp))
	gp.sched.pc = getcallerpc()
	gp.sched.sp = getcallersp()
	asminit()
	minit()
	if gp.m == &m0 {
		initsig()
	}
	schedule()
}

// schedule runs the next runnable goroutine; it never returns.
func schedule() {
	pp := getg().m.p
	pp.schedtick++
	var gp *g
	// Every 61st round takes the global queue first, so that it is not
	// starved by goroutines that keep the local queue busy (gc's rule).
	if pp.schedtick%61 == 0 && sched.runqsize > 0 {
		gp = globrunqget()
	}
	if gp == nil {
		gp = runqget(pp)
	}
	if gp == nil {
		gp = globrunqget()
	}
	if gp == nil {
		if NumGoroutine() == 0 {
			// Only Goexit in the main goroutine ends it without
			// exiting the process (gc's checkdead).
			printlock()
			print("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
			printunlock()
			exit(2)
		}
		throw("all goroutines are asleep - deadlock!")
	}
	execute(gp)
}

// execute switches to gp.
func execute(gp *g) {
	mp := getg().m
	mp.curg = gp
	gp.m = mp
	gp.atomicstatus = _Grunning
	gp.stackguard0 = gp.stack.lo + _StackGuard
	gogo(&gp.sched)
}

// goexit1 ends the current goroutine (its function returned to goexit).
func goexit1() {
	mcall(goexit0Func())
}

// goexit0 runs on g0: it retires gp and schedules another goroutine.
func goexit0(gp *g) {
	mp := getg().m
	gp.atomicstatus = _Gdead
	gp.m = nil
	gp._panic = nil
	gp._defer = nil
	gp.writebuf = nil
	mp.curg = nil
	gfput(gp)
	schedule()
}

// badmcall and friends report misuse of the stack-switching assembly.
func badmcall() {
	throw("runtime: mcall called on m->g0 stack")
}

func badmcall2() {
	throw("runtime: mcall function returned")
}

func badsystemstack() {
	writeErr(bytes("fatal: systemstack called from unexpected goroutine"))
}

func badmorestackg0() {
	writeErr(bytes("fatal: morestack on g0\n"))
}

func badmorestackgsignal() {
	writeErr(bytes("fatal: morestack on gsignal\n"))
}
