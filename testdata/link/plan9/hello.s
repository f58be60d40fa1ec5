// The main package of the linker's tests: writes "hello\n" with write(2)
// and counts its calls in a BSS variable.

#include "textflag.h"

TEXT main·main(SB),NOSPLIT,$0
	MOVL	$1, DI
	LEAQ	msg<>(SB), SI
	MOVL	$6, DX
	MOVL	$1, AX	// write
	SYSCALL
	INCQ	main·count(SB)
	CALL	main·helper(SB)
	RET

TEXT main·helper(SB),NOSPLIT,$0
	MOVQ	main·ptr(SB), AX
	RET

DATA msg<>+0(SB)/6, $"hello\n"
GLOBL msg<>(SB), RODATA|NOPTR, $6

DATA main·ptr+0(SB)/8, $main·count(SB)
GLOBL main·ptr(SB), $8

GLOBL main·count(SB), NOPTR, $8
