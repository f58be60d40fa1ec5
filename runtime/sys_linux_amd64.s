// System calls for linux/amd64, as in gc's runtime: arguments in DI, SI,
// DX, R10, R8, R9; number in AX; SYSCALL clobbers CX and R11 and returns
// -errno in AX on failure. Every function takes ABI0 stack arguments with
// the Go signature in the comment above it (declared in stubs_linux.go).

#include "textflag.h"
#include "go_tls.h"
#include "go_offsets.h"

#define SYS_read		0
#define SYS_write		1
#define SYS_open		2
#define SYS_close		3
#define SYS_mmap		9
#define SYS_munmap		11
#define SYS_rt_sigaction	13
#define SYS_rt_sigprocmask	14
#define SYS_rt_sigreturn	15
#define SYS_sched_yield		24
#define SYS_madvise		28
#define SYS_nanosleep		35
#define SYS_getpid		39
#define SYS_exit		60
#define SYS_sigaltstack		131
#define SYS_arch_prctl		158
#define SYS_gettid		186
#define SYS_sched_getaffinity	204
#define SYS_clock_gettime	228
#define SYS_exit_group		231
#define SYS_tgkill		234

#define ARCH_SET_FS		0x1002

// func exit(code int32)
TEXT runtime·exit(SB),NOSPLIT,$0-4
	MOVL	code+0(FP), DI
	MOVL	$SYS_exit_group, AX
	SYSCALL
	RET

// func exitThread(code int32)
TEXT runtime·exitThread(SB),NOSPLIT,$0-4
	MOVL	code+0(FP), DI
	MOVL	$SYS_exit, AX
	SYSCALL
	INT	$3	// not reached
	RET

// func write1(fd uintptr, p unsafe.Pointer, n int32) int32
// One write system call: the byte count, or -errno.
TEXT runtime·write1(SB),NOSPLIT,$0-28
	MOVQ	fd+0(FP), DI
	MOVQ	p+8(FP), SI
	MOVL	n+16(FP), DX
	MOVL	$SYS_write, AX
	SYSCALL
	MOVL	AX, ret+24(FP)
	RET

// func read(fd int32, p unsafe.Pointer, n int32) int32
TEXT runtime·read(SB),NOSPLIT,$0-28
	MOVL	fd+0(FP), DI
	MOVQ	p+8(FP), SI
	MOVL	n+16(FP), DX
	MOVL	$SYS_read, AX
	SYSCALL
	MOVL	AX, ret+24(FP)
	RET

// func open(name *byte, mode, perm int32) int32
// The descriptor, or -1.
TEXT runtime·open(SB),NOSPLIT,$0-20
	MOVQ	name+0(FP), DI
	MOVL	mode+8(FP), SI
	MOVL	perm+12(FP), DX
	MOVL	$SYS_open, AX
	SYSCALL
	CMPQ	AX, $0xfffffffffffff001
	JLS	2(PC)
	MOVL	$-1, AX
	MOVL	AX, ret+16(FP)
	RET

// func closefd(fd int32) int32
TEXT runtime·closefd(SB),NOSPLIT,$0-12
	MOVL	fd+0(FP), DI
	MOVL	$SYS_close, AX
	SYSCALL
	CMPQ	AX, $0xfffffffffffff001
	JLS	2(PC)
	MOVL	$-1, AX
	MOVL	AX, ret+8(FP)
	RET

// func usleep(usec uint32)
TEXT runtime·usleep(SB),NOSPLIT,$16
	MOVL	$0, DX
	MOVL	usec+0(FP), AX
	MOVL	$1000000, CX
	DIVL	CX
	MOVQ	AX, 0(SP)	// seconds
	MOVL	$1000, AX
	MULL	DX
	MOVQ	AX, 8(SP)	// nanoseconds
	MOVQ	SP, DI
	MOVL	$0, SI
	MOVL	$SYS_nanosleep, AX
	SYSCALL
	RET

// func osyield()
TEXT runtime·osyield(SB),NOSPLIT,$0
	MOVL	$SYS_sched_yield, AX
	SYSCALL
	RET

// func gettid() uint32
TEXT runtime·gettid(SB),NOSPLIT,$0-4
	MOVL	$SYS_gettid, AX
	SYSCALL
	MOVL	AX, ret+0(FP)
	RET

