// run
// harness-expect: FAIL: stdout differs from wrong_output.out

// A program written in plan9 assembly alone: main·main writes a line with
// runtime·write1. It takes the whole path: gobuild, asm, link, and the
// runtime's start-up code.

#include "textflag.h"

TEXT main·main(SB),$32-0
	MOVQ	$1, 0(SP)
	LEAQ	msg<>(SB), AX
	MOVQ	AX, 8(SP)
	MOVL	$13, 16(SP)
	CALL	runtime·write1(SB)
	RET

DATA msg<>+0(SB)/8, $"hello, w"
DATA msg<>+8(SB)/4, $"orld"
DATA msg<>+12(SB)/1, $"\n"
GLOBL msg<>(SB), RODATA|NOPTR, $13
