// The scheduler's data structures: g (a goroutine), m (an OS thread), p (a
// processor's resources) and gobuf (saved registers), with gc's field names.
// The first fields of g and m are laid out as compiled code and the
// assembly expect them (runtime/README.md, go_offsets.h); check() verifies
// the offsets at start-up.

package runtime

import "unsafe"

// A stack is the memory [lo, hi) of a goroutine's stack.
type stack struct {
	lo uintptr
	hi uintptr
}

// A guintptr holds a *g without the compiler seeing a pointer.
type guintptr uintptr

func (gp guintptr) ptr() *g { return (*g)(unsafe.Pointer(gp)) }

func (gp *guintptr) set(newg *g) { *gp = guintptr(unsafe.Pointer(newg)) }

// gobuf is a saved execution context, restored by gogo.
type gobuf struct {
	sp   uintptr
	pc   uintptr
	g    guintptr
	ctxt unsafe.Pointer // closure context (DX)
	ret  uintptr        // result register (AX)
	lr   uintptr        // unused on amd64
	bp   uintptr        // frame pointer
}

// A funcval is a func value: a pointer to a block whose first word is the
// code pointer; closures keep their variables after it.
type funcval struct {
	fn uintptr
}

// Goroutine states (g.atomicstatus).
const (
	_Gidle      = 0
	_Grunnable  = 1
	_Grunning   = 2
	_Gsyscall   = 3
	_Gwaiting   = 4
	_Gdead      = 6
	_Gcopystack = 8
)

type g struct {
	stack        stack   // 0: [stack.lo, stack.hi)
	stackguard0  uintptr // 16: compared with SP by every Go prologue
	stackguard1  uintptr // 24: compared by system-stack prologues
	_panic       *_panic // 32: innermost panic
	_defer       *_defer // 40: innermost defer
	m            *m      // 48: the M running this goroutine
	sched        gobuf   // 56: saved context while not running
	syscallsp    uintptr // 112
	syscallpc    uintptr // 120
	stktopsp     uintptr // 128: expected SP at the top of the stack
	param        unsafe.Pointer
	atomicstatus uint32
	stackLock    uint32
	goid         int64
	schedlink    guintptr
	waitsince    int64
	waitreason   uint8
	preempt      bool
	paniconfault bool
	throwsplit   bool
	startpc      uintptr // the goroutine's function
	gopc         uintptr // the pc of the go statement that created it
	sig          uint32  // the signal being turned into a panic
	sigcode0     uintptr
	sigcode1     uintptr
	sigpc        uintptr
	writebuf     []byte
}

// gsignalStack records a goroutine's own signal stack (unused: the M's
// gsignal owns the signal stack).
type gsignalStack struct {
	stack       stack
	stackguard0 uintptr
	stackguard1 uintptr
	stktopsp    uintptr
}

// tlsSlots is the number of words in m.tls; settls points FS at tls[1].
const tlsSlots = 6

type m struct {
	g0          *g     // 0: the goroutine with the scheduling stack
	morebuf     gobuf  // 8: morestack's record of the caller of the growing function
	divmod      uint32 // 64
	_           uint32
	procid      uint64            // 72: thread id
	gsignal     *g                // 80: the goroutine that runs signal handlers
	goSigStack  gsignalStack      // 88
	sigmask     sigset            // 128
	tls         [tlsSlots]uintptr // 136: thread-local storage; tls[0] holds g
	curg        *g                // 184: the goroutine running on this M
	p           *p
	id          int64
	mallocing   int32
	throwing    int32
	locks       int32
	dying       int32
	printlock   int8
	incgo       bool
	newSigstack bool
	mcache      *mcache
	alllink     *m

	// newproc's arguments for newproc_m on the system stack.
	newprocfn *funcval
	newprocgp *g
	newprocpc uintptr
}

// A p holds what an M needs to run Go code: the allocation cache and the
// run queue. There is one P per CPU up to GOMAXPROCS; with one thread, only
// allp[0] runs goroutines.
type p struct {
	id        int32
	status    uint32
	m         *m
	mcache    *mcache
	schedtick uint32
	runqhead  uint32
	runqtail  uint32
	runq      [256]guintptr
	runnext   guintptr
}

// P states.
const (
	_Pidle    = 0
	_Prunning = 1
	_Pdead    = 4
)

// schedt is the global scheduler state.
type schedt struct {
	goidgen  uint64
	mnext    int64
	runqhead guintptr
	runqtail guintptr
	runqsize int32
	gfree    guintptr // dead goroutines whose g can be reused
	ngfree   int32
}

// A _panic is an active panic (g._panic, innermost first): a panic(v)
// value or a run-time error (kind != 0, with the bounds of a failed check).
type _panic struct {
	argp      unsafe.Pointer // 0: FP of the deferred call it runs (recover's check; WRAPPER fix-up)
	arg       eface          // panic(v)'s value
	kind      int            // a run-time error kind (errDivide...), or 0
	bounds    boundsError    // kind errBounds
	link      *_panic        // the panic it interrupted
	recovered bool
	aborted   bool // a later panic started while its deferred call ran
	goexit    bool
}

// A _defer is a deferred call (g._defer, innermost first): fn is the
// closure the defer statement built, with its arguments already evaluated.
type _defer struct {
	started bool    // a panic has called it
	heap    bool    // allocated by deferproc (else in the deferring frame: deferprocStack)
	sp      uintptr // SP of the frame that deferred it
	pc      uintptr // return address of that frame's deferproc call
	bp      uintptr // that frame's BP
	fn      func()
	_panic  *_panic // the panic that called it
	link    *_defer
}

// sigset is the kernel's signal mask (64 signals).
type sigset [2]uint32

var (
	allgs       []*g
	allm        *m
	allp        []*p
	gomaxprocs  int32
	ncpu        int32
	sched       schedt
	mainStarted bool

	// isIntel, processorVersionInfo and the CPUID words are set by rt0_go.
	isIntel              bool
	processorVersionInfo uint32
	cpuidMaxLeaf         uint32
	cpuFeatureECX        uint32
	cpuFeatureEDX        uint32
	cpuVendor            [12]byte
)

// The first thread and its scheduling goroutine; rt0_go sets them up.
var (
	m0 m
	g0 g
)

// waitReason values for tracebacks ("goroutine 1 [running]:").
const (
	waitReasonZero = 0
)