// func getpid() int
TEXT runtime·getpid(SB),NOSPLIT,$0-8
	MOVL	$SYS_getpid, AX
	SYSCALL
	MOVQ	AX, ret+0(FP)
	RET

// func tgkill(tgid, tid, sig int)
TEXT runtime·tgkill(SB),NOSPLIT,$0-24
	MOVQ	tgid+0(FP), DI
	MOVQ	tid+8(FP), SI
	MOVQ	sig+16(FP), DX
	MOVL	$SYS_tgkill, AX
	SYSCALL
	RET

// func raise(sig uint32)
// Sends sig to this thread.
TEXT runtime·raise(SB),NOSPLIT,$0-4
	MOVL	$SYS_getpid, AX
	SYSCALL
	MOVL	AX, R12
	MOVL	$SYS_gettid, AX
	SYSCALL
	MOVL	AX, SI	// tid
	MOVL	R12, DI	// tgid
	MOVL	sig+0(FP), DX
	MOVL	$SYS_tgkill, AX
	SYSCALL
	RET

// func nanotime1() int64
// CLOCK_MONOTONIC in nanoseconds, through the system call (no vDSO yet).
TEXT runtime·nanotime1(SB),NOSPLIT,$16-8
	MOVL	$1, DI	// CLOCK_MONOTONIC
	MOVQ	SP, SI
	MOVL	$SYS_clock_gettime, AX
	SYSCALL
	MOVQ	0(SP), AX	// sec
	MOVQ	8(SP), DX	// nsec
	IMULQ	$1000000000, AX
	ADDQ	DX, AX
	MOVQ	AX, ret+0(FP)
	RET

// func walltime() (sec int64, nsec int32)
TEXT runtime·walltime(SB),NOSPLIT,$16-12
	MOVL	$0, DI	// CLOCK_REALTIME
	MOVQ	SP, SI
	MOVL	$SYS_clock_gettime, AX
	SYSCALL
	MOVQ	0(SP), AX
	MOVQ	8(SP), DX
	MOVQ	AX, sec+0(FP)
	MOVL	DX, nsec+8(FP)
	RET

// func sysMmap(addr unsafe.Pointer, n uintptr, prot, flags, fd int32, off uint32) (p unsafe.Pointer, err int)
// On failure p is 0 and err the errno.
TEXT runtime·sysMmap(SB),NOSPLIT,$0-48
	MOVQ	addr+0(FP), DI
	MOVQ	n+8(FP), SI
	MOVL	prot+16(FP), DX
	MOVL	flags+20(FP), R10
	MOVL	fd+24(FP), R8
	MOVL	off+28(FP), R9
	MOVL	$SYS_mmap, AX
	SYSCALL
	CMPQ	AX, $0xfffffffffffff001
	JLS	ok
	NOTQ	AX
	INCQ	AX
	MOVQ	$0, p+32(FP)
	MOVQ	AX, err+40(FP)
	RET
ok:
	MOVQ	AX, p+32(FP)
	MOVQ	$0, err+40(FP)
	RET

// func sysMunmap(addr unsafe.Pointer, n uintptr)
TEXT runtime·sysMunmap(SB),NOSPLIT,$0-16
	MOVQ	addr+0(FP), DI
	MOVQ	n+8(FP), SI
	MOVQ	$SYS_munmap, AX
	SYSCALL
	CMPQ	AX, $0xfffffffffffff001
	JLS	2(PC)
	MOVL	$0xf1, 0xf1	// crash
	RET

// func madvise(addr unsafe.Pointer, n uintptr, flags int32) int32
TEXT runtime·madvise(SB),NOSPLIT,$0-28
	MOVQ	addr+0(FP), DI
	MOVQ	n+8(FP), SI
	MOVL	flags+16(FP), DX
	MOVQ	$SYS_madvise, AX
	SYSCALL
	MOVL	AX, ret+24(FP)
	RET

// func rtsigprocmask(how int32, new, old *sigset, size int32)
TEXT runtime·rtsigprocmask(SB),NOSPLIT,$0-28
	MOVL	how+0(FP), DI
	MOVQ	new+8(FP), SI
	MOVQ	old+16(FP), DX
	MOVL	size+24(FP), R10
	MOVL	$SYS_rt_sigprocmask, AX
	SYSCALL
	CMPQ	AX, $0xfffffffffffff001
	JLS	2(PC)
	MOVL	$0xf1, 0xf1	// crash
	RET

