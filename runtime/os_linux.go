// Linux specifics: the CPU count (sched_getaffinity), the auxiliary vector
// (page size, AT_RANDOM), the kernel's signal structures and the signal
// stack each M installs.

package runtime

import "unsafe"

var (
	physPageSize      uintptr
	startupRandomData []byte
)

const (
	_AT_NULL   = 0
	_AT_PAGESZ = 6
	_AT_RANDOM = 25
)

// osinit reads the number of CPUs we may run on.
func osinit() {
	ncpu = getproccount()
	if physPageSize == 0 {
		physPageSize = 4096
	}
}

// getproccount counts the CPUs in this thread's affinity mask.
func getproccount() int32 {
	buf := &affinityBuf
	r := sched_getaffinity(0, unsafe.Sizeof(*buf), &buf[0])
	if r < 0 {
		return 1
	}
	n := int32(0)
	for i := int32(0); i < r; i++ {
		v := buf[i]
		for v != 0 {
			n += int32(v & 1)
			v >>= 1
		}
	}
	if n == 0 {
		n = 1
	}
	return n
}

// affinityBuf receives the CPU mask (up to 64Ki CPUs).
var affinityBuf [64 * 1024 / 8]byte

// sysargs finds the auxiliary vector after the environment and reads the
// page size and the kernel's 16 random bytes.
func sysargs(argc int32, argv **byte) {
	n := argc + 1
	for argv_index(argv, n) != nil {
		n++
	}
	n++ // skip the environment's NULL
	auxv := (*[1 << 28]uintptr)(add(unsafe.Pointer(argv), uintptr(n)*8))
	for i := 0; auxv[i] != _AT_NULL; i += 2 {
		tag, val := auxv[i], auxv[i+1]
		switch tag {
		case _AT_PAGESZ:
			physPageSize = val
		case _AT_RANDOM:
			startupRandomData = bytesAt(unsafe.Pointer(val), 16)
		}
	}
}

// The kernel's signal structures on linux/amd64.

// sigactiont is the kernel's struct sigaction for rt_sigaction.
type sigactiont struct {
	sa_handler  uintptr
	sa_flags    uint64
	sa_restorer uintptr
	sa_mask     uint64
}

// stackt is stack_t for sigaltstack.
type stackt struct {
	ss_sp    *byte
	ss_flags int32
	_        int32
	ss_size  uintptr
}

// siginfo is the start of siginfo_t: number, errno, code, then the fault
// address for SIGSEGV, SIGBUS, SIGFPE and SIGILL.
type siginfo struct {
	si_signo int32
	si_errno int32
	si_code  int32
	_        int32
	si_addr  uint64
}

// sigcontext is the saved register set (mcontext) in a ucontext.
type sigcontext struct {
	r8, r9, r10, r11, r12, r13, r14, r15 uint64
	rdi, rsi, rbp, rbx, rdx, rax, rcx    uint64
	rsp, rip, eflags                     uint64
	cs, gs, fs, __pad0                   uint16
	err, trapno, oldmask, cr2            uint64
	fpstate                              uint64
	__reserved1                          [8]uint64
}

// ucontext is the context the kernel passes to a handler.
type ucontext struct {
	uc_flags    uint64
	uc_link     *ucontext
	uc_stack    stackt
	uc_mcontext sigcontext
}

const (
	_SA_SIGINFO  = 0x4
	_SA_ONSTACK  = 0x08000000
	_SA_RESTORER = 0x04000000
	_SA_RESTART  = 0x10000000

	_SS_DISABLE = 2

	_SIG_SETMASK = 2
)

// Signal stacks are 32 KiB, as gc's.
const signalStackSize = 32 * 1024

// mpreinit gives an M its signal goroutine (on the parent thread).
func mpreinit(mp *m) {
	mp.gsignal = malg(signalStackSize)
	mp.gsignal.m = mp
}

// minit installs the M's signal stack and records its thread id.
func minit() {
	mp := getg().m
	mp.procid = uint64(gettid())
	st := &sigstackBuf
	st.ss_sp = (*byte)(unsafe.Pointer(mp.gsignal.stack.lo))
	st.ss_size = mp.gsignal.stack.hi - mp.gsignal.stack.lo
	sigaltstack(st, nil)
	mp.newSigstack = true
	// Unblock every signal the runtime handles.
	none := &sigmaskBuf
	*none = sigset{}
	rtsigprocmask(_SIG_SETMASK, none, nil, int32(unsafe.Sizeof(*none)))
}

// Arguments of minit's system calls (one M initializes at a time).
var (
	sigstackBuf stackt
	sigmaskBuf  sigset
)
