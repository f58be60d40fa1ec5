// Assembly half of panic.go: resuming a frame after recover, and the
// address of string's type descriptor for recover's run-time error values.

#include "textflag.h"

// func recovery(sp, pc, bp, resultp uintptr)
// Resumes the frame whose SP is sp at pc, the return address of its call
// to deferproc (or deferprocStack), with BP bp, and the call's int32
// result, at resultp in the frame's outgoing area, set to 1: the compiled
// code then runs deferreturn and returns.
TEXT runtime·recovery(SB),NOSPLIT,$0-32
	MOVQ	sp+0(FP), AX
	MOVQ	pc+8(FP), BX
	MOVQ	resultp+24(FP), CX
	MOVQ	bp+16(FP), BP
	MOVL	$1, 0(CX)
	MOVQ	AX, SP
	JMP	BX

// func stringType() *_type
TEXT runtime·stringType(SB),NOSPLIT,$0-8
	LEAQ	type·string(SB), AX
	MOVQ	AX, ret+0(FP)
	RET