// func rt_sigaction(sig uintptr, new, old *sigactiont, size uintptr) int32
TEXT runtime·rt_sigaction(SB),NOSPLIT,$0-36
	MOVQ	sig+0(FP), DI
	MOVQ	new+8(FP), SI
	MOVQ	old+16(FP), DX
	MOVQ	size+24(FP), R10
	MOVL	$SYS_rt_sigaction, AX
	SYSCALL
	MOVL	AX, ret+32(FP)
	RET

// func sigaltstack(new, old *stackt)
TEXT runtime·sigaltstack(SB),NOSPLIT,$0-16
	MOVQ	new+0(FP), DI
	MOVQ	old+8(FP), SI
	MOVQ	$SYS_sigaltstack, AX
	SYSCALL
	CMPQ	AX, $0xfffffffffffff001
	JLS	2(PC)
	MOVL	$0xf1, 0xf1	// crash
	RET

// func sched_getaffinity(pid, len uintptr, buf *byte) int32
TEXT runtime·sched_getaffinity(SB),NOSPLIT,$0-28
	MOVQ	pid+0(FP), DI
	MOVQ	len+8(FP), SI
	MOVQ	buf+16(FP), DX
	MOVL	$SYS_sched_getaffinity, AX
	SYSCALL
	MOVL	AX, ret+24(FP)
	RET

// sigtramp is the handler installed for every signal: the kernel calls it
// C-style on the signal stack with DI = signal number, SI = *siginfo,
// DX = *ucontext. It keeps the registers C's convention preserves, makes
// the M's gsignal (whose stack the signal stack is) the current g, so
// that Go prologues check the right stack, and calls
// sighandler(sig, info, ctx, interrupted g) with stack arguments.
TEXT runtime·sigtramp(SB),NOSPLIT|TOPFRAME,$88
	MOVQ	BX, 32(SP)
	MOVQ	R12, 40(SP)
	MOVQ	R13, 48(SP)
	MOVQ	R14, 56(SP)
	MOVQ	R15, 64(SP)
	MOVL	DI, 0(SP)	// sig
	MOVQ	SI, 8(SP)	// info
	MOVQ	DX, 16(SP)	// ctx
	get_tls(CX)
	MOVQ	g(CX), AX
	TESTQ	AX, AX
	JEQ	nog
	MOVQ	AX, 24(SP)	// the interrupted g
	MOVQ	AX, 72(SP)
	MOVQ	g_m(AX), BX
	MOVQ	m_gsignal(BX), BX
	TESTQ	BX, BX
	JEQ	nog
	MOVQ	BX, g(CX)
	CALL	runtime·sighandler(SB)
	get_tls(CX)
	MOVQ	72(SP), AX
	MOVQ	AX, g(CX)
	MOVQ	32(SP), BX
	MOVQ	40(SP), R12
	MOVQ	48(SP), R13
	MOVQ	56(SP), R14
	MOVQ	64(SP), R15
	RET
nog:
	// A signal on a thread the runtime does not know: nothing can
	// handle it.
	MOVL	$2, DI
	MOVL	$SYS_exit_group, AX
	SYSCALL
	RET

// sigreturn__sigaction is the sa_restorer of every handler: returning from
// sigtramp lands here and rt_sigreturn restores the interrupted context.
TEXT runtime·sigreturn__sigaction(SB),NOSPLIT,$0
	MOVQ	$SYS_rt_sigreturn, AX
	SYSCALL
	INT	$3	// not reached

// settls sets the FS base so that -8(FS) is the g slot: DI = &m.tls[0],
// and ELF's TLS convention wants FS to point just past the slot.
TEXT runtime·settls(SB),NOSPLIT,$32
	ADDQ	$8, DI
	MOVQ	DI, SI
	MOVQ	$ARCH_SET_FS, DI
	MOVQ	$SYS_arch_prctl, AX
	SYSCALL
	CMPQ	AX, $0xfffffffffffff001
	JLS	2(PC)
	MOVL	$0xf1, 0xf1  // crash
	RET
