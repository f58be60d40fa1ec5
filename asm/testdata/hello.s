// A whole program in our asm: write(1, "hello\n", 6) and exit_group(0),
// linked with GNU ld (asm_hello test). _start has a frame and passes the
// arguments on the stack (ABI0) to ·write, which reads them through FP.
#include "textflag.h"

TEXT _start(SB), NOSPLIT, $16
	MOVQ	$2, BX			// counts 2 -> 1: one write, both branch directions
loop:
	LEAQ	msg<>(SB), AX
	MOVQ	AX, 0(SP)
	MOVQ	$6, 8(SP)
	CALL	·write(SB)
	DECQ	BX
	CMPQ	BX, $1
	JEQ	done			// forward branch
	JMP	loop
done:
	MOVL	$0, DI
	MOVL	$231, AX		// exit_group
	SYSCALL
	RET

// write(p *byte, n int)
TEXT ·write(SB), NOSPLIT, $8-16
	MOVQ	BX, saved-8(SP)
	MOVQ	$1, DI
	MOVQ	p+0(FP), SI
	MOVQ	n+8(FP), DX
	MOVL	$1, AX			// write
	SYSCALL
	MOVQ	saved-8(SP), BX
	RET

DATA msg<>+0(SB)/6, $"hello\n"
GLOBL msg<>(SB), RODATA, $6
