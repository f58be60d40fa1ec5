// Start-up and stack-switching code for amd64, as in gc's runtime:
// _rt0_amd64 -> runtime·rt0_go, which builds g0 on the OS stack, runs
// CPUID, sets up TLS, binds m0 and g0 and starts the program; gogo, mcall,
// systemstack and morestack switch between goroutine stacks and g0's.
//
// go_half.h selects the start-up path. With GOCC_GO_HALF defined, rt0_go
// runs the Go half (check, args, osinit, schedinit, newproc(runtime.main),
// mstart) and morestack grows stacks through newstack. Without it, rt0_go
// calls main·main directly and exits with status 0, and running out of
// stack is fatal: programs written in assembly run end to end before the
// compiler can build the Go half.

#include "textflag.h"
#include "go_tls.h"
#include "go_offsets.h"
#include "go_half.h"

// _rt0_amd64 is the common entry for amd64 systems that pass argc and argv
// on the stack.
TEXT _rt0_amd64(SB),NOSPLIT,$-8
	MOVQ	0(SP), DI	// argc
	LEAQ	8(SP), SI	// argv
	JMP	runtime·rt0_go(SB)

TEXT runtime·rt0_go(SB),NOSPLIT|TOPFRAME,$0
	// Keep argc and argv in a 16-byte aligned frame.
	MOVQ	DI, AX
	MOVQ	SI, BX
	SUBQ	$(5*8), SP
	ANDQ	$~15, SP
	MOVQ	AX, 24(SP)
	MOVQ	BX, 32(SP)

	// g0 runs on the top 64 KiB of the operating system's stack.
	LEAQ	runtime·g0(SB), DI
	LEAQ	(-64*1024+104)(SP), BX
	MOVQ	BX, g_stackguard0(DI)
	MOVQ	BX, g_stackguard1(DI)
	MOVQ	BX, (g_stack+stack_lo)(DI)
	MOVQ	SP, (g_stack+stack_hi)(DI)

	// Record the processor's vendor and features (CPUID leaves 0 and 1).
	MOVL	$0, AX
	CPUID
	MOVL	AX, runtime·cpuidMaxLeaf(SB)
	MOVL	BX, runtime·cpuVendor+0(SB)
	MOVL	DX, runtime·cpuVendor+4(SB)
	MOVL	CX, runtime·cpuVendor+8(SB)
	CMPL	BX, $0x756E6547	// "Genu"
	JNE	notintel
	CMPL	DX, $0x49656E69	// "ineI"
	JNE	notintel
	CMPL	CX, $0x6C65746E	// "ntel"
	JNE	notintel
	MOVB	$1, runtime·isIntel(SB)
notintel:
	CMPL	AX, $1
	JLT	nocpuinfo
	MOVL	$1, AX
	CPUID
	MOVL	AX, runtime·processorVersionInfo(SB)
	MOVL	CX, runtime·cpuFeatureECX(SB)
	MOVL	DX, runtime·cpuFeatureEDX(SB)
nocpuinfo:

	// Point FS at m0.tls and check that the g slot works.
	LEAQ	runtime·m0+m_tls(SB), DI
	CALL	runtime·settls(SB)
	get_tls(BX)
	MOVQ	$0x123, g(BX)
	MOVQ	runtime·m0+m_tls(SB), AX
	CMPQ	AX, $0x123
	JEQ	tls_ok
	CALL	runtime·abort(SB)
tls_ok:
	// g = &g0; m0.g0 = &g0; g0.m = &m0.
	get_tls(BX)
	LEAQ	runtime·g0(SB), CX
	MOVQ	CX, g(BX)
	LEAQ	runtime·m0(SB), AX
	MOVQ	CX, m_g0(AX)
	MOVQ	AX, g_m(CX)
	CLD

#ifdef GOCC_GO_HALF
	// The runtime's package variables get their values in runtime.init
	// (compile initializes variables in code, not data).
	CALL	runtime·init(SB)
	CALL	runtime·check(SB)
	MOVL	24(SP), AX	// argc
	MOVL	AX, 0(SP)
	MOVQ	32(SP), AX	// argv
	MOVQ	AX, 8(SP)
	CALL	runtime·args(SB)
	CALL	runtime·osinit(SB)
	CALL	runtime·schedinit(SB)

	// Create the main goroutine, which runs runtime.main.
	MOVQ	$runtime·mainPC(SB), AX
	PUSHQ	AX
	CALL	runtime·newproc(SB)
	POPQ	AX

	// Start this M; it runs the main goroutine and never returns.
	CALL	runtime·mstart(SB)
	CALL	runtime·abort(SB)
	RET
