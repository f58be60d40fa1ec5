// Parse-stage errors. Every line with an ERROR comment must get an error
// matching the regexp, and no other line may get one (errors_test.py).
#include "textflag.h"

TEXT ·f(SB), NOSPLIT, $0-8
	MOVX	AX, BX			// ERROR "unrecognized instruction \"MOVX\""
	JMP	nowhere			// ERROR "undefined label nowhere"
loop:
loop:					// ERROR "label \"loop\" multiply defined"
	MOVQ	AX,			// ERROR "missing operand"
	RET
TEXT ·f(SB), $0				// ERROR "symbol main.f listed multiple times"
TEXT ·g(SB), $x				// ERROR "frame size must be an immediate constant"
DATA ·d+0(SB), $1			// ERROR "expect /size for DATA argument"
DATA ·d+0(SB)/3, $1			// ERROR "bad int size for DATA argument: 3"
GLOBL ·d(SB), $8
