// math's processor-dependent helpers (see fma.go): the fused multiply-add
// instruction and the CPUID test for it.

#include "textflag.h"

// func fmaHW(x, y, z float64) float64: x*y+z rounded once (VFMADD231SD).
TEXT ·fmaHW(SB), NOSPLIT, $0-32
	MOVSD	x+0(FP), X0
	MOVSD	y+8(FP), X1
	MOVSD	z+16(FP), X2
	VFMADD231SD	X1, X0, X2
	MOVSD	X2, ret+24(FP)
	RET

// func cpuHasFMA() bool: CPUID leaf 1 reports FMA, AVX and OSXSAVE, and
// the OS saves the XMM and YMM state (XCR0 bits 1 and 2).
TEXT ·cpuHasFMA(SB), NOSPLIT, $0-1
	MOVL	$1, AX
	XORL	CX, CX
	CPUID
	ANDL	$0x18001000, CX
	CMPL	CX, $0x18001000
	JNE	no
	XORL	CX, CX
	XGETBV
	ANDL	$6, AX
	CMPL	AX, $6
	JNE	no
	MOVB	$1, ret+0(FP)
	RET
no:
	MOVB	$0, ret+0(FP)
	RET