#else
	CALL	main·main(SB)
	MOVL	$0, 0(SP)
	CALL	runtime·exit(SB)
	CALL	runtime·abort(SB)
	RET
#endif

#ifdef GOCC_GO_HALF
// mainPC is a func value holding runtime.main, for newproc.
DATA	runtime·mainPC+0(SB)/8,$runtime·main(SB)
GLOBL	runtime·mainPC(SB),RODATA,$8

// func main_main()
// The program's main.main (gc links it by name as runtime.main_main).
TEXT runtime·main_main(SB),NOSPLIT|NOFRAME,$0-0
	JMP	main·main(SB)

// func main_init()
// The main package's initializer (compile names it main.init).
TEXT runtime·main_init(SB),NOSPLIT|NOFRAME,$0-0
	JMP	main·init(SB)

// A main package written only in assembly has no main.init: this DUPOK
// stand-in does nothing. The linker keeps the first definition and loads
// the main package first, so a compiled main.init always wins.
TEXT main·init(SB),DUPOK|NOSPLIT|NOFRAME,$0-0
	RET

// func goexit0Func() *funcval
TEXT runtime·goexit0Func(SB),NOSPLIT,$0-8
	MOVQ	$goexit0FV<>(SB), AX
	MOVQ	AX, ret+0(FP)
	RET

DATA	goexit0FV<>+0(SB)/8, $runtime·goexit0(SB)
GLOBL	goexit0FV<>(SB), RODATA, $8

// func goschedFunc() *funcval
TEXT runtime·goschedFunc(SB),NOSPLIT,$0-8
	MOVQ	$goschedFV<>(SB), AX
	MOVQ	AX, ret+0(FP)
	RET

DATA	goschedFV<>+0(SB)/8, $runtime·gosched_m(SB)
GLOBL	goschedFV<>(SB), RODATA, $8

// func newprocFunc() *funcval
TEXT runtime·newprocFunc(SB),NOSPLIT,$0-8
	MOVQ	$newprocFV<>(SB), AX
	MOVQ	AX, ret+0(FP)
	RET

DATA	newprocFV<>+0(SB)/8, $runtime·newproc_m(SB)
GLOBL	newprocFV<>(SB), RODATA, $8

// Entry PCs of functions the Go half needs as plain addresses.
// func goexitPC() uintptr
TEXT runtime·goexitPC(SB),NOSPLIT,$0-8
	MOVQ	$runtime·goexit(SB), AX
	MOVQ	AX, ret+0(FP)
	RET

// func sigpanicPC() uintptr
TEXT runtime·sigpanicPC(SB),NOSPLIT,$0-8
	MOVQ	$runtime·sigpanic(SB), AX
	MOVQ	AX, ret+0(FP)
	RET

// func sigtrampPC() uintptr
TEXT runtime·sigtrampPC(SB),NOSPLIT,$0-8
	MOVQ	$runtime·sigtramp(SB), AX
	MOVQ	AX, ret+0(FP)
	RET

// func sigreturnPC() uintptr
TEXT runtime·sigreturnPC(SB),NOSPLIT,$0-8
	MOVQ	$runtime·sigreturn__sigaction(SB), AX
	MOVQ	AX, ret+0(FP)
	RET

// mstart is the entry of every M: it runs mstart0 on g0's stack and never
// returns. TOPFRAME ends tracebacks of g0 here.
TEXT runtime·mstart(SB),NOSPLIT|TOPFRAME,$0
	CALL	runtime·mstart0(SB)
	RET	// not reached
#else
// g0 and m0, the first goroutine and thread; the Go half declares them in
// proc.go.
GLOBL runtime·g0(SB), $g__size
GLOBL runtime·m0(SB), $m__size

// CPU information recorded by rt0_go (proc.go's isIntel and friends): the
// CPUID vendor string, the highest basic leaf and leaf 1's EAX/ECX/EDX.
GLOBL runtime·cpuVendor(SB), NOPTR, $12
GLOBL runtime·cpuidMaxLeaf(SB), NOPTR, $4
GLOBL runtime·isIntel(SB), NOPTR, $1
GLOBL runtime·processorVersionInfo(SB), NOPTR, $4
GLOBL runtime·cpuFeatureECX(SB), NOPTR, $4
GLOBL runtime·cpuFeatureEDX(SB), NOPTR, $4
#endif

// func asminit()
// Nothing to set up per thread on amd64.
TEXT runtime·asminit(SB),NOSPLIT,$0-0
	RET

