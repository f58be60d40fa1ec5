// Atomic operations for amd64 (gc keeps them in runtime/internal/atomic;
// here they carry the runtime's older names until there are threads and
// sync/atomic). LOCK-prefixed instructions are full barriers on amd64.

#include "textflag.h"

// func cas(ptr *uint32, old, new uint32) bool
// if *ptr == old { *ptr = new; return true }; return false
TEXT runtime·cas(SB),NOSPLIT,$0-17
	MOVQ	ptr+0(FP), BX
	MOVL	old+8(FP), AX
	MOVL	new+12(FP), CX
	LOCK
	CMPXCHGL	CX, 0(BX)
	SETEQ	ret+16(FP)
	RET

// func cas64(ptr *uint64, old, new uint64) bool
TEXT runtime·cas64(SB),NOSPLIT,$0-25
	MOVQ	ptr+0(FP), BX
	MOVQ	old+8(FP), AX
	MOVQ	new+16(FP), CX
	LOCK
	CMPXCHGQ	CX, 0(BX)
	SETEQ	ret+24(FP)
	RET

// func xadd(ptr *uint32, delta int32) uint32
// *ptr += delta; return *ptr
TEXT runtime·xadd(SB),NOSPLIT,$0-20
	MOVQ	ptr+0(FP), BX
	MOVL	delta+8(FP), AX
	MOVL	AX, CX
	LOCK
	XADDL	AX, 0(BX)
	ADDL	CX, AX
	MOVL	AX, ret+16(FP)
	RET

// func xadd64(ptr *uint64, delta int64) uint64
TEXT runtime·xadd64(SB),NOSPLIT,$0-24
	MOVQ	ptr+0(FP), BX
	MOVQ	delta+8(FP), AX
	MOVQ	AX, CX
	LOCK
	XADDQ	AX, 0(BX)
	ADDQ	CX, AX
	MOVQ	AX, ret+16(FP)
	RET

// func xchg(ptr *uint32, new uint32) uint32
TEXT runtime·xchg(SB),NOSPLIT,$0-20
	MOVQ	ptr+0(FP), BX
	MOVL	new+8(FP), AX
	XCHGL	AX, 0(BX)
	MOVL	AX, ret+16(FP)
	RET

// func atomicload64(ptr *uint64) uint64
TEXT runtime·atomicload64(SB),NOSPLIT,$0-16
	MOVQ	ptr+0(FP), AX
	MOVQ	0(AX), AX
	MOVQ	AX, ret+8(FP)
	RET

// func atomicstore64(ptr *uint64, val uint64)
TEXT runtime·atomicstore64(SB),NOSPLIT,$0-16
	MOVQ	ptr+0(FP), BX
	MOVQ	val+8(FP), AX
	XCHGQ	AX, 0(BX)
	RET

// func atomicor8(ptr *uint8, val uint8)
TEXT runtime·atomicor8(SB),NOSPLIT,$0-9
	MOVQ	ptr+0(FP), AX
	MOVB	val+8(FP), BX
	LOCK
	ORB	BX, (AX)
	RET

// func atomicand8(ptr *uint8, val uint8)
TEXT runtime·atomicand8(SB),NOSPLIT,$0-9
	MOVQ	ptr+0(FP), AX
	MOVB	val+8(FP), BX
	LOCK
	ANDB	BX, (AX)
	RET
