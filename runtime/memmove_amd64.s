// memmove for amd64: the compiler's copy of memory (copy(), struct and
// array moves, append's growth). Overlapping ranges are copied in the
// safe direction, as memmove(3).

#include "textflag.h"

// func memmove(to, from unsafe.Pointer, n uintptr)
TEXT runtime·memmove(SB),NOSPLIT,$0-24
	MOVQ	to+0(FP), DI
	MOVQ	from+8(FP), SI
	MOVQ	n+16(FP), BX
	TESTQ	BX, BX
	JEQ	done
	CMPQ	SI, DI
	JEQ	done
	JHI	forward	// from > to: a forward copy never overwrites unread bytes
	LEAQ	(SI)(BX*1), CX
	CMPQ	DI, CX
	JCS	backward	// to inside [from, from+n)

forward:
	CMPQ	BX, $16
	JHI	forwardlong
	// 1..16 bytes: two possibly overlapping loads, then two stores.
	CMPQ	BX, $8
	JCS	under8
	MOVQ	(SI), AX
	MOVQ	-8(SI)(BX*1), CX
	MOVQ	AX, (DI)
	MOVQ	CX, -8(DI)(BX*1)
	RET
under8:
	CMPQ	BX, $4
	JCS	under4
	MOVL	(SI), AX
	MOVL	-4(SI)(BX*1), CX
	MOVL	AX, (DI)
	MOVL	CX, -4(DI)(BX*1)
	RET
under4:
	MOVB	(SI), AX
	MOVB	-1(SI)(BX*1), CX
	CMPQ	BX, $2
	JCS	one
	MOVW	(SI), AX
	MOVW	-2(SI)(BX*1), CX
	MOVW	AX, (DI)
	MOVW	CX, -2(DI)(BX*1)
	RET
one:
	MOVB	AX, (DI)
	RET

forwardlong:
	MOVQ	BX, CX
	SHRQ	$3, CX
	ANDQ	$7, BX
	CLD
	REP;	MOVSQ
	MOVQ	BX, CX
	REP;	MOVSB
done:
	RET

backward:
	// Copy from the end with the direction flag set: the n%8 tail bytes
	// first, then the quadwords.
	LEAQ	-1(SI)(BX*1), SI
	LEAQ	-1(DI)(BX*1), DI
	MOVQ	BX, CX
	ANDQ	$7, CX
	STD
	REP;	MOVSB
	SUBQ	$7, SI
	SUBQ	$7, DI
	MOVQ	BX, CX
	SHRQ	$3, CX
	REP;	MOVSQ
	CLD
	RET