// func gogo(buf *gobuf)
// Restores the state in buf: g, SP, BP, the closure context and the result
// register, then jumps to buf.pc. R14 gets g too, for code that expects it
// there (ABIInternal); to our ABI0 code R14 is a scratch register.
TEXT runtime·gogo(SB),NOSPLIT|NOFRAME,$0-8
	MOVQ	buf+0(FP), BX
	MOVQ	gobuf_g(BX), DX
	MOVQ	0(DX), CX	// make sure g != nil
	get_tls(CX)
	MOVQ	DX, g(CX)
	MOVQ	DX, R14
	MOVQ	gobuf_sp(BX), SP
	MOVQ	gobuf_ret(BX), AX
	MOVQ	gobuf_ctxt(BX), DX
	MOVQ	gobuf_bp(BX), BP
	MOVQ	$0, gobuf_sp(BX)	// clear to help debugging
	MOVQ	$0, gobuf_ret(BX)
	MOVQ	$0, gobuf_ctxt(BX)
	MOVQ	$0, gobuf_bp(BX)
	MOVQ	gobuf_pc(BX), BX
	JMP	BX

// func mcall(fn func(*g))
// Saves the caller's state in g.sched (so that gogo(&g.sched) returns from
// mcall), switches to g0's stack and calls fn(g). fn must not return: it
// continues with gogo of some goroutine.
TEXT runtime·mcall(SB),NOSPLIT,$0-8
	MOVQ	fn+0(FP), DI

	get_tls(CX)
	MOVQ	g(CX), AX	// AX = g
	MOVQ	0(SP), BX	// caller's PC
	MOVQ	BX, (g_sched+gobuf_pc)(AX)
	LEAQ	fn+0(FP), BX	// caller's SP
	MOVQ	BX, (g_sched+gobuf_sp)(AX)
	MOVQ	BP, (g_sched+gobuf_bp)(AX)

	// Switch to m.g0 and its stack; mcall from g0 is a bug.
	MOVQ	g_m(AX), BX
	MOVQ	m_g0(BX), SI
	CMPQ	SI, AX
	JNE	3(PC)
	CALL	runtime·badmcall(SB)
	CALL	runtime·abort(SB)
	MOVQ	SI, g(CX)
	MOVQ	SI, R14
	MOVQ	(g_sched+gobuf_sp)(SI), SP
	MOVQ	$0, BP
	PUSHQ	AX	// fn's argument: the old g
	MOVQ	DI, DX	// closure context
	MOVQ	0(DI), DI
	CALL	DI
	POPQ	AX
	CALL	runtime·badmcall2(SB)
	CALL	runtime·abort(SB)
	RET

// systemstack_switch is a function whose PC stands in a goroutine's
// g.sched while it runs systemstack's function on g0: tracebacks of the
// goroutine start there. It is never called.
TEXT runtime·systemstack_switch(SB),NOSPLIT,$0-0
	MOVQ	$0, AX	// padding: the saved PC points inside the function
	RET

// func systemstack(fn func())
// Runs fn on g0's stack (the system stack). Called on g0 or gsignal, it
// just calls fn.
TEXT runtime·systemstack(SB),NOSPLIT,$0-8
	MOVQ	fn+0(FP), DI	// DI = fn
	get_tls(CX)
	MOVQ	g(CX), AX	// AX = g
	MOVQ	g_m(AX), BX	// BX = m

	CMPQ	AX, m_gsignal(BX)
	JEQ	noswitch
	MOVQ	m_g0(BX), DX	// DX = g0
	CMPQ	AX, DX
	JEQ	noswitch
	CMPQ	AX, m_curg(BX)
	JNE	bad

	// Save the goroutine's state as if it were in systemstack_switch.
	MOVQ	$runtime·systemstack_switch+4(SB), SI
	MOVQ	SI, (g_sched+gobuf_pc)(AX)
	MOVQ	SP, (g_sched+gobuf_sp)(AX)
	MOVQ	AX, (g_sched+gobuf_g)(AX)
	MOVQ	BP, (g_sched+gobuf_bp)(AX)

	// Switch to g0's stack; its frames look called from mstart.
	MOVQ	DX, g(CX)
	MOVQ	DX, R14
	MOVQ	(g_sched+gobuf_sp)(DX), BX
	MOVQ	BX, SP

	MOVQ	DI, DX
	MOVQ	0(DI), DI
	CALL	DI

	// Back to the goroutine's stack.
	get_tls(CX)
	MOVQ	g(CX), AX
	MOVQ	g_m(AX), BX
	MOVQ	m_curg(BX), AX
	MOVQ	AX, g(CX)
	MOVQ	AX, R14
	MOVQ	(g_sched+gobuf_sp)(AX), SP
	MOVQ	(g_sched+gobuf_bp)(AX), BP
	MOVQ	$0, (g_sched+gobuf_sp)(AX)
	MOVQ	$0, (g_sched+gobuf_bp)(AX)
	RET

