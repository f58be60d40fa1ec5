// Calls through function values for the Go half of the runtime
// (iface.go): the compiler's func-value calls are not used there.

#include "textflag.h"

// func callEqual(eq unsafe.Pointer, x, y unsafe.Pointer) bool
// eq is a func value: DX holds it (the closure context), (DX) the code.
TEXT runtime·callEqual(SB), $24-25
	MOVQ	eq+0(FP), DX
	MOVQ	x+8(FP), AX
	MOVQ	AX, 0(SP)
	MOVQ	y+16(FP), AX
	MOVQ	AX, 8(SP)
	MOVQ	(DX), AX
	CALL	AX
	MOVB	16(SP), AX
	MOVB	AX, ret+24(FP)
	RET
