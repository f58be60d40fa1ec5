// Assembly half of panic.go: resuming a frame after recover, and the
// address of string's type descriptor for recover's run-time error values.

#include "textflag.h"

// func recovery(sp, pc, bp uintptr)
// Resumes the frame whose SP is sp and BP is bp at pc, the return address
// of its call to deferproc, with deferproc's int32 result (8(SP) in that
// frame, after its one argument) set to 1: the compiled code then runs
// deferreturn and returns.
TEXT runtime·recovery(SB),NOSPLIT,$0-24
	MOVQ	sp+0(FP), AX
	MOVQ	pc+8(FP), BX
	MOVQ	bp+16(FP), BP
	MOVL	$1, 8(AX)
	MOVQ	AX, SP
	JMP	BX

// func stringType() *_type
TEXT runtime·stringType(SB),NOSPLIT,$0-8
	LEAQ	type·string(SB), AX
	MOVQ	AX, ret+0(FP)
	RET