noswitch:
	// Already on a system stack: call fn directly (a tail call keeps
	// tracebacks free of systemstack).
	MOVQ	DI, DX
	MOVQ	0(DI), DI
	JMP	DI

bad:
	// Not g0, gsignal or the M's current goroutine.
	CALL	runtime·badsystemstack(SB)
	CALL	runtime·abort(SB)
	RET

// morestack is called by a function's prologue when its frame does not fit
// on the goroutine's stack: the function f's resume point (the JMP back to
// its prologue) and SP go to g.sched, its caller's to m.morebuf, and newstack
// runs on g0 to give the goroutine a bigger stack and gogo back to f.
TEXT runtime·morestack(SB),NOSPLIT|NOFRAME,$0-0
#ifdef GOCC_GO_HALF
	get_tls(CX)
	MOVQ	g(CX), SI	// SI = g
	MOVQ	g_m(SI), BX	// BX = m

	// Growing g0's or gsignal's stack is impossible.
	MOVQ	m_g0(BX), AX
	CMPQ	SI, AX
	JNE	3(PC)
	CALL	runtime·badmorestackg0(SB)
	CALL	runtime·abort(SB)
	MOVQ	m_gsignal(BX), AX
	CMPQ	SI, AX
	JNE	3(PC)
	CALL	runtime·badmorestackgsignal(SB)
	CALL	runtime·abort(SB)

	// f's caller: m.morebuf.
	MOVQ	8(SP), AX
	MOVQ	AX, (m_morebuf+gobuf_pc)(BX)
	LEAQ	16(SP), AX
	MOVQ	AX, (m_morebuf+gobuf_sp)(BX)
	MOVQ	SI, (m_morebuf+gobuf_g)(BX)

	// f itself: g.sched.
	MOVQ	0(SP), AX
	MOVQ	AX, (g_sched+gobuf_pc)(SI)
	LEAQ	8(SP), AX
	MOVQ	AX, (g_sched+gobuf_sp)(SI)
	MOVQ	BP, (g_sched+gobuf_bp)(SI)
	MOVQ	DX, (g_sched+gobuf_ctxt)(SI)

	// Call newstack on g0's stack.
	MOVQ	m_g0(BX), BX
	MOVQ	BX, g(CX)
	MOVQ	BX, R14
	MOVQ	(g_sched+gobuf_sp)(BX), SP
	MOVQ	$0, BP
	CALL	runtime·newstack(SB)
	CALL	runtime·abort(SB)	// newstack never returns
	RET
#else
	LEAQ	morestackmsg<>(SB), SI
	MOVQ	$52, DX
	MOVL	$2, DI
	MOVL	$1, AX	// SYS_write
	SYSCALL
	MOVL	$2, DI
	MOVL	$231, AX	// SYS_exit_group
	SYSCALL
	RET
#endif

TEXT runtime·morestack_noctxt(SB),NOSPLIT,$0
	MOVL	$0, DX
	JMP	runtime·morestack(SB)

#ifndef GOCC_GO_HALF
DATA morestackmsg<>+0x00(SB)/8, $"fatal er"
DATA morestackmsg<>+0x08(SB)/8, $"ror: sta"
DATA morestackmsg<>+0x10(SB)/8, $"ck growt"
DATA morestackmsg<>+0x18(SB)/8, $"h is not"
DATA morestackmsg<>+0x20(SB)/8, $" impleme"
DATA morestackmsg<>+0x28(SB)/8, $"nted yet"
DATA morestackmsg<>+0x30(SB)/4, $"   \n"
GLOBL morestackmsg<>(SB), RODATA|NOPTR, $52
#endif

// goexit is the return address of every goroutine's first frame: when the
// goroutine's function returns, it lands on goexit+1 (after the NOP, so that
// tracebacks find goexit itself) and goexit1 ends the goroutine.
TEXT runtime·goexit(SB),NOSPLIT|TOPFRAME,$0-0
	BYTE	$0x90	// NOP
	CALL	runtime·goexit1(SB)	// does not return
	BYTE	$0x90	// NOP

