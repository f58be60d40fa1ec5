// math.Float64bits, Float64frombits, Float32bits, Float32frombits: copy
// the argument's bits to the result slot (see bits.go).

#include "textflag.h"

// func Float64bits(f float64) uint64
TEXT ·Float64bits(SB), NOSPLIT, $0-16
	MOVQ	f+0(FP), AX
	MOVQ	AX, ret+8(FP)
	RET

// func Float64frombits(b uint64) float64
TEXT ·Float64frombits(SB), NOSPLIT, $0-16
	MOVQ	b+0(FP), AX
	MOVQ	AX, ret+8(FP)
	RET

// func Float32bits(f float32) uint32
TEXT ·Float32bits(SB), NOSPLIT, $0-12
	MOVL	f+0(FP), AX
	MOVL	AX, ret+8(FP)
	RET

// func Float32frombits(b uint32) float32
TEXT ·Float32frombits(SB), NOSPLIT, $0-12
	MOVL	b+0(FP), AX
	MOVL	AX, ret+8(FP)
	RET
