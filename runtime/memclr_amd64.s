// memclrNoHeapPointers for amd64: zeroes memory that holds no heap
// pointers (fresh allocations, stack frames, the compiler's zeroing of
// large values).

#include "textflag.h"

// func memclrNoHeapPointers(ptr unsafe.Pointer, n uintptr)
TEXT runtime·memclrNoHeapPointers(SB),NOSPLIT,$0-16
	MOVQ	ptr+0(FP), DI
	MOVQ	n+8(FP), BX
	XORQ	AX, AX
	CMPQ	BX, $16
	JHI	long
	// 0..16 bytes: possibly overlapping stores.
	TESTQ	BX, BX
	JEQ	done
	CMPQ	BX, $8
	JCS	under8
	MOVQ	AX, (DI)
	MOVQ	AX, -8(DI)(BX*1)
	RET
under8:
	CMPQ	BX, $4
	JCS	under4
	MOVL	AX, (DI)
	MOVL	AX, -4(DI)(BX*1)
	RET
under4:
	MOVB	AX, (DI)
	MOVB	AX, -1(DI)(BX*1)
	CMPQ	BX, $2
	JLS	done
	MOVB	AX, 1(DI)
done:
	RET
long:
	MOVQ	BX, CX
	SHRQ	$3, CX
	ANDQ	$7, BX
	CLD
	REP;	STOSQ
	MOVQ	BX, CX
	REP;	STOSB
	RET
