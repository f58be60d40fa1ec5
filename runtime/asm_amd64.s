// Start-up and stack-switching code for amd64, as in gc's runtime:
// _rt0_amd64 -> runtime·rt0_go, which builds g0 on the OS stack, sets up
// TLS, binds m0 and g0 and starts the program.
//
// The Go half of the runtime (check, args, osinit, schedinit, newproc,
// mstart, runtime.main) arrives with the compiler's back end; until then
// rt0_go calls main·main directly and exits with status 0, so programs
// written in assembly run end to end.

#include "textflag.h"
#include "go_tls.h"

// Offsets into g and m (runtime/README.md; later from go_asm.h).
#define g_stack_lo 0
#define g_stack_hi 8
#define g_stackguard0 16
#define g_stackguard1 24
#define g_m 48
#define m_g0 0
#define m_tls 136

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
	MOVQ	BX, g_stack_lo(DI)
	MOVQ	SP, g_stack_hi(DI)

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

	CALL	main·main(SB)
	MOVL	$0, 0(SP)
	CALL	runtime·exit(SB)
	CALL	runtime·abort(SB)
	RET

// morestack is called by a function's prologue when its frame does not fit
// on the goroutine's stack. Growing stacks comes with the runtime's Go half;
// until then running out of stack is fatal.
TEXT runtime·morestack(SB),NOSPLIT|NOFRAME,$0-0
	LEAQ	morestackmsg<>(SB), SI
	MOVQ	$52, DX
	MOVL	$2, DI
	MOVL	$1, AX	// SYS_write
	SYSCALL
	MOVL	$2, DI
	MOVL	$231, AX	// SYS_exit_group
	SYSCALL
	RET

TEXT runtime·morestack_noctxt(SB),NOSPLIT,$0
	MOVL	$0, DX
	JMP	runtime·morestack(SB)

DATA morestackmsg<>+0x00(SB)/8, $"fatal er"
DATA morestackmsg<>+0x08(SB)/8, $"ror: sta"
DATA morestackmsg<>+0x10(SB)/8, $"ck growt"
DATA morestackmsg<>+0x18(SB)/8, $"h is not"
DATA morestackmsg<>+0x20(SB)/8, $" impleme"
DATA morestackmsg<>+0x28(SB)/8, $"nted yet"
DATA morestackmsg<>+0x30(SB)/4, $"   \n"
GLOBL morestackmsg<>(SB), RODATA|NOPTR, $52

TEXT runtime·abort(SB),NOSPLIT|NOFRAME,$0-0
	INT	$3
loop:
	JMP	loop

// g0 and m0, the first goroutine and thread (gc declares them in proc.go).
GLOBL runtime·g0(SB), $512
GLOBL runtime·m0(SB), $1024
