// math.Sqrt: one SQRTSD (see sqrt.go).

#include "textflag.h"

// func Sqrt(x float64) float64
TEXT ·Sqrt(SB), NOSPLIT, $0-16
	SQRTSD	x+0(FP), X0
	MOVSD	X0, ret+8(FP)
	RET
