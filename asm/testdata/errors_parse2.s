// More parse-stage errors (a file stops at 10 errors).
#include "textflag.h"

	MOVQ	AX, BX			// ERROR "MOVQ outside of TEXT"
DATA ·e+0(SB)/8, $1
DATA ·e+0(SB)/8, $2			// ERROR "overlapping DATA entry for main.e"
GLOBL ·e(SB), $8
GLOBL ·e(SB), $8			// ERROR "symbol main.e listed multiple times"
TEXT ·h(SB), NOSPLIT, $0
	JMP	5(PC)			// ERROR "branch out of range"
	PCALIGN	$3			// ERROR "alignment value of an instruction must be a power of two"
	PCDATA	$1			// ERROR "expect two operands for PCDATA"
	RET
DATA ·s+0(SB)/2, $"abc"			// ERROR "bad string size"
GLOBL ·s(SB), $2