// func getg() *g
// The current goroutine, from the TLS slot.
TEXT runtime·getg(SB),NOSPLIT,$0-8
	get_tls(CX)
	MOVQ	g(CX), AX
	MOVQ	AX, ret+0(FP)
	RET

// func setg(gg *g)
// Makes gg the current goroutine (signal handling switches to gsignal).
TEXT runtime·setg(SB),NOSPLIT,$0-8
	MOVQ	gg+0(FP), AX
	get_tls(CX)
	MOVQ	AX, g(CX)
	MOVQ	AX, R14
	RET

// func getcallerpc() uintptr
// The return address of the function that calls getcallerpc, found through
// its frame pointer: every function that calls has a frame and points BP at
// its saved BP, with its return address just above.
TEXT runtime·getcallerpc(SB),NOSPLIT,$0-8
	MOVQ	8(BP), AX
	MOVQ	AX, ret+0(FP)
	RET

// func getcallersp() uintptr
// The SP of the caller of the function that calls getcallersp: just above
// that function's return address.
TEXT runtime·getcallersp(SB),NOSPLIT,$0-8
	LEAQ	16(BP), AX
	MOVQ	AX, ret+0(FP)
	RET

// func getcallerbp() uintptr
// The frame pointer of the function that calls getcallerbp.
TEXT runtime·getcallerbp(SB),NOSPLIT,$0-8
	MOVQ	BP, ret+0(FP)
	RET

// Views of string and slice headers without taking a variable's address
// (compile puts address-taken variables on the heap, and much of the
// runtime runs before the heap exists or must not allocate).

// func stringDataPtr(s string) unsafe.Pointer
TEXT runtime·stringDataPtr(SB),NOSPLIT,$0-24
	MOVQ	s+0(FP), AX
	MOVQ	AX, ret+16(FP)
	RET

// func sliceDataPtr(b []byte) unsafe.Pointer
TEXT runtime·sliceDataPtr(SB),NOSPLIT,$0-32
	MOVQ	b+0(FP), AX
	MOVQ	AX, ret+24(FP)
	RET

// func makeStringNoCopy(p unsafe.Pointer, n int) string
TEXT runtime·makeStringNoCopy(SB),NOSPLIT,$0-32
	MOVQ	p+0(FP), AX
	MOVQ	AX, ret+16(FP)
	MOVQ	n+8(FP), AX
	MOVQ	AX, ret+24(FP)
	RET

TEXT runtime·abort(SB),NOSPLIT|NOFRAME,$0-0
	INT	$3
loop:
	JMP	loop

// func breakpoint()
TEXT runtime·breakpoint(SB),NOSPLIT,$0-0
	BYTE	$0xcc
	RET

// func cputicks() int64
TEXT runtime·cputicks(SB),NOSPLIT,$0-8
	RDTSC
	SHLQ	$32, DX
	ORQ	DX, AX
	MOVQ	AX, ret+0(FP)
	RET

// func procyield(cycles uint32)
TEXT runtime·procyield(SB),NOSPLIT,$0-0
	MOVL	cycles+0(FP), AX
again:
	PAUSE
	SUBL	$1, AX
	JNZ	again
	RET

// func publicationBarrier()
// Stores are not reordered with other stores on amd64.
TEXT runtime·publicationBarrier(SB),NOSPLIT,$0-0
	RET

// func memequal(a, b unsafe.Pointer, size uintptr) bool
TEXT runtime·memequal(SB),NOSPLIT,$0-25
	MOVQ	a+0(FP), SI
	MOVQ	b+8(FP), DI
	MOVQ	size+16(FP), CX
	CMPQ	SI, DI
	JEQ	eq
	TESTQ	CX, CX
	JEQ	eq
	CLD
	REP; CMPSB
	JNE	ne
eq:
	MOVB	$1, ret+24(FP)
	RET
ne:
	MOVB	$0, ret+24(FP)
	RET

// func memequal_varlen(a, b unsafe.Pointer) bool
// The size comes from the closure context (DX), as gc's variable-size
// equality functions do.
TEXT runtime·memequal_varlen(SB),NOSPLIT,$0-17
	MOVQ	a+0(FP), SI
	MOVQ	b+8(FP), DI
	MOVQ	8(DX), CX
	CMPQ	SI, DI
	JEQ	eq
	TESTQ	CX, CX
	JEQ	eq
	CLD
	REP; CMPSB
	JNE	ne
eq:
	MOVB	$1, ret+16(FP)
	RET
ne:
	MOVB	$0, ret+16(FP)
	RET
