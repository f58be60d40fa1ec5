// Errors found after parsing: by the frame pass and the encoder.
#include "textflag.h"

TEXT ·f(SB), NOSPLIT, $0-8
	MOVQ	(AX)(SP*1), AX		// ERROR "invalid"
	MOVB	AH, R8B			// ERROR "invalid instruction"
	RET

TEXT ·g(SB), $16-0
	PUSHQ	AX
	RET				// ERROR "unbalanced PUSH/POP"

TEXT ·u(SB), $12-0			// ERROR "unaligned stack size 20"
	CALL	·u(SB)
	RET
